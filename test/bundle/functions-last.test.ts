// build/functions-last.js puts the event bundle's top-level function declarations after its other
// statements. Function declarations are hoisted, so the rearranged program must do exactly what the
// original did, whatever the minifier wrote around them; and the built bundle must have them last.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import * as acorn from 'acorn';
import { DIST } from './build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { functionsLast } = require('../../build/functions-last.js') as { functionsLast: (code: string) => { code: string; pieces?: unknown[] } };

const run = (code: string) => {
  const box: Record<string, unknown> = { out: undefined };
  vm.runInNewContext(code, box);
  return box.out;
};
const body = (code: string) => {
  const ast = acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' }) as unknown as { body: { expression: { callee: { body: { body: { type: string }[] } } } }[] };
  return ast.body[0].expression.callee.body.body;
};

test('declarations move after the rest; the program does the same', () => {
  // A function called before its text, the directive prologue, a class, a loop's `}`, duplicate names
  // (the later wins), `this` in the body, and the last statement without `;` (as the minifier writes it).
  const program =
    '(function(){"use strict";function a(){return b()+1}const x=a();function b(){return 2}' +
    'class K{m(){return c(3)}}function c(n){return n*x}for(let i=0;i<2;i++){}function d(){return"first"}' +
    'function d(){return"second"}out=[x,new K().m(),d(),typeof this]})();';
  const { code, pieces } = functionsLast(program);
  expect(pieces).toBeDefined();
  expect(run(code)).toEqual(run(program));
  expect(run(code)).toEqual([3, 9, 'second', 'undefined']);
  const types = body(code).map((s) => s.type);
  expect(types[0]).toBe('ExpressionStatement');
  expect(code.startsWith('(function(){"use strict";const x=a();')).toBe(true);
  // Five declarations, last and in their order.
  expect(types.slice(-5)).toEqual(Array(5).fill('FunctionDeclaration'));
  expect(types.slice(0, -5)).not.toContain('FunctionDeclaration');
  expect(code.indexOf('function a(')).toBeLessThan(code.indexOf('function b('));
  expect(code.indexOf('"first"')).toBeLessThan(code.indexOf('"second"'));
  // The last statement, once without `;`, now ends with one before the first declaration.
  expect(code).toContain('typeof this];function a(');
  // The same characters, only in another order (and that `;`).
  expect([...code].sort().join('')).toBe([...program, ';'].sort().join(''));
});

test('an arrow IIFE ending with a loop; already in place is left alone; not one IIFE fails', () => {
  const program = '(()=>{function f(){return 1}let n=0;for(;n<3;)n+=f()})();out=1;';
  expect(() => functionsLast(program)).toThrow(/not one IIFE/);
  const loop = '(()=>{function f(){return 1}out=0;for(;out<3;)out+=f()})();';
  const moved = functionsLast(loop).code;
  expect(run(moved)).toBe(3);
  expect(moved).toBe('(()=>{out=0;for(;out<3;)out+=f();function f(){return 1}})();');
  const branch = '(()=>{function f(){return 1}out=0;if(out<1)out=f()})();';
  expect(functionsLast(branch).code).toBe('(()=>{out=0;if(out<1)out=f();function f(){return 1}})();');
  expect(run(functionsLast(branch).code)).toBe(1);
  const placed = '(()=>{out=f();function f(){return 1}})();';
  expect(functionsLast(placed)).toEqual({ code: placed, pieces: undefined });
  const none = '(()=>{out=1})();';
  expect(functionsLast(none)).toEqual({ code: none, pieces: undefined });
});

test('the built event bundle has its top-level function declarations after every other statement', () => {
  const file = path.join(DIST, 'launchevent.js');
  if (!fs.existsSync(file)) throw new Error('dist/launchevent.js is missing: run `npm run build` first');
  const types = body(fs.readFileSync(file, 'utf8')).map((s) => s.type);
  const first = types.indexOf('FunctionDeclaration');
  expect(first).toBeGreaterThan(0);
  // Hundreds of them, every one after the rest (the data tail's `;` aside).
  expect(
    types
      .slice(first)
      .filter((t) => t !== 'EmptyStatement')
      .every((t) => t === 'FunctionDeclaration'),
  ).toBe(true);
  expect(types.length - first).toBeGreaterThan(100);
});
