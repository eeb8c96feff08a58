// Runs rules → findings → verdict. Levels and modes come from the policy file; a rule that throws
// becomes an `info` finding saying so, and the other rules still run.
import type { PolicyConfig } from './config';
import { RuleContext } from './context';
import { Finding } from './finding';
import { proposeRetention } from './retention';
import { renderMessage, type Rule, type RuleInput, type RuleMeta } from './rule';
import { RULES } from './rules';
import { mapRangeBack, normaliseForMatching, type Normalised } from './text/normalise';
import type { Attachment, ConfiguredLevel, Level, MailDraft, Mode, RetentionProposal, Verdict } from './types';

export interface CheckOptions {
  /** `compose` (default) runs the send-time rules; `read` runs the rules for received mail. */
  surface?: 'compose' | 'read';
  /** Run only rules whose inputs all lie within this set (the event handlers pre-compute by input). */
  inputs?: readonly RuleInput[];
  /** Run only rules that read at least one of these inputs. */
  touching?: readonly RuleInput[];
  /** Rule set; defaults to the registry. */
  rules?: readonly Rule[];
}

export interface CheckResult {
  verdict: Verdict;
  findings: Finding[];
  retention: RetentionProposal;
}

const ORDER: Record<Level, number> = { info: 0, warn: 1, block: 2 };

/** The level a rule's findings get: the policy file's level, then the roll-out mode applied. */
export function effectiveLevel(meta: RuleMeta, config: PolicyConfig): ConfiguredLevel {
  const configured = config.levels[meta.id] ?? meta.defaultLevel;
  if (configured === 'off') return 'off';
  const mode: Mode = config.ruleModes[meta.id] ?? config.mode;
  if (mode === 'monitor') return 'info';
  if (mode === 'warn' && configured === 'block') return 'warn';
  // Nothing a pane-only rule finds is checked at send, so it cannot promise to stop a message.
  if (meta.paneOnly && configured === 'block') return 'warn';
  return configured;
}

export function verdictOf(findings: readonly { level: Level }[]): Verdict {
  let worst = 0;
  for (const f of findings) worst = Math.max(worst, ORDER[f.level]);
  return worst === 2 ? 'block' : worst === 1 ? 'warn' : 'ok';
}

export function selectRules(options: CheckOptions = {}): Rule[] {
  const surface = options.surface ?? 'compose';
  return (options.rules ?? RULES).filter((r) => {
    if ((r.meta.surface ?? 'compose') !== surface) return false;
    if (options.inputs && !r.meta.inputs.every((i) => options.inputs!.includes(i))) return false;
    if (options.touching && !r.meta.inputs.some((i) => options.touching!.includes(i))) return false;
    return true;
  });
}

/** Run one rule; never throws. */
export function runRule(rule: Rule, ctx: RuleContext, level: Level): Finding[] {
  const { meta } = rule;
  const found: Finding[] = [];
  try {
    rule.check(ctx, (r) => {
      const template = meta.messages[r.messageId];
      if (template === undefined) throw new Error(`unknown message id "${r.messageId}"`);
      found.push(
        new Finding({
          ruleId: meta.id,
          messageId: r.messageId,
          category: meta.category,
          level,
          clause: meta.clause,
          message: renderMessage(template, r.data),
          span: r.span,
          actual: r.actual,
          suggestions: r.suggestions,
          fixes: r.fixes,
        }),
      );
    });
  } catch (e) {
    // The rule's own fault must not hide other findings or stop the send: report it as info.
    // Only the error's name is kept: its message could quote the email.
    const name = e instanceof Error ? e.name : typeof e;
    return [
      new Finding({
        ruleId: meta.id,
        messageId: 'rule-failed',
        category: meta.category,
        level: 'info',
        clause: meta.clause,
        message: `The check "${meta.summary}" could not run (${name}), so this message was not checked for it. Please review it yourself against clause ${meta.clause}.`,
      }),
    ];
  }
  return found;
}

/** Check a draft against the policy. Synchronous and total: it returns for any draft. */
export function check(draft: MailDraft, config: PolicyConfig, options: CheckOptions = {}): CheckResult {
  // Rules read text with disguises undone (zero-width characters, look-alike letters); spans are
  // mapped back to the text as typed.
  const body = normaliseForMatching(draft.body.text, draft.body.hidden);
  // Attachment names are text the recipient sees (issue #18, finding 4): the rules read them as
  // further lines of the subject, and findings there are reported on the attachment.
  // The extension is left out: "PIN 4821.txt" reads as "PIN 4821".
  const names = draft.attachments.map((a) => a.name.replace(/\n/g, ' ').replace(/\.[A-Za-z0-9]{1,8}$/, ''));
  const subjectText = names.length ? [draft.subject.replace(/\n/g, ' '), ...names].join('\n') : draft.subject;
  const subject = normaliseForMatching(subjectText);
  const seenSubject = subject?.text ?? subjectText;
  const seen = body || subject || names.length ? { ...draft, subject: seenSubject, body: { ...draft.body, text: body?.text ?? draft.body.text } } : draft;
  const ctx = new RuleContext(seen, config);
  const findings: Finding[] = [];
  for (const rule of selectRules(options)) {
    const level = effectiveLevel(rule.meta, config);
    if (level === 'off') continue;
    findings.push(...runRule(rule, ctx, level));
  }
  if (body || subject) for (const f of findings) mapBack(f, draft, seen, body, subject, subjectText);
  if (names.length) for (const f of findings) toAttachment(f, draft.subject.length, names);
  // A second rendering that says something else is checked too (issue #18, finding 4); a finding
  // the first did not have is kept, without a body span (its offsets belong to the other text).
  const alt = draft.body.alternative;
  if (alt !== undefined && alt !== draft.body.text) {
    const other = check({ ...draft, body: { text: alt } }, config, options).findings;
    for (const f of other) {
      if (findings.some((g) => g.ruleId === f.ruleId && g.messageId === f.messageId)) continue;
      if (f.span?.field === 'body') delete f.span;
      delete f.fixes;
      findings.push(f);
    }
  }
  if (readsAttachments(options)) findings.push(...attachedMessageFindings(draft, config, options));
  const retentionSubject = names.length ? seenSubject.slice(0, Math.max(0, seenSubject.indexOf('\n'))) : seenSubject;
  return { verdict: verdictOf(findings), findings, retention: proposeRetention(retentionSubject, ctx.ownText, config) };
}

