// The fake is only useful if it is as strict as Graph: query shapes Graph rejects must be rejected
// here with Graph's error body, or a test could pass with a query a tenant would refuse.
import { FakeGraph } from './fake-graph/server';
import { cecp, MAILBOX } from './helpers';
import { customPropertiesId } from '../../src/graph/retention/props';
import { pendingFilter } from '../../src/graph/retention/reconcile';

const server = new FakeGraph();
let token = '';
const CECP = customPropertiesId();
beforeAll(async () => {
  await server.start();
  token = server.issueToken();
  server.addMessage(MAILBOX, { id: 'a', subject: 'A', sentDateTime: '2026-11-01T10:00:00Z', props: [{ id: CECP, value: cecp({ labelId: 'finance' }) }, { id: 'Integer 0x301A', value: '2557' }] });
  server.addMessage(MAILBOX, { id: 'b', subject: 'B', sentDateTime: '2026-10-01T10:00:00Z', props: [{ id: CECP, value: cecp(undefined, { 'cep.override': '{}' }) }] });
  server.addMessage(MAILBOX, { id: 'c', subject: 'C', sentDateTime: '2026-09-01T10:00:00Z' });
});
afterAll(() => server.stop());

async function list(query: Record<string, string>) {
  const qs = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  const res = await fetch(`${server.url}/users/${MAILBOX}/mailFolders/sentitems/messages?${qs}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, body: (await res.json()) as { value?: Array<{ id: string }>; error?: { code: string; message: string; innerError: Record<string, string> } } };
}

describe('accepted $filter shapes', () => {
  it.each([
    ['the reconciler’s own filter', pendingFilter(undefined), ['a']],
    ['the reconciler’s filter with --since', pendingFilter(undefined, new Date('2026-10-15T00:00:00Z')), ['a']],
    ['existence of a property', `singleValueExtendedProperties/any(ep: ep/id eq '${CECP}')`, ['a', 'b']],
    ['startswith on a string value', `singleValueExtendedProperties/any(ep: ep/id eq '${CECP}' and startswith(ep/value, '{"cep.override'))`, ['b']],
    ['cast to Edm.Int32 on an integer tag', "singleValueExtendedProperties/any(ep: ep/id eq 'Integer 0x301A' and cast(ep/value, Edm.Int32) ge 2000)", ['a']],
    ['a date comparison alone', 'sentDateTime lt 2026-09-30T00:00:00Z', ['c']],
  ])('%s', async (_name, filter, ids) => {
    const r = await list({ $filter: filter, $select: 'id' });
    expect(r.status).toBe(200);
    expect(r.body.value!.map((m) => m.id)).toEqual(ids);
  });
});

describe('rejected shapes answer 400 with Graph’s error body', () => {
  it.each([
    ['not()', `not(singleValueExtendedProperties/any(ep: ep/id eq '${CECP}'))`, 'ErrorInvalidUrlQueryFilter'],
    ['or between clauses', `singleValueExtendedProperties/any(ep: ep/id eq '${CECP}') or sentDateTime ge 2026-01-01T00:00:00Z`, 'ErrorInvalidUrlQueryFilter'],
    ['a value test without an id test', "singleValueExtendedProperties/any(ep: contains(ep/value, 'x'))", 'ErrorInvalidUrlQueryFilter'],
    ['gt on a string value', `singleValueExtendedProperties/any(ep: ep/id eq '${CECP}' and ep/value gt 'a')`, 'ErrorInvalidUrlQueryFilter'],
    ['a malformed property id', "singleValueExtendedProperties/any(ep: ep/id eq 'cecp-123')", 'BadRequest'],
    ['an unknown property', "categoriesx eq 'x'", 'BadRequest'],
    ['a date without a zone', 'sentDateTime ge 2026-01-01T00:00:00', 'BadRequest'],
  ])('%s', async (_name, filter, code) => {
    const r = await list({ $filter: filter });
    expect(r.status).toBe(400);
    expect(r.body.error!.code).toBe(code);
    expect(Object.keys(r.body.error!.innerError).sort()).toEqual(['date', 'request-id']);
  });

  it.each([
    ['$top over 1000', { $top: '1001' }],
    ['$top of 0', { $top: '0' }],
    ['$orderby (unsupported with extended-property filters here)', { $orderby: 'sentDateTime desc' }],
    ['an unknown $select field', { $select: 'id,secretField' }],
    ['$expand of something other than extended properties', { $expand: 'attachments' }],
  ])('%s', async (_name, q) => {
    const r = await list(q);
    expect(r.status).toBe(400);
  });
});

it('pages with @odata.nextLink and $skip, and the next link stays on the fake server', async () => {
  const first = await list({ $top: '2', $select: 'id' });
  const next = (first.body as { '@odata.nextLink'?: string })['@odata.nextLink']!;
  expect(next.startsWith(server.url + '/')).toBe(true);
  const res = await fetch(next, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json()) as { value: Array<{ id: string }>; '@odata.nextLink'?: string };
  expect([...first.body.value!.map((m) => m.id), ...body.value.map((m) => m.id)]).toEqual(['a', 'b', 'c']);
  expect(body['@odata.nextLink']).toBeUndefined();
});

it('listRetentionLabels returns the Purview label definitions', async () => {
  const { listRetentionLabels } = await import('../../src/graph/retention/labels');
  const { GraphClient } = await import('../../src/graph/client/graph-client');
  const { StaticTokenProvider } = await import('../../src/graph/auth/static-token');
  server.retentionLabels = [{ id: 'lbl-1', displayName: 'Finance – 6 years', retentionDuration: { '@odata.type': '#microsoft.graph.security.retentionDurationInDays', days: 2190 }, isInUse: true }];
  const client = new GraphClient({ tokenProvider: new StaticTokenProvider(server.issueToken()), graphUrl: server.url });
  const labels = await listRetentionLabels(client);
  expect(labels.map((l) => [l.id, l.retentionDuration?.days])).toEqual([['lbl-1', 2190]]);
});
