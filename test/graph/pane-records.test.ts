// The task pane's records path end to end against the fake Graph server: a delegated token, the
// user's own mailbox through `/me`, the scheduler's background run tagging every pending message
// of the last 30 days, a second run writing nothing, and sign-in handled without prompting.
import { FakeTokenProvider } from '../../src/graph/auth/fake-token';
import { AuthError, type TokenProvider } from '../../src/graph/auth/token-provider';
import { customPropertiesId } from '../../src/graph/retention/props';
import { paneRecords } from '../../src/taskpane/records/pane-records';
import type { RecordsScheduler } from '../../src/taskpane/records/scheduler';
import { FakeGraph } from './fake-graph/server';
import { cecp, MAILBOX, policyWithTags, seed } from './helpers';

let server: FakeGraph;
beforeEach(async () => {
  server = new FakeGraph();
  await server.start();
});
afterEach(() => server.stop());

// The seeded messages are sent from 2026-06-01 08:00 one minute apart.
const NOW = new Date('2026-06-20T12:00:00Z');

function settled(s: RecordsScheduler): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      const k = s.getState().kind;
      if (k !== 'waiting' && k !== 'running') {
        off();
        resolve();
      }
    };
    const off = s.subscribe(check);
  });
}

function records(tokens: { interactive: TokenProvider; silent: TokenProvider }, policy = policyWithTags()) {
  return paneRecords({
    settings: { clientId: '11111111-2222-4333-8444-555555555555', authority: 'https://login.microsoftonline.com/organizations', graphUrl: server.url },
    policy,
    tokens,
    now: () => NOW,
    scheduler: { startDelayMs: 0, intervalMs: 60 * 60_000 },
  });
}

it('the pane’s background run tags every pending message in the user’s Sent Items, then a second run writes nothing', async () => {
  const decided = seed(server, 40, { noise: 10 });
  const user = new FakeTokenProvider(() => server.issueToken(MAILBOX));
  const s = records({ interactive: user, silent: user });
  s.start();
  await settled(s);
  expect(s.getState()).toMatchObject({ kind: 'done', tagged: 40, failed: 0, unmapped: 0 });
  for (const id of decided.keys()) expect(server.message(MAILBOX, id)?.props.has(server.trackedProperty)).toBe(true);
  s.stop();

  const patches = server.stats.patches;
  const again = records({ interactive: user, silent: user });
  again.start();
  await settled(again);
  again.stop();
  expect(again.getState()).toMatchObject({ kind: 'done', tagged: 0, failed: 0 });
  expect(server.stats.patches).toBe(patches);
});

it('messages sent more than 30 days ago are left to the scheduled admin job', async () => {
  const old = server.addMessage(MAILBOX, { id: 'AAMkOLD=', subject: 'Old', sentDateTime: '2026-04-01T08:00:00Z', props: [{ id: customPropertiesId(), value: cecp({ labelId: 'finance' }) }] });
  const recent = server.addMessage(MAILBOX, { id: 'AAMkNEW=', subject: 'New', sentDateTime: '2026-06-19T08:00:00Z', props: [{ id: customPropertiesId(), value: cecp({ labelId: 'finance' }) }] });
  const user = new FakeTokenProvider(() => server.issueToken(MAILBOX));
  const s = records({ interactive: user, silent: user });
  s.start();
  await settled(s);
  s.stop();
  expect(recent.props.has(server.trackedProperty)).toBe(true);
  expect(old.props.has(server.trackedProperty)).toBe(false);
});

it('only the signed-in user’s mailbox is touched (another mailbox’s pending messages stay pending)', async () => {
  seed(server, 5);
  const other = server.addMessage('treasurer@waretowncouncil.gov.uk', { id: 'AAMkOTHER=', subject: 'x', sentDateTime: '2026-06-19T08:00:00Z', props: [{ id: customPropertiesId(), value: cecp({ labelId: 'finance' }) }] });
  const user = new FakeTokenProvider(() => server.issueToken(MAILBOX));
  const s = records({ interactive: user, silent: user });
  s.start();
  await settled(s);
  s.stop();
  expect(s.getState()).toMatchObject({ kind: 'done', tagged: 5 });
  expect(other.props.has(server.trackedProperty)).toBe(false);
});

it('silent sign-in failing asks nothing of Graph; Sign in uses the interactive provider and tags', async () => {
  const decided = seed(server, 3);
  const silent: TokenProvider = {
    getToken: async () => {
      throw new AuthError('needs you', 'interaction_required');
    },
  };
  const interactive = new FakeTokenProvider(() => server.issueToken(MAILBOX));
  const s = records({ interactive, silent });
  s.start();
  await settled(s);
  expect(s.getState()).toEqual({ kind: 'sign-in', message: undefined });
  expect(server.stats.requests).toBe(0);
  await s.signIn();
  s.stop();
  expect(s.getState()).toMatchObject({ kind: 'done', tagged: decided.size });
  expect(interactive.minted).toBe(1);
});

it('a policy whose schedule has no Exchange tags keeps records off (nothing could be applied)', () => {
  const user = new FakeTokenProvider(() => server.issueToken(MAILBOX));
  const allOmitted = policyWithTags(137, policyWithTags().retention.labels.map((l) => l.id));
  expect(records({ interactive: user, silent: user }, allOmitted).getState()).toEqual({ kind: 'off' });
});

it('the fake refuses /me with an app-only token, as Graph does', async () => {
  const res = await fetch(`${server.url}/me/mailFolders/sentitems/messages`, { headers: { authorization: `Bearer ${server.issueToken()}` } });
  expect(res.status).toBe(400);
});
