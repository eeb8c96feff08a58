// Time as a dependency: tests pass a fake clock so Retry-After delays cost nothing and can be
// asserted, while production waits for real.
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
