// The reconciler: finds sent messages that carry a retention decision (in the add-in's custom
// properties) but not the applied tag, writes the Exchange retention tag as MAPI extended
// properties ([MS-OXCMSG] PidTagPolicyTag/RetentionPeriod/RetentionFlags), and reads it back. No
// Graph page documents that this write applies a tag: an undocumented technique, gated by the
// tenant checks of docs/ADMIN.md §10. It never replaces a tag it did not write. The mailbox is the
// queue: a run that stops half-way leaves the rest pending, and a finished message is never written again.
import type { PolicyConfig } from '../../policy/config';
import { assertWritableRetentionFlags } from '../../policy/retention-flags';
import { parseRetentionDecision, PROP } from '../../policy/records';
import type { RetentionLabel } from '../../policy/types';
import type { GraphClient, Page, Query } from '../client/graph-client';
import { isGraphError } from '../errors';
import {
  APPLIED_MARKER,
  appliedMarker,
  customPropertiesId,
  guidToTagBase64,
  parseAppliedMarker,
  propertyValue,
  PR_POLICY_TAG,
  PR_RETENTION_FLAGS,
  PR_RETENTION_PERIOD,
  type ExtendedProperty,
} from './props';

export interface ReconcileOptions {
  client: GraphClient;
  /** Mailbox address or user id; `me` in the task pane. */
  mailbox: string;
  policy: PolicyConfig;
  /** Only messages sent at or after this time. */
  since?: Date;
  dryRun?: boolean;
  addinId?: string;
  /** Page size ($top, at most 1000). */
  pageSize?: number;
  /** Writes per message before giving up for this run (each after a read-back showed it missing). */
  maxWrites?: number;
  now?: () => Date;
}

export type Outcome = 'tagged' | 'already-tagged' | 'would-tag' | 'failed' | 'unmapped' | 'kept-existing';

export interface Failure {
  /** Why: a Graph error code, or "not-applied" when read-backs kept showing the tag missing. */
  code: string;
  requestId?: string;
}

export interface ReconcileSummary {
  /** Sent messages carrying a retention decision. */
  found: number;
  tagged: number;
  alreadyTagged: number;
  /** --dry-run: messages a real run would write. */
  wouldTag: number;
  /** Left pending for the next run because Graph failed. */
  failed: number;
  /** Left pending because the decided label is unknown or has no Exchange tag GUID in the policy. */
  unmapped: number;
  /**
   * Left alone because the message already carries a retention tag that this add-in did not
   * write (a person tagged it in Outlook, before the first run or after ours): never replaced.
   */
  keptExisting: number;
  failures: Failure[];
  /** Decisions naming a label the schedule lacks or cannot apply, by label id (ids are not personal data). */
  unmappedLabels: string[];
}

interface ListedMessage {
  id: string;
  sentDateTime?: string;
  singleValueExtendedProperties?: ExtendedProperty[];
}

