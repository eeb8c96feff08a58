// Names: a word inside a personal name, an email address, a greeting, a list of names or a signature
// is a name, not the rude word it contains. The name list (src/policy/data/names.ts) is generated from
// the locale name lists of @faker-js/faker; capitalisation counts where the text has it, but the test
// never needs it (the Enron sets, and much typed mail, are lower-case).
import { NAME_BEFORE } from '../data/judgement';
import { LEXICON_NAMES } from '../data/names';
import { lineBounds, wordsBefore } from './window';

const NAMES = new Set(LEXICON_NAMES);
const BEFORE = new Set(NAME_BEFORE);
/** Greetings and sign-offs: the word after them is a name even when it is aimed at the reader. */
/** Words that make a short line a remark to someone, not a signature ("you dick", "what a prick"). */
const ADDRESSING = /\b(?:you|your|u|ur|my|a|an|such|what|is|are|the|off|up)\b/i;
/** A line that is only a sign-off ("Kind regards,", "Thanks", "--"): what follows it is a signature. */
const SIGN_OFF = /^(?:kind |best |warm |many |with )?(?:regards|thanks|thank you|cheers|best|sincerely|faithfully|yours|love|rgds|thx|wishes|--)\s?[,.!]?$/i;

/** A name on a line of its own: letters, an optional comma, then perhaps a phone number or extension. */
const SIGNATURE_LINE = /^([A-Za-z'’.-]{1,20}(?: [A-Za-z'’.-]{1,20}){0,3}) ?,? ?((?:(?:x|ext|tel|ph)\.? ?)?\d[\d ()+/.-]{2,20})?$/i;

/** Is one of the two lines above offset `lineStart` a sign-off? */
function afterSignOff(text: string, lineStart: number): boolean {
  let end = lineStart - 1;
  for (let n = 0; n < 3 && end > 0; n++) {
    const start = lineBounds(text, end, 120).start;
    if (SIGN_OFF.test(text.slice(start, end).trim())) return true;
    end = start - 1;
  }
  return false;
}

/** Greetings and titles: the word after them is a name even when it is aimed at the reader. */
const GREETING = new Set(['dear', 'hi', 'hello', 'hey', 'morning', 'afternoon', 'evening', 'thanks', 'cheers', 'regards', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'cllr', 'councillor', 'sir', 'dame', 'lord', 'rev', 'revd', 'attn', 'fao', 'cc', 'bcc']);

/** Is this whole word a personal name in the name list (lower-cased, without a possessive)? */
export function isListedName(word: string): boolean {
  return NAMES.has(word.toLowerCase().replace(/['’]s$/, ''));
}

/** Is [start, end) part of an email address or a handle ("dick.smith@…", "@jdickerson", "j . dick @ enron . com")? */
export function inEmailAddress(text: string, start: number, end: number): boolean {
  const after = text.slice(end, Math.min(text.length, end + 40));
  const before = text.slice(Math.max(0, start - 40), start);
  // "dick @ enron" (tokenised) or "dick@…", not a word before a handle ("you retard @someone").
  return /^(?:\s?[._-]\s?[A-Za-z0-9]+){0,3}(?:@|\s@(?![A-Za-z0-9_]))/.test(after) || /@\s?(?:[A-Za-z0-9-]+\s?[._]\s?){0,3}$/.test(before) || /[A-Za-z0-9]@$/.test(before);
}

/** The line holding offset i, trimmed. */
function lineAt(text: string, i: number): { start: number; end: number; text: string } {
  const { start: s, end: e } = lineBounds(text, i, 120);
  return { start: s, end: e, text: text.slice(s, e).trim() };
}

/**
 * Does the text place [start, end) where a name goes? After a greeting or a title ("Dear", "Thanks",
 * "Mr"), "thank you" or "cc"; on a short line of its own near the end (a signature); between
 * capitalised words ("Dick Turner", "Mr A. Dikshit"); or in a list of capitalised names.
 */
export function inNamePosition(text: string, start: number, end: number): boolean {
  if (inEmailAddress(text, start, end)) return true;
  const prev = wordsBefore(text, start, 3).filter((w) => w !== ',' && w !== ':');
  const p1 = prev[prev.length - 1];
  const p2 = prev[prev.length - 2];
  if (p1 && GREETING.has(p1)) return true;
  if (p1 === 'you' && (p2 === 'thank' || p2 === 'see' || p2 === 'with')) return true;
  // A short line of its own in the last lines of the email: a signature, perhaps with a phone
  // extension ("dick , x 3 - 1489").
  const line = lineAt(text, start);
  const signed = line.text.length <= 40 ? SIGNATURE_LINE.exec(line.text) : null;
  if (signed && signed[1].trim().split(/\s+/).length <= 3 && !ADDRESSING.test(line.text) && afterSignOff(text, line.start)) return true;
  const word = text.slice(start, end);
  if (/^[A-Z][a-z]/.test(word)) {
    // Capitalised beside another capitalised word or an initial: "Dick Turner", "A. Dikshit".
    if (/^[ \t]+(?:[A-Z][a-z'’]+|[A-Z]\.)/.test(text.slice(end, end + 20))) return true;
    if (/(?:[A-Z][a-z'’]+|\b[A-Z]\.?)[ \t]+$/.test(text.slice(Math.max(0, start - 20), start)) && !/[.!?]\s*$/.test(text.slice(Math.max(0, start - 22), start - 1))) return true;
    if (p1 && BEFORE.has(p1)) return true;
  }
  return false;
}

export const NAME_REGEXES: RegExp[] = [ADDRESSING, SIGN_OFF, SIGNATURE_LINE];
