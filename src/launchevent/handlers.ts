// The event handlers, named after the manifest's FunctionNames. Each completes its event exactly
// once on every path (completion guard), within a time budget that leaves room before Outlook's
// 5-second "taking longer than expected". No email content or recipient is ever logged.
import { check as engineCheck, emptyDraft } from '../policy/engine';
import type { PolicyConfig } from '../policy/config';
import { Finding } from '../policy/finding';
import { builtInPolicy, type LoadedPolicy } from '../policy/hosted';
import type { RuleInput } from '../policy/rule';
import type { FindingData, MailDraft } from '../policy/types';
import { isOfficeCallError, withDeadline } from '../office/async';
import { readOverride, readRetentionChoice, writeSendRecords, type SendRecords } from '../office/custom-properties';
import { removeCheckedHeader, setCheckedHeader } from '../office/checked-header';
import { readAttachments, readBody, readComposeType, readFrom, readRecipients, readSubject } from '../office/draft';
import { completion, type CompletableEvent } from './completion';
import { decideFailure, decideSend, type SendDecision } from './decide';
import { fingerprint } from './fingerprint';
import { SESSION } from './ids';
import { FAILURE_ALLOW_NOTICE } from './messages';
import { notifyFindings, notifyText, readSession, SESSION_VALUE_MAX, writeSession } from './session';

/** Rules whose inputs lie within these are computed when they change and cached for send. */
export const PRE_INPUTS: readonly RuleInput[] = ['from', 'recipients', 'attachments'];
/** Rules that read any of these run at send time (there is no body-changed event). */
export const SEND_INPUTS: readonly RuleInput[] = ['subject', 'body', 'headers'];

export interface HandlerDeps {
  item(): Office.MessageCompose;
  /** For the compose events, where waiting is harmless: refresh the hosted policy. */
  loadPolicy(): Promise<LoadedPolicy>;
  /** For the send handler: the policy at once (loaded, saved or built-in); defaults to loadPolicy. */
  sendPolicy?(): Promise<LoadedPolicy>;
  /** Mailbox requirement-set check. */
  supports(version: string): boolean;
  check?: typeof engineCheck;
  /** Whole-handler budget; Outlook shows "taking longer than expected" at 5 s, load time included. */
  budgetMs?: number;
  /** Per Office call. */
  callTimeoutMs?: number;
  /** Contents of attachments up to this size are read for the attachment rules (0 = never). */
  maxAttachmentBytes?: number;
}

// Under 3 s, so that even with a slow script load the event completes well before Outlook's 5 s notice.
export const DEFAULT_BUDGET_MS = 2900;
export const DEFAULT_CALL_TIMEOUT_MS = 2500;
/** The send handler never waits longer than this for the policy; then the built-in one checks. */
export const SEND_POLICY_SHARE_MS = 800;
/** Recording the retention proposal is best effort: it never holds a send longer than this. */
export const RETENTION_RECORD_MS = 700;
/** Cap on stamping (or removing) the backstop's "checked" header. */
export const CHECKED_HEADER_MS = 400;

interface PreCache {
  fp: string;
  findings: FindingData[];
}

/**
 * The findings as they fit in one sessionData value (SESSION_VALUE_MAX): an attached email can
 * yield many, and a cache too large to write would leave the send handler without the findings
 * only the content read here can give. Quoted text and suggestions go first, then the findings of
 * lowest level, so every block survives.
 */
export function fitSession(findings: FindingData[]): FindingData[] {
  const room = SESSION_VALUE_MAX - 200; // the fingerprint and the JSON around the list
  if (JSON.stringify(findings).length <= room) return findings;
  const rank = { block: 0, warn: 1, info: 2 } as const;
  const lean = findings
    .map((full) => {
      // Copied, not destructured with a rest pattern: Babel brings a helper into the event bundle for one.
      const f = Object.assign({}, full);
      delete f.actual;
      delete f.suggestions;
      return f;
    })
    .sort((a, b) => rank[a.level] - rank[b.level]);
  const kept: FindingData[] = [];
  let size = 2;
  for (const f of lean) {
    const n = JSON.stringify(f).length + 1;
    if (size + n > room) break;
    kept.push(f);
    size += n;
  }
  return kept;
}

/** Only the call name and error code, or the error's class: never content. */
export function describeFailure(e: unknown): string {
  if (isOfficeCallError(e)) return e.message;
  return e instanceof Error ? e.name : typeof e;
}

