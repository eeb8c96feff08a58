// Sentence splitting with offsets, for rules that judge sentence by sentence.
//
// Mail is not tidy prose: plain text is hard-wrapped at ~72 characters, greetings and sign-offs
// stand on their own lines without a full stop, and lists have no end punctuation. A line break
// therefore ends a sentence when the next line is blank or a list item, or when the line is short
// and the next one starts like a new sentence; a wrapped line continues the sentence.
// One pass, constant work per character: linear in the range.
import type { Range } from './quotes';

export interface Sentence extends Range {
  text: string;
}

/** Words that end with a full stop but do not end a sentence (compared lower-case, without the stop). */
const ABBREVIATIONS = new Set([
  'cllr', 'cllrs', 'mr', 'mrs', 'ms', 'dr', 'st', 'e.g', 'i.e', 'etc', 'approx', 'dept', 'vs', 'cf', 'prof', 'rev',
  'esq', 'encl', 'enc', 'hon', 'rt', 'ltd', 'inc', 'plc', 'a.m', 'p.m', 'c.f', 'n.b', 'nb', 'viz', 'al', 'attn',
]);
/** Abbreviations only when a number follows ("No. 5", "p. 12", "Nov. 2026"): "I said no." still ends. */
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'p', 'pp', 'para', 'cl', 'fig', 'ext', 'tel', 'mob', 'ref', 'op', 'min', 'max', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun',
]);

/** A line shorter than this that ends without punctuation is a line of its own (greeting, sign-off, heading). */
const WRAP_WIDTH = 60;

const LIST_ITEM = /^\s*(?:[-*•–]|\d{1,3}[.)]|[a-z][.)])\s/i;

// The loop reads character codes, not one-character strings, and tests them with comparisons rather
// than regular expressions: it runs over every character of the body (a 1 MB body took ~20 ms before).
const TAB = 9;
const LF = 10;
const VT = 11;
const FF = 12;
const CR = 13;
const SPACE = 32;
const NBSP = 0xa0;
const DOT = 46;
const BANG = 33;
const QUERY = 63;
/** No character yet (a code unit is never negative). */
const NONE = -1;

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR || c === FF || c === VT || c === NBSP;
}

/** `.` `!` `?` `)` `"` `'` `’` `”` `]` */
function isClosing(c: number): boolean {
  return c === DOT || c === BANG || c === QUERY || c === 41 || c === 34 || c === 39 || c === 0x2019 || c === 0x201d || c === 93;
}

/** `.` `!` `?` `:` `;` */
function isStop(c: number): boolean {
  return c === DOT || c === BANG || c === QUERY || c === 58 || c === 59;
}

/** `(` `&` `-`: a line ending in one of these runs on. */
function isRunOn(c: number): boolean {
  return c === 40 || c === 38 || c === 45;
}

/** [A-Za-z.] */
function isWordOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === DOT;
}

/** Add `text[from, to)`, trimmed, unless it is only space. */
function pushTrimmed(out: Sentence[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
}

/** Split `text[range]` into sentences (trimmed, offsets into `text`). */
export function splitSentences(text: string, range: Range = { start: 0, end: text.length }): Sentence[] {
  // No closure over the loop's changing variables: V8 keeps them in registers only if nothing captures them.
  const out: Sentence[] = [];
  const { end } = range;
  let start = range.start;
  let lineStart = range.start;
  // Code of the last non-space character in [start, lineStart): brought up to date at each line
  // break by reading back over the line, so the loop below touches only the characters it acts on.
  let lastNonSpace = NONE;
  // Next position of each character the loop acts on (`end` when there is none): the loop jumps
  // from one to the next, and indexOf skips the text between them in native code.
  const upTo = (ch: string, from: number) => {
    const at = text.indexOf(ch, from);
    return at < 0 || at > end ? end : at;
  };
  let nextLf = upTo('\n', range.start);
  let nextDot = upTo('.', range.start);
  let nextBang = upTo('!', range.start);
  let nextQuery = upTo('?', range.start);
  for (let i = range.start; i < end; i++) {
    if (nextLf < i) nextLf = upTo('\n', i);
    if (nextDot < i) nextDot = upTo('.', i);
    if (nextBang < i) nextBang = upTo('!', i);
    if (nextQuery < i) nextQuery = upTo('?', i);
    i = Math.min(nextLf, nextDot, nextBang, nextQuery);
    if (i >= end) break;
    const c = text.charCodeAt(i);
    if (c === LF) {
      for (let b = i - 1, from = Math.max(lineStart, start); b >= from; b--) {
        const d = text.charCodeAt(b);
        if (!isSpace(d)) {
          lastNonSpace = d;
          break;
        }
      }
      const next = text.indexOf('\n', i + 1);
      const nextEnd = next < 0 || next > end ? end : next;
      // Only the start of the next line is looked at, so each character is read a bounded number of times.
      let k = i + 1;
      while (k < nextEnd) {
        const d = text.charCodeAt(k);
        if (d !== SPACE && d !== TAB && d !== CR) break;
        k++;
      }
      const nextBlank = k >= nextEnd;
      const lineLength = i - lineStart;
      lineStart = i + 1;
      if (lastNonSpace === NONE) continue; // nothing to end yet
      const first = text[k];
      const nextStartsLower = !nextBlank && first.toLowerCase() === first && first.toUpperCase() !== first;
      const nextIsList = !nextBlank && LIST_ITEM.test(text.slice(k, Math.min(nextEnd, k + 8)));
      const punctuated = isStop(lastNonSpace);
      if (nextBlank || nextIsList || punctuated || (lineLength < WRAP_WIDTH && !nextStartsLower && !isRunOn(lastNonSpace))) {
        pushTrimmed(out, text, start, i + 1);
        start = i + 1;
        lastNonSpace = NONE;
      }
      continue;
    }
    if (c === DOT || c === BANG || c === QUERY) {
      let j = i + 1;
      while (j < end && isClosing(text.charCodeAt(j))) j++;
      if (j < end && !isSpace(text.charCodeAt(j))) {
        i = j - 1;
        continue; // 3.5, e.g.x, URLs, "?!" runs inside a word
      }
      if (c === DOT) {
        // The letters and dots just before the full stop (at most 8), scanned backwards.
        let w0 = i;
        while (w0 > Math.max(start, i - 8) && isWordOrDot(text.charCodeAt(w0 - 1))) w0--;
        const word = w0 < i ? text.slice(w0, i) : '';
        if (word) {
          const w = word.toLowerCase();
          let k = j;
          while (k < end && (text.charCodeAt(k) === SPACE || text.charCodeAt(k) === TAB)) k++;
          const numberFollows = k < end && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
          // Abbreviations, and initials such as "J. Smith" or "A.N. Other".
          if (ABBREVIATIONS.has(w) || (numberFollows && BEFORE_NUMBER.has(w)) || /^(?:[A-Z]\.)*[A-Z]$/.test(word)) continue;
        }
        // A list marker such as "1." is not a sentence of its own (bounded slice: linear time).
        if (i - start <= 6 && /^\s*[0-9]{1,3}$/.test(text.slice(start, i))) continue;
      }
      i = j - 1;
      pushTrimmed(out, text, start, j);
      start = j;
      lastNonSpace = NONE;
    }
  }
  pushTrimmed(out, text, start, end);
  return out;
}
