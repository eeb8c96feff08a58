// Every regular expression in src/ — the literals (source-regexes.ts) and the ones the rules build from
// word lists at load time (built-regexes.ts) — is checked for catastrophic backtracking with recheck (a
// maintained ReDoS checker). Email bodies can be 20 MB, so even polynomial (quadratic) blow-ups count.
//
// The same expression (source and flags) is often written or built in several places: it is checked
// once, and a failure names every place. An expression recheck would fuzz (estimatedCost below: the
// long phrase lists, and those with many counted repetitions) is checked through its pieces
// (test/helpers/regex-structure.ts, proof 2: the whole costs at most the sum of its pieces), each a
// small expression recheck decides as it would one written on its own; a piece (or expression) with
// no quantifier is linear by proof 1 there and needs no recheck. The same piece in several lists is
// checked once. The units (whole expressions and pieces) are split into SHARDS files
// (test/hardening/regex-safety-N.test.ts) so that jest's two workers share the work;
// test/hardening/regex-inventory.test.ts proves that the shards together hold every expression, or
// every piece of it, once.
//
// recheck's budgets are in steps, not seconds (RECHECK_PARAMS, test/helpers/recheck.ts), so a
// verdict does not depend on how busy the machine is; "unknown" fails unless the expression is on
// UNKNOWN_ALLOWED with a reason.
import { check } from 'recheck';
import { built } from './built-regexes';
import { growsLinearly, RECHECK_PARAMS } from './recheck';
import { sourceRegexes } from './source-regexes';
import { isConstant, pieces } from './regex-structure';

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
  { place: 'built: instruction detector 9', length: 341, reason: 'ACCEPTS_QUOTE: the one unbounded quantifier ([\\d,.]* after "£") is followed by a bounded lazy gap ({0,80}?); recheck fuzzes it for minutes' },
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
export function estimatedCost(e: Pick<Expression, 'source'> & { constant?: boolean }): number {
  if (e.constant) return 0.01;
  return fuzzes(e.source) ? FUZZ_COST + e.source.length / 100 : 1 + e.source.length / 500;
}
const FUZZ_COST = 20;

/**
 * Which shard (0 … SHARDS − 1) checks each unit (checkUnits): the most costly first (estimatedCost), each to
 * the shard with the least estimated cost so far. Deterministic, so every run splits the same way.
 */
