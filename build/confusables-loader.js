// Webpack loader for obscenity's table of look-alike characters
// (node_modules/obscenity/dist/transformer/resolve-confusables/confusables.js; rule in
// build/babel-rules.js, event bundle only). The table is 63 entries of a letter or digit and the
// characters that stand for it ("1": "⓵➊⑴¹𝟏…"), 9 KB of mostly 3- and 4-byte UTF-8 that gzips to
// 6.6 KB. The only reader, obscenity's remapCharactersTransformer, turns it into a map from each
// character to its entry's letter (a character in two entries goes to the later one), so the order
// of the characters inside an entry does not matter: written here sorted, as gaps between code
// points in base 36, it gzips to 3.3 KB. The same entries in the same order, each with the same
// characters, are rebuilt when the module loads. The loader checks, at build time, that the
// character → letter map obscenity builds from the rebuilt table is the very same as from the
// original, and fails the build otherwise.
'use strict';
const vm = require('vm');

/** The exported Map of the original CommonJS module text. */
function originalTable(source) {
  const exports = {};
  vm.runInNewContext(source, { exports, Map, Object });
  const table = exports.confusables;
  if (!(table instanceof Map) || table.size === 0) throw new Error('confusables-loader: the module does not export a confusables Map');
  for (const [k, v] of table) {
    if (typeof k !== 'string' || [...k].length !== 1 || typeof v !== 'string') throw new Error(`confusables-loader: unexpected entry ${JSON.stringify([k, v])}`);
  }
  return table;
}

/** Each entry as [letter, its characters' code points sorted, as base-36 gaps joined by ","]. */
function encode(table) {
  return [...table].map(([k, v]) => {
    let at = 0;
    const gaps = [...v]
      .map((c) => c.codePointAt(0))
      .sort((a, b) => a - b)
      .map((cp) => {
        const gap = cp - at;
        at = cp;
        return gap.toString(36);
      });
    return [k, gaps.join(',')];
  });
}

/** Runs in the bundle too (as source): the Map back from encode's entries. */
function decode(entries) {
  return new Map(
    entries.map(function (e) {
      var at = 0;
      var chars = e[1]
        ? e[1].split(',').map(function (gap) {
            return String.fromCodePoint((at += parseInt(gap, 36)));
          })
        : [];
      return [e[0], chars.join('')];
    }),
  );
}

/** obscenity's createOneToOneMap (transformer/remap-characters): code point → the letter it stands for. */
function oneToOne(table) {
  const map = new Map();
  for (const [letter, chars] of table) for (const c of chars) map.set(c.codePointAt(0), letter.codePointAt(0));
  return map;
}

function sameMapping(a, b) {
  const x = oneToOne(a);
  const y = oneToOne(b);
  if (x.size !== y.size) return false;
  for (const [k, v] of x) if (y.get(k) !== v) return false;
  return [...a.keys()].join('\u0000') === [...b.keys()].join('\u0000');
}

function moduleSource(source) {
  const table = originalTable(source);
  const entries = encode(table);
  if (!sameMapping(table, decode(entries))) throw new Error('confusables-loader: the compact table does not give the same character map');
  // The original's licence comment (gc/confusables, MIT) is kept.
  const licence = (/\/\*\*[\s\S]*?\*\//.exec(source) || [''])[0];
  return ['"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });', licence, `exports.confusables = (${decode.toString()})(${JSON.stringify(entries)});`, ''].join('\n');
}

module.exports = function confusablesLoader(source) {
  return moduleSource(source);
};
module.exports.moduleSource = moduleSource;
module.exports.sameMapping = sameMapping;
module.exports.oneToOne = oneToOne;
