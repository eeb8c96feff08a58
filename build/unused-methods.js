// Takes out of the minified event bundle the class methods that nothing can call: a method whose name
// is written nowhere else in the bundle (no `x.name`, no `x["name"]`, no `{ name }`, no string holding
// it). A method is reached only through its name: the bundle never lists a prototype's properties
// (no getOwnPropertyNames, Reflect or getPrototypeOf; object spread copies own enumerable properties,
// which methods are not), so a name that appears only at its definition is never looked up. The names
// the engine itself calls without their being written (toString, toJSON, valueOf, then …) stay.
// Obscenity's classes carry a few such methods the add-in never uses (RegExpMatcher.hasMatch,
// DataSet.removePhrasesIf …): about 0.6 KB of minified text. Runs after build/late-regex-literals.js,
// before build/functions-last.js and build/free-order.js, which then order what is left.
'use strict';

const acorn = require('acorn');
const { AssetRewritePlugin, withEdits } = require('./asset-rewrite');

const parse = (text) => acorn.parse(text, { ecmaVersion: 2016, sourceType: 'script' });

/** Names the language or the host calls on an object without the code writing them. */
const IMPLICIT = new Set(['constructor', 'toString', 'toLocaleString', 'toJSON', 'valueOf', 'then', 'catch', 'finally', 'next', 'return', 'throw', 'handleEvent']);

/** How many times each identifier-like word appears anywhere in the text (code, strings, regular expressions). */
function wordCounts(code) {
  const counts = new Map();
  for (const m of code.matchAll(/[A-Za-z_$][\w$]*/g)) counts.set(m[0], (counts.get(m[0]) || 0) + 1);
  return counts;
}

/**
 * { code, edits, removed }: the code without the class methods (and getters, setters) whose name is
 * written only at their definition. Checked: the result parses, and every name removed is still
 * written nowhere in it.
 */
function unusedMethods(code) {
  const ast = parse(code);
  const counts = wordCounts(code);
  const found = [];
  const walk = (n) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n.type !== 'string') return;
    if (n.type === 'MethodDefinition' && !n.computed && n.key.type === 'Identifier') {
      const name = n.key.name;
      if (!IMPLICIT.has(name) && counts.get(name) === 1) found.push(n);
    }
    for (const key of Object.keys(n)) if (key !== 'type' && n[key] && typeof n[key] === 'object') walk(n[key]);
  };
  walk(ast);
  found.sort((a, b) => a.start - b.start);
  const edits = found.map((n) => [n.start, n.end, '']);
  let out = '';
  let at = 0;
  for (const [start, end] of edits) {
    out += code.slice(at, start);
    at = end;
  }
  out += code.slice(at);
  parse(out);
  const removed = found.map((n) => n.key.name);
  const left = wordCounts(out);
  for (const name of removed) if (left.has(name)) throw new Error(`unused-methods: ${name} is still named after its method was removed`);
  return { code: out, edits, removed };
}

/** Webpack plugin: applies unusedMethods to the compilation's .js assets once they are minified. */
class UnusedMethodsPlugin extends AssetRewritePlugin {
  constructor() {
    // After build/late-regex-literals.js (+30), before build/functions-last.js (+40).
    super('UnusedMethodsPlugin', 35, (old, sources) =>
      withEdits(
        old,
        sources,
        unusedMethods(old.source().toString()).edits.map(([s, e]) => [s, e, '']),
      ),
    );
  }
}

module.exports = { UnusedMethodsPlugin, unusedMethods, IMPLICIT };
