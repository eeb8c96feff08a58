// Webpack loader for the trained weight files (src/policy/data/*-weights.json; rule in
// webpack.config.js). JSON spends most of those files on repeated key prefixes and decimal digits;
// this loader emits the same object as JSON.parse would, with every large table of numbers
// ({ feature: weight }, ≥ 50 entries) rewritten as a call to unpackNumbers (src/policy/data/
// packed-numbers.ts). It packs a table only if the round trip is exact (same keys in the same
// order, every value ===, no -0, no "__proto__" key); otherwise the table stays as JSON. Nothing is
// generated on disk: retraining a model needs no extra step. With the option `tail` (the event
// bundle), the strings are marked for build/data-tail.js, which moves them to the end of the bundle.
'use strict';
const path = require('path');
const zlib = require('zlib');
const { TAIL_MARK } = require('./data-tail');

const MIN_ENTRIES = 50;
const BASE = 91;
const MAX_PREFIX = 70;
const SEPARATORS = [' ', '|', '~', '\n', '\t', '\u0001'];

const digit = (i) => String.fromCharCode(i + 35 >= 92 ? i + 36 : i + 35);
const decimals = (v) => {
  const s = String(Math.abs(v));
  if (/e/i.test(s)) return undefined;
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};

/**
 * The packed form of one { key: number } table, or undefined when it cannot round-trip exactly.
 * `indexed`: the keys may also be coded over a word list (INDEXED; the event bundle only).
 */
function packTable(table, { indexed = false } = {}) {
  const keys = Object.keys(table);
  if (keys.length < MIN_ENTRIES || keys.includes('__proto__')) return undefined;
  const values = keys.map((k) => table[k]);
  if (!values.every((v) => typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0))) return undefined;
  const d = Math.max(...values.map(decimals));
  if (!Number.isFinite(d) || d > 15) return undefined;
  const scale = 10 ** d;
  const ints = values.map((v) => Math.round(v * scale));
  if (!ints.every((n, i) => Number.isSafeInteger(n) && n / scale === values[i])) return undefined;
  const keyed = frontCoded(keys);
  if (!keyed) return undefined;
  const plain = { keys: keyed.keys, sep: keyed.sep, ...digits(ints), scale };
  // Keys grouped by word, when that round-trips and the keys and values gzip smaller together.
  const candidates = [plain];
  const grouped = groupedCoded(keys);
  if (grouped) candidates.push({ keys: grouped.keys, sep: GROUPED, ...digits(grouped.order.map((i) => ints[i])), scale });
  for (const frequent of indexed ? FREQUENT_TRIES : []) {
    const listed = indexedCoded(keys, frequent);
    if (listed) candidates.push({ keys: listed.keys, sep: INDEXED, ...digits(listed.order.map((i) => ints[i])), scale });
  }
  // The smallest gzipped, keys and values together; the first of equals.
  const size = (c) => gzipped(c.keys + c.values);
  return candidates.reduce((best, c) => (size(c) < size(best) ? c : best));
}

/** The integers as digits, fixed-width or sign and magnitude, whichever gzips smaller (pruned weights are mostly small: sign and magnitude, one digit each). */
function digits(ints) {
  const fixed = fixedDigits(ints);
  const varying = signMagnitudeDigits(ints);
  const best = varying && gzipped(varying.values) < gzipped(fixed.values) ? varying : fixed;
  return { values: best.values, width: best.width, min: best.min };
}

/** unpackNumbers' `sep` for keys grouped by word (GROUPED in src/policy/data/packed-numbers.ts). */
const GROUPED = '_';
/** At most this many letters shared with the word before, in the grouped coding ('A'-'M', 'N'-'Z'). */
const GROUP_PREFIX = 12;
const WORD = /^[^A-Z \n_]+$/;

