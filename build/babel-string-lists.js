// A Babel plugin for the webpack builds. The rules and their data hold many word lists written as
// array literals of strings (["my son","my daughter",…]); in the minified bundle each item costs its
// two quotes and a comma. This plugin writes such a list as one string split at a separator no item
// contains: ["a","b","c"] becomes "a|b|c".split("|"). Behaviour is the same: both make a new array
// each time they are evaluated, holding the same strings in the same order (String.prototype.split
// with a one-character string separator that occurs in no item cuts exactly between the items, an
// empty item included). Only literals of MIN_ITEMS or more plain string items are rewritten (no
// holes, spreads, templates or other expressions), and only after the rest of the file is done
// (Program exit), so babel-regex-literals.js still folds `new RegExp([…].join("|"))` first. Saves
// about 1.7 KB of the gzipped event bundle. Jest does not use it (test/bundle/string-lists.test.ts).
'use strict';

/** The fewest items a list needs to be rewritten (fewer gain nothing once gzipped). */
const MIN_ITEMS = 3;
/** Separators tried in turn; a list whose items contain all of them is left alone. */
const SEPARATORS = ['|', ',', ';', '~', '^', '\n', '\u0001'];

/** The separator for these strings, or undefined. */
function separatorFor(items) {
  return SEPARATORS.find((sep) => items.every((s) => !s.includes(sep)));
}

module.exports = function stringLists({ types: t }) {
  const arrays = {
    ArrayExpression(path) {
      const els = path.node.elements;
      if (els.length < MIN_ITEMS || !els.every((e) => e && t.isStringLiteral(e))) return;
      const items = els.map((e) => e.value);
      const sep = separatorFor(items);
      if (sep === undefined) return;
      const call = t.callExpression(t.memberExpression(t.stringLiteral(items.join(sep)), t.identifier('split')), [t.stringLiteral(sep)]);
      path.replaceWith(call);
      path.skip();
    },
  };
  return {
    name: 'council-string-lists',
    visitor: {
      Program: {
        exit(path) {
          path.traverse(arrays);
        },
      },
    },
  };
};
module.exports.separatorFor = separatorFor;
module.exports.MIN_ITEMS = MIN_ITEMS;
