// build/free-order.js rearranges the event bundle's IIFE body: the "settled" const declarators (values
// built from literals and each other alone) go first, the function declarations last, each group in
// the order gzip likes best, the other statements in their order between. The rearranged program must
// do exactly what the original did; what is not provably settled must stay where it was.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import * as acorn from 'acorn';
import { DIST } from './build';

interface Node {
  type: string;
  start: number;
  end: number;
  kind?: string;
  id?: { name: string };
  declarations?: Node[];
}
interface Analysed {
  fns: Node[];
  settled: Map<Node, { deps: Set<Node>; primitive: boolean }>;
}
interface Result {
  code: string;
  pieces?: unknown[];
  size: number;
}
/* eslint-disable @typescript-eslint/no-require-imports */
const fo = require('../../build/free-order.js') as {
  parse: (code: string) => unknown;
  iifeBody: (ast: unknown) => { body: Node[] } | undefined;
  movable: (ast: unknown, stmts: Node[]) => Analysed;
  freeOrder: (code: string, variants?: unknown) => Result;
  gzipped: (text: string) => number;
  freeOrderPasses: (code: string, map: unknown, variants?: unknown, most?: number) => { code: string; map: { mappings: string } | null; passes: number };
  plan: (code: string, variant?: unknown) => { pieces: (string | [number, number])[] } | undefined;
  check: (code: string, out: string) => void;
  greedy: (items: { text: string; deps: Set<number> }[], options?: Record<string, unknown>) => number[];
  movedMap: (code: string, out: string, pieces: unknown[], map: unknown) => { mappings: string } | null;
  decodeMappings: (text: string) => number[][][];
  encodeMappings: (lines: number[][][]) => string;
};
/* eslint-enable @typescript-eslint/no-require-imports */

const run = (code: string) => {
  const box: Record<string, unknown> = { out: undefined };
  vm.runInNewContext(code, box);
  return box.out;
};
const body = (code: string) => {
  const ast = acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' }) as unknown as { body: { expression: { callee: { body: { body: Node[] } } } }[] };
  return ast.body[0].expression.callee.body.body;
};
/** The names of the settled declarators of a program. */
const settledNames = (program: string) => {
  const ast = fo.parse(program);
  const { settled } = fo.movable(ast, fo.iifeBody(ast)!.body);
  return [...settled.keys()].map((d) => (d as unknown as { id: { name: string } }).id.name).sort();
};
const wrap = (inner: string) => `(function(){"use strict";${inner}})();`;
/** Every order tried: the variants as they ship, and greedy orders over short runs (a small program has few 8-character runs). */
const SMALL = {
  data: [
    { run: 3, smooth: 1, backward: true },
    { run: 3, smooth: 1 },
  ],
  fns: [{ run: 3, smooth: 1 }],
};
const join = (code: string, pieces: (string | [number, number])[]) => pieces.map((p) => (typeof p === 'string' ? p : code.slice(p[0], p[1]))).join('');

