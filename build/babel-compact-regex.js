// A Babel plugin for the webpack builds. Babel writes a Unicode property escape (\p{L}) for ES2016
// as the full list of code points it stands for: `/[^\p{L}\p{N}]+/u` becomes an 11 KB literal in
// the event bundle. This plugin runs after that rewrite and replaces such a literal (a pattern over
// MIN_LENGTH characters made of one character class) by a RegExp built once, at module load, from
// a compact list of ranges. The rebuilt pattern is checked here, at build time, to be the very same
// string; if it is not, the literal is left alone. Only literals without the g or y flag (whose
// lastIndex would make sharing one object observable). Jest (env "test") does not use it.
'use strict';

const MIN_LENGTH = 2000;
// <before>[ or [^ <class items> ]<after>, nothing else class-like around it.
const SHAPE = /^([^[\]\\]*\[\^?)((?:\\x[0-9A-F]{2}|\\u[0-9A-F]{4}|\\u\{[0-9A-F]+\}|[0-9A-Za-z]|-)+)(\][^[\]\\]*)$/;
const ITEM = /\\x([0-9A-F]{2})|\\u([0-9A-F]{4})|\\u\{([0-9A-F]+)\}|([0-9A-Za-z])/g;

/** Runs in the bundle too (as source): gaps and lengths in base 36, "," between numbers. */
function decodeClass(coded) {
  var out = '';
  var nums = coded.split(',');
  var at = -1;
  for (var i = 0; i < nums.length; i += 2) {
    var start = at + 1 + parseInt(nums[i], 36);
    var end = start + parseInt(nums[i + 1], 36);
    for (var j = 0, cps = start === end ? [start] : [start, end]; j < cps.length; j++) {
      var c = cps[j];
      var ch = String.fromCharCode(c);
      out +=
        (j ? '-' : '') +
        (c < 128 && /[0-9A-Za-z]/.test(ch)
          ? ch
          : c < 256
            ? '\\x' + ('0' + c.toString(16).toUpperCase()).slice(-2)
            : c < 65536
              ? '\\u' + ('000' + c.toString(16).toUpperCase()).slice(-4)
              : '\\u{' + c.toString(16).toUpperCase() + '}');
    }
    at = end;
  }
  return out;
}

/** The compact form of a class body, or undefined when it is not a sorted list of ranges. */
function encodeClass(body) {
  const items = [];
  let rest = body;
  while (rest) {
    const one = () => {
      ITEM.lastIndex = 0;
      const m = ITEM.exec(rest);
      if (!m || m.index !== 0) return undefined;
      rest = rest.slice(m[0].length);
      return m[4] ? m[4].codePointAt(0) : parseInt(m[1] || m[2] || m[3], 16);
    };
    const start = one();
    if (start === undefined || Number.isNaN(start)) return undefined;
    let end = start;
    if (rest.startsWith('-') && rest.length > 1) {
      rest = rest.slice(1);
      const e = one();
      if (e === undefined || Number.isNaN(e)) return undefined;
      end = e;
    }
    items.push([start, end]);
  }
  const nums = [];
  let at = -1;
  for (const [start, end] of items) {
    if (start <= at || end < start) return undefined;
    nums.push((start - at - 1).toString(36), (end - start).toString(36));
    at = end;
  }
  return nums.join(',');
}

module.exports = function compactRegex({ types: t, template }) {
  return {
    name: 'council-compact-regex',
    visitor: {
      Program: {
        exit(program) {
          const found = [];
          program.traverse({
            RegExpLiteral(p) {
              const { pattern, flags } = p.node;
              if (pattern.length < MIN_LENGTH || /[gy]/.test(flags)) return;
              const m = SHAPE.exec(pattern);
              if (!m) return;
              const coded = encodeClass(m[2]);
              if (coded === undefined || m[1] + decodeClass(coded) + m[3] !== pattern) return;
              found.push({ p, coded, before: m[1], after: m[3], flags });
            },
          });
          if (!found.length) return;
          const decode = program.scope.generateUidIdentifier('decodeClass');
          const decls = [template.statement.ast(`var ${decode.name} = ${decodeClass.toString()};`)];
          for (const f of found) {
            const id = program.scope.generateUidIdentifier('re');
            decls.push(
              t.variableDeclaration('var', [
                t.variableDeclarator(
                  id,
                  t.newExpression(t.identifier('RegExp'), [
                    t.binaryExpression('+', t.binaryExpression('+', t.stringLiteral(f.before), t.callExpression(t.identifier(decode.name), [t.stringLiteral(f.coded)])), t.stringLiteral(f.after)),
                    t.stringLiteral(f.flags),
                  ]),
                ),
              ]),
            );
            f.p.replaceWith(t.identifier(id.name));
          }
          // After the imports, which ES modules hoist anyway.
          const body = program.get('body');
          const lastImport = body.filter((s) => s.isImportDeclaration()).pop();
          if (lastImport) lastImport.insertAfter(decls);
          else program.unshiftContainer('body', decls);
        },
      },
    },
  };
};
module.exports.decodeClass = decodeClass;
module.exports.encodeClass = encodeClass;
