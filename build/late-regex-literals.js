// Writes `new RegExp("…", "…")` as the literal it stands for in the minified event bundle, where both
// arguments have become string literals only by minification. build/babel-regex-literals.js does this
// per module while Babel runs, but a pattern spliced from another module's constants
// (`new RegExp(`\\b(?:${WORDS})\\b`, 'i')` with WORDS imported) is a constant only once terser has
// inlined and folded it across the concatenated modules; there it still spells every backslash twice.
// Same rule as the Babel plugin (its literalPattern): rewritten only when the literal parses as
// ES2016 (no lookbehind, no named groups; flags g, i, m only) and rebuilds the very same source and
// flags. Behaviour is the same: a literal, like the call it replaces, makes a new RegExp object each
// time it is evaluated (ES5 and later). Only where `RegExp` is the global: the build fails if the
// bundle binds that name anywhere.
'use strict';

const acorn = require('acorn');
const { AssetRewritePlugin, withEdits } = require('./asset-rewrite');
const { literalPattern } = require('./babel-regex-literals');

const parse = (text) => acorn.parse(text, { ecmaVersion: 2016, sourceType: 'script' });

/** Every `new RegExp(string literal[, string literal])` in the AST, and whether any code binds `RegExp`. */
function constantCalls(ast) {
  const calls = [];
  let bound = false;
  const binds = (p) => {
    if (!p) return;
    if (p.type === 'Identifier') bound = bound || p.name === 'RegExp';
    else if (p.type === 'ArrayPattern') p.elements.forEach(binds);
    else if (p.type === 'ObjectPattern') p.properties.forEach((q) => binds(q.type === 'RestElement' ? q.argument : q.value));
    else if (p.type === 'AssignmentPattern') binds(p.left);
    else if (p.type === 'RestElement') binds(p.argument);
  };
  const walk = (n) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n.type !== 'string') return;
    if (n.type === 'VariableDeclarator') binds(n.id);
    if (/Function/.test(n.type)) {
      binds(n.id);
      n.params.forEach(binds);
    }
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') binds(n.id);
    if (n.type === 'CatchClause') binds(n.param);
    if (n.type === 'AssignmentExpression') binds(n.left);
    if (
      n.type === 'NewExpression' &&
      n.callee.type === 'Identifier' &&
      n.callee.name === 'RegExp' &&
      n.arguments.length >= 1 &&
      n.arguments.length <= 2 &&
      n.arguments.every((a) => a.type === 'Literal' && typeof a.value === 'string')
    ) {
      calls.push(n);
    }
    for (const k of Object.keys(n)) if (k !== 'type' && n[k] && typeof n[k] === 'object') walk(n[k]);
  };
  walk(ast);
  return { calls, bound };
}

/** { code, edits }: the code with each such call as its literal; edits [start, end, text] on the original. */
function lateRegexLiterals(code) {
  const { calls, bound } = constantCalls(parse(code));
  if (bound) throw new Error('late-regex-literals: the bundle binds the name RegExp');
  const edits = [];
  for (const n of calls) {
    const flags = n.arguments.length === 2 ? n.arguments[1].value : '';
    const source = literalPattern(n.arguments[0].value, flags);
    if (source === undefined) continue;
    // A space after an identifier character (none is expected: `new` always follows a space or a
    // punctuator), so the literal cannot run into a word.
    edits.push([n.start, n.end, `${/[\w$]/.test(code[n.start - 1] || '') ? ' ' : ''}/${source}/${flags}`]);
  }
  if (!edits.length) return { code, edits };
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  out += code.slice(at);
  // Each literal in place of its call, the same pattern, and nothing else changed.
  const after = parse(out);
  const literals = [];
  const walk = (n) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n.type !== 'string') return;
    if (n.type === 'Literal' && n.regex) literals.push(n);
    for (const k of Object.keys(n)) if (k !== 'type' && n[k] && typeof n[k] === 'object') walk(n[k]);
  };
  walk(after);
  let shift = 0;
  const byStart = new Map(literals.map((l) => [l.start, l]));
  for (const [start, end, text] of edits) {
    const lead = text.startsWith(' ') ? 1 : 0;
    const lit = byStart.get(start + shift + lead);
    const call = calls.find((c) => c.start === start);
    const want = new RegExp(call.arguments[0].value, call.arguments.length === 2 ? call.arguments[1].value : '');
    if (!lit || lit.end !== start + shift + text.length) throw new Error('late-regex-literals: a rewritten call is not one literal');
    const got = new RegExp(lit.regex.pattern, lit.regex.flags);
    if (got.source !== want.source || got.flags !== want.flags) throw new Error(`late-regex-literals: /${lit.regex.pattern}/ is not the pattern it replaces`);
    shift += text.length - (end - start);
  }
  return { code: out, edits };
}

/** Webpack plugin: applies lateRegexLiterals to the compilation's .js assets once they are minified. */
class LateRegexLiteralsPlugin extends AssetRewritePlugin {
  constructor() {
    // After the minimizer (OPTIMIZE_SIZE), before build/functions-last.js (+40) and free-order (+45),
    // which move the literals with their statements.
    super('LateRegexLiteralsPlugin', 30, (old, sources) => withEdits(old, sources, lateRegexLiterals(old.source().toString()).edits));
  }
}

module.exports = { LateRegexLiteralsPlugin, lateRegexLiterals };
