// The weight tables the webpack bundles carry packed (build/packed-json-loader.js) must come
// back as exactly the objects JSON.parse gives: same keys in the same order, every value identical
// (Object.is), and tables that cannot round-trip left as JSON.
import fs from 'fs';
import path from 'path';
import { GROUPED, INDEXED, unpackNumbers } from '../../../src/policy/data/packed-numbers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moduleSource } = require('../../../build/packed-json-loader.js') as { moduleSource: (text: string, from: string, o?: { tail?: boolean }) => string };

const DATA = path.join(__dirname, '..', '..', '..', 'src', 'policy', 'data');

/** Runs the loader's module source with the real unpackNumbers. */
function load(text: string): unknown {
  const src = moduleSource(text, 'packed-numbers');
  if (src.includes('unpackNumbers(')) expect(src.startsWith('import { unpackNumbers } from "packed-numbers";\n')).toBe(true);
  const body = src.replace(/^import .*\n/, '').replace(/export default /g, 'return ');
  return new Function('unpackNumbers', body)(unpackNumbers);
}

/** Same value, same own keys in the same order, all the way down (toStrictEqual ignores order). */
function expectIdentical(got: unknown, want: unknown, at = '$'): void {
  if (want && typeof want === 'object') {
    expect(got && typeof got === 'object').toBe(true);
    expect([at, Array.isArray(got)]).toEqual([at, Array.isArray(want)]);
    expect([at, Object.getPrototypeOf(got)]).toEqual([at, Object.getPrototypeOf(want)]);
    expect([at, Reflect.ownKeys(got as object)]).toEqual([at, Reflect.ownKeys(want as object)]);
    for (const k of Object.keys(want)) expectIdentical((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], `${at}.${k}`);
  } else if (!Object.is(got, want)) {
    throw new Error(`${at}: got ${String(got)}, want ${String(want)}`);
  }
}

const files = fs.readdirSync(DATA).filter((f) => f.endsWith('-weights.json'));

test('covers every weight file webpack packs', () => {
  expect(files).toEqual(expect.arrayContaining(['politeness-weights.json', 'council-weights.json', 'intent-weights.json']));
});

test.each(files)('%s comes back identical to JSON.parse, and its tables are packed', (file) => {
  const text = fs.readFileSync(path.join(DATA, file), 'utf8');
  const want = JSON.parse(text);
  expectIdentical(load(text), want);
  expect(moduleSource(text, 'x')).toContain('unpackNumbers(');
  expect(moduleSource(text, 'x').length).toBeLessThan(JSON.stringify(want).length * 0.7);
});

function table(entries: [string, number][]): string {
  return `{"meta":"m","weights":{${entries.map(([k, v]) => `${JSON.stringify(k)}:${Object.is(v, -0) ? '-0' : String(v)}`).join(',')}}}`;
}
const base = (n: number): [string, number][] => Array.from({ length: n }, (_, i) => [`w:word${i}`, (((i * 7919) % 20001) - 10000) / 1e4]);

test('a table that cannot round-trip exactly stays JSON (-0, "__proto__", 17 digits, exponents)', () => {
  for (const extra of [
    ['w:zero', -0],
    ['__proto__', 0.5],
    ['w:sum', 0.1 + 0.2],
    ['w:tiny', 1e-7],
  ] as [string, number][]) {
    const text = table([...base(60), extra]);
    expect(moduleSource(text, 'x')).not.toContain('unpackNumbers(');
    expectIdentical(load(text), JSON.parse(text));
  }
  expect(moduleSource(table(base(60)), 'x')).toContain('unpackNumbers(');
});

test('a -0 outside the tables keeps the whole file as JSON', () => {
  const text = `{"bias":-0,"list":[1,-0],"weights":${JSON.stringify(Object.fromEntries(base(60)))}}`;
  expect(moduleSource(text, 'x')).not.toContain('unpackNumbers(');
  expectIdentical(load(text), JSON.parse(text));
});

test('a file that is one table packs too', () => {
  const text = JSON.stringify(Object.fromEntries(base(80)));
  expect(moduleSource(text, 'x')).toContain('unpackNumbers(');
  expectIdentical(load(text), JSON.parse(text));
});

