// The ReDoS checks (test/helpers/regex-safety.ts) check each distinct expression in src/ once, split
// over test/hardening/regex-safety-N.test.ts. This file proves that nothing falls between the shards,
// and that the growth check behind a "polynomial" verdict can fail.
import fs from 'fs';
import path from 'path';
import { growsLinearly } from '../helpers/recheck';
import { built } from '../helpers/built-regexes';
import { distinctExpressions, shardIndexes, SHARDS } from '../helpers/regex-safety';
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

  it('the growth check does catch a quadratic expression (so the checks can fail)', () => {
    // 10 KB → 40 KB: some 400 ms of CPU time at the larger size, clear of the 100 ms floor.
    expect(growsLinearly(/a*b/, 'a', 10_000)).toBe(false);
    expect(growsLinearly(/ab/, 'a', 250_000)).toBe(true);
  });
});
