// Issue #19 items 3 and 4, against the fake Graph server: a tag a person set in Outlook (no marker
// of ours) is never replaced but reported; PR_RETENTION_FLAGS 0 is never written.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { makeRetentionReconcileCommand } from '../../src/cli/commands/retention-reconcile';
import { reconcile } from '../../src/graph/retention/reconcile';
import { customPropertiesId, guidToTagBase64, PR_POLICY_TAG, PR_RETENTION_FLAGS, APPLIED_MARKER } from '../../src/graph/retention/props';
import { resolvePolicy } from '../../src/policy/config';
import { DEFAULT_RETENTION_LABELS } from '../../src/policy/data/retention-schedule';
import { canonicalId } from './fake-graph/odata-filter';
import { FakeGraph } from './fake-graph/server';
import { cecp, clientFor, FakeClock, MAILBOX, policyWithTags, tagGuidFor } from './helpers';

const PERSON_TAG = '99999999-8888-4777-8666-555555555555';
const FINANCE = DEFAULT_RETENTION_LABELS.findIndex((l) => l.id === 'finance');

function addDecided(server: FakeGraph, id: string, extra: Array<{ id: string; value: string }> = []) {
  server.addMessage(MAILBOX, { id, subject: 'x', sentDateTime: '2026-11-20T10:00:00Z', props: [{ id: customPropertiesId(), value: cecp({ labelId: 'finance' }) }, ...extra] });
}

describe('the reconciler never replaces a tag it did not set (issue #19 item 4)', () => {
  const server = new FakeGraph();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('leaves a person’s own tag (different or equal to ours) untouched, counts it as kept, and tags the rest', async () => {
    addDecided(server, 'AAMkPERSON1=', [{ id: PR_POLICY_TAG, value: guidToTagBase64(PERSON_TAG) }, { id: PR_RETENTION_FLAGS, value: '9' }]);
    addDecided(server, 'AAMkPERSON2=', [{ id: PR_POLICY_TAG, value: guidToTagBase64(tagGuidFor(FINANCE)) }]);
    addDecided(server, 'AAMkUNTAGGED=');
    const { client } = clientFor(server, new FakeClock());

    const s = await reconcile({ client, mailbox: MAILBOX, policy: policyWithTags(137) });
    expect(s).toMatchObject({ found: 3, tagged: 1, keptExisting: 2, failed: 0 });
    for (const id of ['AAMkPERSON1=', 'AAMkPERSON2=']) {
      expect(server.eventsOf(id).filter((e) => e.startsWith('patch-'))).toEqual([]);
      expect(server.message(MAILBOX, id)!.props.has(canonicalId(APPLIED_MARKER)!)).toBe(false);
    }
    expect(server.message(MAILBOX, 'AAMkPERSON1=')!.props.get(canonicalId(PR_POLICY_TAG)!)?.value).toBe(guidToTagBase64(PERSON_TAG));
    expect(server.message(MAILBOX, 'AAMkPERSON1=')!.props.get(canonicalId(PR_RETENTION_FLAGS)!)?.value).toBe('9');
    expect(server.message(MAILBOX, 'AAMkUNTAGGED=')!.props.get(canonicalId(PR_POLICY_TAG)!)?.value).toBe(guidToTagBase64(tagGuidFor(FINANCE)));

    // A second run: still kept, nothing written.
    const before = server.stats.patches;
    const again = await reconcile({ client, mailbox: MAILBOX, policy: policyWithTags(137) });
    expect(again).toMatchObject({ found: 3, tagged: 0, alreadyTagged: 1, keptExisting: 2 });
    expect(server.stats.patches).toBe(before);
  });

  it('the admin command reports the kept tags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'council-mail-kept-'));
    const file = join(dir, 'policy.json');
    const labels = DEFAULT_RETENTION_LABELS.map((l, i) => ({ ...l, exchangeTagGuid: tagGuidFor(i) }));
    writeFileSync(file, JSON.stringify({ organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] }, roles: { councillors: [], officers: [] }, retention: { labels } }));
    const out: string[] = [];
    const cmd = makeRetentionReconcileCommand({ env: { COUNCIL_MAIL_GRAPH_TOKEN: server.issueToken() }, clock: new FakeClock() });
    await cmd.run(['--mailbox', MAILBOX, '--graph-url', server.url, '--policy', file, '--dry-run'], { out: (l) => out.push(l), err: () => undefined, cwd: dir });
    expect(out).toContain('kept a tag someone set in Outlook (not replaced): 2');
  });
});

