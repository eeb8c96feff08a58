// Moves the packed weight tables' strings (build/packed-json-loader.js with `tail`) to the end of the
// event bundle, after minification. Those strings are most of the weight files' bytes and read to
// deflate as noise (front-coded keys, base-91 digits); in the middle of the code they break gzip's
// 32 KB window between the modules around them and spoil the Huffman tables of the blocks they share
// with code. At the end they cost less: about 2 KB of the gzipped bundle (issue #17's budget).
//
// The loader marks each such literal with TAIL_MARK and a kind (1: the JSON around the tables,
// 2: keys, 3: values; 4: the coded everyday-word list, build/tail-string-loader.js; 5: obscenity's
// look-alike letters, build/confusables-loader.js; 6: the links of a table coded over a word list). Here each marked literal becomes a call NAME(i), and one function declaration,
// `function NAME(i){return[…][i]}`, goes at the end of the bundle's IIFE body: a declaration is
// hoisted, so the modules that run before it in the text get the very same strings. The bundle must be
// one IIFE (output.iife); it is parsed as ES2016, and the build fails if a mark is left anywhere.
'use strict';

const acorn = require('acorn');
const { AssetRewritePlugin, withEdits } = require('./asset-rewrite');

const TAIL_MARK = '\u0000tail:';
const KINDS = 6;
/**
 * The look-alike letters, the JSON, then the values, then the links (numbers, like the values), then
 * the keys, then the word list: of the orders tried, the smallest bundle gzipped (by ~0.3-0.7 KB; the
 * word list last, after the keys coded like it, by ~0.25 KB; the letters first, by ~0.2 KB; the links
 * beside the values and the word-list keys beside the word list, by ~0.15 KB).
 */
const TAIL_ORDER = [5, 1, 3, 6, 2, 4];

/** Every string literal of an acorn AST whose value starts with TAIL_MARK, in text order. */
function markedLiterals(ast) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Literal' && typeof node.value === 'string' && node.value.startsWith(TAIL_MARK)) {
      found.push(node);
      return;
    }
    for (const key of Object.keys(node)) if (key !== 'type' && node[key] && typeof node[key] === 'object') walk(node[key]);
  };
  walk(ast);
  return found.sort((a, b) => a.start - b.start);
}

/** A JavaScript string literal for ES2016 (U+2028/2029 are line terminators inside literals before ES2019). */
const literal = (s) =>
  JSON.stringify(s)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** Every identifier name in the code, so the function's name is one the bundle does not use. */
function freeName(code) {
  const used = new Set(code.match(/[A-Za-z_$][\w$]*/g));
  for (const name of ['$t', '$T', '_t', 'T$', '$d', '$D', '__tail']) if (!used.has(name)) return name;
  throw new Error('data-tail: no free name for the tail function');
}

/**
 * The bundle with its marked literals moved to the tail, or the code unchanged when it has none.
 * Returns { code, edits } where edits are [start, end, text] replacements on the original.
 */
function moveToTail(code) {
  const parse = (text) => acorn.parse(text, { ecmaVersion: 2016, sourceType: 'script' });
  const ast = parse(code);
  const marked = markedLiterals(ast);
  if (marked.length === 0) return { code, edits: [] };
  const iife = ast.body.length === 1 && ast.body[0].type === 'ExpressionStatement' ? ast.body[0].expression : undefined;
  const fn = iife && iife.type === 'CallExpression' && iife.arguments.length === 0 ? iife.callee : undefined;
  if (!fn || !/^(?:Arrow)?FunctionExpression$/.test(fn.type) || fn.body.type !== 'BlockStatement') {
    throw new Error('data-tail: the bundle is not one IIFE (output.iife), so its data cannot move to the end');
  }
  const entries = marked.map((node) => {
    const m = /^(\d):/.exec(node.value.slice(TAIL_MARK.length));
    const kind = m ? Number(m[1]) : 0;
    if (kind < 1 || kind > KINDS) throw new Error(`data-tail: a marked literal has no kind 1-${KINDS}: ${JSON.stringify(node.value.slice(0, 40))}`);
    if (node.start < fn.body.start || node.end > fn.body.end) throw new Error('data-tail: a marked literal is outside the IIFE');
    return { node, kind, value: node.value.slice(TAIL_MARK.length + 2) };
  });
  // Grouped by kind (TAIL_ORDER), each group in text order.
  const order = [...entries].sort((a, b) => TAIL_ORDER.indexOf(a.kind) - TAIL_ORDER.indexOf(b.kind) || a.node.start - b.node.start);
  const name = freeName(code);
  // A space where the minifier wrote none before the string (`return"…"`), so no word runs into the call.
  const edits = entries.map((e) => [e.node.start, e.node.end, `${/[\w$]/.test(code[e.node.start - 1] || '') ? ' ' : ''}${name}(${order.indexOf(e)})`]);
  // After a `;`: the minifier leaves the last statement of the body without one.
  const fnText = `;function ${name}(i){return[${order.map((e) => literal(e.value)).join(',')}][i]}`;
  edits.push([fn.body.end - 1, fn.body.end - 1, fnText]);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits) {
    out += code.slice(at, start) + text;
    at = end;
  }
  out += code.slice(at);
  const left = markedLiterals(parse(out));
  if (left.length || out.includes(TAIL_MARK)) throw new Error('data-tail: a marked string is still in the bundle');
  return { code: out, edits };
}

/** Webpack plugin: applies moveToTail to the compilation's .js assets once they are minified. */
class DataTailPlugin extends AssetRewritePlugin {
  constructor() {
    // After the minimizer (OPTIMIZE_SIZE), before source maps are written (DEV_TOOLING).
    super('DataTailPlugin', 50, (old, sources) => withEdits(old, sources, moveToTail(old.source().toString()).edits));
  }
}

module.exports = { DataTailPlugin, moveToTail, TAIL_MARK };