test('round-trips seeded random tables: integer-like keys, shared prefixes, separators in keys, wide ranges', () => {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const chars = 'ab _|~:<>\\"\'é😀0123456789';
  for (let t = 0; t < 40; t++) {
    const n = 50 + Math.floor(rnd() * 300);
    const d = Math.floor(rnd() * 7);
    const span = [1, 100, 1e6, 1e9][t % 4];
    const entries: [string, number][] = [];
    for (let i = 0; i < n; i++) {
      const len = Math.floor(rnd() * 12);
      let k = t % 5 === 0 && i % 3 === 0 ? String(Math.floor(rnd() * 1000)) : 'b:';
      for (let j = 0; j < len; j++) k += chars[Math.floor(rnd() * chars.length)];
      const v = Math.round((rnd() * 2 - 1) * span * 10 ** d) / 10 ** d;
      entries.push([k, Object.is(v, -0) ? 0 : v]);
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const text = JSON.stringify({ meta: 'm', weights: Object.fromEntries(entries) });
    expectIdentical(load(text), JSON.parse(text));
  }
});

test('pruned weights (all far from 0, mostly small) are written as sign and magnitude, one digit or two, and round-trip', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { packTable } = require('../../../build/packed-json-loader.js') as { packTable: (t: Record<string, number>) => { width: number; min: number; values: string } | undefined };
  let seed = 777;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const [lo, hi] of [
    [0.34, 0.9],
    [0.34, 2.06],
    [0, 4.4],
    [1, 12],
  ]) {
    // Magnitudes between lo and hi, most near lo; both signs; at least one each at lo and hi.
    const mags = [lo, hi, ...Array.from({ length: 300 }, () => lo + (hi - lo) * rnd() ** 3)];
    const entries = mags.map((m, i): [string, number] => [`w:k${String(i).padStart(3, '0')}`, ((i % 3 === 1 ? -1 : 1) * Math.round(m * 100)) / 100 || 0]);
    const t = Object.fromEntries(entries);
    const packed = packTable(t);
    expect(packed && packed.width).toBeLessThan(0);
    expect(packed && packed.min).toBe(Math.round(lo * 100));
    const text = JSON.stringify({ weights: t });
    expectIdentical(load(text), JSON.parse(text));
  }
  // The shipped politeness table (weights to 1 place since 2026-12-07, all within ±9.0) uses
  // one-digit codes only, one per weight; the synthetic tables above exercise the two-digit codes.
  const polWeights = JSON.parse(fs.readFileSync(path.join(DATA, 'politeness-weights.json'), 'utf8')).weights;
  const pol = packTable(polWeights);
  expect(pol && pol.width).toBeLessThan(0);
  expect(pol && pol.values.length).toBe(Object.keys(polWeights).length);
  const text = JSON.stringify({ weights: polWeights });
  expectIdentical(load(text), JSON.parse(text));
});

test('weights spread evenly over a wide range keep fixed-width digits', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { packTable } = require('../../../build/packed-json-loader.js') as { packTable: (t: Record<string, number>) => { width: number } | undefined };
  const t = Object.fromEntries(base(200));
  expect(packTable(t)?.width).toBeGreaterThan(0);
  const wide = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`w:${i}`, (i % 2 ? -1 : 1) * (i * 1000 + 7)]));
  expect(packTable(wide)?.width).toBeGreaterThan(0);
  expectIdentical(load(JSON.stringify({ w: wide })), { w: wide });
});

test('keys without capitals are front-coded unseparated; a capital in any key falls back to a separator', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { packTable } = require('../../../build/packed-json-loader.js') as { packTable: (t: Record<string, number>) => { sep: string; keys: string } | undefined };
  const lower = Object.fromEntries(base(60));
  expect(packTable(lower)?.sep).toBe('');
  const mixed = Object.fromEntries([...base(60), ['w:Capital', 0.25], ['', 0.5], ['w:word1', 0.75]] as [string, number][]);
  expect(packTable(mixed)?.sep).not.toBe('');
  expectIdentical(load(JSON.stringify({ t: mixed })), { t: mixed });
  const empties = Object.fromEntries([['', 0.5], ...base(60)] as [string, number][]);
  expect(packTable(empties)?.sep).toBe('');
  expectIdentical(load(JSON.stringify({ t: empties })), { t: empties });
});

