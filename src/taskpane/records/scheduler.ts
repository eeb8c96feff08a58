// When the task pane runs the retention reconciler (ARCHITECTURE §6: "it runs in the task pane
// whenever it is open"): shortly after the pane opens, then every `intervalMs` while it stays open,
// never more often than that across pane openings (the last run is remembered in local storage),
// backing off after failures, and never with a window the user did not ask for: a run that needs
// sign-in waits for the user's "Sign in". Office-free and timer-injected, so it is unit-tested.
import { AuthError } from '../../graph/auth/token-provider';
import { isGraphError } from '../../graph/errors';
import type { ReconcileSummary } from '../../graph/retention/reconcile';

export type RecordsState =
  /** No app registration in this build: the admin's scheduled job applies the labels. */
  | { kind: 'off' }
  | { kind: 'waiting' }
  | { kind: 'running' }
  /** `found`: sent messages in the window carrying a decision; `kept`: a tag someone set in Outlook, left alone. */
  | { kind: 'done'; tagged: number; failed: number; unmapped: number; at: number; found?: number; kept?: number }
  /** Needs the user: silent sign-in failed (first use, consent, or no nested auth). `message` after a failed attempt. */
  | { kind: 'sign-in'; message?: string }
  /** Microsoft 365 could not be reached or refused for now; tries again at nextAt. */
  | { kind: 'retrying'; reason: 'unreachable' | 'denied'; nextAt: number };

export interface SchedulerTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Where the last run's time survives the pane closing (localStorage in the pane). */
export interface RunStore {
  get(): { at: number; failures: number } | undefined;
  set(v: { at: number; failures: number }): void;
}

export interface SchedulerOptions {
  /** One run of the reconciler; `interactive` only when the user pressed "Sign in". */
  run: (interactive: boolean) => Promise<ReconcileSummary>;
  timers?: SchedulerTimers;
  store?: RunStore;
  /** At most one background run per this many milliseconds (default 10 minutes). */
  intervalMs?: number;
  /** Delay after the pane opens, so the policy check renders first (default 3 s). */
  startDelayMs?: number;
  /** Longest wait after repeated failures (default 1 hour). */
  maxBackoffMs?: number;
}

export const DEFAULT_INTERVAL_MS = 10 * 60_000;

const realTimers: SchedulerTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export class RecordsScheduler {
  private state: RecordsState;
  private readonly listeners = new Set<() => void>();
  private timer: unknown;
  private inFlight = false;
  private stopped = false;
  private readonly t: SchedulerTimers;
  private readonly interval: number;
  private memory?: { at: number; failures: number };

  /** `run` undefined: records are off in this build (no client id). */
  constructor(private readonly o: SchedulerOptions | undefined) {
    this.state = o ? { kind: 'waiting' } : { kind: 'off' };
    this.t = o?.timers ?? realTimers;
    this.interval = o?.intervalMs ?? DEFAULT_INTERVAL_MS;
  }

  getState = (): RecordsState => this.state;

  subscribe = (cb: () => void): (() => void) => {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  };

  /** The pane opened: schedule the first run (respecting the last run of an earlier opening). */
  start(): void {
    if (!this.o) return;
    this.stopped = false; // a remount (React may unmount and mount again) starts it afresh
    const last = this.last();
    const earliest = this.t.now() + (this.o.startDelayMs ?? 3000);
    this.schedule(last ? Math.max(earliest, last.at + this.delayAfter(last.failures)) : earliest);
  }

  /** The pane is going away: no more runs, and a run still in flight changes nothing visible. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) this.t.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** The user pressed "Sign in": run now, allowed to show the sign-in window. */
  signIn(): Promise<void> {
    return this.runNow(true);
  }

  /** Milliseconds to wait after a run that ended with `failures` consecutive failures. */
  delayAfter(failures: number): number {
    if (failures <= 0) return this.interval;
    return Math.min(this.interval * 2 ** (failures - 1), Math.max(this.o?.maxBackoffMs ?? 60 * 60_000, this.interval));
  }

  private schedule(at: number): void {
    if (this.stopped) return;
    if (this.timer !== undefined) this.t.clearTimeout(this.timer);
    this.timer = this.t.setTimeout(() => {
      this.timer = undefined;
      void this.runNow(false);
    }, Math.max(0, at - this.t.now()));
  }

  private async runNow(interactive: boolean): Promise<void> {
    if (!this.o || this.stopped || this.inFlight) return;
    if (this.timer !== undefined) this.t.clearTimeout(this.timer);
    this.timer = undefined;
    this.inFlight = true;
    this.set({ kind: 'running' });
    const startedAt = this.t.now();
    const failuresBefore = this.last()?.failures ?? 0;
    let next: RecordsState;
    let failures = 0;
    try {
      const s = await this.o.run(interactive);
      next = { kind: 'done', tagged: s.tagged, failed: s.failed, unmapped: s.unmapped, at: this.t.now(), found: s.found, kept: s.keptExisting };
      // Messages Graph failed on stay pending: count the run as a failure for the backoff.
      failures = s.failed > 0 ? failuresBefore + 1 : 0;
    } catch (e) {
      if (e instanceof AuthError) {
        // Nothing more happens until the user asks: no retries that could prompt or nag.
        next = { kind: 'sign-in', message: interactive ? e.message : undefined };
        failures = failuresBefore;
      } else {
        failures = failuresBefore + 1;
        const denied = isGraphError(e) && e.status === 403;
        next = { kind: 'retrying', reason: denied ? 'denied' : 'unreachable', nextAt: startedAt + this.delayAfter(failures) };
      }
    } finally {
      this.inFlight = false;
    }
    if (this.stopped) return;
    this.remember({ at: startedAt, failures });
    this.set(next);
    if (next.kind !== 'sign-in') this.schedule(startedAt + this.delayAfter(failures));
  }

  private last(): { at: number; failures: number } | undefined {
    return this.memory ?? this.o?.store?.get();
  }

  private remember(v: { at: number; failures: number }): void {
    this.memory = v;
    this.o?.store?.set(v);
  }

  private set(s: RecordsState): void {
    this.state = s;
    for (const cb of this.listeners) cb();
  }
}

/** A RunStore over localStorage (values are two numbers: nothing about any message). */
export function localRunStore(storage: Pick<Storage, 'getItem' | 'setItem'>, key = 'cep.records.lastRun'): RunStore {
  return {
    get() {
      try {
        const v = JSON.parse(storage.getItem(key) ?? 'null') as unknown;
        if (v && typeof v === 'object' && typeof (v as { at?: unknown }).at === 'number' && typeof (v as { failures?: unknown }).failures === 'number') {
          return v as { at: number; failures: number };
        }
      } catch {
        // unreadable value (or storage blocked): behave as if never run
      }
      return undefined;
    },
    set(v) {
      try {
        storage.setItem(key, JSON.stringify(v));
      } catch {
        // storage full or blocked: the in-memory copy still spaces this pane's runs
      }
    },
  };
}
