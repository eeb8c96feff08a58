// build/data-tail.js moves the packed weight strings to the end of the event bundle. Whatever the
// minifier wrote around them, the moved program must hand every module the very same strings, and
// the real weight files, packed with `tail` and moved, must come back identical to JSON.parse.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import * as acorn from 'acorn';
import { unpackNumbers } from '../../src/policy/data/packed-numbers';
import { DIST } from './build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moveToTail, TAIL_MARK } = require('../../build/data-tail.js') as { moveToTail: (code: string) => { code: string; edits: unknown[] }; TAIL_MARK: string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moduleSource } = require('../../build/packed-json-loader.js') as { moduleSource: (text: string, from: string, o?: { tail?: boolean }) => string };

const DATA = path.join(__dirname, '..', '..', 'src', 'policy', 'data');
/** A string literal as a minifier writes it for ES2016 (U+2028 escaped). */
const lit = (s: string) => JSON.stringify(s).replace(/\u2028/g, '\\u2028');
const mark = (kind: number, s: string) => lit(`${TAIL_MARK}${kind}:${s}`);
const run = (code: string, sandbox: Record<string, unknown> = {}) => {
  const box: Record<string, unknown> = { out: undefined, ...sandbox };
  vm.runInNewContext(code, box);
  return box.out;
};

test('marked strings in awkward places come back the same, grouped at the end of the IIFE', () => {
  // `return"…"`, `case"…"`, `in"…"` without spaces, a string before the IIFE's last statement
  // without a semicolon, and the names $t/$T already taken by the program.
  const body = (m: (kind: number, s: string) => string) =>
    `const $t=1,$T=2;function f(k){switch(k){case"a":return${m(3, 'values 1')};default:return ${m(2, 'keys "q"\u2028')}}}` +
    `const o={a:${m(1, '{"x":1}')},b:typeof${m(3, 'v2')},c:"x"in{x:1}};` +
    `out=[f("a"),f("b"),o.a,o.b,o.c,$t+$T,JSON.parse(${m(1, '[1,"\\u00e9"]')})]`;
  const program = `(()=>{"use strict";${body(mark)}})();`;
  const plain = `(()=>{"use strict";${body((_k, s) => lit(s))}})();`;
  const { code, edits } = moveToTail(program);
  expect(edits.length).toBe(6);
  expect(code).not.toMatch(/\0tail:|\\u0000tail:/);
  expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  // The data sits at the end: JSON first, then values, then keys.
  const tail = code.slice(code.lastIndexOf(';function '));
  expect(tail.indexOf('{\\"x\\":1}')).toBeLessThan(tail.indexOf('values 1'));
  expect(tail.indexOf('values 1')).toBeLessThan(tail.indexOf('keys'));
  expect(code.indexOf('values 1')).toBeGreaterThan(code.indexOf('out=['));
  expect(run(code)).toEqual(run(plain));
  expect(run(code)).toEqual(['values 1', 'keys "q"\u2028', '{"x":1}', 'string', true, 3, [1, 'é']]);
});

test('code without marks is left alone; a mark outside one IIFE, or without a kind, fails', () => {
  const code = '(()=>{out="a"})();';
  expect(moveToTail(code)).toEqual({ code, edits: [] });
  expect(() => moveToTail(`out=${mark(1, 'x')};`)).toThrow(/not one IIFE/);
  expect(() => moveToTail(`(()=>{out=${mark(1, 'x')}})();out=1;`)).toThrow(/not one IIFE/);
  expect(() => moveToTail(`(()=>{out=${JSON.stringify(`${TAIL_MARK}x`)}})();`)).toThrow(/no kind/);
});

test.each(['politeness-weights.json', 'council-weights.json'])('%s packed with tail and moved comes back identical to JSON.parse', (file) => {
  const text = fs.readFileSync(path.join(DATA, file), 'utf8');
  const src = moduleSource(text, 'packed-numbers', { tail: true });
  expect(src).toContain('\\u0000tail:');
  const body = src.replace(/^import .*\n/, '').replace(/export default /g, 'out = ');
  const { code } = moveToTail(`(function(){${body}})();`);
  expect(code).not.toMatch(/\0tail:|\\u0000tail:/);
  const got = run(code, { unpackNumbers, JSON });
  const want = JSON.parse(text);
  // Same keys in the same order, every value identical.
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
  const walk = (a: unknown, b: unknown): void => {
    if (b && typeof b === 'object') {
      expect(Object.keys(a as object)).toEqual(Object.keys(b as object));
      for (const k of Object.keys(b)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]);
    } else expect(Object.is(a, b)).toBe(true);
  };
  walk(got, want);
});

test('the built event bundle carries no mark, and its weight strings are at its end', () => {
  const file = path.join(DIST, 'launchevent.js');
  if (!fs.existsSync(file)) throw new Error('dist/launchevent.js is missing: run `npm run build` first');
  const code = fs.readFileSync(file, 'utf8');
  expect(code).not.toMatch(/\0tail:|\\0tail:|\\u0000tail:|\\x00tail:/);
  const tail = code.slice(code.lastIndexOf(';function '));
  expect(tail.length).toBeGreaterThan(30_000);
  expect(tail.endsWith('][i]}})();')).toBe(true);
});
