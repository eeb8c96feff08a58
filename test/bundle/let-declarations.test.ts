// build/let-declarations.js: in the minified event bundle, `const` is written `let` and a `let`
// declaration is joined to the one just before it in the same statement list; a bundle that assigns
// to a const anywhere fails the build instead. The code must do exactly what it did.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { letDeclarations } = require('../../build/let-declarations.js') as {
  letDeclarations: (code: string) => { code: string; edits: [number, number, string][]; consts: number };
};

/** What the code returns, run as a bare function body. */
const run = (code: string): unknown => new Function(code)();

const OPEN = '(function(){';
const CLOSE = '})';
/** The rewrite of a function body (parsed as the body of a function expression, as in the bundle). */
const rewrite = (body: string) => {
  const out = letDeclarations(OPEN + body + CLOSE);
  return { ...out, code: out.code.slice(OPEN.length, -CLOSE.length) };
};

// [code, what it becomes]: each a function body whose result shows the bindings still work.
const JOINED_AND_LET: [string, string][] = [
  ['const a=1;const b=a+1;return[a,b];', 'let a=1,b=a+1;return[a,b];'],
  ['const a=[1,2];let b=3;const{length:c}=a;return[a,b,c];', 'let a=[1,2],b=3,{length:c}=a;return[a,b,c];'],
  ['let s=0;for(const x of[1,2,3])s+=x;return s;', 'let s=0;for(let x of[1,2,3])s+=x;return s;'],
  ['const f=[];for(const i of[1,2])f.push(()=>i);return f.map(g=>g());', 'let f=[];for(let i of[1,2])f.push(()=>i);return f.map(g=>g());'],
  ['const o={};for(const k in{a:1,b:2}){const v=k+k;o[k]=v}return o;', 'let o={};for(let k in{a:1,b:2}){let v=k+k;o[k]=v}return o;'],
  ['function g(){const a=2;const[b]=[a];return a*b}const c=g();return c;', 'function g(){let a=2,[b]=[a];return a*b}let c=g();return c;'],
  ['switch(1){case 1:const a=5;const b=6;return a+b}', 'switch(1){case 1:let a=5,b=6;return a+b}'],
  ['{const a=1}const a=2;return a;', '{let a=1}let a=2;return a;'],
];

test.each(JOINED_AND_LET)('%s becomes %s and returns the same', (code, want) => {
  const out = rewrite(code);
  expect(out.code).toBe(want);
  expect(run(out.code)).toEqual(run(code));
});

test('var declarations, and declarations apart or not in one list, are not joined', () => {
  for (const code of [
    'var a=1;var b=2;return a+b;',
    'let a=1;var b=2;return a+b;',
    'let a=1;a++;let b=a;return b;',
    'if(1){let a=1}let b=2;return b;',
    'for(let i=0;i<2;i++);let b=2;return b;',
    'let a=1\nlet b=2;return a+b;',
  ]) {
    expect(rewrite(code).code).toBe(code);
  }
});

test('the temporal dead zone is the same: reading a binding before its declaration still throws', () => {
  for (const code of ['const a=b;const b=1;return a;', 'const f=()=>b;const a=f();const b=1;return a;', '{const a=1}return b;const b=2;']) {
    const out = rewrite(code).code;
    expect(() => run(code)).toThrow(ReferenceError);
    expect(() => run(out)).toThrow(ReferenceError);
  }
});

test('a const assigned anywhere (=, op=, ++, --, for-in/of target, destructuring) fails the build', () => {
  for (const code of [
    'const a=1;a=2;',
    'const a=1;a+=2;',
    'const a=1;a++;',
    'const a=1;function f(){--a}',
    'const a=1;for(a of[1]);',
    'const a=1;for(a in{});',
    'const a=1;[a]=[2];',
    'const a=1;({b:a}={b:2});',
  ]) {
    expect(() => letDeclarations(`(function(){${code}})()`)).toThrow(/const a is assigned/);
  }
});

test('a const shadowed by an assigned let or parameter of the same name is still rewritten', () => {
  const code = 'const a=1;function f(a){a=3;return a}function g(){let a=1;a++;return a}return[a,f(0),g()];';
  const out = rewrite(code);
  expect(out.consts).toBe(1);
  expect(out.code).toBe('let a=1;function f(a){a=3;return a}function g(){let a=1;a++;return a}return[a,f(0),g()];');
  expect(run(out.code)).toEqual([1, 3, 2]);
});
