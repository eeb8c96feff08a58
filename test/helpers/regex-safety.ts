// Every regular expression in src/ — the literals (source-regexes.ts) and the ones the rules build from
// word lists at load time (built-regexes.ts) — is checked for catastrophic backtracking with recheck (a
// maintained ReDoS checker). Email bodies can be 20 MB, so even polynomial (quadratic) blow-ups count.
//
// The same expression (source and flags) is often written or built in several places: it is checked
// once, and a failure names every place. The distinct expressions are split into SHARDS files
// (test/hardening/regex-safety-N.test.ts) so that jest's two workers share the work;
// test/hardening/regex-inventory.test.ts proves that the shards together hold every expression once.
// Each expression is one test.
//
// An expression recheck would fuzz (fuzzes below: the long phrase lists, and those with many counted
// repetitions) is checked through its pieces where that saves work (piecesOf): a real regex parser
// splits its alternations outside quantifiers and lookarounds (test/helpers/regex-structure.ts,
// proof 2: the whole costs at most the sum of its pieces), and each piece is a small expression that
// recheck decides as it would one written on its own, most with its exact automaton checker instead
// of minutes of fuzzing. A piece with no quantifier is linear by proof 1 there and needs no recheck.
// The pieces are checked one after another inside the expression's own test, through the same recheck
// process (recheck keeps one per jest worker), so splitting adds no tests and no start-up.
//
// An expression (or piece) whose every quantifier is bounded is first given to proof 3
// (test/helpers/regex-bounded.ts): the most steps a backtracking matcher can take at one start position,
// over every input, found by exhausting the inputs. At most MAX_WORK: linear, and recheck is not run
// (it fuzzed council.ts VOCATIVE_BEFORE for two minutes). Over it: recheck decides if it would fuzz
// the expression, and otherwise the check fails, since recheck calls an expression with only bounded
// quantifiers and fewer than 30 counted repetitions safe without looking ((a|a){29} included).
//
// An expression (or piece) with one unbounded loop over a single character, which the part before it
// cannot start with, is given to proof 4 (runProof, regex-bounded.ts): the runs the loop reads cannot
// pile up over start positions, so the work is linear with a constant found by proof 3 for the parts
// before and after the loop. One recheck would fuzz that has an unbounded quantifier is settled without
// recheck when proof 2 splits it into parts proofs 1, 3 and 4 each settle (settledByParts).
//
// recheck's budgets are in steps, not seconds (RECHECK_PARAMS, test/helpers/recheck.ts), so a
// verdict does not depend on how busy the machine is; "unknown" fails unless the expression is on
// UNKNOWN_ALLOWED with a reason.
import fs from 'fs';
import { check } from 'recheck';
import { growsLinearly, RECHECK_PARAMS } from './recheck';
import { boundedProof, MAX_WORK, onlyBounded, runProof } from './regex-bounded';
import { isConstant, pieces, splitOnce } from './regex-structure';
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
  // instruction detector 9 (ACCEPTS_QUOTE, 510 characters) was here: recheck fuzzed it for a minute and
  // more; its parts are now settled by proofs 3 and 4 (settledByParts) and recheck is not asked.
];

const sortFlags = (flags: string): string => [...flags].sort().join('');

