// Moves the function declarations of the event bundle's IIFE body after its other statements, once
// the bundle is minified (the minifier, with terser's hoist_funs, has already gathered them at the
// top of each function body: build/event-compilation.js). Function declarations are hoisted: a
// declaration directly in a function body is bound and initialised when the body is entered,
// wherever it stands in the text (ECMA-262, FunctionDeclarationInstantiation), so the program does
// the same; the same declarations keep their order among themselves, and the directive prologue
// ("use strict") stays first. What changes is gzip's view: the code of the declarations together,
// after the modules' data and set-up, compresses smaller (about 0.3 KB of the event bundle gzipped,
// on top of the 2.4 KB of hoisting them together; #17's budget).
//
// Only the IIFE's own body is rearranged (the bundle must be one IIFE, output.iife); nested function
// bodies are left as the minifier wrote them. The result is parsed again as ES2016 and checked to
// hold the very same statements, else the build fails.
'use strict';

const acorn = require('acorn');
const { AssetRewritePlugin } = require('./asset-rewrite');

const parse = (text) => acorn.parse(text, { ecmaVersion: 2016, sourceType: 'script' });

/** The body (a BlockStatement) of the one IIFE that makes up the program, or undefined. */
function iifeBody(ast) {
  const iife = ast.body.length === 1 && ast.body[0].type === 'ExpressionStatement' ? ast.body[0].expression : undefined;
  const fn = iife && iife.type === 'CallExpression' && iife.arguments.length === 0 ? iife.callee : undefined;
  return fn && /^(?:Arrow)?FunctionExpression$/.test(fn.type) && fn.body.type === 'BlockStatement' ? fn.body : undefined;
}

/** Whether another statement may follow `s` directly, without a `;` between (`x=1`, `if(a)x()` may not). */
function closed(code, s) {
  if (code[s.end - 1] === ';') return true;
  switch (s.type) {
    case 'FunctionDeclaration':
    case 'ClassDeclaration':
    case 'BlockStatement':
    case 'TryStatement':
    case 'SwitchStatement':
      return true;
    case 'IfStatement':
      return closed(code, s.alternate || s.consequent);
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'WhileStatement':
    case 'LabeledStatement':
    case 'WithStatement':
      return closed(code, s.body);
    default:
      return false;
  }
}

/**
 * The new order of the code as pieces: [start, end] ranges of `code` and strings to insert. The IIFE's
 * statements in their order with its function declarations moved after the rest; adjacent ranges are
 * merged (with hoist_funs, the declarations are one run, so there are few pieces). Undefined when
 * nothing would move.
 */
function plan(code) {
  const ast = parse(code);
  const body = iifeBody(ast);
  if (!body) throw new Error('functions-last: the bundle is not one IIFE (output.iife)');
  const stmts = body.body;
  const isFn = (s) => s.type === 'FunctionDeclaration';
  const rest = stmts.filter((s) => !isFn(s));
  const fns = stmts.filter(isFn);
  // Already in place: every function declaration after every other statement.
  const firstFn = stmts.findIndex(isFn);
  if (firstFn < 0 || stmts.slice(firstFn).every(isFn)) return undefined;
  const pieces = [];
  const push = (p) => {
    const last = pieces[pieces.length - 1];
    if (Array.isArray(p) && Array.isArray(last) && last[1] === p[0]) last[1] = p[1];
    else pieces.push(p);
  };
  push([0, body.start + 1]);
  // Whatever stands between statements (nothing, in minified code) goes with the statement after it.
  const from = (s, i) => (i === 0 ? body.start + 1 : stmts[i - 1].end);
  const order = [...rest, ...fns];
  order.forEach((s, k) => {
    const i = stmts.indexOf(s);
    push([from(s, i), s.end]);
    // The minifier leaves the body's last statement without `;`: one goes in if anything follows it.
    if (k < order.length - 1 && !closed(code, s)) push(';');
  });
  push([stmts[stmts.length - 1].end, code.length]);
  return { pieces, stmts };
}

/** Text of a plan's pieces. */
const join = (code, pieces) => pieces.map((p) => (typeof p === 'string' ? p : code.slice(p[0], p[1]))).join('');

/**
 * Checks that `out` holds the same statements as the plan's, functions after the rest (empty
 * statements aside: a `;` put in after a loop's `}` is one, and does nothing).
 */
function check(code, out, stmts) {
  const body = iifeBody(parse(out));
  if (!body) throw new Error('functions-last: the result is not one IIFE');
  const text = (c, s) => c.slice(s.start, s.end).replace(/;$/, '');
  const some = (list) => list.filter((s) => s.type !== 'EmptyStatement');
  const got = some(body.body).map((s) => text(out, s));
  const want = some([...stmts.filter((s) => s.type !== 'FunctionDeclaration'), ...stmts.filter((s) => s.type === 'FunctionDeclaration')]).map((s) => text(code, s));
  if (got.length !== want.length || got.some((t, i) => t !== want[i])) throw new Error('functions-last: the rearranged bundle does not hold the same statements');
}

/** The code with its IIFE's function declarations after its other statements (unchanged if already so). */
function functionsLast(code) {
  const p = plan(code);
  if (!p) return { code, pieces: undefined };
  const out = join(code, p.pieces);
  check(code, out, p.stmts);
  return { code: out, pieces: p.pieces };
}

/** Webpack plugin: applies functionsLast to the compilation's .js assets once they are minified. */
class FunctionsLastPlugin extends AssetRewritePlugin {
  constructor() {
    // After the minimizer (OPTIMIZE_SIZE) and before build/data-tail.js (+50), which then adds its
    // function at the very end; before source maps are written (DEV_TOOLING).
    super('FunctionsLastPlugin', 40, (old, sources) => {
      const code = old.source().toString();
      const result = functionsLast(code);
      if (!result.pieces) return undefined;
      // Each range as the original cut down to it, so the source map still follows every character.
      const slice = ([start, end]) => {
        const s = new sources.ReplaceSource(old);
        if (start > 0) s.replace(0, start - 1, '');
        if (end < code.length) s.replace(end, code.length - 1, '');
        return s;
      };
      const next = new sources.ConcatSource(...result.pieces.map((p) => (typeof p === 'string' ? new sources.RawSource(p) : slice(p))));
      if (next.source().toString() !== result.code) throw new Error('functions-last: the rearranged source differs from the plan');
      return next;
    });
  }
}

module.exports = { FunctionsLastPlugin, functionsLast, closed };
