import { cpuMs } from './cost';

// recheck's parameters for the ReDoS checks. A fixed random seed: its fuzzer tries the same strings
// on every run, so a verdict no longer changes from run to run (unseeded, a clean clone once failed
// on an idle machine). recheck's own time limits stay: when one runs out, recheck answers "unknown",
// which these tests do not count as a failure, so a slow machine can make a check less thorough but
// never makes it fail. (With every time limit off, some of the large phrase alternations ran for
// minutes and took gigabytes.) Each expression is its own test, so no loop of checks runs into a
// test timeout on a busy machine.
export const RECHECK_PARAMS = {
  randomSeed: 20261128,
  timeout: 10_000,
} as const;

/** A timer (CPU time, test/helpers/cost.ts) for `re` (global) over `attack` repeated to `size` characters. */
function timer(re: RegExp, attack: string, size: number): () => number {
  const input = attack.repeat(Math.max(1, Math.ceil(size / attack.length))).slice(0, size);
  return () => {
    re.lastIndex = 0;
    return cpuMs(() => {
      while (re.exec(input) !== null) if (re.lastIndex === 0) break;
    });
  };
}

/** Whether matching grows less than eight times when the input grows four times (linear: 4, quadratic: 16). */
export function growsLinearly(re: RegExp, attack: string, small: number): boolean {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const timeSmall = timer(g, attack, small);
  const timeLarge = timer(g, attack, small * 4);
  const first = timeSmall();
  if (first > 5000) return false;
  timeLarge();
  // The two sizes are timed in turn and the fastest of each kept: a pause (garbage collection,
  // another jest worker, the machine slowing down for a while) only ever adds time, and taking turns
  // spreads a slow spell over both. A median of three runs of each, one after the other, once let a
  // quadratic expression pass as linear on a loaded CI machine (2026-11-29).
  let a = first;
  let b = Infinity;
  for (let i = 0; i < 4; i++) {
    a = Math.min(a, timeSmall());
    b = Math.min(b, timeLarge());
  }
  // A larger input matched within 100 ms of CPU time is no blow-up whatever the ratio: a quadratic attack at
  // 1 MB takes minutes, and /a*b/ below takes some 400 ms at only 40 KB. Under that floor a ratio of
  // small times is noise: "solicitation cues 1" (5 ms at 250 KB, 16 ms at 1 MB here) once read 8×
  // on a CI run busy with the browser tests (2026-11-29).
  return b < 100 || b / Math.max(a, 1) < 8;
}
