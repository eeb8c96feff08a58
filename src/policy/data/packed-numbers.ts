// Rebuilds a large { feature: weight } table that build/packed-json-loader.js packed at build
// time for the webpack bundles (the event bundle's size budget, ARCHITECTURE §3). Keys are front-coded
// (first character: 48 + length of the prefix shared with the previous key, then the rest, joined by
// `sep`; or, when no key has a capital letter and `sep` is '', 65 + that length, unseparated); values
// are integers written in `width` base-91 digits (characters 35–126 without the backslash), offset by
// `min` and divided by `scale` (a power of ten). A negative `width` (-esc) writes each integer n as
// c = 2 × (|n| − min) + (1 if n < 0): one digit when c < esc, else two (esc + ⌊(c − esc) / 91⌋, then
// (c − esc) mod 91), so the common small weights take one digit. The packer writes a table only when every value
// comes back identical (===, and no -0) and keeps the key order, so the object equals JSON.parse's.
//
// With `sep` GROUPED ('_'), the keys are grouped by word instead (a table of word features whose keys
// are in order): first the other keys, front-coded unseparated as above, then a line break, then each
// word of the `w:word` and `b:word_next` keys once, in order, as one character (65 + the letters it
// shares with the word before, at most 12, for a word with its own `w:` key; 78 + that number for a
// word only some `b:` keys start with) and the letters after, then ' next' for each `b:word_next` key.
// The values follow that order; the keys are put back in sorted order, which the packer checks is
// theirs. Each bigram's first word is written once instead of once per bigram.
//
// With `sep` INDEXED ('#'; the event bundle only), the keys are coded over a word list: the other
// keys as in GROUPED, a line break, every word of the `w:`/`b:` keys once, sorted and front-coded
// unseparated, a line break, the words most bigrams end with (most first), each as its index in the
// list, a line break, then for each word in list order a number (1 if it has a `w:` key, plus twice
// its number of `b:` keys) and, per `b:` key, its next word as a target, in ascending order, written as
// the gap from the one before: targets 0, 1, … are those frequent words, then the whole list follows
// (target = their number + the word's index). Numbers are one base-91 digit below 90, else 90 and two
// digits. The values follow that order and the keys are put back in sorted order, as with GROUPED.
// Jest and the command line read the JSON files directly and never call this.

/** The `sep` that marks keys grouped by word. */
export const GROUPED = '_';

/** The `sep` that marks keys coded over a word list. */
export const INDEXED = '#';

/** Front-coded keys, unseparated (each starts with 'A' + the length shared with the key before). */
function frontDecoded(keys: string, into: string[]): void {
  let prev = '';
  for (const p of keys.split(/(?=[A-Z])/)) {
    if (!p) continue;
    prev = prev.slice(0, p.charCodeAt(0) - 65) + p.slice(1);
    into.push(prev);
  }
}

/** The keys of a GROUPED table, in the order its values are written. */
function groupedKeys(keys: string): string[] {
  const out: string[] = [];
  const cut = keys.indexOf('\n');
  frontDecoded(keys.slice(0, cut), out);
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

/** A base-91 digit (characters 35–126 without the backslash) of `text` at `j`. */
function digitOf(text: string, j: number): number {
  const c = text.charCodeAt(j);
  return c - (c > 92 ? 36 : 35);
}

/** Reads the numbers of `text` in turn: one base-91 digit below 90, else 90 and two digits. */
function numberReader(text: string): { next(): number; more(): boolean } {
  let at = 0;
  const next = () => {
    let n = digitOf(text, at++);
    if (n === 90) {
      n = digitOf(text, at) * 91 + digitOf(text, at + 1);
      at += 2;
    }
    return n;
  };
  return { next, more: () => at < text.length };
}

/** The keys of an INDEXED table, in the order its values are written. */
function indexedKeys(keys: string): string[] {
  const [rest, list, head, links] = keys.split('\n');
  const out: string[] = [];
  frontDecoded(rest, out);
  const words: string[] = [];
  frontDecoded(list, words);
  // A next word is a target: the frequent words first, then the whole word list.
  const targets: string[] = [];
  const frequent = numberReader(head);
  while (frequent.more()) targets.push(words[frequent.next()]);
  targets.push(...words);
  const number = numberReader(links).next;
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

/**
 * The table. `links`: an INDEXED table's last two lines (the frequent words and the links) when the
 * packer passes them apart from its first two (the event bundle keeps numbers beside numbers).
 */
export function unpackNumbers(keys: string, sep: string, values: string, width: number, min: number, scale: number, links?: string): Record<string, number> {
  const out: Record<string, number> = {};
  const grouped = sep === GROUPED || sep === INDEXED;
  // With no separator, each key starts with a capital letter ('A' + the shared length); else '0' + it.
  const parts = sep === INDEXED ? indexedKeys(links === undefined ? keys : `${keys}\n${links}`) : grouped ? groupedKeys(keys) : sep ? keys.split(sep) : keys.split(/(?=[A-Z])/);
  const base = sep ? 48 : 65;
  const digit = (j: number) => digitOf(values, j);
  const numbers: number[] = [];
  let prev = '';
  let at = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const key = grouped ? p : prev.slice(0, p.charCodeAt(0) - base) + p.slice(1);
    let n = 0;
    if (width > 0) {
      for (let j = 0; j < width; j++) n = n * 91 + digit(at++);
      n += min;
    } else {
      let c = digit(at++);
      if (c >= -width) c = (c + width) * 91 + digit(at++) - width;
      n = c & 1 ? -((c >> 1) + min) : (c >> 1) + min;
    }
    if (grouped) {
      parts[i] = key;
      numbers.push(n / scale);
    } else out[key] = n / scale;
    prev = key;
  }
  if (grouped) {
    const order = parts.map((_, i) => i).sort((a, b) => (parts[a] < parts[b] ? -1 : 1));
    for (const i of order) out[parts[i]] = numbers[i];
  }
  return out;
}