describe('keys grouped by word (unpackNumbers with sep GROUPED)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { packTable } = require('../../../build/packed-json-loader.js') as { packTable: (t: Record<string, number>) => { sep: string; keys: string } | undefined };
  const sorted = (entries: [string, number][]) => Object.fromEntries([...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));

  test('the shipped politeness and council tables are grouped, and come back identical', () => {
    const pol = JSON.parse(fs.readFileSync(path.join(DATA, 'politeness-weights.json'), 'utf8'));
    expect(packTable(pol.weights)?.sep).toBe(GROUPED);
    const council = JSON.parse(fs.readFileSync(path.join(DATA, 'council-weights.json'), 'utf8'));
    for (const c of Object.values(council.classes) as { weights: Record<string, number> }[]) expect(packTable(c.weights)?.sep).toBe(GROUPED);
  });

  test('each first word is written once: the bigrams of a word follow it', () => {
    const entries: [string, number][] = [];
    for (const w of ['please', 'pleased', 'thank', 'thanks', 'the', 'you', 'your']) {
      entries.push([`w:${w}`, 0.25]);
      for (const x of ['.', '?', 'the', 'you', 'for', "don't", '<url>']) entries.push([`b:${w}_${x}`, -0.5]);
    }
    const t = sorted(entries);
    const packed = packTable(t);
    expect(packed?.sep).toBe(GROUPED);
    expect(packed?.keys.split('please').length).toBe(2);
    expectIdentical(load(JSON.stringify({ weights: t })), { weights: t });
  });

  test('round-trips awkward grouped tables: other keys, bigram-only words, underscores after the first, empty next words, long shared prefixes', () => {
    let seed = 4242;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const letters = "abcdefghij'<>.?!0123456789_";
    const word = (n: number) => Array.from({ length: 1 + Math.floor(rnd() * n) }, () => letters[Math.floor(rnd() * (letters.length - 1))]).join('');
    let grouped = 0;
    for (let t = 0; t < 30; t++) {
      const map = new Map<string, number>();
      const stem = 'internationalisation'.slice(0, Math.floor(rnd() * 20));
      const pool = Array.from({ length: 30 }, () => (rnd() < 0.3 ? stem : '') + word(6));
      for (let i = 0; i < 60 + Math.floor(rnd() * 200); i++) {
        const r = rnd();
        const w = pool[Math.floor(rnd() * pool.length)];
        const v = Math.round((rnd() * 2 - 1) * 1e4) / 1e2 || 0.5;
        if (r < 0.35) map.set(`w:${w}`, v);
        else if (r < 0.8) map.set(`b:${w}_${rnd() < 0.1 ? '' : word(5)}${rnd() < 0.1 ? '_x' : ''}`, v);
        else map.set(['s:strategy_', 'h:cue-', 'p:', 'w:', 'b:', 'x'][Math.floor(rnd() * 6)] + word(8), v);
      }
      const table = sorted([...map]);
      if (packTable(table)?.sep === GROUPED) grouped++;
      const text = JSON.stringify({ meta: 'm', weights: table });
      expectIdentical(load(text), JSON.parse(text));
    }
    expect(grouped).toBeGreaterThan(10);
  });

  test('keys out of order, or with a capital letter or a line break, are not grouped (and still round-trip)', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w:word${String(i).padStart(2, '0')}`);
    const bigrams = words.map((w) => `b:${w.slice(2)}_the`);
    const inOrder = sorted([...words, ...bigrams].map((k, i): [string, number] => [k, (i % 7) / 4 - 0.5]));
    expect(packTable(inOrder)?.sep).toBe(GROUPED);
    const reversed = Object.fromEntries(Object.entries(inOrder).reverse());
    const capital = { ...inOrder, 'w:Zebra': 0.25 };
    const newline = { ...inOrder, 'w:line\nbreak': 0.25 };
    for (const t of [reversed, capital, newline]) {
      expect(packTable(t)?.sep).not.toBe(GROUPED);
      expectIdentical(load(JSON.stringify({ weights: t })), { weights: t });
    }
  });
});

describe('keys coded over a word list (unpackNumbers with sep INDEXED; the event bundle only)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { packTable } = require('../../../build/packed-json-loader.js') as {
    packTable: (t: Record<string, number>, o?: { indexed?: boolean }) => { sep: string; keys: string } | undefined;
  };
  const sorted = (entries: [string, number][]) => Object.fromEntries([...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
  /** The event bundle's module source (tail marks taken out again) run with the real unpackNumbers. */
  function loadTail(text: string): unknown {
    const src = moduleSource(text, 'packed-numbers', { tail: true }).replace(/\\u0000tail:\d:/g, '');
    const body = src.replace(/^import .*\n/, '').replace(/export default /g, 'return ');
    return new Function('unpackNumbers', body)(unpackNumbers);
  }

  test('the shipped politeness table is coded over its word list in the event bundle, and comes back identical; the task pane keeps its coding', () => {
    const text = fs.readFileSync(path.join(DATA, 'politeness-weights.json'), 'utf8');
    const pol = JSON.parse(text);
    expect(packTable(pol.weights, { indexed: true })?.sep).toBe(INDEXED);
    expect(packTable(pol.weights)?.sep).toBe(GROUPED);
    expect(moduleSource(text, 'x', { tail: true })).toContain(', "#", ');
    expect(moduleSource(text, 'x')).not.toContain(', "#", ');
    expectIdentical(loadTail(text), pol);
  });

  test.each(files)("%s comes back identical to JSON.parse from the event bundle's coding", (file) => {
    const text = fs.readFileSync(path.join(DATA, file), 'utf8');
    expectIdentical(loadTail(text), JSON.parse(text));
  });

  test('a next word is written once, in the word list: its letters are not repeated per bigram', () => {
    const entries: [string, number][] = [];
    const firsts = Array.from({ length: 40 }, (_, i) => `first${String.fromCharCode(97 + (i % 26))}${i}`);
    for (const w of firsts) {
      entries.push([`w:${w}`, 0.25]);
      for (const x of ['nextword', 'otherword', 'thirdword', '<url>', "don't", '?']) entries.push([`b:${w}_${x}`, -0.5]);
    }
    const t = sorted(entries);
    const packed = packTable(t, { indexed: true });
    expect(packed?.sep).toBe(INDEXED);
    expect(packed?.keys.split('otherword').length).toBe(2);
    expectIdentical(loadTail(JSON.stringify({ weights: t })), { weights: t });
  });

  test('the next words most bigrams end with are written first, as the smallest targets, and the rest by their place in the list', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { indexedKeys, indexedCoded } = require('../../../build/packed-json-loader.js') as {
      indexedKeys: (k: string) => string[];
      indexedCoded: (keys: string[], frequent?: number) => { keys: string; order: number[] } | undefined;
    };
    const entries: [string, number][] = [];
    const firsts = Array.from({ length: 120 }, (_, i) => `word${String(i).padStart(3, '0')}`);
    // "zzz" ends every first word's bigrams, "yyy" every other one's, "word119" only one.
    firsts.forEach((w, i) => {
      entries.push([`b:${w}_zzz`, 0.5]);
      if (i % 2 === 0) entries.push([`b:${w}_yyy`, -0.5]);
    });
    entries.push(['b:word000_word119', 1], ['w:zzz', 0.25]);
    const keys = Object.keys(sorted(entries));
    for (const frequent of [0, 1, 2, 5]) {
      const coded = indexedCoded(keys, frequent);
      expect(coded).toBeDefined();
      const [, , head, links] = coded!.keys.split('\n');
      // The head lists min(frequent, distinct next words) words, zzz, yyy, word119 by how often they end a
      // bigram, each as its index in the list of 122 words (119 to 121: 90 and two digits).
      expect(head.length).toBe(3 * Math.min(frequent, 3));
      expect(indexedKeys(coded!.keys)).toEqual(coded!.order.map((i) => keys[i]));
      // With zzz first, a bigram ending in it is target 0: its gap is the digit 0 ('#').
      if (frequent > 0) expect(links.split('#').length).toBeGreaterThan(100);
    }
    const sizes = [0, 2].map((f) => indexedCoded(keys, f)!.keys.length);
    expect(sizes[1]).toBeLessThan(sizes[0]);
  });

  test('round-trips awkward tables: other keys, next-only words, empty next words, 45+ bigrams of a word, gaps of 90+, long shared prefixes', () => {
    let seed = 9090;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const letters = "abcdefghij'<>.?!0123456789_";
    const word = (n: number) => Array.from({ length: 1 + Math.floor(rnd() * n) }, () => letters[Math.floor(rnd() * (letters.length - 1))]).join('');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { indexedKeys, indexedCoded } = require('../../../build/packed-json-loader.js') as {
      indexedKeys: (k: string) => string[];
      indexedCoded: (keys: string[], frequent?: number) => { keys: string; order: number[] } | undefined;
    };
    let indexed = 0;
    let long = 0;
    for (let t = 0; t < 30; t++) {
      const map = new Map<string, number>();
      const stem = 'internationalisation'.slice(0, Math.floor(rnd() * 20));
      const pool = Array.from({ length: t % 3 === 0 ? 300 : 30 }, () => (rnd() < 0.3 ? stem : '') + word(6));
      // Some words with very many bigrams (a count of 90 or more: the two-digit form), over a big pool (gaps of 90 or more).
      if (t % 3 === 0) for (let i = 0; i < 120; i++) map.set(`b:${pool[0]}_${pool[1 + Math.floor(rnd() * 299)]}`, Math.round((rnd() * 2 - 1) * 1e4) / 1e2 || 0.5);
      for (let i = 0; i < 60 + Math.floor(rnd() * 200); i++) {
        const r = rnd();
        const w = pool[Math.floor(rnd() * pool.length)];
        const v = Math.round((rnd() * 2 - 1) * 1e4) / 1e2 || 0.5;
        if (r < 0.35) map.set(`w:${w}`, v);
        else if (r < 0.8) map.set(`b:${w}_${rnd() < 0.1 ? '' : rnd() < 0.5 ? pool[Math.floor(rnd() * pool.length)] : word(5)}${rnd() < 0.1 ? '_x' : ''}`, v);
        else map.set(['s:strategy_', 'h:cue-', 'p:', 'w:', 'b:', 'x'][Math.floor(rnd() * 6)] + word(8), v);
      }
      const table = sorted([...map]);
      // Every table's word-list coding is checked, chosen (smaller gzipped) or not.
      const keys = Object.keys(table);
      // With no frequent next words, a few, and more than there are.
      for (const frequent of [0, 3, 16, 1000]) {
        const coded = indexedCoded(keys, frequent);
        if (coded) {
          expect(indexedKeys(coded.keys)).toEqual(coded.order.map((i) => keys[i]));
          // '~' is the digit 90: a count or gap written in two more digits.
          if (frequent === 0 && coded.keys.slice(coded.keys.lastIndexOf('\n')).includes('~')) long++;
        }
      }
      if (packTable(table, { indexed: true })?.sep === INDEXED) indexed++;
      const text = JSON.stringify({ meta: 'm', weights: table });
      expectIdentical(loadTail(text), JSON.parse(text));
    }
    expect(indexed).toBeGreaterThan(3);
    expect(long).toBeGreaterThan(3);
  });

  test('keys out of order, or with a capital letter or a line break, are not coded over a word list (and still round-trip)', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w:word${String(i).padStart(2, '0')}`);
    const bigrams = words.flatMap((w) => ['alpha', 'beta', 'gamma'].map((x) => `b:${w.slice(2)}_${x}${w.slice(-2)}`));
    const inOrder = sorted([...words, ...bigrams].map((k, i): [string, number] => [k, (i % 7) / 4 - 0.5]));
    const reversed = Object.fromEntries(Object.entries(inOrder).reverse());
    const capital = { ...inOrder, 'w:Zebra': 0.25 };
    const newline = { ...inOrder, 'w:line\nbreak': 0.25 };
    for (const t of [reversed, capital, newline]) {
      expect(packTable(t, { indexed: true })?.sep).not.toBe(INDEXED);
      expectIdentical(loadTail(JSON.stringify({ weights: t })), { weights: t });
    }
  });
});
