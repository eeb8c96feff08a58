// Webpack loader for obscenity's table of look-alike characters
// (node_modules/obscenity/dist/transformer/resolve-confusables/confusables.js; rule in
// build/babel-rules.js, event bundle only). The table is 63 entries of a letter or digit and the
// characters that stand for it ("1": "⓵➊⑴¹𝟏…"), 9 KB of mostly 3- and 4-byte UTF-8 that gzips to
// 6.6 KB. The only reader, obscenity's remapCharactersTransformer, turns it into a map from each
// character to its entry's letter, so the order of the characters inside an entry does not matter,
// and no character is in two entries. Written here as every character by code point ascending (the
// letter each stands for, and the gaps between code points in base 36, a gap of 1 left empty: the
// look-alike alphabets are runs of consecutive code points), it gzips to 3.7 KB with the licence
// comment (the earlier form, each entry's own gaps, 4.6 KB). The same entries in the same order, each
// with the same characters, are rebuilt when the module loads. The loader checks, at build time,
// that the character → letter map obscenity builds from the rebuilt table is the very same as from
// the original, and fails the build otherwise.
'use strict';
const vm = require('vm');
const { TAIL_MARK } = require('./data-tail');

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

/**
 * The table as three strings: its letters in order; every character of every entry, by code point
 * ascending, as the letter it stands for; and the gaps between those code points in base 36, a gap
 * of 1 (most: the look-alike alphabets are runs) written as nothing. No character is in two entries
 * (checked), so each entry gets back the same characters, in code point order.
 */
function encode(table) {
  const chars = [];
  for (const [k, v] of table) for (const c of v) chars.push([c.codePointAt(0), k]);
  chars.sort((a, b) => a[0] - b[0]);
  chars.forEach((c, i) => {
    if (i > 0 && c[0] === chars[i - 1][0]) throw new Error(`confusables-loader: U+${c[0].toString(16)} is in two entries`);
  });
  let at = 0;
  const gaps = chars.map(([cp]) => {
    const gap = cp - at;
    at = cp;
    return gap === 1 ? '' : gap.toString(36);
  });
  return [[...table.keys()].join(''), chars.map((c) => c[1]).join(''), gaps.join(',')];
}

/** Runs in the bundle too (as source): the Map back from encode's strings. */
function decode(keys, letters, gaps) {
  var table = new Map();
  var at = 0;
  keys.split('').forEach(function (k) {
    table.set(k, '');
  });
  gaps.split(',').forEach(function (gap, i) {
    at += gap ? parseInt(gap, 36) : 1;
    table.set(letters[i], table.get(letters[i]) + String.fromCodePoint(at));
  });
  return table;
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

/**
 * With `tail` (the event bundle), the letters string is marked for build/data-tail.js (kind 5), which
 * puts it first among the strings at the end of the bundle: about 0.15 KB less gzipped than among the code.
 */
function moduleSource(source, { tail = false } = {}) {
  const table = originalTable(source);
  const entries = encode(table);
  if (!sameMapping(table, decode.apply(null, entries))) throw new Error('confusables-loader: the compact table does not give the same character map');
  // The original's licence comment (gc/confusables, MIT) is kept.
  const licence = (/\/\*\*[\s\S]*?\*\//.exec(source) || [''])[0];
  const written = tail ? [entries[0], `${TAIL_MARK}5:${entries[1]}`, entries[2]] : entries;
  return ['"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });', licence, `exports.confusables = (${decode.toString()})(${JSON.stringify(written).slice(1, -1)});`, ''].join('\n');
}

module.exports = function confusablesLoader(source) {
  const options = (this && this.getOptions && this.getOptions()) || {};
  return moduleSource(source, { tail: Boolean(options.tail) });
};
module.exports.moduleSource = moduleSource;
module.exports.sameMapping = sameMapping;
module.exports.oneToOne = oneToOne;