/** The OData filter that finds candidates. Graph filters string extended properties with contains(). */
export function pendingFilter(addinId: string | undefined, since?: Date): string {
  const ep = `singleValueExtendedProperties/any(ep: ep/id eq '${customPropertiesId(addinId)}' and contains(ep/value, '${PROP.retention}'))`;
  return since ? `${ep} and sentDateTime ge ${since.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : ep;
}

function expandOf(ids: string[]): string {
  return `singleValueExtendedProperties($filter=${ids.map((id) => `id eq '${id}'`).join(' or ')})`;
}

const enc = encodeURIComponent;

export async function reconcile(o: ReconcileOptions): Promise<ReconcileSummary> {
  const { client, policy } = o;
  const cecp = customPropertiesId(o.addinId);
  const now = o.now ?? (() => new Date());
  const labels = new Map(policy.retention.labels.map((l) => [l.id, l]));
  const summary: ReconcileSummary = { found: 0, tagged: 0, alreadyTagged: 0, wouldTag: 0, failed: 0, unmapped: 0, keptExisting: 0, failures: [], unmappedLabels: [] };
  // Refuse before any request: a bad value must never reach a mailbox (0 marks no explicit tag).
  assertWritableRetentionFlags(policy.retention.retentionFlags);
  // `me` is the signed-in user's own mailbox (the task pane's delegated token), whatever its address.
  const base = o.mailbox === 'me' ? '/me' : `/users/${enc(o.mailbox)}`;

  const listPath = `${base}/mailFolders/sentitems/messages`;
  const listQuery = {
    $filter: pendingFilter(o.addinId, o.since),
    $select: 'id,sentDateTime',
    // The listing carries everything a read-back needs, so one request re-reads a whole page.
    $expand: expandOf([cecp, PR_POLICY_TAG, PR_RETENTION_PERIOD, PR_RETENTION_FLAGS, APPLIED_MARKER]),
    $top: Math.min(o.pageSize ?? 100, 1000),
  };

  let pageRef: { path: string; query?: Query } | undefined = { path: listPath, query: listQuery };
  while (pageRef) {
    const ref: { path: string; query?: Query } = pageRef;
    const page = await client.get<Page<ListedMessage>>(ref.path, ref.query);
    const work: Work[] = [];
    for (const m of page.value ?? []) {
      const r = classifyListed(m);
      if (!r) continue;
      if ('outcome' in r) count(r);
      else work.push(r);
    }
    if (work.length) await writeAll(work, ref);
    for (const w of work) count(w.result ?? { outcome: 'failed', failure: w.lastFailure });
    const next = page['@odata.nextLink'];
    pageRef = next ? { path: client.relative(next) } : undefined;
  }
  return summary;

  function count(r: Result): void {
    summary.found++;
    if (r.outcome === 'tagged') summary.tagged++;
    else if (r.outcome === 'already-tagged') summary.alreadyTagged++;
    else if (r.outcome === 'would-tag') summary.wouldTag++;
    else if (r.outcome === 'kept-existing') summary.keptExisting++;
    else if (r.outcome === 'unmapped') {
      summary.unmapped++;
      if (r.labelId && !summary.unmappedLabels.includes(r.labelId)) summary.unmappedLabels.push(r.labelId);
    } else {
      summary.failed++;
      if (r.failure) summary.failures.push(r.failure);
    }
  }

  function classifyListed(m: ListedMessage): Result | Work | undefined {
    const decision = readDecision(propertyValue(m.singleValueExtendedProperties, cecp));
    if (!decision) return undefined; // contains() matched text that is not a decision
    const label = labels.get(decision.labelId);
    if (!label?.exchangeTagGuid) return { outcome: 'unmapped', labelId: decision.labelId };
    const want = desired(label, policy.retention.retentionFlags);
    const state = classify(m.singleValueExtendedProperties, want);
    if (state === 'done') return { outcome: 'already-tagged' };
    if (state === 'changed-later' || state === 'set-by-someone-else') return { outcome: 'kept-existing' };
    if (o.dryRun) return { outcome: 'would-tag' };
    return { id: m.id, label, want, writes: 0, lastFailure: { code: 'not-applied' } };
  }

  /**
   * Rounds of: write every pending message of the page; read them all back (one re-read of the
   * page, single reads for any that moved off it); write again only those the read-back shows
   * missing. A write refused outright fails the message for this run; a write with an unknown
   * outcome (504, timeout, dropped connection) is settled by the read-back.
   */
  async function writeAll(work: Work[], ref: { path: string; query?: Query }): Promise<void> {
    const maxWrites = o.maxWrites ?? 3;
    let round = work;
    while (round.length) {
      const written = await Promise.all(round.map(async (w) => {
        w.writes++;
        try {
          await client.patch(`${base}/messages/${enc(w.id)}`, { singleValueExtendedProperties: propsToWrite(w.want, appliedMarker(w.label.id, w.want.tagGuid, now().toISOString())) });
          w.lastFailure = { code: 'not-applied' };
        } catch (e) {
          w.lastFailure = failureOf(e);
          if (!isUnknownOutcome(e)) {
            w.result = { outcome: 'failed', failure: w.lastFailure };
            return undefined;
          }
        }
        return w;
      }));
      const toVerify = written.filter((w): w is Work => !!w);
      let reread: Map<string, ExtendedProperty[] | undefined> | undefined;
      try {
        const again = await client.get<Page<ListedMessage>>(ref.path, ref.query);
        reread = new Map((again.value ?? []).map((m) => [m.id, m.singleValueExtendedProperties]));
      } catch (e) {
        // The page could not be re-read: each message is read back on its own below instead.
        reread = undefined;
      }
      const next: Work[] = [];
      await Promise.all(toVerify.map(async (w) => {
        let props: ExtendedProperty[] | undefined;
        if (reread?.has(w.id)) props = reread.get(w.id);
        else {
          try {
            const got = await client.get<ListedMessage>(`${base}/messages/${enc(w.id)}`, { $select: 'id', $expand: expandOf([PR_POLICY_TAG, PR_RETENTION_PERIOD, PR_RETENTION_FLAGS, APPLIED_MARKER]) });
            props = got.singleValueExtendedProperties;
          } catch (e) {
            w.result = { outcome: 'failed', failure: failureOf(e) };
            return;
          }
        }
        if (verified(props, w.want)) w.result = { outcome: 'tagged' };
        else if (w.writes < maxWrites) next.push(w);
        else w.result = { outcome: 'failed', failure: w.lastFailure };
      }));
      round = next;
    }
  }
}

type Result = { outcome: Outcome; failure?: Failure; labelId?: string };

interface Work {
  id: string;
  label: RetentionLabel;
  want: Desired;
  writes: number;
  lastFailure: Failure;
  result?: Result;
}

interface Desired {
  tagGuid: string;
  tagBase64: string;
  days?: number;
  flags: number;
}

function desired(label: RetentionLabel, flags: number): Desired {
  const tagGuid = label.exchangeTagGuid!.toLowerCase();
  return { tagGuid, tagBase64: guidToTagBase64(tagGuid), days: label.days, flags };
}

function propsToWrite(want: Desired, marker: string): ExtendedProperty[] {
  const props: ExtendedProperty[] = [{ id: PR_POLICY_TAG, value: want.tagBase64 }];
  if (want.days !== undefined) props.push({ id: PR_RETENTION_PERIOD, value: String(want.days) });
  props.push({ id: PR_RETENTION_FLAGS, value: String(want.flags) });
  props.push({ id: APPLIED_MARKER, value: marker });
  return props;
}

/**
 * done: our marker and the wanted tag are both there.
 * changed-later: our marker is there but the tag differs — someone re-tagged it in Outlook after
 *   we applied it; their later choice stands.
 * set-by-someone-else: a tag without our marker. We write the tag and the marker in one PATCH, so
 *   this is a tag a person (or another tool) set — e.g. tagged in Outlook before the first run.
 *   Never replaced, even when it equals the wanted tag (rewriting would change its flags).
 * pending: no tag at all (never applied, or a write that did not happen).
 */
export function classify(props: readonly ExtendedProperty[] | undefined, want: { tagBase64: string; tagGuid: string }): 'done' | 'changed-later' | 'set-by-someone-else' | 'pending' {
  const marker = parseAppliedMarker(propertyValue(props, APPLIED_MARKER));
  const tag = propertyValue(props, PR_POLICY_TAG);
  if (!marker) return tag ? 'set-by-someone-else' : 'pending';
  if (tag === want.tagBase64) return 'done';
  return tag ? 'changed-later' : 'pending';
}

function verified(props: readonly ExtendedProperty[] | undefined, want: Desired): boolean {
  if (propertyValue(props, PR_POLICY_TAG) !== want.tagBase64) return false;
  if (want.days !== undefined && propertyValue(props, PR_RETENTION_PERIOD) !== String(want.days)) return false;
  if (propertyValue(props, PR_RETENTION_FLAGS) !== String(want.flags)) return false;
  return parseAppliedMarker(propertyValue(props, APPLIED_MARKER))?.tagGuid === want.tagGuid;
}

/** The custom-properties value is a JSON object of all the add-in's properties; ours holds JSON too. */
export function readDecision(cecpValue: string | undefined) {
  if (!cecpValue) return undefined;
  let all: unknown;
  try {
    all = JSON.parse(cecpValue);
  } catch {
    return undefined; // malformed custom properties: not a decision we can act on
  }
  if (!all || typeof all !== 'object') return undefined;
  return parseRetentionDecision((all as Record<string, unknown>)[PROP.retention]);
}

function isUnknownOutcome(e: unknown): boolean {
  return isGraphError(e) && (e.status === 504 || e.name === 'RequestTimeoutError' || e.name === 'NetworkError');
}

function failureOf(e: unknown): Failure {
  if (isGraphError(e)) return { code: e.code, requestId: e.requestId };
  return { code: e instanceof Error ? e.name : 'Error' };
}
