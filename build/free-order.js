// Rearranges the event bundle's IIFE body, once it is minified, so that gzip finds more of what it
// has seen within its 32 KB window: the statements whose place in the text does not matter are put
// in an order that keeps alike text together (word lists beside the lists and patterns that share
// their words, functions beside functions like them). Two kinds of top-level statement can move:
//
// - function declarations: hoisted, so bound and initialised when the body is entered wherever
//   they stand (ECMA-262, FunctionDeclarationInstantiation); build/functions-last.js has already put
//   them after the rest, and here they are ordered among themselves (no two share a name, else
//   nothing moves);
// - "settled" `const` declarators: a name bound to a value built from literals alone (strings,
//   numbers, regular expressions, arrays and plain objects of them, functions and arrows, which are
//   only created, `"a|b".split("|")`, `new RegExp`/`Set`/`Map` of those, `JSON.parse` of a string),
//   or from other settled names and function declarations. Evaluating such an initialiser has no
//   effect but the value it makes, and reads nothing that any other code can change (a settled
//   name is read now only as a primitive, a string or number; an object is only referred to, never
//   looked into), so it gives the same value wherever it runs. These move to the start of the body,
//   each after the settled names it reads: a `const` cannot be read before its declaration has run
//   (temporal dead zone), so the program, which runs, never read one earlier, and binding it
//   earlier changes nothing any code can see.
//
// The order is chosen greedily (greedy()): next, the item with most of its short runs of characters
// in the text written just before it, per character. The settled declarators are also tried chosen
// from the end back (each like the text after it, the rest of the body first); a few variants are
// tried and the smallest gzipped kept, or the order as it was if none is smaller (about 3 KB of the
// event bundle gzipped, #17's budget); then all that again from the order chosen, while it is
// smaller (freeOrderPasses). The result is parsed again as ES2016 and checked to hold the
// same statements and declarators, the others in their order, each settled declarator after those it
// reads, else the build fails; the source map follows the text (scripts/bundle-report.js).
'use strict';

const acorn = require('acorn');
const zlib = require('zlib');
const { AssetRewritePlugin } = require('./asset-rewrite');

const parse = (text) => acorn.parse(text, { ecmaVersion: 2016, sourceType: 'script' });
const gzipped = (s) => zlib.gzipSync(s, { level: 9 }).length;

/** The body (a BlockStatement) of the one IIFE that makes up the program, or undefined. */
function iifeBody(ast) {
  const iife = ast.body.length === 1 && ast.body[0].type === 'ExpressionStatement' ? ast.body[0].expression : undefined;
  const fn = iife && iife.type === 'CallExpression' && iife.arguments.length === 0 ? iife.callee : undefined;
  return fn && /^(?:Arrow)?FunctionExpression$/.test(fn.type) && fn.body.type === 'BlockStatement' ? fn.body : undefined;
}

/** Global constructors a settled initialiser may call (unless the body declares the name). */
const CONSTRUCTORS = new Set(['RegExp', 'Set', 'Map']);

/** Every identifier the program assigns to or updates anywhere (any scope: conservative). */
function assignedNames(ast) {
  const names = new Set();
  const target = (p) => {
    if (!p) return;
    if (p.type === 'Identifier') names.add(p.name);
    else if (p.type === 'ArrayPattern') p.elements.forEach(target);
    else if (p.type === 'ObjectPattern') p.properties.forEach((q) => target(q.type === 'RestElement' ? q.argument : q.value));
    else if (p.type === 'AssignmentPattern') target(p.left);
    else if (p.type === 'RestElement') target(p.argument);
  };
  const walk = (n) => {
    if (Array.isArray(n)) return n.forEach(walk);
    if (!n || typeof n.type !== 'string') return;
    if (n.type === 'AssignmentExpression') target(n.left);
    if (n.type === 'UpdateExpression') target(n.argument);
    if ((n.type === 'ForInStatement' || n.type === 'ForOfStatement') && n.left.type !== 'VariableDeclaration') target(n.left);
    for (const k of Object.keys(n)) if (k !== 'type' && n[k] && typeof n[k] === 'object') walk(n[k]);
  };
  walk(ast);
  return names;
}

/**
 * Which top-level declarations can move: { fns: [FunctionDeclaration], settled: Map(declarator ->
 * { deps: Set<declarator> }) }. `stmts`: the IIFE body's statements.
 */
