// build/obscenity-pattern.js stands in for obscenity's pattern module in the event bundle: for every
// pattern, the same ParsedPattern as obscenity's own parser, and the same patterns rejected.
import fs from 'fs';
import path from 'path';
import { parseRawPattern as theirs, pattern as theirTag } from 'obscenity';
import { EXTRA_WORDS } from '../../src/policy/data/profanity';
import { SLURS } from '../../src/policy/data/slurs';
import { DIST, requireBuilt } from './build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const ours = require('../../build/obscenity-pattern.js') as { parseRawPattern: typeof theirs; pattern: typeof theirTag };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const english = require('../../build/english-dataset-loader.js') as {
  ORIGINAL: () => { file: string; source: string };
  phrasesOf: (source: string) => { phrases: [string, string[], string[]][] };
};

/** Both parsers' answer for one pattern: the parsed form, or that it is rejected. */
const outcome = (parse: (s: string) => unknown, s: string): unknown => {
  try {
    return { parsed: parse(s) };
  } catch {
    return 'rejected';
  }
};

test("every pattern the add-in has parses the same as with obscenity's parser", () => {
  const all = [...english.phrasesOf(english.ORIGINAL().source).phrases.flatMap(([, patterns]) => patterns), ...EXTRA_WORDS.flatMap((w) => w.patterns), ...SLURS.flatMap((s) => s.patterns)];
  expect(all.length).toBeGreaterThan(300);
  for (const s of all) expect([s, ours.parseRawPattern(s)]).toEqual([s, theirs(s)]);
});

test('random patterns: the same parsed form, or both rejected', () => {
  // A seeded generator (no Math.random: the run is the same every time).
  let seed = 12345;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const pieces = ['a', 'b', 'z', ' ', '[', ']', '?', '|', '\\', '\n', 'é', '😀', '\ud83d', '\ude00', "'", '-', '*'];
  let rejected = 0;
  const differ: string[] = [];
  for (let k = 0; k < 40000; k++) {
    let s = '';
    for (let n = rand(9); n > 0; n--) s += pieces[rand(pieces.length)];
    const want = JSON.stringify(outcome(theirs, s));
    if (JSON.stringify(outcome(ours.parseRawPattern, s)) !== want) differ.push(s);
    if (want === '"rejected"') rejected++;
  }
  expect(differ).toEqual([]);
  // Both kinds were tried.
  expect(rejected).toBeGreaterThan(5000);
  expect(rejected).toBeLessThan(35000);
});

test('every way obscenity rejects a pattern is rejected, with the pattern named', () => {
  for (const bad of [']', 'a]', '[', '[a', '[[a]]', '[]', '[|]', 'a|b', '||a', '\\', 'a\\b', '[a?]']) {
    expect(() => theirs(bad)).toThrow();
    expect(() => ours.parseRawPattern(bad)).toThrow(`Not a valid obscenity pattern: ${JSON.stringify(bad)}`);
  }
});

test('the template tag writes in its values and parses the raw text', () => {
  const n = 2;
  expect(ours.pattern`|f\[u${n}\]k?|`).toEqual(theirTag`|f\[u${n}\]k?|`);
  expect(ours.pattern`ab[c]`).toEqual(theirTag`ab[c]`);
});

test("the built event bundle has the short parser, not obscenity's Parser", () => {
  requireBuilt(['launchevent.js']);
  const code = fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8');
  expect(code).toContain('Not a valid obscenity pattern: ');
  expect(code).not.toContain('Unexpected nested optional node');
});
