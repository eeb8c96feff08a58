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
 * about `factor`, quadratic `factor²`; this accepts up to half of `factor²` (128 for 16×, against 256
 * for quadratic), so quadratic work fails with a margin of two.
 *
 * Why not closer to `factor`: linear work does not cost the same per character at every size. A small
 * input's objects die young and its text stays in the processor's cache; a large one's are promoted
 * and collected in the old generation. Measured on this code (ns per character, 125 KB → 1 MB):
 * htmlToText on ampersands 59 → 196, normaliseForMatching with hidden ranges 44 → 109 (at 2 MB),
 * leetspeak 94 → 236 — up to 3.4× more per character though every pass is linear, so an 8× input read
 * 27× and a bound of 24× failed CI on a loaded machine (25.0×, 2026-12-07). With 16× and a bound of
 * 128, such a step reads at most about 55×. That too failed on CI (2026-12-07): normaliseForMatching
 * on spaced letters read 20 ns per character on 25 KB and 215 on 400 KB (170×), though it is linear
 * from 100 KB to 6.4 MB (104 → 215 ns per character); with hidden ranges it reads 14 ns per character
 * at 50 KB and 94 at 1.6 MB. So linear-cost.test.ts compares 32× inputs against 512× (quadratic work
 * reads 1,024×): the worst linear step read 317× there on this machine.
 */
export function growsLinearly<T>(run: (input: T) => unknown, small: T, large: T, factor: number): { ok: boolean; growth: Growth } {
  const g = growth(run, small, large);
  return { ok: g.large < NOISE_FLOOR_MS || g.ratio < (factor * factor) / 2, growth: g };
}