function movable(ast, stmts) {
  const fnNames = new Map();
  const otherNames = new Set();
  const consts = new Map(); // name -> declarator
  const declare = (p, into) => {
    if (p.type === 'Identifier') into(p.name);
    else if (p.type === 'ArrayPattern') p.elements.forEach((e) => e && declare(e, into));
    else if (p.type === 'ObjectPattern') p.properties.forEach((q) => declare(q.type === 'RestElement' ? q.argument : q.value, into));
    else if (p.type === 'AssignmentPattern') declare(p.left, into);
    else if (p.type === 'RestElement') declare(p.argument, into);
  };
  let duplicateFn = false;
  for (const s of stmts) {
    if (s.type === 'FunctionDeclaration') {
      if (fnNames.has(s.id.name)) duplicateFn = true;
      fnNames.set(s.id.name, s);
    } else if (s.type === 'ClassDeclaration') otherNames.add(s.id.name);
    else if (s.type === 'VariableDeclaration') {
      for (const d of s.declarations) {
        if (s.kind === 'const' && d.id.type === 'Identifier' && !consts.has(d.id.name)) {
          consts.set(d.id.name, d);
        } else declare(d.id, (name) => otherNames.add(name));
      }
    }
  }
  // Names the body's own scope binds in nested blocks (`for (var i…)`, a function declared in an
  // `if`, whose binding Annex B may set when the block runs) are not settled either.
  const nested = (n, top) => {
    if (Array.isArray(n)) return n.forEach((x) => nested(x, false));
    if (!n || typeof n.type !== 'string') return;
    if (/Function/.test(n.type) || n.type === 'ClassBody') {
      if (!top && n.type === 'FunctionDeclaration') otherNames.add(n.id.name);
      return; // another scope
    }
    if (!top && n.type === 'VariableDeclaration' && n.kind === 'var') n.declarations.forEach((d) => declare(d.id, (name) => otherNames.add(name)));
    for (const k of Object.keys(n)) if (k !== 'type' && n[k] && typeof n[k] === 'object') nested(n[k], false);
  };
  stmts.forEach((s) => nested(s, true));
  // var/let/class names declared at the top level, and every name assigned anywhere, are not settled.
  const assigned = assignedNames(ast);
  for (const n of otherNames) consts.delete(n);
  const fns = duplicateFn ? [] : stmts.filter((s) => s.type === 'FunctionDeclaration');

  // settled(d): undefined if not, else { deps: Set<declarator>, primitive: boolean }
  const memo = new Map();
  const settledName = (name, deps, needPrimitive) => {
    if (fnNames.has(name) && !consts.has(name) && !otherNames.has(name)) return !needPrimitive && !assigned.has(name) && !duplicateFn;
    const d = consts.get(name);
    if (!d) return false;
    const info = settled(d);
    if (!info || (needPrimitive && !info.primitive)) return false;
    deps.add(d);
    return true;
  };
  const isGlobal = (name) => !fnNames.has(name) && !consts.has(name) && !otherNames.has(name);
  const literalString = (n) => n && n.type === 'Literal' && typeof n.value === 'string';
  // Whether expression n is settled; collects the settled declarators it reads into deps.
  // `primitive`: n must give a string or number (it is read, not only referred to).
  const expr = (n, deps, primitive) => {
    if (!n) return false;
    switch (n.type) {
      case 'Literal':
        return !primitive || n.regex === undefined;
      case 'TemplateLiteral':
        return n.expressions.every((e) => expr(e, deps, true));
      case 'Identifier':
        return settledName(n.name, deps, primitive);
      case 'UnaryExpression':
        return (n.operator === '-' || n.operator === '!') && n.argument.type === 'Literal' && typeof n.argument.value === 'number';
      case 'BinaryExpression':
        return n.operator === '+' && expr(n.left, deps, true) && expr(n.right, deps, true);
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        // Only created here; the body runs when called, as it would have. Default parameter values too.
        return !primitive;
      case 'ArrayExpression':
        return !primitive && n.elements.every((e) => e && e.type !== 'SpreadElement' && expr(e, deps, false));
      case 'ObjectExpression':
        return (
          !primitive &&
          n.properties.every((p) => {
            if (p.type !== 'Property' || p.computed) return false;
            const key = p.key.type === 'Identifier' ? p.key.name : p.key.value;
            if (key === '__proto__') return false;
            if (p.kind !== 'init') return true; // a getter or setter: only defined
            if (p.shorthand) return settledName(p.key.name, deps, false);
            return expr(p.value, deps, false);
          })
        );
      case 'CallExpression': {
        const c = n.callee;
        if (c.type !== 'MemberExpression' || c.computed) return false;
        // "a|b".split("|")
        if (!primitive && c.property.name === 'split' && literalString(c.object)) return n.arguments.length === 1 && literalString(n.arguments[0]);
        // JSON.parse("…")
        if (!primitive && c.object.type === 'Identifier' && c.object.name === 'JSON' && isGlobal('JSON') && c.property.name === 'parse')
          return n.arguments.length === 1 && literalString(n.arguments[0]);
        return false;
      }
      case 'NewExpression': {
        const c = n.callee;
        if (primitive || c.type !== 'Identifier' || !CONSTRUCTORS.has(c.name) || !isGlobal(c.name)) return false;
        if (c.name === 'RegExp') return n.arguments.length >= 1 && n.arguments.length <= 2 && n.arguments.every((a) => expr(a, deps, true));
        // A Set or Map of an array written here (its items only referred to), or of a split string.
        if (n.arguments.length === 0) return true;
        const a = n.arguments[0];
        return n.arguments.length === 1 && (a.type === 'ArrayExpression' || a.type === 'CallExpression') && expr(a, deps, false);
      }
      default:
        return false;
    }
  };
  const settled = (d) => {
    if (memo.has(d)) return memo.get(d);
    if (assigned.has(d.id.name)) return undefined;
    memo.set(d, undefined); // a cycle is not settled
    const deps = new Set();
    const ok = d.init && expr(d.init, deps, false);
    const primitive = ok && expr(d.init, new Set(), true);
    const info = ok ? { deps, primitive } : undefined;
    memo.set(d, info);
    return info;
  };
  const settledDecls = new Map();
  for (const d of consts.values()) {
    if (assigned.has(d.id.name)) continue;
    const info = settled(d);
    if (info) settledDecls.set(d, info);
  }
  return { fns, settled: settledDecls };
}

