// Phrase lists from src/policy/data/ compiled once into one alternation per list, so a rule scans
// the text once (linear) instead of once per phrase. Two kinds of list: regular-expression sources
// (compilePhrases, which says which entry matched) and literal phrases (phraseRegExp). Alternation of
// escaped literals has no nested quantifiers. Pure: no Node built-ins, no lookbehind.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Literal phrases as one non-capturing alternation: spaces match one to three spaces or tabs, and
 * longer phrases are tried first so "for staff only" wins over "staff only".
 */
export function literalAlternation(phrases: readonly string[]): string {
  const alts = [...phrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/ /g, '[ \\t]{1,3}'));
  return '(?:' + alts.join('|') + ')';
}

/** A global, case-insensitive expression matching any literal phrase as whole words. */
export function phraseRegExp(phrases: readonly string[], flags = 'gi'): RegExp {
  return new RegExp('\\b' + literalAlternation(phrases) + '\\b', flags);
}

export interface PhraseHit {
  /** Index of the phrase in the list that matched. */
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface PhraseSet {
  /** The whole alternation: one capturing group per entry, in the entries' order. */
  re: RegExp;
  size: number;
  /** Each entry's group as it stands in `re` (whether `re` starts with the hoisted `\b(?:`: hoisted()). */
  parts?: string[];
}

/** Whether the set's word boundary is hoisted: its source is `\b(?:…)`, not groups (each starts with `(`). */
export const hoisted = (set: PhraseSet): boolean => set.re.source[0] === '\\';

/**
 * How a set's first scans may run a smaller alternation, for a short-lived process: installed by the
 * command line (src/cli/early-phrases.ts), absent in the add-in. Given a set and the text, it returns
 * an alternation of some of the set's entries with the entry each of its groups stands for, [] when
 * no entry can match, or undefined for the whole alternation; the hits must be the whole one's.
 */
export const earlyScan: { run?: (set: PhraseSet, text: string) => [RegExp, number[]] | [] | undefined } = {};

/**
 * A capturing group in a regular-expression source: `(` not followed by `?`, or a named group
 * `(?<name>`, outside an escape and a character class (both skipped whole). Read as text: compiling
 * each source to ask the engine (`new RegExp(src + '|').exec('')`) compiled every entry of every
 * list once more, about a tenth of a cold command-line check.
 */
const CAPTURING = /^(?:\\[^]|\[(?:\\[^]|[^\]\\])*\]|[^\\[(]|\((?=\?(?:[:=!]|<[=!])))*\((?!\?(?:[:=!]|<[=!]))/;

/**
 * Compile regular-expression sources (data, not user input) into one case-insensitive alternation.
 * Each source is wrapped in its own capture group so a hit says which entry matched; sources must
 * therefore use only non-capturing groups `(?:…)` — checked here, so bad data fails at load, loudly
 * ("capturing group in phrase 3": make that entry's groups `(?:…)`).
 * Word boundaries are added on both ends unless a source starts or ends with a non-word character.
 */
export function compilePhrases(sources: readonly string[], { boundaries = true, caseSensitive = false } = {}): PhraseSet {
  const heads = sources.map((src) => boundaries && /^[\w(\\[]/.test(src));
  // When every entry starts at a word boundary, test the boundary once per position rather than once
  // per entry: most positions are inside words and fail at once (about 2× faster on a 1 MB body).
  const hoist = heads.every(Boolean);
  const parts = sources.map((src, i) => {
    if (CAPTURING.test(src)) throw new Error(`capturing group in phrase ${i}`);
    const head = heads[i] && !hoist ? '\\b' : '';
    const tail = boundaries && /[\w)\]]$/.test(src) ? '\\b' : '';
    return `(${head}(?:${src})${tail})`;
  });
  const body = hoist ? `\\b(?:${parts.join('|')})` : parts.join('|');
  return { re: new RegExp(body, caseSensitive ? 'g' : 'gi'), size: sources.length, parts };
}

/** All non-overlapping hits of a phrase set in `text[from, to)`, left to right. */
export function scanPhrases(set: PhraseSet, text: string, from = 0, to = text.length): PhraseHit[] {
  const out: PhraseHit[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(0, to);
  // A set whose word boundary is hoisted (its source starts with \b) has no hit in text without a
  // letter, digit or _, so it is not run: V8 compiles an expression on its first run, and the large
  // sets cost tens of milliseconds each on an empty draft (the task pane's first verdict). Only from
  // the start (`from` 0), so the look costs no more than the scan it saves.
  if (!from && !/\w/.test(slice) && hoisted(set)) return out;
  const sub = earlyScan.run?.(set, text);
  if (sub?.length === 0) return out;
  const [re, map] = sub ?? [set.re];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0] === '') {
      re.lastIndex++;
      continue;
    }
    let index = 0;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        index = map ? map[g - 1] : g - 1;
        break;
      }
    }
    out.push({ index, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** The first hit, or undefined. */
export function firstPhrase(set: PhraseSet, text: string, from = 0, to = text.length): PhraseHit | undefined {
  const re = set.re;
  re.lastIndex = from;
  const m = re.exec(to === text.length ? text : text.slice(0, to));
  if (!m) return undefined;
  let index = 0;
  for (let g = 1; g <= set.size; g++) {
    if (m[g] !== undefined) {
      index = g - 1;
      break;
    }
  }
  return { index, start: m.index, end: m.index + m[0].length, text: m[0] };
}