/** The distinct expressions in src/, in a stable order (the order they are first found). */
export function distinctExpressions(): Expression[] {
  // Loaded here rather than at the top: a shard that reads the lane's split (sharedSplit) never loads the rules.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { built } = require('./built-regexes') as typeof import('./built-regexes');
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
 * How long recheck is expected to take on one expression or piece, in rough units, for splitting the
 * shards. recheck decides by its automaton checker (fast here: a fraction of a second) unless the
 * pattern's repeat count reaches maxRepeatCount (30) or its size maxPatternSize (1,500) — then it
 * fuzzes, which costs seconds to tens of seconds, growing with the pattern (recheck's docs, "Criteria
 * to Decide Algorithm" and "Parameters"; ReDoS.scala `checkAutomaton`). The old split weighed
 * expressions by length alone, so a short expression with many counted repetitions (council.ts
 * VOCATIVE_BEFORE, 157 characters, repeat count 150) counted as cheap, and one shard could collect
 * several of them.
 */
function sourceCost(source: string, flags: string): number {
  // Settled by proof 3 (regex-bounded.ts) without recheck. The split asks with a smaller search than
  // the check (a few expressions need more): an estimate only, never a verdict.
  if (onlyBounded(source, flags) && (!fuzzes(source) || boundedProof(source, flags, 2_000).kind === 'proven')) return 0.1;
  return fuzzes(source) ? FUZZ_COST + source.length / 100 : 1 + source.length / 500;
}
const FUZZ_COST = 20;

/** Whether recheck would fuzz `source` rather than decide it with its automaton checker (estimatedCost). */
export function fuzzes(source: string): boolean {
  return repeatCount(source) >= 30 || source.length >= 1500;
}

/**
 * How long the check of `e` is expected to take (sourceCost above), for splitting the shards: the sum
 * over the pieces it is checked through that need recheck (a piece with no quantifier costs nothing).
 */
export function estimatedCost(e: Pick<Expression, 'source' | 'flags'>): number {
  const ps = piecesOf(e);
  if (ps.length === 1) return sourceCost(ps[0], e.flags);
  const key = `${e.flags}/${e.source}`;
  let cost = costMemo.get(key);
  if (cost === undefined) {
    cost = 0.01 + ps.filter((p) => !isConstant(p, e.flags)).reduce((sum, p) => sum + sourceCost(p, e.flags), 0);
    costMemo.set(key, cost);
  }
  return cost;
}
const costMemo = new Map<string, number>();

/**
 * The pieces an expression is checked through ([its own source] when it is checked whole). Splitting
 * is always sound (regex-structure.ts, proof 2); it is done where it saves work: the expression is
 * one recheck would fuzz, and at most MAX_PIECES of its pieces need recheck (the others have no
 * quantifier: proof 1), of which at most MAX_FUZZED_PIECES are still fuzzed — at most one when the
 * expression is fuzzed only for its counted repetitions (under 1,500 characters): a context shared
 * by every alternative (P or S in P·(A1|…|Ak)·S) that makes recheck fuzz would otherwise be fuzzed
 * once per piece instead of once (measured by ci3: special-category pattern 11, two pieces of about
 * 20 s of CPU each at load 20).
 */
export function piecesOf(e: Pick<Expression, 'source' | 'flags'>): string[] {
  if (!fuzzes(e.source)) return [e.source];
  const key = `${e.flags}/${e.source}`;
  let found = piecesMemo.get(key);
  if (!found) {
    const all = pieces(e.source, e.flags);
    const checked = all.filter((p) => !isConstant(p, e.flags));
    const fuzzed = checked.filter(fuzzes).length;
    found = checked.length > MAX_PIECES || fuzzed > (e.source.length >= 1500 ? MAX_FUZZED_PIECES : 1) ? [e.source] : all;
    piecesMemo.set(key, found);
  }
  return found;
}
const piecesMemo = new Map<string, string[]>();
const MAX_PIECES = 120;
const MAX_FUZZED_PIECES = 16;

/**
 * Which shard (0 … SHARDS − 1) checks each expression: the most costly first (estimatedCost), each to
 * the shard with the least estimated cost so far. Deterministic, so every run splits the same way.
 */
export function shardIndexes(expressions: Pick<Expression, 'source' | 'flags'>[], shards = SHARDS): number[] {
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

/**
 * The ReDoS check of one expression or piece `source` of expression `e`: undefined when it passes,
 * else why it fails. No quantifier: passes by proof 1 (regex-structure.ts). Only bounded quantifiers
 * and at most MAX_WORK steps at one position on any input: passes by proof 3 (regex-bounded.ts); over
 * it, fails unless recheck would fuzz it (then recheck decides). Otherwise recheck decides
 * (RECHECK_PARAMS): "exponential" fails; "polynomial" fails unless its attack grows linearly in V8
 * with every set of flags `e` is used with; "unknown" fails unless `e` is on UNKNOWN_ALLOWED.
 */
export async function checkSource(e: Expression, source: string): Promise<string | undefined> {
  if (isConstant(source, e.flags)) return undefined;
  const piece = source !== e.source;
  const what = piece ? `the piece /${source.slice(0, 300)}/${e.flags} of an expression` : `/${source}/${e.flags}`;
  const bounded = boundedProof(source, e.flags);
  if (bounded.kind === 'proven') return undefined;
  // Proof 4 (regex-bounded.ts): one unbounded loop over a run that no start position can enter.
  if (runProof(source, e.flags).kind === 'proven') return undefined;
  // recheck would fuzz it: settled instead if proof 2 splits it into parts that proofs 1, 3 and 4 all settle.
  if (fuzzes(source) && bounded.kind === 'not applicable' && settledByParts(source, e.flags)) return undefined;
  // recheck calls an expression with only bounded quantifiers "safe" without looking when it does
  // not fuzz it (a "constant pattern": ReDoS.scala), (a|a){29} included: such an expression must pass
  // proof 3 instead.
  if (bounded.kind === 'over' && !fuzzes(source)) {
    return `${what} has only bounded quantifiers, but they can make the matcher take more than ${MAX_WORK.toLocaleString('en-GB')} steps at one position (test/helpers/regex-bounded.ts); found at ${e.places.join(', ')}. Make the alternatives or repetitions that can read the same text exclusive, or shorten the bounds`;
  }
  const res = await check(source, e.flags, RECHECK_PARAMS);
  if (res.status === 'unknown') {
    const why = `${res.error.kind}${'message' in res.error ? `: ${res.error.message}` : ''}`;
    const allowed = allowedUnknown(e);
    if (allowed) {
      console.log(`recheck did not decide ${piece ? 'a piece of ' : ''}${e.places.join(', ')} (${why}); allowed: ${allowed.reason}`);
      return undefined;
    }
    return `recheck could not decide ${piece ? 'the piece ' : ''}/${source.slice(0, 200)}/${e.flags} (${why}); found at ${e.places.join(', ')}. Rewrite it, or add it to UNKNOWN_ALLOWED in test/helpers/regex-safety.ts with the reason it is safe`;
  }
  if (res.status === 'safe') return undefined;
  const complexity = `${res.complexity.type}${'degree' in res.complexity ? ` (degree ${res.complexity.degree})` : ''}`;
  const found = `${what} is ${complexity}; attack: ${JSON.stringify(res.attack.pattern).slice(0, 80)}; found at ${e.places.join(', ')}`;
  if (res.complexity.type === 'exponential') return found;
  // recheck models bounded repetition loosely: a "polynomial" verdict is confirmed by running its
  // attack in V8 with only the pumps growing (CPU time, test/helpers/recheck.ts), with each set of
  // flags the expression is used with.
  for (const flags of e.runFlags) {
    const g = growsLinearly(new RegExp(source, flags), res.attack);
    if (!g.ok) return `${found} (run with flags "${flags}": ${g.small} → ${g.large} characters took ${g.smallMs.toFixed(0)} → ${g.largeMs.toFixed(0)} ms of CPU)`;
  }
  return undefined;
}

/**
 * Whether proof 2 (splitOnce, as often as needed) splits `source` into parts that proofs 1, 3 and 4
 * each settle: then the whole costs at most the sum of the parts, each linear. All or nothing: one
 * part no proof settles, or more than MAX_PARTS proofs tried, and recheck decides the whole as before.
 * Only for expressions recheck would fuzz with an unbounded quantifier somewhere (proof 3 cannot take
 * the whole): instruction detector 9, where "£" with a run of digits sits in one alternative of
 * three, which recheck fuzzed for a minute and more.
 */
export function settledByParts(source: string, flags: string): boolean {
  let budget = MAX_PARTS;
  const settled = (src: string): boolean => {
    if (isConstant(src, flags)) return true;
    if (--budget < 0) return false;
    if (boundedProof(src, flags).kind === 'proven' || runProof(src, flags).kind === 'proven') return true;
    const parts = splitOnce(src, flags);
    return parts !== undefined && parts.every(settled);
  };
  return settled(source);
}
const MAX_PARTS = 40;

/**
 * The ReDoS check of expression `e`, whole or through all its pieces (piecesOf), each distinct piece
 * once, one after another: the failures (empty when it passes). Every piece is checked even after one
 * fails, so a failure names each bad piece.
 */
export async function checkExpression(e: Expression): Promise<string[]> {
  const failures: string[] = [];
  for (const source of piecesOf(e)) {
    const failed = await checkSource(e, source);
    if (failed !== undefined) failures.push(failed);
  }
  return failures;
}

/** The environment variable naming the file in which the hardening lane's global setup left the split. */
export const SPLIT_FILE_ENV = 'REGEX_SAFETY_SPLIT_FILE';

export interface Split {
  all: Expression[];
  shardOf: number[];
}

/** The distinct expressions and the shard of each: distinctExpressions() and shardIndexes(). */
export function computeSplit(): Split {
  const all = distinctExpressions();
  return { all, shardOf: shardIndexes(all) };
}

/**
 * The split, computed once per run of the hardening lane by its global setup
 * (test/helpers/regex-safety-setup.ts, which runs computeSplit() before the workers start and names
 * a new temporary file in SPLIT_FILE_ENV), instead of once in every shard file: finding the
 * expressions (parsing src/, loading every rule) and estimating their costs took about 9 s of CPU
 * per shard, eight times over. Without it (a shard run by a jest that did not run the setup) the
 * shard computes the split itself. Never kept across runs: the setup writes a new file each run.
 */
export function laneSplit(): Split {
  const file = process.env[SPLIT_FILE_ENV];
  if (file && fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as Split;
  return computeSplit();
}

/** The jest tests for shard `n` (1 … SHARDS): one test per distinct expression. */
export function checkShard(n: number): void {
  const { all, shardOf } = laneSplit();
  const mine = all.filter((_, i) => shardOf[i] === n - 1);
  const title = (e: Expression): string => (e.places.length > 1 ? `${e.places[0]} (and ${e.places.length - 1} more)` : e.places[0]);

  describe(`regular expressions in src/ (shard ${n} of ${SHARDS})`, () => {
    // One test per expression (each with its own hang guard), seeded; a split expression's pieces are
    // checked inside its test.
    it.each(mine.map((e) => [title(e), e] as const))('%s does not backtrack catastrophically (exponential or polynomial)', async (_where, e) => {
      expect(await checkExpression(e)).toEqual([]);
      // A hang guard above recheck's own (RECHECK_PARAMS.timeout), not a speed check.
    }, 300_000);
  });
}