/**
 * Rules that judge an attached email's content (issue #18, finding 3). Left out: what is about the
 * envelope of the email being sent (its recipients, disclaimer, sender authenticity, "see attached"
 * with nothing attached, forwarding from an unverified sender) and councillors' instructions (an
 * attached email is someone's earlier message passed on, not an instruction issued now).
 */
const ENVELOPE_CATEGORIES: readonly string[] = ['recipients', 'disclaimer', 'authenticity', 'instructions'];
const ENVELOPE_RULES: readonly string[] = ['attachments/missing', 'attachments/unverified-forward'];

function readsAttachments(options: CheckOptions): boolean {
  if ((options.surface ?? 'compose') !== 'compose') return false;
  return (!options.inputs || options.inputs.includes('attachments')) && (!options.touching || options.touching.includes('attachments'));
}

/** The attachment without the message read from it (not a rest pattern: Babel brings a helper into the event bundle for one). */
function withoutMessage(a: Attachment): Attachment {
  const rest = Object.assign({}, a);
  delete rest.message;
  return rest;
}

/**
 * Each attached email (read by the adapter into `attachment.message`) is checked by the same rules,
 * one level deep: its subject, text and attachments, as if sent now by this sender to these
 * recipients. Findings go on the attachment, say which email they are in, and offer its removal.
 */
function attachedMessageFindings(draft: MailDraft, config: PolicyConfig, options: CheckOptions): Finding[] {
  const out: Finding[] = [];
  draft.attachments.forEach((a, index) => {
    const m = a.message;
    if (!m) return;
    const inner: MailDraft = {
      ...m,
      from: draft.from,
      to: draft.to,
      cc: draft.cc,
      bcc: draft.bcc,
      attachments: m.attachments.map(withoutMessage), // one level deep
    };
    const rules = (options.rules || RULES).filter((r) => !ENVELOPE_CATEGORIES.includes(r.meta.category) && !ENVELOPE_RULES.includes(r.meta.id));
    for (const f of check(inner, config, { surface: 'compose', rules }).findings) {
      f.message = `In the attached email “${a.name}”: ${f.message}`;
      f.span = { field: 'attachments', start: index, end: index + 1 };
      f.fixes = [{ kind: 'remove-attachment', index, id: a.id, name: a.name }];
      delete f.suggestions;
      out.push(f);
    }
  });
  return out;
}

/** A finding in the attachment-name lines after the subject goes on the attachment it names. */
function toAttachment(f: Finding, subjectLength: number, names: string[]): void {
  if (f.span?.field !== 'subject' || f.span.start <= subjectLength) return;
  let at = subjectLength + 1;
  for (let index = 0; index < names.length; index++) {
    const end = at + names[index].length;
    if (f.span.start < end + 1) {
      f.span = { field: 'attachments', start: index, end: index + 1 };
      return;
    }
    at = end + 1;
  }
}

function mapBack(f: Finding, original: MailDraft, seen: MailDraft, body?: Normalised, subject?: Normalised, subjectText = original.subject): void {
  const pick = (field: string) => (field === 'body' ? { n: body, was: original.body.text, now: seen.body.text } : field === 'subject' ? { n: subject, was: subjectText, now: seen.subject } : undefined);
  if (f.span) {
    const p = pick(f.span.field);
    if (p?.n) {
      const { start, end } = f.span;
      const back = mapRangeBack(p.n, start, end);
      // Quote what was typed, unless the rule chose its own wording (e.g. a masked secret).
      if (f.actual === p.now.slice(start, end)) f.actual = p.was.slice(back.start, back.end);
      f.span = { ...f.span, ...back };
    }
  }
  f.fixes = f.fixes?.map((x) => {
    if (x.kind !== 'replace-text') return x;
    const p = pick(x.span.field);
    return p?.n ? { ...x, span: { ...x.span, ...mapRangeBack(p.n, x.span.start, x.span.end) } } : x;
  });
  if (!f.fixes) delete f.fixes;
}

/** An empty draft, for building drafts in code and tests. */
export function emptyDraft(partial: Partial<MailDraft> = {}): MailDraft {
  return {
    to: [],
    cc: [],
    bcc: [],
    subject: '',
    body: { text: '' },
    attachments: [],
    composeType: 'new',
    ...partial,
  };
}
