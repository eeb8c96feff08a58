// Every regular expression in src/ — the literals (source-regexes.ts) and the ones the rules build from
// word lists at load time (built-regexes.ts) — is checked for catastrophic backtracking with recheck (a
// maintained ReDoS checker). Email bodies can be 20 MB, so even polynomial (quadratic) blow-ups count.
//
// The same expression (source and flags) is often written or built in several places: it is checked
// once, and a failure names every place. The distinct expressions are split into SHARDS files
// (test/hardening/regex-safety-N.test.ts) so that jest's two workers share the work;
// test/hardening/regex-inventory.test.ts proves that the shards together hold every expression once.
//
// recheck's budgets are in steps, not seconds (RECHECK_PARAMS, test/helpers/recheck.ts), so a
// verdict does not depend on how busy the machine is; "unknown" fails unless the expression is on
// UNKNOWN_ALLOWED with a reason.
import { check } from 'recheck';
import { built } from './built-regexes';
import { growsLinearly, RECHECK_PARAMS } from './recheck';
import { sourceRegexes } from './source-regexes';

/** How many test/hardening/regex-safety-N.test.ts files share the checks. */
export const SHARDS = 8;

export interface Expression {
  source: string;
  /** The flags recheck is given: those that change what matches (g, y and d do not). */
  flags: string;
  /** Every place it occurs: `src/file:line:column` or `built: name`. */
  places: string[];
  /** The full flags of each occurrence, for running it in V8. */
  runFlags: string[];
}

/**
 * Expressions recheck may answer "unknown" for (its check ran into the hang guard,
 * RECHECK_PARAMS.timeout, or it does not support a feature), each with the reason it is let through.
 * An entry names a place the expression occurs (a built expression's name, or a src/ file) and the
 * expression's length, so a changed expression drops off the list and must be decided again.
 * regex-inventory.test.ts prints the list and fails on an entry that matches no expression. These ran
 * past 240 s at load 15 on 2 cores with the step budgets (2026-12-07); with the old 10 s and 60 s time
 * limits they came back "unknown" too, and passed without a word.
 */
export const UNKNOWN_ALLOWED: readonly { place: string; length: number; reason: string }[] = [
  { place: 'src/policy/models/council.ts', length: 157, reason: 'VOCATIVE_BEFORE: every quantifier is bounded ({0,30}, {1,30}), so the work at each start position is bounded and matching is linear; recheck fuzzes it (150 counted repeats) for minutes' },
  { place: 'built: instruction detector 9', length: 510, reason: 'ACCEPTS_QUOTE: the one unbounded quantifier ([\\d,.]* after "£") is followed by a bounded lazy gap ({0,80}?); the promise alternative after it ("the council will clear your hedge by Friday") has only a bounded gap ({0,60}) and recheck finds it safe on its own; recheck fuzzes the whole for minutes' },
  { place: 'built: solicitation cues 0', length: 7656, reason: 'a 7,656-character phrase alternation that recheck fuzzes for minutes; not proven safe here (listed so the gap shows)' },
  { place: 'built: solicitation cues 1', length: 7596, reason: 'a 7,596-character phrase alternation that recheck fuzzes for minutes; not proven safe here (listed so the gap shows)' },
  { place: 'built: impolite phrases', length: 8021, reason: 'an 8,021-character phrase alternation that recheck fuzzes for minutes; not proven safe here (listed so the gap shows)' },
];

const sortFlags = (flags: string): string => [...flags].sort().join('');

/** The distinct expressions in src/, in a stable order (the order they are first found). */
export function distinctExpressions(): Expression[] {
  const found = [
    ...sourceRegexes().map((r) => ({ place: `src/${r.file}:${r.line}:${r.column}`, source: r.source, flags: r.flags })),
    ...built.map(([name, re]) => ({ place: `built: ${name}`, source: re.source, flags: re.flags })),
  ];
  const byKey = new Map<string, Expression>();
  for (const f of found) {
    const flags = sortFlags(f.flags.replace(/[gyd]/g, ''));
    const key = `${flags}/${f.source}`;
    let e = byKey.get(key);
    if (!e) {
      e = { source: f.source, flags, places: [], runFlags: [] };
      byKey.set(key, e);
    }
    e.places.push(f.place);
    const run = sortFlags(f.flags);
    if (!e.runFlags.includes(run)) e.runFlags.push(run);
  }
  return [...byKey.values()];
}

/**
 * The sum of the counts of counted repetitions ({n}, {n,}: n; {n,m}: m) — what recheck calls the
 * repeat count (ReDoS.scala `repeatCount`). Read from the source text (escapes and character classes
 * skipped): an estimate for splitting the shards, never part of a check.
 */
export function repeatCount(source: string): number {
  let sum = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(source.slice(i, i + 24));
      if (m) sum += Number(m[2] || m[1]);
    }
  }
  return sum;
}

