// The task pane's reconcile schedule: first run shortly after opening, at most one background run
// per interval (across pane openings too), backoff after failures, no retries while sign-in is
// needed, and nothing at all when records are off.
import { AuthError } from '../../src/graph/auth/token-provider';
import { ForbiddenError, NetworkError } from '../../src/graph/errors';
import type { ReconcileSummary } from '../../src/graph/retention/reconcile';
import { localRunStore, RecordsScheduler, type RecordsState, type RunStore, type SchedulerTimers } from '../../src/taskpane/records/scheduler';
import { recordsText } from '../../src/taskpane/records/strings';

const MIN = 60_000;

/** Virtual time: timers fire only when the test advances the clock. */
class Timers implements SchedulerTimers {
  t = Date.parse('2026-11-28T09:00:00Z');
  private seq = 0;
  readonly pending = new Map<number, { at: number; fn: () => void }>();
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = ++this.seq;
    this.pending.set(id, { at: this.t + ms, fn });
    return id;
  };
  clearTimeout = (h: unknown) => {
    this.pending.delete(h as number);
  };
  /** When the next timer is due, relative to now (undefined: none). */
  nextIn(): number | undefined {
    const ats = [...this.pending.values()].map((p) => p.at);
    return ats.length ? Math.min(...ats) - this.t : undefined;
  }
  async advance(ms: number): Promise<void> {
    const until = this.t + ms;
    for (;;) {
      const due = [...this.pending.entries()].filter(([, p]) => p.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.pending.delete(due[0]);
      this.t = due[1].at;
      due[1].fn();
      await flush();
    }
    this.t = until;
  }
}

const flush = () => new Promise((r) => setImmediate(r));
const summary = (o: Partial<ReconcileSummary> = {}): ReconcileSummary => ({ found: 0, tagged: 0, alreadyTagged: 0, wouldTag: 0, failed: 0, unmapped: 0, keptExisting: 0, failures: [], unmappedLabels: [], ...o });

function memoryStore(initial?: { at: number; failures: number }): RunStore & { value?: { at: number; failures: number } } {
  const s = { value: initial, get: () => s.value, set: (v: { at: number; failures: number }) => (s.value = v) };
  return s;
}

type Step = ReconcileSummary | Error;

function setup(steps: Step[], o: { store?: RunStore; intervalMs?: number } = {}) {
  const timers = new Timers();
  const calls: boolean[] = [];
  const scheduler = new RecordsScheduler({
    timers,
    store: o.store ?? memoryStore(),
    intervalMs: o.intervalMs ?? 10 * MIN,
    startDelayMs: 3000,
    maxBackoffMs: 60 * MIN,
    run: async (interactive) => {
      calls.push(interactive);
      const step = steps.shift() ?? summary();
      if (step instanceof Error) throw step;
      return step;
    },
  });
  const states: RecordsState['kind'][] = [];
  scheduler.subscribe(() => states.push(scheduler.getState().kind));
  return { timers, calls, scheduler, states };
}

const netErr = () => new NetworkError({ status: 0, code: 'NetworkError', message: 'down', requestId: 'r' });

it('records off: never runs, never schedules, says the IT team’s job applies labels', async () => {
  const timers = new Timers();
  const s = new RecordsScheduler(undefined);
  s.start();
  await s.signIn();
  expect(timers.nextIn()).toBeUndefined();
  expect(s.getState()).toEqual({ kind: 'off' });
  expect(recordsText(s.getState())).toMatch(/IT team’s scheduled job/);
});

it('first run waits for the start delay, then runs silently and reports the count', async () => {
  const { timers, calls, scheduler, states } = setup([summary({ found: 3, tagged: 3 })]);
  scheduler.start();
  expect(timers.nextIn()).toBe(3000);
  await timers.advance(2999);
  expect(calls).toEqual([]);
  await timers.advance(1);
  expect(calls).toEqual([false]);
  expect(states).toEqual(['running', 'done']);
  expect(recordsText(scheduler.getState())).toBe('3 sent messages labelled.');
});

it('runs again only after the interval while the pane stays open', async () => {
  const { timers, calls, scheduler } = setup([summary(), summary()]);
  scheduler.start();
  await timers.advance(3000);
  expect(timers.nextIn()).toBe(10 * MIN);
  await timers.advance(10 * MIN - 1);
  expect(calls).toHaveLength(1);
  await timers.advance(1);
  expect(calls).toHaveLength(2);
});

it('reopening the pane within the interval waits for the remembered last run', async () => {
  const store = memoryStore();
  const first = setup([summary()], { store });
  first.scheduler.start();
  await first.timers.advance(3000);
  first.scheduler.stop();
  const second = setup([summary()], { store });
  second.timers.t = first.timers.t + 2 * MIN; // the pane opened again two minutes later
  second.scheduler.start();
  expect(second.timers.nextIn()).toBe(8 * MIN); // ten minutes after the first run started
});

it.each([
  // failures in a row → wait before the next run (interval 10 min, cap 60 min)
  [1, 10],
  [2, 20],
  [3, 40],
  [4, 60],
  [7, 60],
])('after %i consecutive failures the next run waits %i minutes', async (n, minutes) => {
  const { timers, scheduler } = setup(Array.from({ length: n }, netErr));
  scheduler.start();
  await timers.advance(3000);
  for (let i = 1; i < n; i++) await timers.advance(timers.nextIn()!);
  expect(scheduler.getState()).toMatchObject({ kind: 'retrying', reason: 'unreachable' });
  expect(timers.nextIn()).toBe(minutes * MIN);
});