/**
 * The keys of a word coding (grouped or indexed), sorted out: `rest`, the indexes of keys that are not
 * `w:word` or `b:word_next`; `words`, each word with the index of its `w:` key and its next words and
 * their keys' indexes (with `nextWords`, each next word is a word too). Undefined unless the keys are in
 * sorted order, no key has a capital letter or line break, and there is at least one word.
 */
function wordGroups(keys, nextWords) {
  if (!keys.every((k, i) => i === 0 || keys[i - 1] < k)) return undefined;
  if (keys.some((k) => /[A-Z\n]/.test(k))) return undefined;
  const rest = [];
  const words = new Map(); // word -> { uni: index | undefined, next: [[next, index]] }
  const entry = (w) => words.get(w) || words.set(w, { uni: undefined, next: [] }).get(w);
  keys.forEach((k, i) => {
    const cut = k.indexOf('_');
    if (k.startsWith('w:') && WORD.test(k.slice(2))) entry(k.slice(2)).uni = i;
    else if (k.startsWith('b:') && cut > 2 && WORD.test(k.slice(2, cut)) && /^[^A-Z \n]*$/.test(k.slice(cut + 1))) {
      entry(k.slice(2, cut)).next.push([k.slice(cut + 1), i]);
      if (nextWords) entry(k.slice(cut + 1));
    } else rest.push(i);
  });
  return words.size === 0 ? undefined : { rest, words };
}

/**
 * The keys grouped by word (see src/policy/data/packed-numbers.ts): the keys that are not `w:word` or
 * `b:word_next` front-coded unseparated, a line break, then each word once with its `w:` key (if any)
 * and the next words of its `b:` keys. `order`: the keys' indexes in the order written, the values'
 * order. Undefined unless the keys are in sorted order (the unpacker sorts them back), no key has a
 * capital letter or line break, no word or next word has a space, and there is at least one word;
 * the coding is decoded here as the unpacker does and must give the same keys.
 */
function groupedCoded(keys) {
  const groups = wordGroups(keys, false);
  if (!groups) return undefined;
  const { rest, words } = groups;
  const order = [...rest];
  let text = frontCoded(rest.map((i) => keys[i])).keys + '\n'; // no capitals: unseparated
  let prev = '';
  for (const w of [...words.keys()].sort()) {
    const { uni, next } = words.get(w);
    let n = 0;
    while (n < GROUP_PREFIX && n < prev.length && n < w.length && prev[n] === w[n]) n++;
    text += String.fromCharCode((uni === undefined ? 78 : 65) + n) + w.slice(n);
    if (uni !== undefined) order.push(uni);
    for (const [x, i] of next) {
      text += ' ' + x;
      order.push(i);
    }
    prev = w;
  }
  const back = groupedKeys(text);
  if (back.length !== keys.length || back.some((k, j) => k !== keys[order[j]])) return undefined;
  return { keys: text, order };
}

/** unpackNumbers' `sep` for keys coded over a word list (INDEXED in src/policy/data/packed-numbers.ts). */
const INDEXED = '#';

/** A count or gap of the indexed coding: one digit below 90, else 90 and two digits (below 91²). */
const linkNumber = (n) => (n < 90 ? digit(n) : n < BASE * BASE ? digit(90) + digit(Math.floor(n / BASE)) + digit(n % BASE) : undefined);

/** How many frequent next words the indexed coding may put before the word list: each tried, the smallest gzipped kept. */
const FREQUENT_TRIES = [0, 16, 32, 48, 64, 96, 128];

/**
 * The keys coded over a word list (see src/policy/data/packed-numbers.ts): the keys that are not
 * `w:word` or `b:word_next` front-coded unseparated, a line break; every word that starts or ends
 * such a key once, sorted and front-coded unseparated; a line break; the `frequent` words that most
 * bigrams end with (most first, then in list order), each as its index in the word list; a line
 * break; then, for each word in list order, one number (1 if it has a `w:` key, plus twice the number
 * of its `b:` keys) and its next words, each as a target, in ascending order, written as the gap from
 * the one before. The targets are the frequent words (0 to frequent − 1), then the whole word list
 * (frequent + its index): a next word is one or two digits instead of its letters, and the common ones
 * ("the", "you", "?") small numbers. `order`: the keys' indexes in the order written (the values'
 * order). Undefined unless the keys are in sorted order, no key has a capital letter or line break,
 * there is at least one word, and the coding decodes (as the unpacker does) to the same keys.
 */
