// build/confusables-loader.js writes obscenity's look-alike table compactly for the event bundle.
// obscenity's own transformer, built from the rebuilt table, must turn every code point into the
// very same character as when built from the original.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import zlib from 'zlib';
import { DIST } from './build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moduleSource } = require('../../build/confusables-loader.js') as { moduleSource: (source: string, o?: { tail?: boolean }) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moveToTail, TAIL_MARK } = require('../../build/data-tail.js') as { moveToTail: (code: string) => { code: string }; TAIL_MARK: string };
const OBSCENITY = path.join(__dirname, '..', '..', 'node_modules', 'obscenity', 'dist');
const FILE = path.join(OBSCENITY, 'transformer', 'resolve-confusables', 'confusables.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { remapCharactersTransformer } = require(path.join(OBSCENITY, 'transformer', 'remap-characters', 'index.js')) as {
  remapCharactersTransformer: (m: Map<string, string>) => { transform: (c: number) => number | undefined };
};

const tableOf = (source: string): Map<string, string> => {
  const exports: { confusables?: Map<string, string> } = {};
  vm.runInNewContext(source, { exports, Map, Object, JSON, String, parseInt });
  return exports.confusables as Map<string, string>;
};
const original = fs.readFileSync(FILE, 'utf8');
const gz = (s: string) => zlib.gzipSync(s, { level: 9 }).length;

test('the rebuilt table has the same entries in the same order, each with the same characters', () => {
  const src = moduleSource(original);
  // More raw bytes (base-36 digits for 3- and 4-byte characters), far fewer gzipped.
  expect(gz(src)).toBeLessThan(gz(original) * 0.7);
  expect(src).toContain('The MIT License'); // gc/confusables' notice stays
  const want = tableOf(original);
  const got = tableOf(src);
  expect([...got.keys()]).toEqual([...want.keys()]);
  for (const [k, v] of want) expect([...(got.get(k) as string)].sort()).toEqual([...v].sort());
});

test("obscenity's transformer maps every code point the same with either table", () => {
  const a = remapCharactersTransformer(tableOf(original));
  const b = remapCharactersTransformer(tableOf(moduleSource(original)));
  let differ = 0;
  let mapped = 0;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    const x = a.transform(cp);
    if (x !== b.transform(cp)) differ++;
    if (x !== cp) mapped++;
  }
  expect(differ).toBe(0);
  expect(mapped).toBeGreaterThan(2500);
});

test('with `tail` (the event bundle), the letters are marked for the end of the bundle and come back the same from there', () => {
  const marked = moduleSource(original, { tail: true });
  expect(marked).toContain(JSON.stringify(`${TAIL_MARK}5:`).slice(1, -1));
  expect(moduleSource(original)).not.toContain(JSON.stringify(TAIL_MARK).slice(1, -1));
  // As one module of an IIFE, then moved by data-tail: the very same table as without the mark.
  const moved = moveToTail(`(function(){var exports={};${marked.replace('"use strict";', '')}out=exports.confusables})();`).code;
  expect(moved).not.toContain(TAIL_MARK);
  const box: { out?: Map<string, string> } = {};
  vm.runInNewContext(moved, Object.assign(box, { Map, Object, JSON, String, parseInt }));
  const want = tableOf(moduleSource(original));
  expect([...(box.out as Map<string, string>)]).toEqual([...want]);
});

test('a table the compact form cannot carry stops the build', () => {
  expect(() => moduleSource('exports.confusables = new Map([["ab", "x"]]);')).toThrow(/unexpected entry/);
  expect(() => moduleSource('exports.other = 1;')).toThrow(/does not export/);
  // One character for two letters: the compact form keeps one letter a character.
  expect(() => moduleSource('exports.confusables = new Map([["a", "xy"], ["b", "zx"]]);')).toThrow(/U\+78 is in two entries/);
});

test('the built event bundle carries the compact table, not the original text', () => {
  const file = path.join(DIST, 'launchevent.js');
  if (!fs.existsSync(file)) throw new Error('dist/launchevent.js is missing: run `npm run build` first');
  const code = fs.readFileSync(file, 'utf8');
  expect(code).not.toContain('⓵➊⑴');
  expect(code).toContain('fromCodePoint');
});