function preFingerprint(d: Pick<MailDraft, 'from' | 'to' | 'cc' | 'bcc' | 'attachments' | 'composeType'>, config: PolicyConfig): string {
  const addr = (xs: { address: string }[]) => xs.map((x) => x.address.toLowerCase());
  return fingerprint([
    config.version,
    d.from?.address.toLowerCase() ?? '',
    d.from?.name ?? '',
    addr(d.to),
    addr(d.cc),
    addr(d.bcc),
    d.attachments.map((a) => [a.id ?? '', a.name, a.size]),
    d.composeType,
    // display names matter to the role and impersonation checks
    [...d.to, ...d.cc, ...d.bcc].map((a) => a.name ?? ''),
  ]);
}

export function createHandlers(deps: HandlerDeps) {
  const check = deps.check ?? engineCheck;
  const budget = deps.budgetMs ?? DEFAULT_BUDGET_MS;
  const t = deps.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const opts = { timeoutMs: t };

  async function readPreInputs(item: Office.MessageCompose, withContent: boolean) {
    const [recipients, from, attachments, composeType] = await Promise.all([
      readRecipients(item, opts),
      readFrom(item, opts),
      readAttachments(item, { ...opts, maxContentBytes: withContent ? deps.maxAttachmentBytes ?? 2 * 1024 * 1024 : 0 }),
      readComposeType(item, opts),
    ]);
    const draft = emptyDraft({ ...recipients, attachments, composeType });
    if (from) draft.from = from;
    return draft;
  }

  /** Recipients, attachments or sender changed: recompute those rules, cache, and tell the user. */
  async function precompute(item: Office.MessageCompose): Promise<void> {
    const [draft, { config }] = await Promise.all([readPreInputs(item, true), deps.loadPolicy()]);
    const findings = check(draft, config, { inputs: PRE_INPUTS }).findings.map((f) => f.toJSON());
    const cache: PreCache = { fp: preFingerprint(draft, config), findings: fitSession(findings) };
    await writeSession(item, SESSION.precomputed, JSON.stringify(cache), t);
    await notifyFindings(item, findings, deps.supports, t);
  }

  function composeEventHandler(name: string) {
    return async function handler(event: CompletableEvent): Promise<void> {
      const done = completion(event);
      try {
        await withDeadline(precompute(deps.item()), budget, name);
      } catch (e) {
        // Nothing is lost: the send handler recomputes whatever was not cached.
        console.warn(`[council-email-policy] ${name} did not finish: ${describeFailure(e)}`);
      } finally {
        done.complete();
      }
    };
  }

  /**
   * Policy 4.1: email is a record. This session's retention choice (or the schedule's proposal) and
   * the override the send was allowed under go into the add-in's custom properties, which travel
   * into Sent Items, where the Graph reconciler applies the tag; anything inherited from a forwarded
   * parent is replaced (src/office/custom-properties.ts). A failure here is logged (without
   * content) and never changes or delays the send decision beyond the cap.
   */
  async function recordForSend(item: Office.MessageCompose, records: SendRecords, deadline: number): Promise<void> {
    const ms = Math.min(RETENTION_RECORD_MS, deadline - Date.now() - 200);
    if (ms <= 0) return;
    try {
      await withDeadline(writeSendRecords(item, records, opts), ms, 'records');
    } catch (e) {
      console.warn(`[council-email-policy] could not record the retention label: ${describeFailure(e)}`);
    }
  }

  async function sendDecision(item: Office.MessageCompose, policyP: Promise<LoadedPolicy>, deadline: number): Promise<SendDecision> {
    const [draft, subject, body, policy, cachedRaw, choice] = await Promise.all([
      readPreInputs(item, false),
      readSubject(item, opts),
      readBody(item, opts),
      policyP,
      readSession(item, SESSION.precomputed, t),
      readRetentionChoice(item, opts).catch(() => undefined),
    ]);
    const config = policy.config;
    draft.subject = subject;
    draft.body = body;

    const fp = preFingerprint(draft, config);
    let pre: FindingData[] | undefined;
    if (cachedRaw) {
      try {
        const c = JSON.parse(cachedRaw) as PreCache;
        if (c && c.fp === fp && Array.isArray(c.findings)) pre = c.findings;
      } catch {
        pre = undefined; // a damaged cache is recomputed below
      }
    }
    // Stale or missing cache: run those rules now (attachment contents are not fetched at send).
    const preFindings = pre ? pre.map((f) => Finding.from(f)) : check(draft, config, { inputs: PRE_INPUTS }).findings;
    const sendResult = check(draft, config, { touching: SEND_INPUTS });
    const sendFindings = sendResult.findings;
    const findings = [...preFindings, ...sendFindings];

    const stops = findings.some((f) => f.level !== 'info');
    const v114 = deps.supports('1.14');
    const [override, warned] = stops
      ? await Promise.all([readOverride(item, opts).catch(() => undefined), v114 ? Promise.resolve(undefined) : readSession(item, SESSION.warned, t)])
      : [undefined, undefined];
    const decision = decideSend({
      findings,
      config,
      override,
      client: { v114, v115: deps.supports('1.15') },
      draftFingerprint: fingerprint([fp, subject, body.text]),
      warnedFingerprint: warned,
    });
    if (decision.rememberWarned) await writeSession(item, SESSION.warned, decision.rememberWarned, t);
    // The user's pick in the pane stands only when it is a label of the current schedule.
    const picked = choice && config.retention.labels.some((l) => l.id === choice.labelId) ? choice : undefined;
    const retention = picked ?? (sendResult.retention ? { labelId: sendResult.retention.labelId, by: 'rules' as const, at: new Date().toISOString() } : undefined);
    // A warned message is recorded too: "Send anyway" does not run the handler again.
    const records = { retention, override: decision.outcome === 'allow-override' ? override : undefined };
    await Promise.all([recordForSend(item, records, deadline), config.backstop.stampHeader ? stampChecked(item, config, deadline) : undefined]);
    return decision;
  }

  /**
   * The backstop's header (policy file `backstop.stampHeader`): the check completed, so the
   * exported mail flow rules need not repeat their content checks. Best effort and capped: a
   * failure only means the server checks the message again.
   */
  async function stampChecked(item: Office.MessageCompose, config: PolicyConfig, deadline: number): Promise<void> {
    const ms = Math.min(CHECKED_HEADER_MS, deadline - Date.now() - 200);
    if (ms <= 0) return;
    try {
      await setCheckedHeader(item, config.backstop.headerName, config.version, ms);
    } catch (e) {
      console.warn(`[council-email-policy] could not mark the message as checked: ${describeFailure(e)}`);
    }
  }

  async function onMessageSendHandler(event: CompletableEvent): Promise<void> {
    const done = completion(event);
    const deadline = Date.now() + budget;
    let onError: 'allow' | 'block' = 'allow';
    let checkedHeader: string | undefined;
    try {
      onError = builtInPolicy().onError; // until the hosted policy is in
      // Never wait on the network for the policy beyond a small share of the budget (issue #18).
      const policyP = withDeadline(
        Promise.resolve().then(() => (deps.sendPolicy ?? deps.loadPolicy)()),
        Math.min(SEND_POLICY_SHARE_MS, budget),
        'policy',
      ).catch((): LoadedPolicy => ({ config: builtInPolicy(), source: 'built-in' }));
      // The council's onError applies even when reading the draft fails before the policy arrives.
      const onErrorP = policyP.then((p) => {
        onError = p.config.onError;
        if (p.config.backstop.stampHeader) checkedHeader = p.config.backstop.headerName;
      });
      try {
        const decision = await withDeadline(
          Promise.resolve().then(() => sendDecision(deps.item(), policyP, deadline)),
          budget,
          'OnMessageSend',
        );
        done.complete(decision.options);
        return;
      } catch (e) {
        console.warn(`[council-email-policy] OnMessageSend could not finish: ${describeFailure(e)}`);
        await withDeadline(onErrorP, Math.max(0, deadline - Date.now()), 'policy').catch(() => undefined); // keep the built-in onError
      }
      const d = decideFailure(onError);
      // A header stamped by an earlier, completed check of this draft must not vouch for this one.
      if (d.outcome === 'allow' && checkedHeader) {
        await withDeadline(removeCheckedHeader(deps.item(), checkedHeader, 300), CHECKED_HEADER_MS, 'header').catch(() => undefined);
      }
      if (d.outcome === 'allow') {
        // Best effort and short: the message is about to leave.
        try {
          await withDeadline(notifyText(deps.item(), FAILURE_ALLOW_NOTICE, 300), 400, 'notify');
        } catch (notifyError) {
          console.warn(`[council-email-policy] could not show the notice: ${describeFailure(notifyError)}`);
        }
      }
      done.complete(d.options);
    } catch (e) {
      console.error(`[council-email-policy] OnMessageSend failed: ${describeFailure(e)}`);
    } finally {
      done.complete(decideFailure(onError).options); // no-op unless a path above skipped completing
    }
  }

  return {
    onMessageComposeHandler: composeEventHandler('OnMessageCompose'),
    onMessageRecipientsChangedHandler: composeEventHandler('OnMessageRecipientsChanged'),
    onMessageAttachmentsChangedHandler: composeEventHandler('OnMessageAttachmentsChanged'),
    onMessageFromChangedHandler: composeEventHandler('OnMessageFromChanged'),
    onMessageSendHandler,
  };
}

export type Handlers = ReturnType<typeof createHandlers>;