function indexedCoded(keys, frequent = 0) {
  const groups = wordGroups(keys, true);
  if (!groups) return undefined;
  const { rest, words } = groups;
  const list = [...words.keys()].sort();
  const at = new Map(list.map((w, i) => [w, i]));
  const ends = new Map(); // next word -> how many bigrams end with it
  for (const { next } of words.values()) for (const [x] of next) ends.set(x, (ends.get(x) || 0) + 1);
  const top = [...ends.keys()].sort((a, b) => ends.get(b) - ends.get(a) || at.get(a) - at.get(b)).slice(0, frequent);
  const rank = new Map(top.map((w, i) => [w, i]));
  const target = (x) => (rank.has(x) ? rank.get(x) : top.length + at.get(x));
  const order = [...rest];
  let links = '';
  for (const w of list) {
    const { uni, next } = words.get(w);
    const targets = next.map(([x, i]) => [target(x), i]).sort((a, b) => a[0] - b[0]);
    links += linkNumber((uni === undefined ? 0 : 1) + 2 * targets.length) || '\u0000';
    if (uni !== undefined) order.push(uni);
    let prev = 0;
    for (const [j, i] of targets) {
      links += linkNumber(j - prev) || '\u0000';
      prev = j;
      order.push(i);
    }
  }
  const head = top.map((w) => linkNumber(at.get(w)) || '\u0000').join('');
  if (links.includes('\u0000') || head.includes('\u0000')) return undefined;
  const text = `${frontCoded(rest.map((i) => keys[i])).keys}\n${frontCoded(list).keys}\n${head}\n${links}`; // no capitals: unseparated
  const back = indexedKeys(text);
  if (back.length !== keys.length || back.some((k, j) => k !== keys[order[j]])) return undefined;
  return { keys: text, order };
}

/** The keys of an indexed coding in the order written: src/policy/data/packed-numbers.ts's indexedKeys. */
function indexedKeys(keys) {
  const [rest, list, head, links] = keys.split('\n');
  const fronted = (text) => {
    const out = [];
    let prev = '';
    for (const p of text.split(/(?=[A-Z])/)) {
      if (!p) continue;
      prev = prev.slice(0, p.charCodeAt(0) - 65) + p.slice(1);
      out.push(prev);
    }
    return out;
  };
  // The numbers of `text` in turn: one digit below 90, else 90 and two digits.
  const reader = (text) => {
    let at = 0;
    const digitAt = (j) => {
      const c = text.charCodeAt(j);
      return c - (c > 92 ? 36 : 35);
    };
    const next = () => {
      let n = digitAt(at++);
      if (n === 90) {
        n = digitAt(at) * BASE + digitAt(at + 1);
        at += 2;
      }
      return n;
    };
    return { next, more: () => at < text.length };
  };
  const out = fronted(rest);
  const words = fronted(list);
  const targets = [];
  const frequent = reader(head);
  while (frequent.more()) targets.push(words[frequent.next()]);
  targets.push(...words);
  const { next: number } = reader(links);
  for (const w of words) {
    const c = number();
    if (c & 1) out.push('w:' + w);
    let j = 0;
    for (let k = c >> 1; k > 0; k--) {
      j += number();
      out.push(`b:${w}_${targets[j]}`);
    }
  }
  return out;
}

