// Cost checks that do not read the wall clock. A busy machine stretches elapsed time two- or
// threefold; it barely changes the CPU time this process spends. So a check measures CPU time
// (process.cpuUsage) on two sizes of the same input and compares them — linear work grows with the
// input, quadratic work with its square — with wide margins, never against a fixed number of
// milliseconds. Speed itself is `npm run bench`'s job.

/** CPU time (user + system, ms) this process spends running `fn`. */
export function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

export interface Growth {
  small: number;
  large: number;
  /** large / small, in CPU time */
  ratio: number;
}

/**
 * The least CPU time of `rounds` runs on each input, the two taken in turn (a pause — garbage
 * collection, the JIT — only ever adds time, and taking turns spreads it over both).
 */
export function growth<T>(run: (input: T) => unknown, small: T, large: T, rounds = 3): Growth {
  run(small); // warm up: compile the code paths first
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < rounds; i++) {
    a = Math.min(a, cpuMs(() => run(small)));
    b = Math.min(b, cpuMs(() => run(large)));
  }
  return { small: a, large: b, ratio: b / Math.max(a, 0.001) };
}

/**
 * Below this much CPU time on the large input, a ratio is noise, and no blow-up either: the large
 * inputs here are about 1 MB, where quadratic work takes minutes.
 */
export const NOISE_FLOOR_MS = 50;

/**
 * Whether `run` grows linearly from `small` to `large` (`factor` times the size): linear work reads
 * about `factor`, quadratic `factor²`; this accepts up to three times `factor` (24 for 8×, against
 * 64 for quadratic).
 */
export function growsLinearly<T>(run: (input: T) => unknown, small: T, large: T, factor: number): { ok: boolean; growth: Growth } {
  const g = growth(run, small, large);
  return { ok: g.large < NOISE_FLOOR_MS || g.ratio < factor * 3, growth: g };
}
