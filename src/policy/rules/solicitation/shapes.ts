// Shapes of a message that junk mail has and business mail rarely does: links, prices, words
// broken up to dodge filters, consonant noise, padded word lists, "!!!", capitals, HTML residue.
// Each counter is one linear regular-expression pass (no nested quantifiers on overlapping classes)
// or part of the one pass over the words, and works on typed text and on lower-cased, space-tokenised
// text alike.
import { DISGUISED_WORDS, DRUG, FUNCTION_WORDS, MISSPELT_TARGETS } from '../../data/solicitation';

export interface ShapeCounts {
  links: number;
  prices: number;
  /** Letters strung out with separators ("v * i * a * g * r * a", "s p e c i a l"). */
  spaced: number;
  /** Letters with digits or symbols standing in ("pr0duct", "vi@gra"). */
  leet: number;
  /** Letters tripled inside a word ("viaaagra", "cheaaaap"). */
  stretched: number;
  gibberish: number;
  /** A drug name behind symbols or spacing ("v ( iagra", "vl @ gra", "v i a g r a"). */
  disguised: number;
  /** Distinct medicine names written with one or two stray letters added ("viagkpra"). */
  misspelt: number;
  /** 1 when the text has a long string of long words (SpamAssassin's LONGWORDS), else 0. */
  longWords: number;
  /** Longest run of words with no function word and no punctuation between them. */
  saladRun: number;
  /** Words (runs of letters). */
  words: number;
  exclamations: number;
  /** Capital letters among letters, when there are at least 200 letters (else 0). */
  capsRatio: number;
  html: number;
}