/** Hashes of every `RUN`-character run of `text`, in a table of 2^HASH_BITS. */
const RUN = 8;
const HASH_BITS = 22;
function runs(text, run) {
  const out = new Int32Array(Math.max(0, text.length - run + 1));
  for (let i = 0; i < out.length; i++) {
    let h = 2166136261;
    for (let j = 0; j < run; j++) h = Math.imul(h ^ text.charCodeAt(i + j), 16777619);
    out[i] = (h >>> 0) & ((1 << HASH_BITS) - 1);
  }
  return out;
}

/**
 * A greedy order of `items` ({ text, deps: Set<index> }): the first that may come (its deps placed)
 * in the given order starts; then, each time, of those that may come, the one with most of its runs
 * in the last `window` characters written (`before`, the text ahead of them, counts), per character
 * (+1 and +`smooth`: short items do not win by chance). Ties: the earlier.
 */
function greedy(items, { before = '', window = 30000, run = RUN, smooth = 20 } = {}) {
  const hashes = items.map((it) => runs(it.text, run));
  // How many of the runs written in the last `window` characters have each hash.
  const count = new Int32Array(1 << HASH_BITS);
  const queue = [];
  let length = 0;
  const add = (h, len) => {
    for (let k = 0; k < h.length; k++) count[h[k]]++;
    queue.push([h, len]);
    length += len;
    while (queue.length > 1 && length - queue[0][1] >= window) {
      const [old, n] = queue.shift();
      for (let k = 0; k < old.length; k++) count[old[k]]--;
      length -= n;
    }
  };
  const tail = before.slice(-window);
  if (tail.length >= run) add(runs(tail, run), tail.length);
  const waiting = items.map((it) => it.deps.size);
  const dependants = items.map(() => []);
  items.forEach((it, i) => it.deps.forEach((j) => dependants[j].push(i)));
  const ready = new Set();
  items.forEach((_, i) => waiting[i] === 0 && ready.add(i));
  const order = [];
  let next = ready.size ? Math.min(...ready) : -1;
  while (next >= 0) {
    ready.delete(next);
    order.push(next);
    add(hashes[next], items[next].text.length);
    for (const j of dependants[next]) if (--waiting[j] === 0) ready.add(j);
    next = -1;
    let best = -1;
    for (const i of ready) {
      const h = hashes[i];
      let seen = 0;
      for (let k = 0; k < h.length; k++) if (count[h[k]] > 0) seen++;
      const score = (seen + 1) / (items[i].text.length + smooth);
      if (score > best || (score === best && i < next)) {
        best = score;
        next = i;
      }
    }
  }
  if (order.length !== items.length) throw new Error('free-order: the settled declarators read each other in a cycle');
  return order;
}

