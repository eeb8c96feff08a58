// Every regular expression in src/ — the literals (source-regexes.ts) and the ones the rules build from
// word lists at load time (built-regexes.ts) — is checked for catastrophic backtracking with recheck (a
// maintained ReDoS checker). Email bodies can be 20 MB, so even polynomial (quadratic) blow-ups count.
//
// The same expression (source and flags) is often written or built in several places: it is checked
// once, and a failure names every place. The distinct expressions are split into SHARDS files
// (test/hardening/regex-safety-N.test.ts) so that jest's two workers share the work;
// test/hardening/regex-inventory.test.ts proves that the shards together hold every expression once.
import { check } from 'recheck';
import { built } from './built-regexes';
import { growsLinearly, RECHECK_PARAMS } from './recheck';
import { sourceRegexes } from './source-regexes';

/** How many test/hardening/regex-safety-N.test.ts files share the checks. */
export const SHARDS = 8;

/** recheck's time limit for a built expression: large phrase alternations need more than the default. */
const BUILT_TIMEOUT = 60_000;

export interface Expression {
  source: string;
  /** The flags recheck is given: those that change what matches (g, y and d do not). */
  flags: string;
  /** Every place it occurs: `src/file:line:column` or `built: name`. */
  places: string[];
  /** The full flags of each occurrence, for running it in V8. */
  runFlags: string[];
  /** recheck's time limit: the longest any occurrence was given. */
  timeout: number;
}

const sortFlags = (flags: string): string => [...flags].sort().join('');

/** The distinct expressions in src/, in a stable order (the order they are first found). */
export function distinctExpressions(): Expression[] {
  const found = [
    ...sourceRegexes().map((r) => ({ place: `src/${r.file}:${r.line}:${r.column}`, source: r.source, flags: r.flags, timeout: RECHECK_PARAMS.timeout as number })),
    ...built.map(([name, re]) => ({ place: `built: ${name}`, source: re.source, flags: re.flags, timeout: BUILT_TIMEOUT })),
  ];
  const byKey = new Map<string, Expression>();
  for (const f of found) {
    const flags = sortFlags(f.flags.replace(/[gyd]/g, ''));
    const key = `${flags}/${f.source}`;
    let e = byKey.get(key);
    if (!e) {
      e = { source: f.source, flags, places: [], runFlags: [], timeout: 0 };
      byKey.set(key, e);
    }
    e.places.push(f.place);
    const run = sortFlags(f.flags);
    if (!e.runFlags.includes(run)) e.runFlags.push(run);
    e.timeout = Math.max(e.timeout, f.timeout);
  }
  return [...byKey.values()];
}

/**
 * Which shard (0 … SHARDS − 1) checks each expression: the longest first, each to the shard with the
 * least total length so far (recheck's time grows with the pattern; the large phrase alternations
 * are the slow ones). Deterministic, so every run splits the same way.
 */
export function shardIndexes(expressions: Expression[], shards = SHARDS): number[] {
  const order = expressions.map((_, i) => i).sort((a, b) => expressions[b].source.length - expressions[a].source.length || a - b);
  const load = new Array<number>(shards).fill(0);
  const shardOf = new Array<number>(expressions.length);
  for (const i of order) {
    const s = load.indexOf(Math.min(...load));
    shardOf[i] = s;
    // A fixed cost per expression as well: parsing and starting the check.
    load[s] += expressions[i].source.length + 200;
  }
  return shardOf;
}

function describeFound(e: Expression, complexity: string, attack: string): string {
  return `/${e.source}/${e.flags} is ${complexity}; attack: ${attack.slice(0, 80)}; found at ${e.places.join(', ')}`;
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
      const res = await check(e.source, e.flags, { ...RECHECK_PARAMS, timeout: e.timeout });
      if (res.status !== 'vulnerable') return;
      const complexity = `${res.complexity.type}${'degree' in res.complexity ? ` (degree ${res.complexity.degree})` : ''}`;
      const found = describeFound(e, complexity, JSON.stringify(res.attack.pattern));
      expect(res.complexity.type === 'exponential' ? found : 'not exponential').toBe('not exponential');
      // recheck models bounded repetition loosely: a "polynomial" verdict is confirmed by running its
      // attack string at two sizes in V8 (CPU time, test/helpers/recheck.ts), with each set of flags
      // the expression is used with.
      for (const flags of e.runFlags) {
        expect(growsLinearly(new RegExp(e.source, flags), res.attack.string, 250_000) ? 'grows linearly in V8' : `${found} (run with flags "${flags}")`).toBe('grows linearly in V8');
      }
    }, 120000);
  });
}