export function shardIndexes(expressions: (Pick<Expression, 'source'> & { constant?: boolean })[], shards = SHARDS): number[] {
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

/** The allow-list entry that lets `e` through when recheck answers "unknown", if any. */
export function allowedUnknown(e: Pick<Expression, 'source' | 'places'>): (typeof UNKNOWN_ALLOWED)[number] | undefined {
  return UNKNOWN_ALLOWED.find((a) => e.source.length === a.length && e.places.some((p) => p === a.place || p.startsWith(`${a.place}:`)));
}

/** Whether recheck would fuzz `source` rather than decide it with its automaton checker (estimatedCost). */
export function fuzzes(source: string): boolean {
  return repeatCount(source) >= 30 || source.length >= 1500;
}

/** One expression recheck is run on: a distinct expression in src/, or a distinct piece of some. */
export interface Unit {
  source: string;
  flags: string;
  /** The expressions it is, or is a piece of (a failure names their places). */
  of: Expression[];
  /** Whether it is a piece of a larger expression (false: it is the expression itself). */
  piece: boolean;
  /** No quantifier and no backreference: linear without recheck (regex-structure.ts, proof 1). */
  constant: boolean;
}

/**
 * The pieces an expression is checked through ([its own source] when it is checked whole). Splitting
 * is always sound (regex-structure.ts, proof 2); it is done where it saves work: the expression is
 * one recheck would fuzz, and at most MAX_PIECES of its pieces need recheck (the others have no
 * quantifier: proof 1), of which at most MAX_FUZZED_PIECES are still fuzzed — at most one when the
 * expression is fuzzed only for its counted repetitions (under 1,500 characters): a context shared
 * by every alternative (P or S in P·(A1|…|Ak)·S) that makes recheck fuzz would otherwise be fuzzed
 * once per piece instead of once (measured: special-category pattern 11, two pieces of about 20 s
 * of CPU each at load 20).
 */
export function piecesOf(e: Pick<Expression, 'source' | 'flags'>): string[] {
  if (!fuzzes(e.source)) return [e.source];
  const all = pieces(e.source, e.flags);
  const checked = all.filter((p) => !isConstant(p, e.flags));
  const fuzzed = checked.filter(fuzzes).length;
  if (checked.length > MAX_PIECES || fuzzed > (e.source.length >= 1500 ? MAX_FUZZED_PIECES : 1)) return [e.source];
  return all;
}
const MAX_PIECES = 120;
const MAX_FUZZED_PIECES = 16;

/** The distinct units to check, in a stable order: each expression's pieces, each piece once. */
export function checkUnits(expressions: Expression[] = distinctExpressions()): Unit[] {
  const byKey = new Map<string, Unit>();
  for (const e of expressions) {
    const ps = piecesOf(e);
    for (const source of ps) {
      const key = `${e.flags}/${source}`;
      let u = byKey.get(key);
      if (!u) {
        u = { source, flags: e.flags, of: [], piece: false, constant: isConstant(source, e.flags) };
        byKey.set(key, u);
      }
      if (!u.of.includes(e)) u.of.push(e);
      if (ps.length > 1 || source !== e.source) u.piece = true;
    }
  }
  return [...byKey.values()];
}

/** Every place a unit's expressions occur. */
export function placesOf(u: Pick<Unit, 'of'>): string[] {
  return u.of.flatMap((e) => e.places);
}

function describeFound(u: Unit, complexity: string, attack: string): string {
  const what = u.piece ? `the piece /${u.source.slice(0, 300)}/${u.flags} of an expression` : `/${u.source}/${u.flags}`;
  return `${what} is ${complexity}; attack: ${attack.slice(0, 80)}; found at ${placesOf(u).join(', ')}`;
}

/**
 * The ReDoS check of one unit: undefined when it passes, else why it fails. A constant unit passes
 * by proof 1 (regex-structure.ts); otherwise recheck decides (RECHECK_PARAMS): "exponential" fails,
 * "polynomial" fails unless its attack grows linearly in V8 with every set of flags the expression
 * is used with, "unknown" fails unless one of the unit's expressions is on UNKNOWN_ALLOWED.
 */
export async function checkUnit(u: Unit): Promise<string | undefined> {
  if (u.constant) return undefined;
  const res = await check(u.source, u.flags, RECHECK_PARAMS);
  if (res.status === 'unknown') {
    const why = `${res.error.kind}${'message' in res.error ? `: ${res.error.message}` : ''}`;
    const allowed = u.of.map(allowedUnknown).find((a) => a !== undefined);
    if (allowed) {
      console.log(`recheck did not decide ${placesOf(u).join(', ')} (${why}); allowed: ${allowed.reason}`);
      return undefined;
    }
    return `recheck could not decide ${u.piece ? 'the piece ' : ''}/${u.source.slice(0, 200)}/${u.flags} (${why}); found at ${placesOf(u).join(', ')}. Rewrite it, or add it to UNKNOWN_ALLOWED in test/helpers/regex-safety.ts with the reason it is safe`;
  }
  if (res.status === 'safe') return undefined;
  const complexity = `${res.complexity.type}${'degree' in res.complexity ? ` (degree ${res.complexity.degree})` : ''}`;
  const found = describeFound(u, complexity, JSON.stringify(res.attack.pattern));
  if (res.complexity.type === 'exponential') return found;
  // recheck models bounded repetition loosely: a "polynomial" verdict is confirmed by running its
  // attack in V8 with only the pumps growing (CPU time, test/helpers/recheck.ts), with each set of
  // flags the expression is used with.
  const runFlags = [...new Set(u.of.flatMap((e) => e.runFlags))];
  for (const flags of runFlags) {
    const g = growsLinearly(new RegExp(u.source, flags), res.attack);
    if (!g.ok) return `${found} (run with flags "${flags}": ${g.small} → ${g.large} characters took ${g.smallMs.toFixed(0)} → ${g.largeMs.toFixed(0)} ms of CPU)`;
  }
  return undefined;
}

/** The jest tests for shard `n` (1 … SHARDS): one test per unit. */
export function checkShard(n: number): void {
  const all = checkUnits();
  const shardOf = shardIndexes(all);
  const mine = all.filter((_, i) => shardOf[i] === n - 1);
  const title = (u: Unit): string => {
    const places = placesOf(u);
    const where = places.length > 1 ? `${places[0]} (and ${places.length - 1} more)` : places[0];
    return u.piece ? `${where}, piece /${u.source.length > 60 ? `${u.source.slice(0, 57)}...` : u.source}/` : where;
  };

  describe(`regular expressions in src/ (shard ${n} of ${SHARDS})`, () => {
    // One test per unit (each with its own hang guard), seeded.
    it.each(mine.map((u) => [title(u), u] as const))('%s does not backtrack catastrophically (exponential or polynomial)', async (_where, u) => {
      expect((await checkUnit(u)) ?? 'passes').toBe('passes');
      // A hang guard above recheck's own (RECHECK_PARAMS.timeout), not a speed check.
    }, 300_000);
  });
}