/** The keys of a grouped coding in the order written: src/policy/data/packed-numbers.ts's groupedKeys. */
function groupedKeys(keys) {
  const out = [];
  const cut = keys.indexOf('\n');
  let prev = '';
  for (const p of keys.slice(0, cut).split(/(?=[A-Z])/)) {
    if (!p) continue;
    prev = prev.slice(0, p.charCodeAt(0) - 65) + p.slice(1);
    out.push(prev);
  }
  let word = '';
  for (const part of keys.slice(cut + 1).split(/(?=[A-Z])/)) {
    const next = part.split(' ');
    const c = next[0].charCodeAt(0) - 65;
    word = word.slice(0, c % 13) + next[0].slice(1);
    if (c < 13) out.push('w:' + word);
    for (let i = 1; i < next.length; i++) out.push(`b:${word}_${next[i]}`);
  }
  return out;
}

/**
 * The keys front-coded: each is a character giving how many characters it shares with the key
 * before, then the rest. With no capital letter in any key, that character is a capital ('A' + n,
 * n ≤ 25) and starts the key, so no separator is needed (sep ''); otherwise it is '0' + n (n ≤ 70)
 * and the keys are joined by a separator none of them contains. Undefined when there is none.
 */
function frontCoded(keys) {
  const code = (base, most) => {
    let prev = '';
    return keys.map((k) => {
      let i = 0;
      while (i < most && i < prev.length && i < k.length && prev[i] === k[i]) i++;
      prev = k;
      return String.fromCharCode(base + i) + k.slice(i);
    });
  };
  if (keys.every((k) => !/[A-Z]/.test(k))) return { keys: code(65, 25).join(''), sep: '' };
  const sep = SEPARATORS.find((s) => keys.every((k) => !k.includes(s)));
  return sep === undefined ? undefined : { keys: code(48, MAX_PREFIX).join(sep), sep };
}

const gzipped = (s) => zlib.gzipSync(s, { level: 9 }).length;

/** Each integer as `width` digits, less the smallest: unpackNumbers with width > 0. */
function fixedDigits(ints) {
  const min = Math.min(...ints);
  const range = Math.max(...ints) - min;
  let width = 1;
  while (BASE ** width <= range) width++;
  const values = ints
    .map((n) => {
      let rest = n - min;
      let s = '';
      for (let i = 0; i < width; i++) {
        s = digit(rest % BASE) + s;
        rest = Math.floor(rest / BASE);
      }
      return s;
    })
    .join('');
  return { values, width, min };
}

/**
 * Each integer n as c = 2 × (|n| − min) + (1 if negative), min the smallest |n|: one digit when
 * c < esc, else two; unpackNumbers with width = -esc. esc is as large as the largest c allows.
 * Undefined when some c needs more than two digits.
 */
function signMagnitudeDigits(ints) {
  const min = Math.min(...ints.map((n) => Math.abs(n)));
  const codes = ints.map((n) => 2 * (Math.abs(n) - min) + (n < 0 ? 1 : 0));
  const top = Math.max(...codes);
  let esc = BASE - 1;
  while (esc > 0 && esc + (BASE - esc) * BASE <= top) esc--;
  if (esc === 0) return undefined;
  const values = codes.map((c) => (c < esc ? digit(c) : digit(esc + Math.floor((c - esc) / BASE)) + digit((c - esc) % BASE))).join('');
  return { values, width: -esc, min };
}

/**
 * Splits a parsed JSON value into the JSON to parse (packed tables replaced by 0) and the tables
 * to put back, each with its path of keys.
 */
function split(json, options = {}) {
  const packed = [];
  let negativeZero = false;
  const walk = (value, at) => {
    if (Object.is(value, -0)) negativeZero = true;
    if (Array.isArray(value)) return value.map((v, i) => walk(v, [...at, i]));
    if (!value || typeof value !== 'object') return value;
    const table = at.includes('__proto__') ? undefined : packTable(value, options);
    if (table) {
      packed.push({ at, table });
      return 0;
    }
    const out = {};
    for (const k of Object.keys(value)) {
      // JSON.parse makes "__proto__" an own property; so does this copy.
      Object.defineProperty(out, k, { value: walk(value[k], [...at, k]), enumerable: true, writable: true, configurable: true });
    }
    return out;
  };
  const rest = walk(json, []);
  // JSON.stringify writes -0 as 0: such a file is passed through as it is.
  return negativeZero ? { rest: json, packed: [] } : { rest, packed };
}

