// The playground's in-browser Graph: the real GraphClient and reconciler against the simulated
// Sent Items tag exactly the messages that carry a decision, once; queries the simulation does not
// understand get Graph's 400 rather than a guessed answer.
import { FakeTokenProvider } from '../../src/graph/auth/fake-token';
import { GraphClient } from '../../src/graph/client/graph-client';
import { reconcile } from '../../src/graph/retention/reconcile';
import { APPLIED_MARKER, PR_POLICY_TAG } from '../../src/graph/retention/props';
import { graphFetch, SIM_GRAPH_URL, simulatedTagGuid, withSimulatedTags } from '../../src/playground/office-sim/graph-sim';
import { makeSim } from './sim';
import { policy } from '../helpers/draft';

function sendWith(store: ReturnType<typeof makeSim>['store'], customProperties: Record<string, unknown>) {
  store.compose.customProperties = customProperties;
  return store.send('send');
}

function client(store: ReturnType<typeof makeSim>['store']) {
  return new GraphClient({ tokenProvider: new FakeTokenProvider(), graphUrl: SIM_GRAPH_URL, fetch: graphFetch(store, 0) });
}

it('tags sent messages with a decision, leaves the others, and a second run writes nothing', async () => {
  const { store } = makeSim();
  const decided = sendWith(store, { 'cep.retention': JSON.stringify({ labelId: 'finance', by: 'user', at: '2026-11-28T09:00:00Z' }) });
  const plain = sendWith(store, {});
  const overrideOnly = sendWith(store, { 'cep.override': JSON.stringify({ reason: 'x', rules: [] }) });
  const cfg = withSimulatedTags(policy(), simulatedTagGuid);
  const first = await reconcile({ client: client(store), mailbox: 'me', policy: cfg });
  expect(first).toMatchObject({ found: 1, tagged: 1, failed: 0 });
  expect(Object.keys(decided.extendedProperties ?? {})).toEqual(expect.arrayContaining([PR_POLICY_TAG, APPLIED_MARKER]));
  expect(plain.extendedProperties).toBeUndefined();
  expect(overrideOnly.extendedProperties).toBeUndefined();
  const second = await reconcile({ client: client(store), mailbox: 'me', policy: cfg });
  expect(second).toMatchObject({ found: 1, tagged: 0, alreadyTagged: 1 });
});

it.each([
  ['a filter the reconciler never sends', `${SIM_GRAPH_URL}/me/mailFolders/sentitems/messages?$filter=${encodeURIComponent("subject eq 'x'")}`],
  ['another user’s mailbox', `${SIM_GRAPH_URL}/users/someone@example.org/mailFolders/sentitems/messages`],
])('refuses %s with a 400', async (_n, url) => {
  const { store } = makeSim();
  const res = await graphFetch(store, 0)(url, { method: 'GET' });
  expect(res.status).toBe(400);
});

it('simulated tag GUIDs are stable, distinct per label and well formed', () => {
  const ids = policy().retention.labels.map((l) => l.id);
  const guids = ids.map(simulatedTagGuid);
  expect(new Set(guids).size).toBe(ids.length);
  expect(ids.map(simulatedTagGuid)).toEqual(guids); // the same label gets the same tag on every load
  for (const g of guids) expect(g).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
});
