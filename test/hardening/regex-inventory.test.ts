// The ReDoS checks (test/helpers/regex-safety.ts) check each distinct expression in src/ once (whole,
// or through its pieces inside its own test), split over test/hardening/regex-safety-N.test.ts. This
// file proves that nothing falls between the shards, that the splitting and the structural shortcut
// keep catastrophic and quadratic expressions failing (planted, alone and inside a long literal
// list), that the growth check behind a "polynomial" verdict can fail, and prints the "unknown"
// allow-list.
import fs from 'fs';
import path from 'path';
import { check } from 'recheck';
import { growsLinearly, pumpedAttack, RECHECK_PARAMS } from '../helpers/recheck';
import { built } from '../helpers/built-regexes';
import { allowedUnknown, checkExpression, distinctExpressions, estimatedCost, type Expression, laneSplit, piecesOf, repeatCount, shardIndexes, SHARDS, UNKNOWN_ALLOWED } from '../helpers/regex-safety';
import { hasBackreference, isConstant, pieces } from '../helpers/regex-structure';
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
    // The shards read the split the lane's global setup computed once (laneSplit): it is this one.
    expect(laneSplit()).toEqual({ all, shardOf });
  });

  it('splits by an estimate of recheck\'s cost that counts counted repetitions, not only length', () => {
    // {2} counts 2, {3,} 3, {1,30} 30; a brace in a character class or escaped is a character.
    expect(repeatCount('a{2}b{3,}c{1,30}[{5}]\\{4}')).toBe(35);
    expect(estimatedCost({ source: '(?:hi|well)[ ,]{1,30}\\s+', flags: '' })).toBeGreaterThan(estimatedCost({ source: 'x'.repeat(1000), flags: '' }));
    // One with only bounded quantifiers that proof 3 settles costs next to nothing, however many.
    expect(estimatedCost({ source: '(?:hi|well)[ ,]{1,30}\\s{0,30}', flags: '' })).toBeLessThan(1);
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

  it('checks the long phrase lists through their pieces, and every piece of an expression it splits', () => {
    // The phrase lists recheck could not decide whole (they were on UNKNOWN_ALLOWED) are split. Since
    // the junk-mail families went (slim11), the solicitation cues build one expression, not two.
    for (const name of ['built: impolite phrases', 'built: solicitation cues 0']) {
      const e = all.find((x) => x.places.includes(name));
      expect(e && piecesOf(e).length).toBeGreaterThan(10);
    }
    // An expression checked through pieces is one recheck would fuzz, and its pieces are exactly
    // those of the parser's split (nothing dropped); any other expression is checked whole.
    for (const e of all) {
      const ps = piecesOf(e);
      if (ps.length > 1 || ps[0] !== e.source) expect(ps).toEqual(pieces(e.source, e.flags));
    }
  });

  // A planted expression, as distinctExpressions() would list it.
  const planted = (source: string, flags = 'i'): Expression => ({ source, flags, places: ['planted'], runFlags: [`${flags}g`] });
  // A long list of literal words, as the phrase lists are built (compilePhrases): recheck would fuzz
  // it whole (over 1,500 characters), so it is checked through its pieces.
  const words = Array.from({ length: 260 }, (_, i) => `(word${i.toString(36)} (?:one|two))`);
  const list = (bad: string, at: number): Expression => planted(`\\b(?:${[...words.slice(0, at), bad, ...words.slice(at)].join('|')})`);

  it('rejects a planted catastrophic expression, whole and hidden in a long literal list', async () => {
    const whole = await checkExpression(planted('(a+)+$', ''));
    expect(whole).toHaveLength(1);
    expect(whole[0]).toMatch(/is exponential/);
    // Hidden among 260 literal alternatives: the list is split, the one bad piece is found, and the
    // failure names the piece and where the expression is.
    const e = list('((?:\\w+\\s?)+$)', 130);
    expect(e.source.length).toBeGreaterThan(1500);
    expect(piecesOf(e).length).toBeGreaterThan(200);
    expect(piecesOf(e).filter((p) => !isConstant(p, e.flags))).toHaveLength(1);
    const failed = await checkExpression(e);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^the piece \/.*\(\(\?:\\w\+\\s\?\)\+\$\).*\/i of an expression is exponential.*found at planted$/);
  }, 120_000);

  it('rejects a piece that is catastrophic only through its counted repetition, hidden in a long literal list', async () => {
    // (a|a){32}: finitely many ways to match in theory, 2^32 in practice; recheck fuzzes such a piece.
    const failed = await checkExpression(list('((?:a|a){32}$)', 70));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^the piece .* is exponential/);
  }, 120_000);

  it('rejects a slow (quadratic) piece of a long literal list, confirmed in V8', async () => {
    // Each "x" starts a scan to the end of the text for a "#" that is not there: quadratic on "x x x …".
    const failed = await checkExpression(list('(x[^#]*#$)', 200));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/is polynomial.*run with flags/);
  }, 120_000);

  it('proves only quantifier-free expressions linear without recheck', () => {
    expect(isConstant('\\b(?:as per my (?:last|previous) email|with all due respect)\\b', 'i')).toBe(true);
    expect(isConstant('(?<=x)a(?=b|c)\\B', '')).toBe(true);
    for (const q of ['a*', 'a+', 'a?', 'a{2}', 'a{1,60}?', '(?=a*)b', '(a)\\1']) expect(isConstant(q, '')).toBe(false);
    // The planted list without its bad piece: every piece is constant.
    const clean = planted(`\\b(?:${words.join('|')})`);
    expect(piecesOf(clean).length).toBe(words.length);
    expect(piecesOf(clean).every((p) => isConstant(p, clean.flags))).toBe(true);
  });

  it('splits only alternations outside quantifiers and lookarounds, never with a backreference, into pieces that match what the whole matches', () => {
    expect(pieces('x(?:a|b)y', '')).toEqual(['x(?:a)y', 'x(?:b)y']);
    expect(pieces('x(?:a|b)y|z', '')).toEqual(['x(?:a|b)y', 'z']);
    expect(pieces('(?:a|b)+c', '')).toEqual(['(?:a|b)+c']);
    expect(pieces('x(?=a|b)', '')).toEqual(['x(?=a|b)']);
    expect(hasBackreference('(a|b)\\1', '')).toBe(true);
    expect(pieces('(a|b)\\1', '')).toEqual(['(a|b)\\1']);
    // On real expressions: at positions across a sample text (every space, every third character),
    // the whole matches exactly when one of its pieces does (the pieces are the alternatives of the
    // whole, and nothing else).
    const sample = 'As per my last email, you people never reply. What part of "no" do you not understand? ' + 'The council will pay for it. Free quote, mates rates! Dear all, thanks. ';
    const split = all.filter((e) => piecesOf(e).length > 1);
    expect(split.length).toBeGreaterThan(20);
    for (const e of split) {
      const flags = e.runFlags[0].replace(/[gy]/g, '') + 'y';
      const whole = new RegExp(e.source, flags);
      const parts = piecesOf(e).map((p) => new RegExp(p, flags));
      for (let i = 0; i < sample.length; i += sample[i] === ' ' ? 1 : 3) {
        whole.lastIndex = i;
        const w = whole.test(sample);
        const some = parts.some((r) => ((r.lastIndex = i), r.test(sample)));
        expect(`${e.places[0]} at ${i}: ${some}`).toBe(`${e.places[0]} at ${i}: ${w}`);
      }
    }
  });

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