test('settled: literals, word lists, patterns, plain objects and functions, and the settled names they read', () => {
  const program = wrap(
    'const a="x|y",b=a.split("|"),c="ab|cd|ef".split("|"),d=new RegExp(`\\\\b(?:${a})\\\\b`,"i"),e=/z+/g,f=[a,c,{k:1,m:"n",get g(){return q}}],' +
      'g=new Set(["p","q"]),h=new Map([["k",f]]),i=JSON.parse(\'{"x":1}\'),j=()=>q,k=function(){return r()},l=-1,m=a+"|w",n=[fn,j],o=new Set("a b".split(" ")),' +
      'p={method(){return this},"quoted key":1,7:2};let q=1;function fn(){return 1}function r(){return q}out=[b,d.test("y"),f,g.size,h.get("k")===f,i,j(),k(),l,m,n,o.size,p];',
  );
  // b reads a as an object (a method call): not settled; the others are.
  expect(settledNames(program)).toEqual(['a', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p']);
});

test('not settled: calls, property reads, iteration of a name, let and var, assigned names, spreads, __proto__, globals', () => {
  const cases: [string, boolean][] = [
    ['const x=f();function f(){return 1}', false],
    ['const a=[1],x=a.length;', false],
    ['const a=[1],x=new Set(a);', false],
    ['const a=[1],x=[...a];', false],
    ['const a=["k"],x=a.join("|");', false],
    ['let a="s";const x=a+"t";', false],
    ['var a="s";const x=a+"t";', false],
    ['for(var a="s";;)break;const x=a+"t";', false],
    ['if(1){function a(){}}const x={a:a};', false],
    ['const x="s";function g(){x=1}', false],
    ['const x={__proto__:null};', false],
    ['const x={["k"]:1};', false],
    ['const x=window;', false],
    ['const x=new Date();', false],
    ['const a={k:1},x=a.k+"";', false],
    ['const a=[1],x=`${a}`;', false],
    ['const x=(f(),1);function f(){}', false],
    ['const x=typeof f;function f(){}', false],
    ['const x=/a/.source;', false],
    ['class K{}const x=K;', false],
    ['const x=1;', true],
  ];
  for (const [inner, settled] of cases) {
    expect([inner, settledNames(wrap(inner)).includes('x')]).toEqual([inner, settled]);
  }
});

test('the rearranged program does the same: settled first (after those they read), the rest in order, functions last', () => {
  // Side effects in order, a settled name read before its declaration by a function called later,
  // a deep chain of settled names, a class, a loop's `}` and a last statement without `;`.
  const program = wrap(
    'const log=[];log.push("start");const w1="alpha beta gamma delta",w2=w1+" epsilon",p1=new RegExp(w2.split(" ").join("|")),' +
      'list="alpha beta gamma delta epsilon zeta".split(" ");function use(){return list.filter(x=>p1.test(x)).length}' +
      'log.push(use());class K{m(){return w1.length}}const k=new K().m(),w3=`${w2} eta`,rx=/eta/g;for(let i=0;i<2;i++){log.push(i)}' +
      'function other(){return rx.test(w3)}const words=["alpha","beta","gamma","alpha beta gamma"],n=words.length;log.push(other(),n,k,typeof this);out=log',
  );
  const result = fo.freeOrder(program, SMALL);
  // Whatever order wins, every plan must run the same; the smallest is kept only if it beats the original.
  for (const v of [...SMALL.data.map((data) => ({ data, fns: SMALL.fns[0] })), {}]) {
    const p = fo.plan(program, v)!;
    const out = join(program, p.pieces);
    fo.check(program, out);
    expect(run(out)).toEqual(run(program));
    const stmts = body(out);
    expect(stmts[0].type).toBe('ExpressionStatement'); // "use strict"
    expect(stmts[1].type).toBe('VariableDeclaration');
    // p1 reads w2 through a method call: it stays (and so does n, a property read).
    expect(stmts[1].declarations!.map((d) => d.id!.name).sort()).toEqual(['list', 'log', 'rx', 'w1', 'w2', 'w3', 'words']);
    const names = stmts[1].declarations!.map((d) => d.id!.name);
    expect(names.indexOf('w1')).toBeLessThan(names.indexOf('w2'));
    expect(names.indexOf('w2')).toBeLessThan(names.indexOf('w3'));
    const types = stmts.map((s) => s.type);
    expect(types.slice(-2)).toEqual(['FunctionDeclaration', 'FunctionDeclaration']);
    expect(types.slice(0, -2)).not.toContain('FunctionDeclaration');
  }
  expect(run(result.code)).toEqual(['start', 5, 0, 1, true, 4, 22, 'undefined']);
  expect(result.code.length).toBeGreaterThan(0);
});

test('check() fails when a statement is lost, changed or out of its order, or a settled name comes before one it reads', () => {
  const program = wrap('const a="one two",b=a+" three";f();g();function f(){}function g(){}out=b');
  const ok = wrap('const a="one two",b=a+" three";f();g();function g(){}function f(){}out=b');
  expect(() => fo.check(program, ok)).not.toThrow();
  expect(() => fo.check(program, wrap('const a="one two",b=a+" three";g();f();function f(){}function g(){}out=b'))).toThrow(/not in their order/);
  expect(() => fo.check(program, wrap('const a="one two",b=a+" three";f();function f(){}function g(){}out=b'))).toThrow(/same statements/);
  expect(() => fo.check(program, wrap('const b=a+" three",a="one two";f();g();function f(){}function g(){}out=b'))).toThrow(/before one it reads/);
  expect(() => fo.check(program, 'out=1')).toThrow(/not one IIFE/);
});

test('greedy() puts alike items together and honours what each reads', () => {
  const items = [
    { text: 'the quick brown fox', deps: new Set<number>() },
    { text: 'lorem ipsum dolor sit', deps: new Set<number>() },
    { text: 'the quick brown dog', deps: new Set<number>() },
    { text: 'lorem ipsum dolor amet', deps: new Set<number>([0]) },
  ];
  expect(fo.greedy(items, { run: 4, smooth: 1 })).toEqual([0, 2, 1, 3]);
  // Item 0 must come before 3 whatever the likeness.
  const order = fo.greedy(
    [items[3], items[1], items[0]].map((it, i) => ({ text: it.text, deps: i === 0 ? new Set([2]) : new Set<number>() })),
    { run: 4, smooth: 1 },
  );
  expect(order.indexOf(2)).toBeLessThan(order.indexOf(0));
});

test('source map mappings move with their text', () => {
  const lines = [
    [
      [0, 0, 0, 0],
      [5, 0, 1, 2, 0],
      [12, 1, 3, 4],
    ],
    [],
    [[3, 0, 7, 1]],
  ];
  expect(fo.decodeMappings(fo.encodeMappings(lines))).toEqual(lines);
  // "aaaa;bbbb;" → "bbbb;aaaa;": the mapping at b moves to column 0, the one at a to column 5.
  const code = 'aaaa;bbbb;';
  const pieces: [number, number][] = [
    [5, 10],
    [0, 5],
  ];
  const out = join(code, pieces);
  const map = {
    version: 3,
    sources: ['x.ts'],
    names: [],
    mappings: fo.encodeMappings([
      [
        [0, 0, 0, 0],
        [5, 0, 1, 0],
      ],
    ]),
  };
  expect(fo.decodeMappings(fo.movedMap(code, out, pieces, map)!.mappings)).toEqual([
    [
      [0, 0, 1, 0],
      [5, 0, 0, 0],
    ],
  ]);
  expect(fo.movedMap(code, out, pieces, null)).toBeNull();
});

test('further passes start from the order the last chose, each checked, smaller each time, and the map follows them all', () => {
  const program = wrap(
    'const log=[];log.push("start");const a="alpha beta gamma",b="delta epsilon zeta",c=a+" eta",d=[b,"theta iota"],' +
      'e="alpha beta gamma delta",f=/delta epsilon/g;function g(){return f.test(b)}function h(){return c.length+d.length}' +
      'const x=e.split(" ").length;log.push(g(),h(),x);function k(){return e}out=log.concat(k())',
  );
  const first = fo.freeOrder(program, SMALL);
  const chained = fo.freeOrderPasses(program, null, SMALL, 6);
  expect(run(chained.code)).toEqual(run(program));
  if (!first.pieces) expect(chained.passes).toBe(0);
  else {
    expect(chained.passes).toBeGreaterThanOrEqual(1);
    fo.check(program, chained.code);
    // No further pass makes it smaller: the passes stopped because the last found nothing better.
    expect(fo.freeOrder(chained.code, SMALL).pieces).toBeUndefined();
    expect(fo.gzipped(chained.code)).toBeLessThanOrEqual(first.size);
  }
  // One pass at most is the plugin's single pass.
  expect(fo.freeOrderPasses(program, null, SMALL, 1).code).toBe(first.code);
  // The map moves with the text: a mapping at each declarator's start still points at it afterwards.
  const lines = [[] as number[][]];
  const starts = [...program.matchAll(/(?:const |,)([a-z]+)=/g)].map((m) => m.index! + m[0].length - m[1].length - 1);
  starts.forEach((at, i) => lines[0].push([at, 0, 0, i]));
  const map = { version: 3, sources: ['x.ts'], names: [], mappings: fo.encodeMappings(lines) };
  const moved = fo.freeOrderPasses(program, map, SMALL, 6);
  const columns = fo.decodeMappings(moved.map!.mappings)[0].map((seg): [number, string] => [seg[3], moved.code.slice(seg[0], seg[0] + 3)]);
  const want = starts.map((at, i): [number, string] => [i, program.slice(at, at + 3)]);
  expect(moved.code).not.toBe(program);
  expect(columns.sort((p, q) => p[0] - q[0])).toEqual(want);
});

test('the built event bundle starts with its settled declarators and still ends with its functions', () => {
  const file = path.join(DIST, 'launchevent.js');
  if (!fs.existsSync(file)) throw new Error('dist/launchevent.js is missing: run `npm run build` first');
  const stmts = body(fs.readFileSync(file, 'utf8'));
  const first = stmts.findIndex((s) => !(s.type === 'ExpressionStatement'));
  expect(stmts[first].type).toBe('VariableDeclaration');
  // `let`: build/let-declarations.js writes the consts so once free-order has placed them.
  expect(stmts[first].kind).toBe('let');
  // Hundreds of word lists, patterns and tables.
  expect(stmts[first].declarations!.length).toBeGreaterThan(300);
});
