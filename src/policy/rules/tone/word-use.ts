// How a listed word is used, beyond its sense (issue #16: a word hit is a candidate, context decides).
// Three judgements the lexicon makes before reporting a word that can be innocent:
// - a word cut short at the end of a truncated text ("… you need to know abo&#8230;", "… last nig…")
//   is the start of some other word;
// - a word the writer uses of themselves ("I'm a redneck", "my fellow queer folk", "a half-breed
//   like me") is not aimed at anyone;
// - a word for a kind of person used of a thing ("a redneck pool", "hillbilly music"): it describes a
//   style, not a person; and a word used as a verb ("cuts that would cripple the service").
// Pure and linear: each reads a few characters around the word.
import { DESCRIBING_SLURS, NOUN_BEFORE, PERSON_NOUNS, SUBJECT_VERBS, VERB_SENSES } from '../../data/word-senses';
import { DISGUISE_FUNCTION_WORDS } from '../../data/disguise-words';
import { stripTrailing } from '../../text/trim';
import { vocabulary } from '../../text/vocabulary';

/** What a truncated text ends with after the cut: an ellipsis, as a character, dots or an HTML entity ("abo ...", too). */
const CUT = /^[ \t]?(?:…|\.{2,}|&(?:#\d{0,4};?|hellip;?|amp;?)?)?[ \t\r\n]*$/;
/** A truncated text ends with an ellipsis; a word is judged cut only when there is one. */
const HAS_ELLIPSIS = /^[ \t]?(?:…|\.{2,}|&)/;

/** Is [start, end) the last word of the text, cut short by an ellipsis? Only short words can be. */
export function cutShort(text: string, end: number, length: number): boolean {
  if (length > 4) return false;
  const rest = text.slice(end, end + 16);
  return rest.length < 16 && HAS_ELLIPSIS.test(rest) && CUT.test(rest);
}

/**
 * Before the word: the writer describing themselves — "I'm a", "im just a trill", "proud to be a",
 * "I was a", "I admit to being the sort of", "my fellow" — with at most a few describing words
 * between, never "these" or "them". Not "my" alone: "my …" is mostly aimed at someone else.
 */
const SELF = /(?:\b(?:i'?m|i’m|i am|i was|i'?ve been|i’ve been|i feel|imma|call me|proud to be|admit(?:ted)? to being)[ \t]+(?:(?:just|jus|a|an|such|proud|real|true|trill|fellow|lil|little|big|old|white|black|country|southern|typical|total|own|the|so|utterly|totally|kinda|being|(?:level|kind|sort|bit) of)[ \t]+){0,3}|\bmy[ \t]+fellow[ \t]+)$/i;
/** After the word: "… like me", "like myself"; "my … self" ("my gook self"). */
const SELF_AFTER = /^[ \t]+(?:like (?:me|myself)\b|self\b)/i;
const MY_BEFORE = /\bmy[ \t]+$/i;

/** Does the writer use the word at [start, end) of themselves (a reclaimed word, not aimed at anyone)? For slurs only. */
export function selfDescribed(text: string, start: number, end = start): boolean {
  if (SELF.test(text.slice(Math.max(0, start - 40), start))) return true;
  const after = text.slice(end, end + 16);
  if (!SELF_AFTER.test(after)) return false;
  return /^[ \t]+like/i.test(after) || MY_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

const DESCRIBING = new Set(DESCRIBING_SLURS);
const PERSONS = new Set(PERSON_NOUNS);
const FUNCTION_WORDS = new Set(DISGUISE_FUNCTION_WORDS);
/** The next word on the same line, straight after the listed word (a space or a hyphen between); not a contraction or a link. */
const NEXT_WORD = /^[ \t-]{1,2}([a-z]{3,})(?![a-z'’]|[:./][a-z/])/;

/** Endings of nouns for people ("teabagger", "voters", "socialist"): the word stays about a person. */
const PERSON_ENDING = /(?:er|ers|or|ors|ist|ists|ian|ians)$/;

/**
 * Is a word for a kind of person (DESCRIBING_SLURS: "redneck", "hillbilly") used of a thing? Only in
 * its singular, describing form, and only when a lower-case word follows it that is not a person
 * (PERSON_NOUNS, or a word ending like one: "teabagger"), a function word or a swear word: "a redneck
 * pool", "hillbilly music". A capitalised word after it (a place, a name) leaves it a person.
 * `swearing` says whether a word could hold a listed word ("dumbasses").
 */
export function aboutAThing(text: string, word: string, whole: string, end: number, swearing: (w: string) => boolean): boolean {
  if (!DESCRIBING.has(word) || whole.toLowerCase() !== word) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 30));
  if (!next) return false;
  const w = next[1];
  return !PERSONS.has(w) && !FUNCTION_WORDS.has(w) && !PERSON_ENDING.test(w) && !holdsOffensiveWord(w) && !swearing(w);
}

/** Does `w` hold a swear word or slur of three letters or more ("dumbasses", "shitheads")? */
function holdsOffensiveWord(w: string): boolean {
  for (const o of vocabulary().offensive) if (o.length >= 3 && w.indexOf(o) >= 0) return true;
  return false;
}

const VERBS = new Set(VERB_SENSES);
const NOUN_BEFORES = new Set(NOUN_BEFORE);
/** The word just before `end` on the same line (spaces or tabs between), read backwards: no regular expression, so linear. */
function previousWord(text: string, end: number): string | undefined {
  let i = end;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === end) return undefined;
  const stop = i;
  while (i > 0 && /[a-z'’]/i.test(text[i - 1])) i--;
  return i < stop ? text.slice(i, stop) : undefined;
}

/** Is a listed word that is also a verb (VERB_SENSES) used as one: not after a determiner or a describing word? */
export function usedAsVerb(text: string, word: string, start: number): boolean {
  if (!VERBS.has(word)) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const prev = previousWord(before, before.length);
  return !prev || !NOUN_BEFORES.has(prev.toLowerCase());
}

/** Before a describing word: "it's a", "it was a proper" — said of a thing ("it's a cracker", "it was a real hillbilly do"). */
const OF_IT = /\bit(?:'s|’s|s|[ \t]+is|[ \t]+was)[ \t]+an?[ \t]+(?:(?:real|right|proper|total|absolute)[ \t]+)?$/i;

/** Is a word for a kind of person that also describes a thing (DESCRIBING_SLURS) said of "it"? */
export function saidOfIt(text: string, word: string, start: number): boolean {
  return DESCRIBING.has(word) && OF_IT.test(text.slice(Math.max(0, start - 32), start));
}

const SUBJECT_VERB_WORDS = new Set(SUBJECT_VERBS);
/**
 * Is a listed noun that is also a verb of a trade (SUBJECT_VERBS: "we hoe the beds on Fridays") used as
 * the verb: straight after "I" or "we", where the noun cannot stand?
 */
export function verbAfterSubject(text: string, word: string, start: number): boolean {
  if (!SUBJECT_VERB_WORDS.has(word)) return false;
  const prev = previousWord(text.slice(Math.max(0, start - 8), start), Math.min(start, 8));
  return prev !== undefined && /^(?:i|we)$/i.test(prev);
}

/**
 * Before the word: it is named as a word — "the word", 'the term "', "words such as" — a mention,
 * not a use ("a resident objected to the word 'hoe' in the leaflet"). Reported at most, never the
 * writer's own abuse.
 */
const MENTION = /\b(?:(?:the|a|that|this)[ \t]+(?:word|term|slur|expression)|words?[ \t]+(?:such[ \t]+as|like))$/i;
/** A name given in quotation marks: 'what we call "…"', 'they called me "…"', 'so-called "…"'. */
const NAMED_AS = /\b(?:call(?:s|ed|ing)?(?:[ \t]+(?:it|them|him|her|us|me|you|this|that|those|these))?|so-called|known as|dubbed)[ \t]*["“‘]$/i;
/** An opening quotation mark just before the word. */
const OPENING_QUOTE = /["'“‘]$/;
/** A colon or comma after "the word" ("the word: …"). */
const LEAD_IN = /[:,]$/;

/**
 * Is the word at `start` mentioned as a word rather than used? The quotation mark, spaces and a colon
 * or comma between "the word" and the word are cut by hand: as one expression, their neighbouring
 * optional runs made the regex-safety check slow.
 */
export function mentioned(text: string, start: number): boolean {
  if (NAMED_AS.test(text.slice(Math.max(0, start - 24), start))) return true;
  const before = stripTrailing(stripTrailing(text.slice(Math.max(0, start - 32), start).replace(OPENING_QUOTE, ''), ' \t').replace(LEAD_IN, ''), ' \t');
  return MENTION.test(before);
}


export const WORD_USE_REGEXES: RegExp[] = [NAMED_AS, CUT, HAS_ELLIPSIS, SELF, SELF_AFTER, MY_BEFORE, NEXT_WORD, PERSON_ENDING, OF_IT, MENTION, OPENING_QUOTE, LEAD_IN];
