// The admin commands end to end against the fake Graph, in-process: summaries, exit codes, the
// policy file rewritten with only roles changed.
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { makeRetentionReconcileCommand } from '../../src/cli/commands/retention-reconcile';
import { makePolicySyncRolesCommand } from '../../src/cli/commands/policy-sync-roles';
import { main } from '../../src/cli/main';
import { DEFAULT_RETENTION_LABELS } from '../../src/policy/data/retention-schedule';
import { FakeGraph } from './fake-graph/server';
import { FakeClock, MAILBOX, seed, tagGuidFor } from './helpers';

const server = new FakeGraph();
const dir = mkdtempSync(join(tmpdir(), 'council-mail-graph-'));
beforeAll(() => server.start());
afterAll(() => server.stop());

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l), cwd: dir }, out, err };
}

function policyFile(extra: Record<string, unknown> = {}): string {
  const file = join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
  const labels = DEFAULT_RETENTION_LABELS.map((l, i) => ({ ...l, exchangeTagGuid: tagGuidFor(i) }));
  writeFileSync(file, JSON.stringify({ version: '1', organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] }, roles: { councillors: [], officers: [] }, retention: { labels, retentionFlags: 137 }, ...extra }, null, 2));
  return file;
}

describe('council-mail retention reconcile', () => {
  const env = () => ({ COUNCIL_MAIL_GRAPH_TOKEN: server.issueToken() });

  it('prints the summary and exits 0; a second run tags nothing', async () => {
    seed(server, 25, { noise: 5 });
    const cmd = makeRetentionReconcileCommand({ env: env(), clock: new FakeClock() });
    const policy = policyFile();
    const a = io();
    expect(await cmd.run(['--mailbox', MAILBOX, '--graph-url', server.url, '--policy', policy], a.io)).toBe(0);
    expect(a.out).toEqual(expect.arrayContaining(['found: 25 sent messages with a retention decision', 'tagged: 25', 'already tagged: 0', 'failed and left pending: 0']));
    const b = io();
    expect(await cmd.run(['--mailbox', MAILBOX, '--graph-url', server.url, '--policy', policy, '--json'], b.io)).toBe(0);
    expect(JSON.parse(b.out[0])).toMatchObject({ found: 25, tagged: 0, alreadyTagged: 25, failed: 0 });
  });

  it('--since limits the run to messages sent on or after the date', async () => {
    const cmd = makeRetentionReconcileCommand({ env: env(), clock: new FakeClock() });
    const a = io();
    // seed() sends one message a minute from 2026-06-01T08:00Z: 25 messages, the last at 08:24.
    expect(await cmd.run(['--mailbox', MAILBOX, '--graph-url', server.url, '--policy', policyFile(), '--since', '2026-06-01T08:20:00Z', '--json', '--dry-run'], a.io)).toBe(0);
    expect(JSON.parse(a.out[0]).found).toBe(5);
  });

  it('exits 1 and names the label when a decision’s label has no Exchange tag GUID', async () => {
    const cmd = makeRetentionReconcileCommand({ env: env(), clock: new FakeClock() });
    const labels = DEFAULT_RETENTION_LABELS.map((l, i) => (l.id === 'finance' ? { ...l } : { ...l, exchangeTagGuid: tagGuidFor(i) }));
    const server2 = new FakeGraph();
    await server2.start();
    server2.addMessage(MAILBOX, { id: 'x', subject: 's', sentDateTime: '2026-11-01T10:00:00Z', props: [{ id: 'String {00020329-0000-0000-C000-000000000046} Name cecp-6f0d3c5e-8a1b-4b7e-9c2d-3e4f5a6b7c81', value: JSON.stringify({ 'cep.retention': '{"labelId":"finance"}' }) }] });
    const c2 = makeRetentionReconcileCommand({ env: { COUNCIL_MAIL_GRAPH_TOKEN: server2.issueToken() }, clock: new FakeClock() });
    const a = io();
    expect(await c2.run(['--mailbox', MAILBOX, '--graph-url', server2.url, '--policy', policyFile({ retention: { labels } })], a.io)).toBe(1);
    expect(a.out.join('\n')).toMatch(/label not applicable: 1 .*finance/);
    await server2.stop();
    expect(cmd.name).toBe('retention reconcile');
  });

  it('exits 3 with the request id when Graph refuses the listing, and 2 without credentials or --mailbox', async () => {
    const cmd = makeRetentionReconcileCommand({ env: env(), clock: new FakeClock() });
    const a = io();
    expect(await cmd.run(['--mailbox', 'nobody@example.org', '--graph-url', server.url, '--policy', policyFile()], a.io)).toBe(3);
    expect(a.err.join('\n')).toMatch(/NotFoundError 404 ErrorInvalidUser \(request id [0-9a-f-]{36}\)/);
    const noCreds = makeRetentionReconcileCommand({ env: {} });
    const b = io();
    expect(await main(['retention', 'reconcile', '--mailbox', MAILBOX], b.io, [noCreds])).toBe(2);
    expect(b.err.join('\n')).toMatch(/COUNCIL_MAIL_TENANT_ID/);
    expect(await main(['retention', 'reconcile'], io().io, [noCreds])).toBe(2);
  });

  it('is registered in the council-mail command table', async () => {
    const a = io();
    expect(await main(['retention', 'reconcile', '--help'], a.io)).toBe(0);
    expect(await main(['policy', 'sync-roles', '--help'], a.io)).toBe(0);
    expect(a.out.join('\n')).toMatch(/Exit codes: 0 nothing left pending/);
  });
});