it('a success after failures resets the backoff', async () => {
  const { timers, scheduler } = setup([netErr(), netErr(), summary({ tagged: 1 })]);
  scheduler.start();
  await timers.advance(3000);
  await timers.advance(timers.nextIn()!);
  await timers.advance(timers.nextIn()!);
  expect(scheduler.getState()).toMatchObject({ kind: 'done', tagged: 1 });
  expect(timers.nextIn()).toBe(10 * MIN);
});

it('messages Graph failed on count towards the backoff and are reported as pending', async () => {
  const { timers, scheduler } = setup([summary({ tagged: 2, failed: 1 }), summary({ failed: 1 })]);
  scheduler.start();
  await timers.advance(3000);
  expect(recordsText(scheduler.getState())).toBe('2 sent messages labelled. 1 sent message could not be labelled yet — will try again.');
  await timers.advance(timers.nextIn()!);
  expect(timers.nextIn()).toBe(20 * MIN);
});

it('403 from Graph is reported as refused access, and retried later', async () => {
  const { timers, scheduler } = setup([new ForbiddenError({ status: 403, code: 'ErrorAccessDenied', message: 'x', requestId: 'r' })]);
  scheduler.start();
  await timers.advance(3000);
  expect(scheduler.getState()).toMatchObject({ kind: 'retrying', reason: 'denied' });
  expect(timers.nextIn()).toBe(10 * MIN);
});

it('a background run that needs sign-in stops and waits for the user; Sign in runs interactively', async () => {
  const { timers, calls, scheduler } = setup([new AuthError('needs you', 'interaction_required'), summary({ tagged: 2 })]);
  scheduler.start();
  await timers.advance(3000);
  expect(scheduler.getState()).toEqual({ kind: 'sign-in', message: undefined });
  expect(timers.nextIn()).toBeUndefined(); // no retry that could nag
  await scheduler.signIn();
  expect(calls).toEqual([false, true]);
  expect(scheduler.getState()).toMatchObject({ kind: 'done', tagged: 2 });
});

it('a failed sign-in the user started shows why (our message, no MSAL text)', async () => {
  const { timers, scheduler } = setup([new AuthError('bg', 'interaction_required'), new AuthError('The sign-in window was closed before signing in finished. Choose Sign in to try again.', 'DialogClosed')]);
  scheduler.start();
  await timers.advance(3000);
  await scheduler.signIn();
  expect(scheduler.getState()).toMatchObject({ kind: 'sign-in', message: expect.stringMatching(/closed before signing in/) });
});

it('stop() cancels the timer and a run still in flight changes nothing', async () => {
  let release!: (s: ReconcileSummary) => void;
  const timers = new Timers();
  const s = new RecordsScheduler({ timers, startDelayMs: 0, run: () => new Promise((r) => (release = r)) });
  s.start();
  await timers.advance(0);
  expect(s.getState().kind).toBe('running');
  s.stop();
  release(summary({ tagged: 5 }));
  await flush();
  expect(s.getState().kind).toBe('running');
  expect(timers.nextIn()).toBeUndefined();
});

it('Sign in while a run is in flight does not start a second run', async () => {
  let release!: (s: ReconcileSummary) => void;
  const timers = new Timers();
  let runs = 0;
  const s = new RecordsScheduler({ timers, startDelayMs: 0, run: () => (runs++, new Promise((r) => (release = r))) });
  s.start();
  await timers.advance(0);
  await s.signIn();
  release(summary());
  await flush();
  expect(runs).toBe(1);
});

it.each([
  ['{"at":1,"failures":2}', { at: 1, failures: 2 }],
  ['not json', undefined],
  ['{"at":"1","failures":2}', undefined],
  [null, undefined],
])('localRunStore reads %p as %p', (raw, want) => {
  const storage = { getItem: () => raw, setItem: () => undefined };
  expect(localRunStore(storage).get()).toEqual(want);
});

it.each<[RecordsState, RegExp]>([
  [{ kind: 'done', tagged: 1, failed: 0, unmapped: 0, at: 0 }, /^1 sent message labelled\.$/],
  [{ kind: 'done', tagged: 0, failed: 0, unmapped: 0, at: 0, found: 3 }, /^Your sent messages from the last 30 days are all labelled\. Checked at/],
  // Nothing was sent yet: "all labelled" would contradict Sent Items once a message is sent (issue #19 item 13).
  [{ kind: 'done', tagged: 0, failed: 0, unmapped: 0, at: 0, found: 0 }, /^No sent messages were waiting for a label\. Checked at \d\d:\d\d; messages you send later are labelled on the next check\.$/],
  [{ kind: 'done', tagged: 0, failed: 0, unmapped: 0, at: 0, found: 2, kept: 2 }, /^2 sent messages already had a label someone chose in Outlook; it was kept\./],
  [{ kind: 'done', tagged: 0, failed: 0, unmapped: 2, at: 0 }, /^2 sent messages have a label your IT team has not set up yet\.$/],
  [{ kind: 'retrying', reason: 'unreachable', nextAt: Date.parse('2026-11-28T10:05:00') }, /^Could not reach Microsoft 365 — will try again at 10:05\.$/],
])('status text for %j', (state, re) => {
  expect(recordsText(state)).toMatch(re);
});
