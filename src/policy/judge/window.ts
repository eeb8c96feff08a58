// The text around a candidate, read within a bounded window so judging one hit never rescans the
// whole body: the sentence (or clause) that holds it, and the words just before and after it.
// Mail is hard-wrapped, so a single line break does not end a sentence; a blank line does.

/** How far a judgement looks either side of a candidate, in characters. */
export const REACH = 240;

function isStop(text: string, k: number): boolean {
  const c = text[k];
  if (c === '!' || c === '?') return true;
  if (c === '\n') return text[k + 1] === '\n' || (text[k + 1] === '\r' && text[k + 2] === '\n');
  // A full stop ends a sentence when white space follows ("e.g.", "3.5", "enron.com" do not).
  return c === '.' && (k + 1 >= text.length || /\s/.test(text[k + 1]));
}

/** Start of the sentence holding offset `i`, looking back at most `reach` characters. */
export function sentenceStart(text: string, i: number, reach = REACH): number {
  const from = Math.max(0, i - reach);
  for (let k = i - 1; k >= from; k--) if (isStop(text, k)) return k + 1;
  return from;
}

/** End of the sentence holding offset `i` (exclusive), looking ahead at most `reach` characters. */
export function sentenceEnd(text: string, i: number, reach = REACH): number {
  const to = Math.min(text.length, i + reach);
  for (let k = i; k < to; k++) if (isStop(text, k)) return k;
  return to;
}

/** The sentence around [start, end), lower-cased, with the hit's offsets inside it. */
export interface Around {
  before: string;
  hit: string;
  after: string;
}

export function around(text: string, start: number, end: number, reach = REACH): Around {
  const s = sentenceStart(text, start, reach);
  const e = sentenceEnd(text, end, reach);
  return { before: text.slice(s, start).toLowerCase(), hit: text.slice(start, end).toLowerCase(), after: text.slice(end, Math.max(end, e)).toLowerCase() };
}

/** The next `n` words after offset `i` (lower-case, letters, digits and apostrophes), within the line run. */
export function wordsAfter(text: string, i: number, n: number): string[] {
  const out: string[] = [];
  const re = /[A-Za-z0-9'’]+|[.,;:!?()"“”\n]/g;
  re.lastIndex = i;
  const stop = Math.min(text.length, i + 120);
  let m: RegExpExecArray | null;
  while (out.length < n && (m = re.exec(text)) !== null && m.index < stop) out.push(m[0].toLowerCase());
  return out;
}

/** The `n` words before offset `i`, nearest last (lower-case; punctuation marks are words here). */
export function wordsBefore(text: string, i: number, n: number): string[] {
  const from = Math.max(0, i - 120);
  const all = text.slice(from, i).toLowerCase().match(/[a-z0-9'’]+|[.,;:!?()"“”\n]/g) ?? [];
  return all.slice(-n);
}

/** The line holding offset `i` (end exclusive), looking at most `reach` characters either way. */
export function lineBounds(text: string, i: number, reach = REACH): { start: number; end: number } {
  const from = Math.max(0, i - reach);
  let start = i;
  while (start > from && text[start - 1] !== '\n') start--;
  const to = Math.min(text.length, i + reach);
  let end = i;
  while (end < to && text[end] !== '\n') end++;
  return { start, end };
}

/** A greeting line that a single line break leaves inside a first sentence ("Hi Pat,\n…"). */
const GREETING = /^(?:hi|hello|hiya|dear|morning|evening|good (?:morning|afternoon|evening))\b[^\n]{0,40}\n/i;

/** Where the writer's own words start in [start, end): after a greeting line, if one heads it. */
export function afterGreeting(text: string, start: number, end: number): number {
  const g = GREETING.exec(text.slice(start, Math.min(end, start + 60)));
  return g ? start + g[0].length : start;
}