/** Whether another statement may follow `s` directly, without a `;` between (build/functions-last.js). */
const { closed } = require('./functions-last');

/**
 * The variants of greedy() tried, for the settled declarators and for the functions; the smallest
 * bundle gzipped wins (the order as it was is the fallback). The last of each (a larger `smooth`:
 * long items less often passed over for short ones) won the first pass on the event bundle of
 * December 2026: 155 B smaller gzipped, and 940 B on main with disc6 re-applied (disc6-again, where
 * the second pass had found nothing, so disc6 cost +1,833 B with free-order against +839 B without
 * it). slim10; of the other settings tried (runs of 3, 6 and 7, smooth 5 to 80, a 15,000-character
 * window, the two best orders carried from pass to pass), none made either smaller by more than 25 B.
 */
const VARIANTS = {
  data: [
    { run: 4, smooth: 10, backward: true },
    { run: 5, smooth: 10, backward: true },
    { run: 5, smooth: 10 },
    { run: 4, smooth: 20, backward: true },
  ],
  fns: [
    { run: 6, smooth: 20 },
    { run: 5, smooth: 10 },
    { run: 6, smooth: 40 },
  ],
};

/**
 * The plan for `code`: pieces ([start, end] ranges of `code`, and strings) making the rearranged
 * program: the directive prologue, the settled declarators (one `const`), the other statements in
 * their order (a declaration without its settled declarators), then the function declarations.
 * `variant`: { data, fns }, greedy()'s options for each (undefined: their order as it was).
 * Undefined when nothing can move.
 */
function plan(code, variant = {}, analysed = analyse(code)) {
  const { body, stmts, moving } = analysed;
  const { fns, settled } = moving;
  const directives = [];
  for (const s of stmts) {
    if (s.type === 'ExpressionStatement' && s.directive !== undefined) directives.push(s);
    else break;
  }
  const decls = [...settled.keys()].sort((a, b) => a.start - b.start);
  const index = new Map(decls.map((d, i) => [d, i]));
  const dataItems = decls.map((d) => ({ node: d, text: code.slice(d.start, d.end), deps: new Set([...settled.get(d).deps].map((x) => index.get(x))) }));
  const fnItems = fns.map((f) => ({ node: f, text: code.slice(f.start, f.end), deps: new Set() }));
  if (dataItems.length + fnItems.length === 0) return undefined;
  const moved = new Set([...decls, ...fns]);
  const pieces = [];
  const push = (p) => {
    const last = pieces[pieces.length - 1];
    if (Array.isArray(p) && Array.isArray(last) && last[1] === p[0]) last[1] = p[1];
    else pieces.push(p);
  };
  const head = directives.length ? directives[directives.length - 1].end : body.start + 1;
  const headPieces = [[0, head]];
  if (directives.length && !closed(code, directives[directives.length - 1])) headPieces.push(';');
  // The rest in its order: a declaration without its settled declarators (or none, if all moved).
  const restPieces = [];
  const rest = stmts.slice(directives.length).filter((s) => !moved.has(s));
  rest.forEach((s, k) => {
    if (s.type === 'VariableDeclaration' && s.declarations.some((d) => moved.has(d))) {
      const keep = s.declarations.filter((d) => !moved.has(d));
      if (keep.length === 0) return;
      restPieces.push(`${s.kind} `);
      keep.forEach((d, j) => {
        if (j > 0) restPieces.push(',');
        restPieces.push([d.start, d.end]);
      });
      restPieces.push(';');
      return;
    }
    restPieces.push([s.start, s.end]);
    if ((k < rest.length - 1 || fnItems.length) && !closed(code, s)) restPieces.push(';');
  });
  const headText = join(code, headPieces);
  const restText = join(code, restPieces);
  const reversed = (t) => [...t].reverse().join('');
  let dataOrder = dataItems.map((_, i) => i);
  if (variant.data && variant.data.backward) {
    // Chosen from the end back: each declarator like the text written after it (the rest first).
    const back = dataItems.map((it) => ({ text: reversed(it.text), deps: new Set() }));
    dataItems.forEach((it, i) => it.deps.forEach((j) => back[j].deps.add(i)));
    dataOrder = greedy(back, { ...variant.data, before: reversed(restText.slice(0, 2 * (variant.data.window || 30000))) }).reverse();
  } else if (variant.data) dataOrder = greedy(dataItems, { ...variant.data, before: headText });
  const dataPieces = [];
  dataOrder.forEach((i, k) => {
    dataPieces.push(k === 0 ? 'const ' : ',');
    dataPieces.push([dataItems[i].node.start, dataItems[i].node.end]);
  });
  if (dataItems.length) dataPieces.push(';');
  // The functions' order depends only on the text just before them (the rest's end, as a rule): worked out once for each.
  const window = (variant.fns && variant.fns.window) || 30000;
  const before = (headText + join(code, dataPieces) + restText).slice(-window);
  const key = JSON.stringify([variant.fns, before]);
  if (variant.fns && !analysed.fnOrders.has(key)) analysed.fnOrders.set(key, greedy(fnItems, { ...variant.fns, before }));
  const fnOrder = variant.fns ? analysed.fnOrders.get(key) : fnItems.map((_, i) => i);
  [...headPieces, ...dataPieces, ...restPieces].forEach(push);
  for (const i of fnOrder) push([fnItems[i].node.start, fnItems[i].node.end]);
  push([body.end - 1, code.length]);
  return { pieces };
}

