// Sentence splitting with offsets, for rules that judge sentence by sentence.
import type { Range } from './quotes';

export interface Sentence extends Range {
  text: string;
}

const ABBREVIATIONS = new Set(['cllr', 'mr', 'mrs', 'ms', 'dr', 'st', 'no', 'e.g', 'i.e', 'etc', 'approx', 'dept', 'tel', 'ref', 'vs', 'cf', 'prof', 'rev']);

/** Split `text[range]` into sentences; also splits at blank lines and at line breaks after a line without end punctuation that is short (greetings, sign-offs). */
export function splitSentences(text: string, range: Range = { start: 0, end: text.length }): Sentence[] {
  const out: Sentence[] = [];
  let start = range.start;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = range.start; i < range.end; i++) {
    const c = text[i];
    if (c === '\n') {
      // A line break ends a sentence when the next line is blank or the line looks complete.
      const next = text.indexOf('\n', i + 1);
      const nextLine = text.slice(i + 1, next < 0 ? range.end : Math.min(next, range.end));
      const prevChar = text.slice(start, i).trimEnd().slice(-1);
      if (nextLine.trim() === '' || /[.!?:;,]/.test(prevChar) === false || /^\s*([-*•]|\d+[.)])\s/.test(nextLine)) push(i + 1);
      continue;
    }
    if (c === '.' || c === '!' || c === '?') {
      let j = i + 1;
      while (j < range.end && /[.!?)"'’”]/.test(text[j])) j++;
      if (j < range.end && !/\s/.test(text[j])) continue; // 3.5, e.g.x, URLs
      if (c === '.') {
        const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(range.start, i - 8), i));
        if (word && ABBREVIATIONS.has(word[1].toLowerCase())) continue;
      }
      i = j - 1;
      push(j);
    }
  }
  push(range.end);
  return out;
}
