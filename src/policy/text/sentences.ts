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

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || c === '\u00a0';
}

function isClosing(c: string): boolean {
  return c === '.' || c === '!' || c === '?' || c === ')' || c === '"' || c === "'" || c === '’' || c === '”' || c === ']';
}

/** Split `text[range]` into sentences (trimmed, offsets into `text`). */
export function splitSentences(text: string, range: Range = { start: 0, end: text.length }): Sentence[] {
  const out: Sentence[] = [];
  const { end } = range;
  let start = range.start;
  let lineStart = range.start;
  let lastNonSpace = ''; // last non-space character since `start`
  const push = (to: number) => {
    let s = start;
    let e = to;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = to;
    lastNonSpace = '';
  };
  for (let i = range.start; i < end; i++) {
    const c = text[i];
    if (c === '\n') {
      const next = text.indexOf('\n', i + 1);
      const nextEnd = next < 0 || next > end ? end : next;
      // Only the start of the next line is looked at, so each character is read a bounded number of times.
      let k = i + 1;
      while (k < nextEnd && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k++;
      const nextBlank = k >= nextEnd;
      const lineLength = i - lineStart;
      lineStart = i + 1;
      if (lastNonSpace === '') continue; // nothing to end yet
      const first = text[k];
      const nextStartsLower = !nextBlank && first.toLowerCase() === first && first.toUpperCase() !== first;
      const nextIsList = !nextBlank && LIST_ITEM.test(text.slice(k, Math.min(nextEnd, k + 8)));
      const punctuated = /[.!?:;]/.test(lastNonSpace);
      if (nextBlank || nextIsList || punctuated || (lineLength < WRAP_WIDTH && !nextStartsLower && !/[(&-]/.test(lastNonSpace))) {
        push(i + 1);
      }
      continue;
    }
    if (!isSpace(c)) lastNonSpace = c;
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < end && isClosing(text[j])) j++;
      if (j < end && !isSpace(text[j])) {
        i = j - 1;
        continue; // 3.5, e.g.x, URLs, "?!" runs inside a word
      }
      if (c === '.') {
        // The letters and dots just before the full stop (at most 8), scanned backwards.
        let w0 = i;
        while (w0 > Math.max(start, i - 8) && /[A-Za-z.]/.test(text[w0 - 1])) w0--;
        const word = w0 < i ? text.slice(w0, i) : '';
        if (word) {
          const w = word.toLowerCase();
          let k = j;
          while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
          const numberFollows = k < end && text[k] >= '0' && text[k] <= '9';
          // Abbreviations, and initials such as "J. Smith" or "A.N. Other".
          if (ABBREVIATIONS.has(w) || (numberFollows && BEFORE_NUMBER.has(w)) || /^(?:[A-Z]\.)*[A-Z]$/.test(word)) continue;
        }
        // A list marker such as "1." is not a sentence of its own (bounded slice: linear time).
        if (i - start <= 6 && /^\s*[0-9]{1,3}$/.test(text.slice(start, i))) continue;
      }
      i = j - 1;
      push(j);
    }
  }
  push(end);
  return out;
}
