// Time as a dependency: tests pass a fake clock so Retry-After delays cost nothing and can be
// asserted, while production waits for real.
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /**
   * Calls `onTimeout` after `ms` unless the returned function is called first: a request's deadline.
   * `tag` is the request's client-request-id, so a fake clock can let one unanswered request time
   * out at once (a test then never waits on a real socket timeout). Without it, a real timer is used.
   */
  deadline?(ms: number, onTimeout: () => void, tag: string): () => void;
}

/** A deadline on real timers. */
export function realDeadline(ms: number, onTimeout: () => void): () => void {
  const timer = setTimeout(onTimeout, ms);
  return () => clearTimeout(timer);
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  deadline: realDeadline,
};