// A web address: scheme or "www." with its host (consumed, so one address counts once), or a bare
// host with a path ("shop . biz / x").
// Host labels are bounded (DNS allows 63 characters), and a bare host is read from its last label
// only: a run that may cross hyphens, tried from every position of "a-b-c-…", would be quadratic.
const LINK = /\b(?:https? ?: ?\/ ?\/ ?|www ?\. ?)(?:[a-z0-9-]{1,63} ?\. ?){0,6}[a-z0-9-]{1,63}|\b[a-z0-9]{1,63} ?\. ?(?:com|net|org|biz|info)\b ?\//gi;
const PRICE = /[$£€] ?\d/g;
// A single letter, then four or more "separator, single letter" steps: "v * i * a * g * r", "s p e c i".
// Every separator starts with a non-letter, so only the last letter needs "no letter after it": that
// is one character matched after the run (group 1 is the run), not a look-ahead inside the loop, so
// recheck's automaton checker proves it linear (issue #18, finding 7). Read it through spacedRuns().
export const SPACED = /\b([a-z@](?:(?: ?[*_\-.'@;|^] ?| )[a-z@!|]){4,})(?:[^a-z]|$)/gi;
const LEET = /\b[a-z]{2,}[0134@$|!][a-z]{2,}\b/gi;
const STRETCHED = /([aeiou])\1\1/gi;
// Letters joined by single symbols ("v ( iagra", "prescri ) ption"); squeezed, then read for drug names.
// Starts at a word boundary with bounded pieces, so a long run of letters is not retried from each one.
const JOINED = /\b[a-z]{1,30}(?: ?[^a-z0-9\s,?'"] ?[a-z]{1,30}){1,12}/gi;
const DRUG_ANYWHERE = new RegExp(`${DRUG}|${DISGUISED_WORDS}`, 'i');
const NOT_LETTER = /[^a-z]+/gi;
const AT = /@/g;
const DOLLAR = /\$/g;
const BAR = /[|!]/g;

// Strings of long words with nothing but spaces or full stops between them, from SpamAssassin's
// LONGWORDS rule (Apache License 2.0): /\b(?:[a-z]{8,}[\s.]+){6}/, /…{6,}…{9}/ and /…{5,}…{10}/, two of
// the three. Counted in the word pass below rather than by three more scans of the text.
const LONG_WORDS: readonly (readonly [minLength: number, inARow: number])[] = [[8, 6], [6, 9], [5, 10]];
const STOPS_ONLY = /^\.+$/;
const GIBBERISH = /[bcdfghjklmnpqrstvwxz]{7,}/gi;
const BANGS = /[!$] ?[!$] ?[!$]/g;
const HTML = /\b(?:font (?:size|face|color)|font ?- ?(?:size|family)|href|nbsp|htmlbody|bgcolor|colspan|cellpadding)\b|<\/?(?:font|td|tr|table|div|span|br|p|img|a)\b/gi;
const TOKEN = /[a-z]+|\n|[^a-z\s]+/gi;
// A line shorter than this ends a run: lists of names or places are one short line each.
const SHORT_LINE = 50;
const FUNCTION = new Set(FUNCTION_WORDS);

/** Expressions built from data (literals are covered by the static scan), for test/hardening. */
export const SHAPE_REGEXES: Readonly<Record<string, RegExp>> = { drugs: DRUG_ANYWHERE };

/** The runs of single spaced letters, as the pattern's group 1; the character after a run is not used up. */
export function spacedRuns(text: string): string[] {
  const out: string[] = [];
  SPACED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPACED.exec(text)) !== null) {
    out.push(m[1]);
    SPACED.lastIndex = m.index + m[1].length;
  }
  return out;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * Matches of `re` that spell a drug name once everything but letters is squeezed out, where the
 * name starts and ends on a piece's edge and spans two or more pieces (so "specialist - x" and
 * "staceys @ omassociates" are not "cialis" or "soma").
 */
function matches(re: RegExp, text: string): string[] {
  re.lastIndex = 0;
  const out: string[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push(m[0]);
  return out;
}

function disguisedDrugs(runs: string[]): number {
  let n = 0;
  for (const run of runs) {
    // Symbols that stand for letters become them first: "vl @ gra" is "vlagra".
    const pieces = run.replace(AT, 'a').replace(DOLLAR, 's').replace(BAR, 'i').split(NOT_LETTER).filter(Boolean);
    const edges: number[] = [0];
    let squeezed = '';
    for (const p of pieces) edges.push((squeezed += p).length);
    const d = DRUG_ANYWHERE.exec(squeezed);
    if (!d) continue;
    const end = d.index + d[0].length;
    const first = edges.indexOf(d.index);
    const last = edges.indexOf(end);
    if (first >= 0 && last > first + 1) n++;
  }
  return n;
}

// Targets by their first two letters, kept as a number: most words are ruled out before any string
// is made, and the rest are compared with a handful of targets at most.
const prefixKey = (w: string) => ((w.charCodeAt(0) | 32) << 8) | (w.charCodeAt(1) | 32);
const MISSPELT_BY_PREFIX = new Map<number, string[]>();
for (const t of MISSPELT_TARGETS) {
  const key = prefixKey(t);
  const list = MISSPELT_BY_PREFIX.get(key) ?? [];
  list.push(t);
  MISSPELT_BY_PREFIX.set(key, list);
}
const LONGEST_TARGET = Math.max(...MISSPELT_TARGETS.map((t) => t.length));
/** True when `word` is `target` with one or two letters added inside (same first and last letter). */
export function isPadded(word: string, target: string): boolean {
  const extra = word.length - target.length;
  if (extra < 1 || extra > 2) return false;
  if (word[0] !== target[0] || word[word.length - 1] !== target[target.length - 1]) return false;
  // Plain inflections are the word itself, not a disguise.
  if (word === target + 's' || word === target + 'es') return false;
  let j = 0;
  for (let i = 0; i < word.length && j < target.length; i++) if (word[i] === target[j]) j++;
  return j === target.length;
}

function misspeltTargets(word: string, found: Set<string>): void {
  if (word.length < 7 || word.length > LONGEST_TARGET + 2) return;
  const targets = MISSPELT_BY_PREFIX.get(prefixKey(word));
  if (!targets) return;
  const lower = word.toLowerCase();
  for (const t of targets) if (isPadded(lower, t)) found.add(t);
}

function hasCapital(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

interface WordStats {
  run: number;
  words: number;
  longWords: number;
  misspelt: number;
}

/** One pass over the words: the longest salad run, LONGWORDS and padded medicine names. */
function wordStats(text: string): WordStats {
  let run = 0;
  let best = 0;
  let words = 0;
  const inARow = LONG_WORDS.map(() => 0);
  const reached = LONG_WORDS.map(() => false);
  const misspelt = new Set<string>();
  TOKEN.lastIndex = 0;
  let lineStart = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const w = m[0];
    if (w === '\n') {
      if (m.index - lineStart < SHORT_LINE) run = 0;
      lineStart = m.index + 1;
      continue;
    }
    const c = w.charCodeAt(0) | 32;
    const word = c >= 97 && c <= 122;
    if (word) {
      words++;
      misspeltTargets(w, misspelt);
      // SpamAssassin's [a-z] is lower case only: a heading in Title Case is not a string of words.
      const length = w.length >= 5 && !hasCapital(w) ? w.length : 0;
      for (let i = 0; i < LONG_WORDS.length; i++) {
        inARow[i] = length >= LONG_WORDS[i][0] ? inARow[i] + 1 : 0;
        if (inARow[i] >= LONG_WORDS[i][1]) reached[i] = true;
      }
    } else if (w.charCodeAt(0) !== 46 || !STOPS_ONLY.test(w)) inARow.fill(0);
    if (word && w.length > 1 && !FUNCTION.has(w.toLowerCase())) {
      run++;
      if (run > best) best = run;
    } else run = 0;
  }
  return { run: best, words, longWords: reached.filter(Boolean).length >= 2 ? 1 : 0, misspelt: misspelt.size };
}

function capsRatio(text: string): number {
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  return letters >= 200 ? upper / letters : 0;
}

export function shapeCounts(text: string): ShapeCounts {
  const stats = wordStats(text);
  return {
    links: count(LINK, text),
    prices: count(PRICE, text),
    spaced: spacedRuns(text).length,
    leet: count(LEET, text),
    stretched: count(STRETCHED, text),
    gibberish: count(GIBBERISH, text),
    disguised: disguisedDrugs(matches(JOINED, text)) + disguisedDrugs(spacedRuns(text)),
    misspelt: stats.misspelt,
    longWords: stats.longWords,
    saladRun: stats.run,
    words: stats.words,
    exclamations: count(BANGS, text),
    capsRatio: capsRatio(text),
    html: count(HTML, text),
  };
}
