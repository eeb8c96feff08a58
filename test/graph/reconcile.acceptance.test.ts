// Issue #5 acceptance: 1,000 sent messages with decisions, ≥ 20 % of requests failing, all end up
// tagged; no message is written again unless a read-back showed the write missing; a second run
// writes nothing; --dry-run writes nothing; concurrency stays at 4 or below.
import { reconcile } from '../../src/graph/retention/reconcile';
import { guidToTagBase64, PR_POLICY_TAG, PR_RETENTION_FLAGS, PR_RETENTION_PERIOD, APPLIED_MARKER } from '../../src/graph/retention/props';
import { DEFAULT_RETENTION_LABELS } from '../../src/policy/data/retention-schedule';
import { canonicalId } from './fake-graph/odata-filter';
import { FakeGraph, type MessageEvent } from './fake-graph/server';
import { clientFor, FakeClock, MAILBOX, policyWithTags, seed, tagGuidFor } from './helpers';

/** Each write after the first must follow a read-back that showed the tag missing. */
function unjustifiedRewrites(events: MessageEvent[]): number {
  let writes = 0;
  let justified = true;
  let bad = 0;
  for (const e of events) {
    if (e.startsWith('patch-')) {
      if (writes > 0 && !justified) bad++;
      writes++;
      justified = false;
    } else if (e === 'read-missing') justified = true;
  }
  return bad;
}

describe('retention reconcile against a failing Graph (issue #5 acceptance)', () => {
  const server = new FakeGraph();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('tags all 1,000 messages through 25 % injected failures, never rewriting without a failed read-back, and a second run writes nothing', async () => {
    const decided = seed(server, 1000, { noise: 60 });
    server.setFailures({ rate: 0.25, seed: 20261128, retryAfterSeconds: 2, noopPatchRate: 0.05, expireTokenEvery: 400 });
    const clock = new FakeClock();
    const { client, tokens } = clientFor(server, clock);
    const policy = policyWithTags(137);

    const first = await reconcile({ client, mailbox: MAILBOX, policy, pageSize: 100 });
    expect(first.found).toBe(1000);
    expect(first.tagged + first.failed).toBe(1000);
    // The mailbox is the queue: whatever a run leaves pending, the next run picks up.
    let runs = 1;
    let pending = first.failed;
    while (pending > 0 && runs < 4) {
      const again = await reconcile({ client, mailbox: MAILBOX, policy, pageSize: 100 });
      pending = again.failed;
      runs++;
    }
    expect(pending).toBe(0);

    // The failure injection really happened, at the rate the acceptance asks for.
    const injected = Object.values(server.stats.injected).reduce((a, b) => a + b, 0) - server.stats.injected.expired;
    expect(injected / server.stats.requests).toBeGreaterThanOrEqual(0.2);
    expect(server.stats.injected.noop).toBeGreaterThan(0);
    expect(server.stats.injected.hang).toBeGreaterThan(0);
    expect(server.stats.injected.drop).toBeGreaterThan(0);
    expect(server.stats.injected.expired).toBeGreaterThan(0);
    expect(tokens.minted).toBeGreaterThan(1);
    expect(clock.slept).toContain(2000);

    // Every decided message carries exactly the tag of its label, the period and the flags.
    const labelIndex = new Map(DEFAULT_RETENTION_LABELS.map((l, i) => [l.id, i]));
    for (const [id, labelId] of decided) {
      const m = server.message(MAILBOX, id)!;
      const i = labelIndex.get(labelId)!;
      expect(m.props.get(canonicalId(PR_POLICY_TAG)!)?.value).toBe(guidToTagBase64(tagGuidFor(i)));
      expect(m.props.get(canonicalId(PR_RETENTION_PERIOD)!)?.value).toBe(String(DEFAULT_RETENTION_LABELS[i].days));
      expect(m.props.get(canonicalId(PR_RETENTION_FLAGS)!)?.value).toBe('137');
      expect(m.props.get(canonicalId(APPLIED_MARKER)!)?.value.startsWith(`${labelId};${tagGuidFor(i)};`)).toBe(true);
      expect(unjustifiedRewrites(server.eventsOf(id))).toBe(0);
    }
    // The read-back path was exercised: some messages were written again after a read showed the write missing.
    expect([...decided.keys()].filter((id) => server.eventsOf(id).filter((e) => e.startsWith('patch-')).length > 1).length).toBeGreaterThan(0);
    // Messages without a decision are never written.
    for (const m of server.mailboxes.get(MAILBOX)!.values()) {
      if (!decided.has(m.id)) expect(server.eventsOf(m.id).filter((e) => e.startsWith('patch-'))).toEqual([]);
    }
    expect(Math.max(...server.stats.maxInFlight.values())).toBeLessThanOrEqual(4);

    // Second run, no failures: nothing written.
    server.setFailures(undefined);
    const patchesBefore = server.stats.patches;
    const second = await reconcile({ client, mailbox: MAILBOX, policy, pageSize: 100 });
    expect(second).toMatchObject({ found: 1000, tagged: 0, alreadyTagged: 1000, failed: 0 });
    expect(server.stats.patches).toBe(patchesBefore);
    // Nothing waited on real time: Retry-After went through the fake clock's sleep, and every request
    // the server never answered timed out through the fake clock too, not a real socket timeout.
    expect(clock.expired).toBe(server.stats.injected.hang);
  }, 120_000);
});

it('the rewrite check flags a second write with no failed read-back in between', () => {
  expect(unjustifiedRewrites(['read-missing', 'patch-applied', 'patch-applied'])).toBe(1);
  expect(unjustifiedRewrites(['read-missing', 'patch-noop', 'read-missing', 'patch-applied', 'read-present'])).toBe(0);
  expect(unjustifiedRewrites(['patch-noop', 'read-present', 'patch-applied'])).toBe(1);
});

describe('retention reconcile --dry-run', () => {
  const server = new FakeGraph();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('counts what it would tag and writes nothing', async () => {
    seed(server, 120, { noise: 10 });
    const { client } = clientFor(server, new FakeClock());
    const s = await reconcile({ client, mailbox: MAILBOX, policy: policyWithTags(), dryRun: true });
    expect(s).toMatchObject({ found: 120, wouldTag: 120, tagged: 0, failed: 0 });
    expect(server.stats.patches).toBe(0);
    expect(server.touched.flatMap((id) => server.eventsOf(id)).filter((e) => e.startsWith('patch-'))).toEqual([]);
  });
});