describe('council-mail policy sync-roles', () => {
  const CLLRS = '11111111-1111-4111-8111-111111111111';
  const STAFF = '22222222-2222-4222-8222-222222222222';
  const NESTED = '33333333-3333-4333-8333-333333333333';
  beforeAll(() => {
    server.groups.set(CLLRS, [
      { '@odata.type': '#microsoft.graph.user', id: 'u1', mail: 'Cllr.Ada@WareTownCouncil.gov.uk', userPrincipalName: 'ada@ware.onmicrosoft.com' },
      { '@odata.type': '#microsoft.graph.group', id: NESTED },
    ]);
    server.groups.set(NESTED, [
      { '@odata.type': '#microsoft.graph.user', id: 'u2', mail: null, userPrincipalName: 'cllr.tom@waretowncouncil.gov.uk' },
      { '@odata.type': '#microsoft.graph.user', id: 'u1', mail: 'cllr.ada@waretowncouncil.gov.uk', userPrincipalName: 'ada@ware.onmicrosoft.com' },
    ]);
    server.groups.set(
      STAFF,
      Array.from({ length: 1200 }, (_, i) => ({ '@odata.type': '#microsoft.graph.user' as const, id: `s${i}`, mail: `officer${i}@waretowncouncil.gov.uk`, userPrincipalName: `o${i}@x` })),
    );
  });
  const cmd = () => makePolicySyncRolesCommand({ env: { COUNCIL_MAIL_GRAPH_TOKEN: server.issueToken() }, clock: new FakeClock(), now: () => new Date('2026-11-28T09:00:00Z') });

  it('expands nested groups (paged past 999 members), keeps every other key in place and writes atomically', async () => {
    const file = policyFile({ mode: 'warn', zzz: undefined });
    const before = JSON.parse(readFileSync(file, 'utf8'));
    const a = io();
    expect(await cmd().run(['--policy', file, '--councillors', CLLRS, '--officers', STAFF, '--graph-url', server.url], a.io)).toBe(0);
    const after = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.retention).toEqual(before.retention);
    expect(after.roles.councillors).toEqual(['cllr.ada@waretowncouncil.gov.uk', 'cllr.tom@waretowncouncil.gov.uk']);
    expect(after.roles.officers).toHaveLength(1200);
    expect(after.roles).toMatchObject({ source: 'entra', syncedAt: '2026-11-28T09:00:00.000Z', groups: { councillors: CLLRS, officers: STAFF } });
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--dry-run reports the counts and leaves the file alone', async () => {
    const file = policyFile();
    const text = readFileSync(file, 'utf8');
    const a = io();
    expect(await cmd().run(['--policy', file, '--councillors', CLLRS, '--officers', STAFF, '--graph-url', server.url, '--dry-run'], a.io)).toBe(0);
    expect(a.out).toContain('councillors: 2 addresses');
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('a group given by name rather than object id is bad input (exit 2); an unknown group is a Graph failure (exit 3) and the file is unchanged', async () => {
    const file = policyFile();
    const text = readFileSync(file, 'utf8');
    expect(await main(['policy', 'sync-roles', '--policy', file, '--councillors', 'Councillors', '--officers', STAFF, '--graph-url', server.url], io().io, [cmd()])).toBe(2);
    const a = io();
    expect(await cmd().run(['--policy', file, '--councillors', '44444444-4444-4444-8444-444444444444', '--officers', STAFF, '--graph-url', server.url], a.io)).toBe(3);
    expect(a.err.join('\n')).toMatch(/file was not changed/);
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(existsSync(file)).toBe(true);
  });
});
