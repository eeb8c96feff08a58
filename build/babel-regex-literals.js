// A Babel plugin for the webpack builds. Rules build many patterns from strings ("\\b(?:a|b)\\b",
// word lists joined with "|", constants spliced into templates), which spell every backslash twice
// and keep the pieces as separate strings in the bundle. Where Babel can evaluate the pattern and
// the flags to constants (what Babel's evaluate() folds: literals, templates and `+` within the
// module; or an array of those `.join(sep)`), this plugin writes `new RegExp(pattern, flags)` as the literal it stands for.
// Behaviour is the same: a literal, like the call it replaces, makes a new RegExp object each time
// it is evaluated (ES5 and later), with the same source and flags. It is rewritten only when the
// literal parses as ES2016 (acorn checks the pattern: no lookbehind, no named groups; flags g, i, m
// only) and rebuilds the very same source; otherwise the call is left alone. Jest does not use it.
'use strict';

const acorn = require('acorn');

/** The literal's pattern for `new RegExp(pattern, flags)`, or undefined when it cannot be written as ES2016. */
function literalPattern(pattern, flags) {
  if (/[^gim]/.test(flags)) return undefined;
  let re;
  try {
    re = new RegExp(pattern, flags);
  } catch {
    return undefined;
  }
  try {
    const lit = acorn.parse(`(/${re.source}/${flags})`, { ecmaVersion: 2016, sourceType: 'script' }).body[0].expression;
    if (lit.type !== 'Literal' || !lit.regex) return undefined;
    const again = new RegExp(lit.regex.pattern, lit.regex.flags);
    if (again.source !== re.source || again.flags !== re.flags || lit.regex.pattern !== re.source) return undefined;
  } catch {
    return undefined;
  }
  return re.source;
}

/** The constant string a Babel expression path evaluates to, or undefined. */
function constString(p) {
  if (!p || !p.node) return undefined;
  if (p.isCallExpression() && p.node.arguments.length === 1) {
    const callee = p.get('callee');
    if (callee.isMemberExpression() && !callee.node.computed && callee.node.property.name === 'join' && callee.get('object').isArrayExpression()) {
      const sep = constString(p.get('arguments.0'));
      const items = callee.get('object.elements').map((e) => constString(e));
      return sep === undefined || items.some((v) => v === undefined) ? undefined : items.join(sep);
    }
    return undefined;
  }
  const r = p.evaluate();
  return r.confident && typeof r.value === 'string' ? r.value : undefined;
}

module.exports = function regexLiterals({ types: t }) {
  const visit = (path) => {
    const { node } = path;
    if (!t.isIdentifier(node.callee, { name: 'RegExp' }) || path.scope.hasBinding('RegExp', true)) return;
    if (node.arguments.length < 1 || node.arguments.length > 2) return;
    const pattern = constString(path.get('arguments.0'));
    const flags = node.arguments.length === 2 ? constString(path.get('arguments.1')) : '';
    if (pattern === undefined || flags === undefined) return;
    const source = literalPattern(pattern, flags);
    if (source === undefined) return;
    path.replaceWith(t.regExpLiteral(source, flags));
  };
  return { name: 'council-regex-literals', visitor: { NewExpression: visit, CallExpression: visit } };
};
module.exports.literalPattern = literalPattern;
