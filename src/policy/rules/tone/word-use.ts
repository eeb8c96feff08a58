// How a listed word is used, beyond its sense (issue #16: a word hit is a candidate, context decides).
// Two judgements the lexicon makes before reporting a word that can be innocent:
// - a word cut short at the end of a truncated text ("… you need to know abo&#8230;", "… last nig…")
//   is the start of some other word;
// - a word the writer uses of themselves ("I'm a redneck", "my fellow queer folk") is not aimed at
//   anyone.
// Pure and linear: each reads a few characters around the word.

/** What a truncated text ends with after the cut: an ellipsis, as a character, dots or an HTML entity. */
const CUT = /^(?:…|\.{2,}|&(?:#\d{0,4};?|hellip;?|amp;?)?)?[ \t\r\n]*$/;
/** A truncated text ends with an ellipsis; a word is judged cut only when there is one. */
const HAS_ELLIPSIS = /^(?:…|\.{2,}|&)/;

/** Is [start, end) the last word of the text, cut short by an ellipsis? Only short words can be. */
export function cutShort(text: string, end: number, length: number): boolean {
  if (length > 4) return false;
  const rest = text.slice(end, end + 16);
  return rest.length < 16 && HAS_ELLIPSIS.test(rest) && CUT.test(rest);
}

/**
 * Before the word: the writer describing themselves — "I'm a", "im just a trill", "proud to be a",
 * "my fellow" — with at most a few describing words between, never "of", "these" or "them". Not "my"
 * alone: "my …" is mostly aimed at someone else.
 */
const SELF = /(?:\b(?:i'?m|i’m|i am|call me|proud to be)[ \t]+(?:(?:just|jus|a|an|such|proud|real|true|trill|fellow|lil|little|big|old|white|black|country|southern|typical|total|own|the)[ \t]+){0,3}|\bmy[ \t]+fellow[ \t]+)$/i;

/** Does the writer use the word of themselves (a reclaimed word, not aimed at anyone)? For slurs only. */
export function selfDescribed(text: string, start: number): boolean {
  return SELF.test(text.slice(Math.max(0, start - 40), start));
}

export const WORD_USE_REGEXES: RegExp[] = [CUT, HAS_ELLIPSIS, SELF];
