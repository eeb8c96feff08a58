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