describe('PR_RETENTION_FLAGS is never written as 0 (issue #19 item 3)', () => {
  const server = new FakeGraph();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it('the default policy writes 9 (ExplicitTag 0x1 + PersonalTag 0x8)', async () => {
    addDecided(server, 'AAMkDEFAULT=');
    const { client } = clientFor(server, new FakeClock());
    const labels = DEFAULT_RETENTION_LABELS.map((l, i) => ({ ...l, exchangeTagGuid: tagGuidFor(i) }));
    const policy = resolvePolicy({ organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] }, roles: { councillors: [], officers: [] }, retention: { labels } });
    expect(policy.retention.retentionFlags).toBe(9);
    await reconcile({ client, mailbox: MAILBOX, policy });
    expect(server.message(MAILBOX, 'AAMkDEFAULT=')!.props.get(canonicalId(PR_RETENTION_FLAGS)!)?.value).toBe('9');
  });

  it('a policy object carrying 0 (built in code, past validation) is refused before any request', async () => {
    const { client } = clientFor(server, new FakeClock());
    const policy = policyWithTags(137);
    policy.retention.retentionFlags = 0;
    const requests = server.stats.requests;
    await expect(reconcile({ client, mailbox: MAILBOX, policy })).rejects.toThrow(/retention\.retentionFlags is 0/);
    expect(server.stats.requests).toBe(requests);
  });
});

describe('retention reconcile --mailbox for a shared mailbox (issue #19 item 5)', () => {
  const server = new FakeGraph();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  const INFO = 'info@waretowncouncil.gov.uk';

  function run(mailbox: string) {
    const dir = mkdtempSync(join(tmpdir(), 'council-mail-shared-'));
    const file = join(dir, 'policy.json');
    const labels = DEFAULT_RETENTION_LABELS.map((l, i) => ({ ...l, exchangeTagGuid: tagGuidFor(i) }));
    writeFileSync(file, JSON.stringify({ organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] }, roles: { councillors: [], officers: [] }, retention: { labels } }));
    const out: string[] = [];
    const err: string[] = [];
    const cmd = makeRetentionReconcileCommand({ env: { COUNCIL_MAIL_GRAPH_TOKEN: server.issueToken() }, clock: new FakeClock() });
    return cmd.run(['--mailbox', mailbox, '--graph-url', server.url, '--policy', file], { out: (l) => out.push(l), err: (l) => err.push(l), cwd: dir }).then((code) => ({ code, out, err }));
  }

  it('tags the shared mailbox’s Sent Items with app-only credentials', async () => {
    server.addMessage(INFO, { id: 'AAMkINFO1=', subject: 'x', sentDateTime: '2026-11-20T10:00:00Z', props: [{ id: customPropertiesId(), value: cecp({ labelId: 'finance' }) }] });
    const r = await run(INFO);
    expect(r.code).toBe(0);
    expect(r.out).toContain('tagged: 1');
  });

  it('outside the app’s Exchange scope (403), says which permission and scope a shared mailbox needs', async () => {
    server.outOfScope.add(INFO);
    const r = await run(INFO);
    expect(r.code).toBe(3);
    const said = r.err.join('\n');
    expect(said).toMatch(/ErrorAccessDenied/);
    expect(said).toMatch(/shared mailbox \(info@, clerk@\).*application permission Mail\.ReadWrite.*Exchange scope/);
    expect(said).toContain(`Test-ServicePrincipalAuthorization -Identity <client id> -Resource ${INFO}`);
  });
});