function analyse(code) {
  const ast = parse(code);
  const body = iifeBody(ast);
  if (!body) throw new Error('free-order: the bundle is not one IIFE (output.iife)');
  const stmts = body.body;
  return { ast, body, stmts, moving: movable(ast, stmts), fnOrders: new Map() };
}

/** Text of a plan's pieces. */
const join = (code, pieces) => pieces.map((p) => (typeof p === 'string' ? p : code.slice(p[0], p[1]))).join('');

/**
 * Checks that `out` is one IIFE holding the same directives, then the same statements and
 * declarators as `code`'s (each declaration's declarators counted one by one, with its kind),
 * only in another order, and that every settled declarator comes after those it reads.
 */
function check(code, out) {
  const units = (text) => {
    const body = iifeBody(parse(text));
    if (!body) throw new Error('free-order: the result is not one IIFE');
    const list = [];
    for (const s of body.body) {
      if (s.type === 'EmptyStatement') continue;
      if (s.type === 'VariableDeclaration') for (const d of s.declarations) list.push(`${s.kind} ${text.slice(d.start, d.end)}`);
      else list.push(text.slice(s.start, s.end).replace(/;$/, ''));
    }
    return list;
  };
  const before = units(code);
  const after = units(out);
  const sorted = (l) => [...l].sort();
  const a = sorted(before);
  const b = sorted(after);
  if (a.length !== b.length || a.some((t, i) => t !== b[i])) throw new Error('free-order: the rearranged bundle does not hold the same statements');
  // The statements that did not move keep their order.
  const fixed = (l) => l.filter((t) => !/^function[\s*]/.test(t));
  const settledNow = new Set();
  const moving = analyse(code).moving;
  for (const d of moving.settled.keys()) settledNow.add(`const ${code.slice(d.start, d.end)}`);
  const stay = (l) => fixed(l).filter((t) => !settledNow.has(t));
  const x = stay(before);
  const y = stay(after);
  if (x.length !== y.length || x.some((t, i) => t !== y[i])) throw new Error('free-order: the statements that stay are not in their order');
  // Each settled declarator after those it reads.
  const at = new Map(after.map((t, i) => [t, i]));
  for (const [d, info] of moving.settled) {
    for (const dep of info.deps) {
      if (!(at.get(`const ${code.slice(dep.start, dep.end)}`) < at.get(`const ${code.slice(d.start, d.end)}`))) throw new Error('free-order: a settled declarator comes before one it reads');
    }
  }
}

/** The rearranged code (the smallest gzipped of the variants, or the code as it was) and its pieces. */
function freeOrder(code, variants = VARIANTS) {
  const analysed = analyse(code);
  let best = { code, pieces: undefined, size: gzipped(code) };
  const attempt = (variant) => {
    const p = plan(code, variant, analysed);
    if (!p) return;
    const out = join(code, p.pieces);
    const size = gzipped(out);
    if (size < best.size) best = { code: out, pieces: p.pieces, size, variant };
  };
  // The settled declarators' variants under the first for the functions, then the functions' under the best of those.
  for (const data of variants.data) attempt({ data, fns: variants.fns[0] });
  const data = best.variant ? best.variant.data : variants.data[0];
  for (const fns of variants.fns.slice(1)) attempt({ data, fns });
  if (best.pieces) check(code, best.code);
  return best;
}