/**
 * The JSON text without the top-level keys `omit` names (the event bundle leaves out the training
 * notes no code reads: OMIT_NOTES; test/bundle/packed-json-loader-omit.test.ts checks no reader uses them).
 */
function withoutKeys(text, omit) {
  const json = JSON.parse(text);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return text;
  if (!omit.some((k) => Object.prototype.hasOwnProperty.call(json, k))) return text;
  const out = {};
  for (const k of Object.keys(json)) {
    if (!omit.includes(k)) Object.defineProperty(out, k, { value: json[k], enumerable: true, writable: true, configurable: true });
  }
  return JSON.stringify(out);
}

/** The weight files' notes for people (how and on what they were trained), read by no code at send. */
const OMIT_NOTES = ['source', 'licence', 'features', 'cvAccuracy', 'n'];

/**
 * The ES module source for a JSON text; `unpackFrom` is the request for packed-numbers.ts. `tail`:
 * mark the JSON, keys and values strings (kinds 1, 2, 3; a word-list coding's links, kind 6) for
 * build/data-tail.js.
 */
function moduleSource(text, unpackFrom, { tail = false, omit = [] } = {}) {
  const str = (kind, s) => JSON.stringify(tail ? `${TAIL_MARK}${kind}:${s}` : s);
  if (omit.length) text = withoutKeys(text, omit);
  // Keys coded over a word list only in the event bundle (`tail`): the task pane's tables stay as they were.
  const { rest, packed } = split(JSON.parse(text), { indexed: tail });
  if (packed.length === 0) return `export default JSON.parse(${JSON.stringify(text)});\n`;
  const lines = [`import { unpackNumbers } from ${JSON.stringify(unpackFrom)};`];
  lines.push(`const data = JSON.parse(${str(1, JSON.stringify(rest))});`);
  for (const { at, table } of packed) {
    const target = at.length ? `data${at.map((k) => `[${JSON.stringify(k)}]`).join('')}` : 'data';
    // A word-list coding's two parts apart (the words, then the head and links), so that build/data-tail.js
    // can put the links, which are numbers, beside the values, and the words beside the other keys.
    const args = [str(2, table.keys), JSON.stringify(table.sep), str(3, table.values), table.width, table.min, table.scale];
    const cut = table.sep === INDEXED ? table.keys.indexOf('\n', table.keys.indexOf('\n') + 1) : -1;
    if (cut >= 0) {
      args[0] = str(2, table.keys.slice(0, cut));
      args.push(str(6, table.keys.slice(cut + 1)));
    }
    const call = `unpackNumbers(${args.join(', ')})`;
    lines.push(at.length ? `${target} = ${call};` : `export default ${call};`);
  }
  if (packed.every(({ at }) => at.length)) lines.push('export default data;');
  else lines.splice(1, 1); // the whole file was one table
  return lines.join('\n') + '\n';
}

module.exports = function packedJsonLoader(text) {
  const unpack = path.join(__dirname, '..', 'src', 'policy', 'data', 'packed-numbers.ts');
  const options = (this && this.getOptions && this.getOptions()) || {};
  return moduleSource(text, unpack, { tail: Boolean(options.tail), omit: options.omitNotes ? OMIT_NOTES : [] });
};
module.exports.moduleSource = moduleSource;
module.exports.OMIT_NOTES = OMIT_NOTES;
module.exports.packTable = packTable;
module.exports.indexedKeys = indexedKeys;
module.exports.indexedCoded = indexedCoded;
