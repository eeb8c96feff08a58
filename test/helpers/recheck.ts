import type { AttackPattern } from 'recheck';
import { cpuMs } from './cost';

// recheck's parameters for the ReDoS checks, chosen so that a verdict does not depend on how busy the
// machine is. Every parameter is from recheck's own documentation ("Parameters",
// https://makenowjust-labs.github.io/recheck/docs/usage/parameters/, and node_modules/recheck/index.d.ts):
// - randomSeed: "The PRNG seed number" — the fuzzer tries the same strings on every run.
// - attackTimeout, incubationTimeout, seedingTimeout: null — no time limits inside the check. recheck
//   counts an attack or incubation run that hits its time limit as a success (FuzzChecker.scala:
//   `result.status == Status.Limit || result.status == Status.Timeout`), so on a loaded machine a
//   time limit turned safe expressions "vulnerable". Instead each run is bounded in steps:
// - attackLimit, incubationLimit, seedingLimit: "The upper limit on the number of characters read by
//   VM" on the attack, on incubation and on dynamic seeding. incubationLimit and seedingLimit keep
//   their defaults (25,000 and 1,000). attackLimit is 100,000 instead of 1,500,000,000: recheck sizes
//   each attack string from it (RepeatUtil: a degree-d attack repeats its pump about
//   (attackLimit·d!/pump)^(1/d) times), so a smaller budget means shorter attack strings, and an
//   expression that really is polynomial still reads more than the budget on its attack string. A
//   "polynomial" verdict is then confirmed or refuted in V8 (growsLinearly below), the engine the
//   add-in runs on. With the default budget a single failed attack on some bounded-repeat
//   expressions (src/policy/models/council.ts VOCATIVE_BEFORE) read a 300,000-character string for
//   several seconds, dozens of times over.
// - recallTimeout stays at its default (negative: recheck's own V8 recall validation is skipped; ours
//   is growsLinearly).
// - timeout: recheck has no step budget for the whole check (the automaton checker has none at all),
//   so this is only a hang guard: at load 15 on 2 cores every expression but five (UNKNOWN_ALLOWED in
//   regex-safety.ts) finished within half of it. A check that runs into it comes back "unknown", which
//   fails the test unless the expression is on that allow-list: a slow machine can make the test
//   fail, never pass, except for the five listed (printed by regex-inventory.test.ts).
export const RECHECK_PARAMS = {
  randomSeed: 20261128,
  attackTimeout: null,
  incubationTimeout: null,
  seedingTimeout: null,
  attackLimit: 100_000,
  timeout: 240_000,
} as const;

/** The parts of recheck's attack string: each pump's prefix and repeated part, and the suffix. */
export type Pumped = Pick<AttackPattern, 'pumps' | 'suffix'>;

/**
 * recheck's attack string with each pump repeated `k` times (plus its bias): "prefix +
 * repeating.repeat(base + n) + … + suffix" (recheck's docs, "Diagnostics": AttackPattern). Only the
 * pumps grow; the prefixes and the suffix (which makes the match fail and backtrack) stay once.
 */
export function pumpedAttack(attack: Pumped, k: number): string {
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(0, k + p.bias))).join('') + attack.suffix;
}

/** A timer (CPU time, test/helpers/cost.ts) for every match of `re` (global) in `input`. */
function timer(re: RegExp, input: string): () => number {
  return () => {
    re.lastIndex = 0;
    return cpuMs(() => {
      for (let m = re.exec(input); m !== null; m = re.exec(input)) if (m[0] === '') re.lastIndex++;
    });
  };
}

/** The longest input the growth check builds (at the larger of its two sizes). */
const MAX_INPUT = 1_000_000;
/** CPU time at the smaller size from which a ratio of two times says something (below it, noise). */
const MEASURABLE_MS = 20;
/** A larger input matched within this much CPU time is no blow-up whatever the ratio (see below). */
const FLOOR_MS = 100;

export interface Growth {
  ok: boolean;
  /** Characters at the smaller and the larger size. */
  small: number;
  large: number;
  /** Least CPU time (ms) at each size. */
  smallMs: number;
  largeMs: number;
}

/**
 * Whether matching `re` against recheck's attack grows linearly in V8 when only the attack's pumps
 * grow. The pump count grows by half at a time until matching takes a measurable time (or the input
 * would pass MAX_INPUT at four times the count); a step that multiplies the time by more than 16
 * (half as many pumps again: quadratic work grows 2.25×, quartic 5×) is a blow-up, and fails at once
 * (an exponential attack would never finish at four times the count). Then that count and four times
 * it are timed: linear work grows about 4×, quadratic 16×; this fails from 8×. A larger input matched
 * within FLOOR_MS of CPU time is no blow-up whatever the ratio (the count only stops growing below
 * MEASURABLE_MS at MAX_INPUT, where quadratic work would take minutes).
 */
export function growsLinearly(re: RegExp, attack: Pumped): Growth {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const perPump = attack.pumps.reduce((n, p) => n + p.pump.length, 0);
  let k = 1;
  let first = timer(g, pumpedAttack(attack, k))();
  for (;;) {
    const next = Math.ceil(k * 1.5);
    if (first >= MEASURABLE_MS || perPump === 0 || pumpedAttack(attack, next * 4).length > MAX_INPUT) break;
    const time = timer(g, pumpedAttack(attack, next));
    let t = time();
    // Timed again before failing: a pause only ever adds time.
    if (t > FLOOR_MS && t > 16 * Math.max(first, 0.5)) t = Math.min(t, time());
    if (t > FLOOR_MS && t > 16 * Math.max(first, 0.5)) {
      return { ok: false, small: pumpedAttack(attack, k).length, large: pumpedAttack(attack, next).length, smallMs: first, largeMs: t };
    }
    k = next;
    first = t;
  }
  const small = pumpedAttack(attack, k);
  const large = pumpedAttack(attack, k * 4);
  const timeSmall = timer(g, small);
  const timeLarge = timer(g, large);
  // The two sizes are timed in turn and the fastest of each kept: a pause (garbage collection,
  // another jest worker, the machine slowing down for a while) only ever adds time, and taking turns
  // spreads a slow spell over both. A median of three runs of each, one after the other, once let a
  // quadratic expression pass as linear on a loaded CI machine (2026-11-29).
  let a = first;
  let b = Infinity;
  for (let i = 0; i < 3; i++) {
    b = Math.min(b, timeLarge());
    // Seconds at the larger size: a blow-up, and another round would only cost more.
    if (b > 2000) break;
    a = Math.min(a, timeSmall());
  }
  return { ok: b < FLOOR_MS || b / Math.max(a, 1) < 8, small: small.length, large: large.length, smallMs: a, largeMs: b };
}
