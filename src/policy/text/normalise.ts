// Undoes the cheap disguises people use to slip words past a checker, before the rules read the
// text: zero-width characters and soft hyphens inside words, full-width letters, and Cyrillic/Greek
// look-alike letters mixed into Latin words. The rules see the normalised text; the engine maps
// their spans back to the original through `map`, so highlighting and fixes land on what was typed.
import { CONFUSABLE_CHARS } from '../data/confusables';

export interface Normalised {
  text: string;
  /** map[i] = offset in the original of normalised character i; map[text.length] = original length. */
  map: number[];
}

// Zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks and embeddings/overrides.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/;
const SUSPECT = /[\u00ad\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\uff01-\uff5e]/;

const isLatin = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** The normalised text, or undefined when nothing needed changing (the common case: no copy). */
export function normaliseForMatching(s: string): Normalised | undefined {
  if (!SUSPECT.test(s)) return undefined;
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    const code = c.charCodeAt(0);
    if (INVISIBLE.test(c)) continue;
    let out = c;
    if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
    else if (code >= 0x0370 && code <= 0x052f) {
      // Only inside a Latin word: Greek or Russian text written as such is left alone.
      const latin = CONFUSABLE_CHARS[c.toLowerCase()];
      if (latin && (isLatin(text[text.length - 1]) || isLatin(nextVisible(s, i + 1)))) out = c === c.toLowerCase() ? latin : latin.toUpperCase();
    }
    text += out;
    map.push(i);
  }
  map.push(s.length);
  return { text, map };
}

function nextVisible(s: string, i: number): string | undefined {
  while (i < s.length && INVISIBLE.test(s[i])) i++;
  return s[i];
}

/** Map a [start, end) range of the normalised text back to the original. */
export function mapRangeBack(n: Normalised, start: number, end: number): { start: number; end: number } {
  const clamp = (i: number) => Math.max(0, Math.min(i, n.map.length - 1));
  const s = n.map[clamp(start)];
  const e = end <= start ? s : n.map[clamp(end - 1)] + 1;
  return { start: s, end: e };
}