/**
 * The source map of the rearranged code: each mapping of the old one moved with the text it points
 * into (the `const `, `,` and `;` put in have none). `map`: a source map v3 object, or null.
 */
function movedMap(code, out, pieces, map) {
  if (!map || typeof map.mappings !== 'string') return null;
  const lineStarts = (text) => {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
  };
  const oldLines = lineStarts(code);
  const newLines = lineStarts(out);
  // Segments: old range -> new start.
  const segs = [];
  let at = 0;
  for (const p of pieces) {
    if (typeof p === 'string') at += p.length;
    else {
      segs.push([p[0], p[1], at]);
      at += p[1] - p[0];
    }
  }
  segs.sort((a, b) => a[0] - b[0]);
  const moveOffset = (off) => {
    let lo = 0;
    let hi = segs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][1] <= off) lo = mid + 1;
      else if (segs[mid][0] > off) hi = mid - 1;
      else return segs[mid][2] + off - segs[mid][0];
    }
    return -1;
  };
  const mappings = decodeMappings(map.mappings);
  const moved = [];
  mappings.forEach((line, l) => {
    for (const seg of line) {
      const off = (oldLines[l] ?? Infinity) + seg[0];
      const n = moveOffset(off);
      if (n < 0) continue;
      let nl = 0;
      let lo = 0;
      let hi = newLines.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (newLines[mid] <= n) {
          nl = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      moved.push([nl, n - newLines[nl], ...seg.slice(1)]);
    }
  });
  moved.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const lines = Array.from({ length: newLines.length }, () => []);
  for (const m of moved) lines[m[0]].push([m[1], ...m.slice(2)]);
  return { ...map, mappings: encodeMappings(lines) };
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map v3 mappings as lines of segments with absolute fields [col, source, line, col, name]. */
function decodeMappings(text) {
  const state = [0, 0, 0, 0, 0];
  return text.split(';').map((line) => {
    state[0] = 0;
    if (!line) return [];
    return line
      .split(',')
      .filter(Boolean)
      .map((seg) => {
        const fields = [];
        let value = 0;
        let shift = 0;
        for (const ch of seg) {
          const digit = B64.indexOf(ch);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        return fields.map((f, i) => (state[i] += f));
      });
  });
}

function encodeMappings(lines) {
  const state = [0, 0, 0, 0, 0];
  const vlq = (n) => {
    let v = n < 0 ? (-n << 1) | 1 : n << 1;
    let s = '';
    do {
      let digit = v & 31;
      v >>>= 5;
      if (v > 0) digit |= 32;
      s += B64[digit];
    } while (v > 0);
    return s;
  };
  return lines
    .map((line) => {
      state[0] = 0;
      return line
        .map((seg) =>
          seg
            .map((f, i) => {
              const d = f - state[i];
              state[i] = f;
              return vlq(d);
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}

/** At most this many passes of freeOrder, each from the order the one before chose. */
const PASSES = 4;

/**
 * freeOrder again from the order it chose, while that is smaller gzipped: the greedy orders start
 * from the order they are given (the first item, ties), so a second pass can find a smaller one
 * (about 0.25 KB of the event bundle gzipped). Each pass is checked as the first is; the source map
 * follows every pass. { code, map, passes }: passes is how many made the code smaller.
 */
function freeOrderPasses(code, map, variants = VARIANTS, most = PASSES) {
  let passes = 0;
  while (passes < most) {
    const result = freeOrder(code, variants);
    if (!result.pieces) break;
    map = movedMap(code, result.code, result.pieces, map);
    code = result.code;
    passes++;
  }
  return { code, map, passes };
}

/** Webpack plugin: applies freeOrder to the compilation's .js assets once they are minified (freeOrderPasses). */
class FreeOrderPlugin extends AssetRewritePlugin {
  constructor(variants = VARIANTS) {
    // After build/functions-last.js (+40), before build/data-tail.js (+50), which adds its function
    // at the very end; before source maps are written (DEV_TOOLING).
    super('FreeOrderPlugin', 45, (old, sources) => {
      const { code, map, passes } = freeOrderPasses(old.source().toString(), old.map(), variants);
      if (!passes) return undefined;
      return map ? new sources.SourceMapSource(code, 'launchevent.js', map) : new sources.RawSource(code);
    });
  }
}

module.exports = { FreeOrderPlugin, freeOrderPasses, PASSES, movable, iifeBody, parse, gzipped, greedy, plan, freeOrder, check, movedMap, decodeMappings, encodeMappings, VARIANTS };
