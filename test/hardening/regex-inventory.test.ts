// The ReDoS checks (test/helpers/regex-safety.ts) check each distinct expression in src/ once, split
// over test/hardening/regex-safety-N.test.ts. This file proves that nothing falls between the shards,
// that the growth check behind a "polynomial" verdict can fail, and prints the "unknown" allow-list.
import fs from 'fs';
import path from 'path';
import { check } from 'recheck';
import { growsLinearly, pumpedAttack, RECHECK_PARAMS } from '../helpers/recheck';
import { built } from '../helpers/built-regexes';
import { allowedUnknown, distinctExpressions, estimatedCost, repeatCount, shardIndexes, SHARDS, UNKNOWN_ALLOWED } from '../helpers/regex-safety';
import { sourceRegexes } from '../helpers/source-regexes';

describe('the expressions the ReDoS checks cover', () => {
  const all = distinctExpressions();

  it('finds the regular expressions to check', () => {
    expect(sourceRegexes().length).toBeGreaterThan(10);
    expect(built.length).toBeGreaterThan(10);
  });

  it('keeps every place an expression occurs, each once', () => {
    const places = all.flatMap((e) => e.places);
    expect(new Set(places).size).toBe(places.length);
    const expected = [...sourceRegexes().map((r) => `src/${r.file}:${r.line}:${r.column}`), ...built.map(([name]) => `built: ${name}`)];
    expect(places.length).toBe(expected.length);
    expect(new Set(places)).toEqual(new Set(expected));
  });

  it('merges only expressions with the same source and flags', () => {
    const keys = all.map((e) => `${e.flags}/${e.source}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all.length).toBeLessThan(sourceRegexes().length + built.length);
  });

  it('puts each expression in exactly one of the shard files, and there is a file for every shard', () => {
    const shardOf = shardIndexes(all);
    expect(shardOf).toHaveLength(all.length);
    for (const s of shardOf) expect(Number.isInteger(s) && s >= 0 && s < SHARDS).toBe(true);
    for (let n = 1; n <= SHARDS; n++) expect(shardOf.filter((s) => s === n - 1).length).toBeGreaterThan(0);
    const files = fs.readdirSync(__dirname).filter((f) => /^regex-safety-\d+\.test\.ts$/.test(f));
    expect(files.sort()).toEqual(Array.from({ length: SHARDS }, (_, i) => `regex-safety-${i + 1}.test.ts`).sort());
    for (let n = 1; n <= SHARDS; n++) expect(fs.readFileSync(path.join(__dirname, `regex-safety-${n}.test.ts`), 'utf8')).toMatch(new RegExp(`\\bcheckShard\\(${n}\\);`));
  });

  it('splits by an estimate of recheck\'s cost that counts counted repetitions, not only length', () => {
    // {2} counts 2, {3,} 3, {1,30} 30; a brace in a character class or escaped is a character.
    expect(repeatCount('a{2}b{3,}c{1,30}[{5}]\\{4}')).toBe(35);
    expect(estimatedCost({ source: '(?:hi|well)[ ,]{1,30}\\s{0,30}' })).toBeGreaterThan(estimatedCost({ source: 'x'.repeat(1000) }));
  });

  it('the growth check pumps only the attack\'s repeated part, and fails on quadratic and exponential growth', async () => {
    // recheck's own attacks: "a"×n then a character that makes the match fail.
    const quadratic = await check('\\s*#$', '', RECHECK_PARAMS);
    expect(quadratic.status === 'vulnerable' && quadratic.complexity.type).toBe('polynomial');
    if (quadratic.status !== 'vulnerable') return;
    expect(growsLinearly(/\s*#$/, quadratic.attack).ok).toBe(false);
    // Repeating the whole attack string (pump and suffix together) would not have caught it: each
    // copy ends in the failing character, so no backtracking run is longer than one copy.
    const whole = pumpedAttack(quadratic.attack, 20);
    expect(growsLinearly(/\s*#$/, { pumps: [{ prefix: '', pump: whole, bias: 0 }], suffix: '' }).ok).toBe(true);
    const exponential = await check('^(?:a|a)*$', '', RECHECK_PARAMS);
    expect(exponential.status === 'vulnerable' && exponential.complexity.type).toBe('exponential');
    if (exponential.status !== 'vulnerable') return;
    expect(growsLinearly(/^(?:a|a)*$/, exponential.attack).ok).toBe(false);
    // And a linear expression on the same kind of input passes.
    expect(growsLinearly(/\s#/, quadratic.attack).ok).toBe(true);
  }, 120_000);

  it('prints the expressions allowed to come back "unknown", each still in src/ and with a reason', () => {
    for (const a of UNKNOWN_ALLOWED) {
      expect(a.reason.trim().length).toBeGreaterThan(20);
      const matching = all.filter((e) => allowedUnknown(e) === a);
      expect(matching.length === 1 ? 'one expression' : `${matching.length} expressions match ${a.place} (${a.length} characters) in UNKNOWN_ALLOWED: update or remove the entry`).toBe('one expression');
    }
    const places = (a: (typeof UNKNOWN_ALLOWED)[number]): string => all.find((e) => allowedUnknown(e) === a)?.places.join(', ') ?? a.place;
    console.log(UNKNOWN_ALLOWED.length === 0 ? 'UNKNOWN_ALLOWED is empty: recheck must decide every expression.' : `UNKNOWN_ALLOWED (recheck may answer "unknown"):\n${UNKNOWN_ALLOWED.map((a) => `- ${places(a)}: ${a.reason}`).join('\n')}`);
  });
});
