// build/unused-methods.js: in the minified event bundle, a class method (or getter, setter) whose name
// is written nowhere else is taken out; one named anywhere else (a call, a property read, a string,
// a destructuring) stays, and so do the names the engine calls unwritten. The code does what it did.
import fs from 'fs';
import path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { unusedMethods } = require('../../build/unused-methods.js') as {
  unusedMethods: (code: string) => { code: string; edits: [number, number, string][]; removed: string[] };
};

/** What the code returns, run as a bare function body inside a function expression, as in the bundle. */
const run = (code: string): unknown => new Function(`return ${code}`)();

// [code, names taken out, what it becomes]: each a function expression called at once, returning what shows the class still works.
const CASES: [string, string[], string][] = [
  [
    '(function(){class A{constructor(){this.v=1}used(){return this.v}spare(){return 2}}return new A().used()})()',
    ['spare'],
    '(function(){class A{constructor(){this.v=1}used(){return this.v}}return new A().used()})()',
  ],
  ['(function(){class A{get w(){return 3}get unread(){return 4}}return new A().w})()', ['unread'], '(function(){class A{get w(){return 3}}return new A().w})()'],
  ['(function(){class A{static make(){return 5}static never(){return 6}}return A.make()})()', ['never'], '(function(){class A{static make(){return 5}}return A.make()})()'],
  ['(function(){class A{a(){return 1}b(){return 2}c(){return 3}}let x=new A();return x.b()})()', ['a', 'c'], '(function(){class A{b(){return 2}}let x=new A();return x.b()})()'],
];

test.each(CASES)('%s loses %j', (code, removed, want) => {
  const out = unusedMethods(code);
  expect(out.removed).toEqual(removed);
  expect(out.code).toBe(want);
  expect(run(out.code)).toEqual(run(code));
});

test('a method named anywhere else stays: a call, a computed read with a string, a destructuring, a string elsewhere, a setter beside its getter', () => {
  for (const code of [
    '(function(){class A{m(){return 1}}return new A().m()})()',
    '(function(){class A{m(){return 1}}return new A()["m"]()})()',
    '(function(){class A{m(){return 1}}let{m}=A.prototype;return m()})()',
    '(function(){class A{m(){return 1}}let k="m";return new A()[k]()})()',
    '(function(){class A{get p(){return this._p}set p(v){this._p=v}}let a=new A();a._p=7;return a._p})()',
  ]) {
    const out = unusedMethods(code);
    expect(out.removed).toEqual([]);
    expect(out.code).toBe(code);
  }
});

test('the names the engine calls without their being written stay: toString, toJSON, valueOf, then, next', () => {
  const code = '(function(){class A{toString(){return"a"}toJSON(){return 1}valueOf(){return 2}then(r){r(3)}next(){return{done:!0}}}return String(new A())+JSON.stringify(new A())})()';
  const out = unusedMethods(code);
  expect(out.removed).toEqual([]);
  expect(run(out.code)).toBe('a1');
});

test('the built event bundle has no class method its text never names again', () => {
  const bundle = path.join(__dirname, '..', '..', 'dist', 'launchevent.js');
  if (!fs.existsSync(bundle)) return;
  expect(unusedMethods(fs.readFileSync(bundle, 'utf8')).removed).toEqual([]);
});
