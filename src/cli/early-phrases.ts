// A command is a short process: most of a cold `council-mail check` went on V8 compiling the rules'
// large phrase alternations (src/policy/text/patterns.ts) to machine code on their first run, tens of
// milliseconds each, for an email that can match a handful of their entries. Imported first by
// main.ts, this installs `earlyScan`: for one of a set's first scans of a text, an alternation of only
// the entries whose literal text is in the text. An entry that cannot match anywhere in the text never
// wins at any place, so the smaller alternation finds the same hits, each with the same entry. After
// the first scans (or on a long text) the whole alternation serves, as in the add-in: one compile, the
// fastest per scan, for runs over many files.
import { earlyScan, hoisted, type PhraseSet } from '../policy/text/patterns';

/** Scans of a set that may use a smaller alternation, and the longest text they are used for (a long
 * text can match most entries, and reading it for each entry's text costs). */
export const EARLY_SCANS = 16;
export const EARLY_TEXT = 20_000;

const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/y;

/**
 * Literal text that every match of a regular-expression source contains, lower-cased: any one of the
 * strings returned, or undefined when the source promises none that this reading is sure of. Reads
 * runs of plain ASCII characters (which, under the `i` flag without `u`, match only themselves in
 * either case, so a lower-cased text holds them lower-cased); an optional item breaks a run, a group of
 * alternatives gives one string per branch (when every branch has one), a lookaround gives nothing,
 * and anything it does not know (an escape other than punctuation, \b, \d, \w, \s and their capitals,
 * or a non-ASCII character; a brace that is not a quantifier; an unbalanced group) gives up.
 */
export function literalNeeds(src: string): string[] | undefined {
  let i = 0;
  let unsure = false;
  const shortest = (a: string[]) => Math.min(...a.map((x) => x.length));
  const better = (a: string[] | undefined, b: string[] | undefined) => (!a || (b && shortest(b) > shortest(a)) ? b : a);
  const branches = (): string[] | undefined => {
    const all: string[] = [];
    let none = false;
    for (;;) {
      const need = sequence();
      if (need) all.push(...need);
      else none = true;
      if (src[i] !== '|') return none ? undefined : all;
      i++;
    }
  };
  const sequence = (): string[] | undefined => {
    let best: string[] | undefined;
    let run = '';
    while (i < src.length && src[i] !== '|' && src[i] !== ')' && !unsure) {
      const c = src[i];
      // What the next item needs: a character (string), a group's strings (array), or nothing.
      let item: string | string[] | undefined = undefined;
      if (c === '(') {
        const look = /^\(\?<?[=!]/.test(src.slice(i, i + 4));
        i += src[i + 1] !== '?' ? 1 : src[i + 2] === '<' ? 4 : 3;
        const need = branches();
        if (src[i++] !== ')') unsure = true;
        item = look ? undefined : need;
      } else if (c === '[') {
        i++;
        if (src[i] === '^') i++;
        while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
        i++;
      } else if (c === '\\') {
        const d = src[i + 1] ?? '';
        if (/[ -/:-@[-`{-~]/.test(d)) item = d;
        else if (!/[bBdDwWsS]/.test(d)) unsure = true;
        i += 2;
      } else if (/[.^$\x80-\uffff]/.test(c)) i++;
      else if (/[*+?{}\]]/.test(c)) unsure = true;
      else {
        item = c.toLowerCase();
        i++;
      }
      // A quantifier: nothing is needed of an item that may be absent, and a repeated character ends the run.
      QUANTIFIER.lastIndex = i;
      const q = QUANTIFIER.exec(src);
      if (src[i] === '{' && !q) unsure = true;
      const optional = !!q && (q[0][0] === '*' || q[0][0] === '?' || q[1] === '0');
      if (q) i += q[0].length;
      if (typeof item === 'string' && !optional) run += item;
      if (typeof item !== 'string' || q) {
        if (run) best = better(best, [run]);
        run = '';
        if (item && !optional && typeof item !== 'string') best = better(best, item);
      }
    }
    return better(best, run ? [run] : undefined);
  };
  const need = branches();
  return unsure || i < src.length ? undefined : need;
}

interface Early {
  scans: number;
  needs: (string[] | undefined)[];
  subs: Map<string, [RegExp, number[]]>;
}
const EARLY = new WeakMap<PhraseSet, Early>();
let lastText = '';
let lastLower = '';

/** The smaller alternation for one of a set's first scans of `text` (see earlyScan in patterns.ts). */
export function early(set: PhraseSet, text: string): [RegExp, number[]] | [] | undefined {
  const parts = set.parts;
  if (!parts || text.length > EARLY_TEXT) return undefined;
  let e = EARLY.get(set);
  if (!e) EARLY.set(set, (e = { scans: 0, needs: parts.map(literalNeeds), subs: new Map() }));
  if (e.scans >= EARLY_SCANS) return undefined;
  e.scans++;
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  const map: number[] = [];
  e.needs.forEach((need, i) => {
    if (!need || need.some((n) => lastLower.includes(n))) map.push(i);
  });
  if (!map.length) return [];
  if (map.length === parts.length) return undefined;
  const key = map.join();
  let sub = e.subs.get(key);
  if (!sub) {
    const body = map.map((i) => parts[i]).join('|');
    sub = [new RegExp(hoisted(set) ? `\\b(?:${body})` : body, set.re.flags), map];
    e.subs.set(key, sub);
  }
  return sub;
}

/** Scans so far of a set by `early` (for tests). */
export const earlyScans = (set: PhraseSet): number => EARLY.get(set)?.scans ?? 0;

earlyScan.run = early;
