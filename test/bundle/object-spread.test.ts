// build/object-spread.mjs stands in for @babel/runtime's objectSpread2 helper in the event bundle.
// Every kind of source Babel's `{ ...a, b }` can hand it must give the very same object (own keys in
// the same order, same descriptors, same prototype), the same getter calls, and the same errors.
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import { DIST } from './build';

type Spread = (target: object, ...sources: unknown[]) => object;
const ROOT = path.join(__dirname, '..', '..');
const load = (file: string, exportLine: RegExp): Spread => {
  const text = fs.readFileSync(file, 'utf8');
  if (!exportLine.test(text)) throw new Error(`${file}: no export line`);
  // Strict, as webpack's ES modules are (a frozen target then throws rather than ignoring a write).
  return new Function(`'use strict';${text.replace(exportLine, 'return _objectSpread2;')}`)() as Spread;
};
// Ours; and @babel/runtime's ES build of objectSpread2 with the four helper modules it imports, in one
// strict scope as webpack's modules are (a frozen target throws rather than ignoring a write).
const ours = load(path.join(ROOT, 'build', 'object-spread.mjs'), /export \{ _objectSpread2 as default \};\s*$/);
const ESM = path.join(ROOT, 'node_modules', '@babel', 'runtime', 'helpers', 'esm');
const babel = ((): Spread => {
  const exported = new Map<string, string>();
  let code = "'use strict';";
  // Each module after those it imports; an import's local name bound to the module's own export.
  for (const name of ['typeof', 'toPrimitive', 'toPropertyKey', 'defineProperty', 'objectSpread2']) {
    let text = fs.readFileSync(path.join(ESM, `${name}.js`), 'utf8');
    text = text.replace(/^import (\w+) from "\.\/([\w]+)\.js";$/gm, (_m, local: string, from: string) => {
      const binding = exported.get(from);
      if (!binding) throw new Error(`@babel/runtime ${name} imports ${from} before it is loaded`);
      return local === binding ? '' : `var ${local} = ${binding};`;
    });
    text = text.replace(/^export \{ (\w+) as default \};\s*$/m, (_m, binding: string) => {
      exported.set(name, binding);
      return '';
    });
    if (!exported.has(name) || /^\s*(?:import|export)\b/m.test(text)) throw new Error(`@babel/runtime ${name} changed shape: compare again`);
    code += text;
  }
  return new Function(`${code}return ${exported.get('objectSpread2')};`)() as Spread;
})();

/** Everything observable about an object: prototype, own keys in order, each descriptor. */
const shape = (o: object) => ({
  proto: Object.getPrototypeOf(o),
  keys: Reflect.ownKeys(o),
  // Accessors by their source text: each run builds its sources and targets afresh.
  descriptors: Reflect.ownKeys(o).map((k) => {
    const d = Object.getOwnPropertyDescriptor(o, k) as PropertyDescriptor;
    return { ...d, get: d.get && String(d.get), set: d.set && String(d.set) };
  }),
});
const outcome = (f: () => object) => {
  try {
    return { ok: shape(f()) };
  } catch (e) {
    return { threw: (e as Error).constructor.name };
  }
};

const sym = Symbol('s');
const hidden = Symbol('hidden');
/** Sources built afresh for each call (getters count their reads). */
const sources = (): Record<string, () => unknown[]> => ({
  plain: () => [{ a: 1, b: 'x' }],
  'keys in insertion and integer order': () => [{ z: 1, 2: 'two', a: 3, 1: 'one' }],
  'symbols, enumerable and not': () => {
    const o: Record<PropertyKey, unknown> = { a: 1, [sym]: 2 };
    Object.defineProperty(o, hidden, { value: 3, enumerable: false });
    return [o];
  },
  'a getter read once': () => {
    let reads = 0;
    return [
      {
        get g() {
          reads++;
          return reads;
        },
      },
      { g2: 0 },
    ];
  },
  'an own __proto__ key': () => [JSON.parse('{"__proto__":{"polluted":true},"a":1}')],
  'null and undefined': () => [null, undefined, { a: 1 }],
  'a string and a number': () => ['hi', 5],
  'an array': () => [[7, 8]],
  'a later source overriding': () => [{ a: 1, b: 2 }, { b: 3 }, { a: 4 }],
  'non-enumerable own keys': () => [Object.defineProperty({ a: 1 }, 'h', { value: 2, enumerable: false })],
  'an inherited property': () => [Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } })],
});
/** Targets built afresh: empty, with keys of its own, with a setter, frozen. */
const targets = (): Record<string, () => object> => ({
  empty: () => ({}),
  'own keys': () => ({ a: 0, q: 'kept' }),
  'a setter': () => ({
    set a(_v: unknown) {
      throw new Error('setter called');
    },
  }),
  frozen: () => Object.freeze({ a: 0 }),
  'a non-writable key': () => Object.defineProperty({}, 'b', { value: 0, writable: false, configurable: false }),
});

describe.each(Object.keys(targets()))('target %s', (t) => {
  test.each(Object.keys(sources()))('%s, at every argument position', (s) => {
    // Babel's own calls alternate: odd positions are spread ({...x}), even ones object literals.
    for (const lead of [[], [{}]]) {
      const run = (f: Spread) => outcome(() => f(targets()[t](), ...lead, ...sources()[s]()));
      expect(run(ours)).toEqual(run(babel));
    }
  });
});

test('the same getter reads, in the same order', () => {
  const log = (seen: string[]) => ({
    get a() {
      seen.push('a');
      return 1;
    },
    get b() {
      seen.push('b');
      return 2;
    },
  });
  const seenOurs: string[] = [];
  const seenBabel: string[] = [];
  ours({}, log(seenOurs), {}, log(seenOurs));
  babel({}, log(seenBabel), {}, log(seenBabel));
  expect(seenOurs).toEqual(seenBabel);
  expect(seenOurs).toEqual(['a', 'b', 'a', 'b']);
});

test('the built event bundle carries the compact helper, not the four it replaces', () => {
  const file = path.join(DIST, 'launchevent.js');
  if (!fs.existsSync(file)) throw new Error('dist/launchevent.js is missing: run `npm run build` first');
  const code = fs.readFileSync(file, 'utf8');
  expect(code).not.toContain('@@toPrimitive must return a primitive value');
  expect(code).toContain('getOwnPropertyDescriptors');
  // Runs in a bare context too (no Symbol.toPrimitive needed).
  expect(() => vm.runInNewContext(fs.readFileSync(path.join(ROOT, 'build', 'object-spread.mjs'), 'utf8').replace(/export \{[^}]*\};\s*$/, ''), {})).not.toThrow();
});