/**
 * How long recheck is expected to take on `e`, in rough units, for splitting the shards. recheck
 * decides by its automaton checker (fast here: a fraction of a second) unless the pattern's repeat
 * count reaches maxRepeatCount (30) or its size maxPatternSize (1,500) — then it fuzzes, which costs
 * seconds to tens of seconds, growing with the pattern (recheck's docs, "Criteria to Decide
 * Algorithm" and "Parameters"; ReDoS.scala `checkAutomaton`). The old split weighed expressions by
 * length alone, so a short expression with many counted repetitions (council.ts VOCATIVE_BEFORE, 157
 * characters, repeat count 150) counted as cheap, and one shard could collect several of them.
 */
export function estimatedCost(e: Pick<Expression, 'source'>): number {
  const fuzzes = repeatCount(e.source) >= 30 || e.source.length >= 1500;
  return fuzzes ? FUZZ_COST + e.source.length / 100 : 1 + e.source.length / 500;
}
const FUZZ_COST = 20;

/**
 * Which shard (0 … SHARDS − 1) checks each expression: the most costly first (estimatedCost), each to
 * the shard with the least estimated cost so far. Deterministic, so every run splits the same way.
 */
export function shardIndexes(expressions: Expression[], shards = SHARDS): number[] {
  const cost = expressions.map(estimatedCost);
  const order = expressions.map((_, i) => i).sort((a, b) => cost[b] - cost[a] || a - b);
  const load = new Array<number>(shards).fill(0);
  const shardOf = new Array<number>(expressions.length);
  for (const i of order) {
    const s = load.indexOf(Math.min(...load));
    shardOf[i] = s;
    load[s] += cost[i];
  }
  return shardOf;
}

function describeFound(e: Expression, complexity: string, attack: string): string {
  return `/${e.source}/${e.flags} is ${complexity}; attack: ${attack.slice(0, 80)}; found at ${e.places.join(', ')}`;
}

/** The allow-list entry that lets `e` through when recheck answers "unknown", if any. */
export function allowedUnknown(e: Pick<Expression, 'source' | 'places'>): (typeof UNKNOWN_ALLOWED)[number] | undefined {
  return UNKNOWN_ALLOWED.find((a) => e.source.length === a.length && e.places.some((p) => p === a.place || p.startsWith(`${a.place}:`)));
}

/** The jest tests for shard `n` (1 … SHARDS): one test per distinct expression. */
export function checkShard(n: number): void {
  const all = distinctExpressions();
  const shardOf = shardIndexes(all);
  const mine = all.filter((_, i) => shardOf[i] === n - 1);
  const title = (e: Expression): string => (e.places.length > 1 ? `${e.places[0]} (and ${e.places.length - 1} more)` : e.places[0]);

  describe(`regular expressions in src/ (shard ${n} of ${SHARDS})`, () => {
    // One test per expression (each with its own hang guard), seeded.
    it.each(mine.map((e) => [title(e), e] as const))('%s does not backtrack catastrophically (exponential or polynomial)', async (_where, e) => {
      const res = await check(e.source, e.flags, RECHECK_PARAMS);
      if (res.status === 'unknown') {
        const why = `${res.error.kind}${'message' in res.error ? `: ${res.error.message}` : ''}`;
        const unknown = `recheck could not decide /${e.source.slice(0, 200)}/${e.flags} (${why}); found at ${e.places.join(', ')}. Rewrite it, or add it to UNKNOWN_ALLOWED in test/helpers/regex-safety.ts with the reason it is safe`;
        const allowed = allowedUnknown(e);
        if (allowed) console.log(`recheck did not decide ${e.places.join(', ')} (${why}); allowed: ${allowed.reason}`);
        expect(allowed ? 'decided or allowed' : unknown).toBe('decided or allowed');
        return;
      }
      if (res.status === 'safe') return;
      const complexity = `${res.complexity.type}${'degree' in res.complexity ? ` (degree ${res.complexity.degree})` : ''}`;
      const found = describeFound(e, complexity, JSON.stringify(res.attack.pattern));
      expect(res.complexity.type === 'exponential' ? found : 'not exponential').toBe('not exponential');
      // recheck models bounded repetition loosely: a "polynomial" verdict is confirmed by running its
      // attack in V8 with only the pumps growing (CPU time, test/helpers/recheck.ts), with each set
      // of flags the expression is used with.
      for (const flags of e.runFlags) {
        const g = growsLinearly(new RegExp(e.source, flags), res.attack);
        const grew = `${found} (run with flags "${flags}": ${g.small} → ${g.large} characters took ${g.smallMs.toFixed(0)} → ${g.largeMs.toFixed(0)} ms of CPU)`;
        expect(g.ok ? 'grows linearly in V8' : grew).toBe('grows linearly in V8');
      }
      // A hang guard above recheck's own (RECHECK_PARAMS.timeout), not a speed check.
    }, 300_000);
  });
}
