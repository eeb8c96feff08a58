// Lists of named people with their addresses and what they owe ("J. Barker, 12 Mill Lane, £84"), or
// with their addresses and telephone numbers ("Joan Pilling, 3 Thorn Walk, 01632 960 771"):
// identifiable personal data that should not go outside the council without a reason (issue #17).
// One entry is a name, then an address, then a sum, within one line or list item; two entries make
// a list. Found by a staged scan (entries below) over small expressions, each of which the ReDoS check
// proves alone (test/helpers/built-regexes.ts), instead of one large expression it could not.
import type { Range } from '../../text/quotes';

// A title then a surname, with or without an initial ("Mrs D Pollard", "Mrs D. Pollard", "Mrs Pollard").
const NAME = "(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?[ \\t]{1,3}(?:[A-Z]\\.[ \\t]{0,2}|[A-Z][ \\t]{1,2})?[A-Z][a-z'’-]{1,20}|[A-Z]\\.[ \\t]{0,2}[A-Z][a-z'’-]{1,20}|[A-Z][a-z]{1,15}[ \\t]{1,3}[A-Z][a-z'’-]{1,20})";
const STREET =
  '(?:Road|Rd|Street|St|Lane|Close|Way|Row|Grove|View|Green|Avenue|Ave|Crescent|Hill|Rise|Place|Cottages?|Yard|End|Maltings|Drive|Court|Gardens|Terrace|Walk|Mews|Square|Park|Bungalows?|Brow|Fold|Croft|Garth|Farm|Meadows?)';
const ADDRESS = `(?:(?:Flat[ \\t]{1,3}[0-9]{1,3},?[ \\t]{1,3})?[0-9]{1,4}[A-Za-z]?,?[ \\t]{1,3}(?:[A-Z][a-z]{1,15}[ \\t]{1,3}){0,2}${STREET}\\b|Flat[ \\t]{1,3}[0-9]{1,3}\\b)`;
/**
 * A home without a number, in a contact list only (besides an address): a street or house alone ("Low Fold, Birk Lane",
 * "Rose Cottage"), or a house name just before the telephone number ("The Old Smithy, 07700 …"); a debt list keeps to numbered addresses ("2 Adults, £24" is not one).
 */
const HOME_WORDS = `(?:[A-Z][a-z]{1,15}[ \\t]{1,3}){1,2}${STREET}\\b`;
const HOME_THE = 'The(?:[ \\t]{1,3}[A-Z][a-z]{1,15}){1,2}(?=[ \\t,-]{1,4}[0+])';
const MONEY = '£[ \\t]?[0-9][0-9,]{0,9}(?:\\.[0-9]{2})?';

/** A UK telephone number: 01/02/03 landlines (six-digit codes too: "015394 60511") and 07 mobiles, spaced or not, or +44. */
const PHONE = '(?:\\+44[ \\t]?\\(?0?\\)?[ \\t]?|\\b0)(?:[1-3][0-9]{2,5}|7[0-9]{3})[ \\t]?[0-9]{2,3}[ \\t]?[0-9]{3,4}\\b';

/** Where an entry starts: a name at a word boundary. Its first match is its longest (see entries). */
export const ENTRY_NAME = new RegExp(`\\b${NAME}`, 'g');
// The stages after the name, each tried at one place (sticky): where an address or home ends, and the
// sum or telephone number after it. Exported for the ReDoS check and the test of the stages.
export const ENTRY_ADDRESS = new RegExp(ADDRESS, 'y');
export const ENTRY_HOME_WORDS = new RegExp(HOME_WORDS, 'y');
export const ENTRY_HOME_THE = new RegExp(HOME_THE, 'y');
export const ENTRY_SUM = new RegExp(MONEY, 'y');
export const ENTRY_PHONE = new RegExp(PHONE, 'y');

/** Where sticky `re` matching at `p` ends, or −1. */
function endAt(re: RegExp, text: string, p: number): number {
  re.lastIndex = p;
  return re.test(text) ? re.lastIndex : -1;
}

/**
 * A lazy gap `[^\n;£]{0,span}?` from `from` and what follows it: the first `at(q)` that is not −1,
 * for q = from, from + 1, … from + span, stopping after a \n ; or £.
 */
function afterGap(text: string, from: number, span: number, at: (q: number) => number): number {
  for (let q = from; q <= from + span && q <= text.length; q++) {
    const end = at(q);
    if (end >= 0 || '\n;£'.includes(text[q])) return end;
  }
  return -1;
}

/*
 * An entry (findList) is a match of the single expression `\b NAME [^\n;£]{0,40}? HOME [^\n;£]{0,30}?
 * TAIL` (HOME an address, or for contacts also ENTRY_HOME_WORDS or ENTRY_HOME_THE; TAIL a sum or a telephone
 * number), run globally as matches() ran it — the same starts and ends — found in stages that are
 * each small enough for the ReDoS check to prove (proof 3, test/helpers/regex-bounded.ts).
 * test/policy/rules/personal-data-list-stages.test.ts runs the single expression beside this scan.
 * The facts the stages rest on:
 * - At one start, the ways NAME matches differ only in where the surname stops (the title, initial
 *   and first name are each read one way, and "Mrs Pollard" read as a title or a first name stops in
 *   the same places), longest first: ENTRY_NAME's match ends at E, the longest; the others end inside
 *   the surname's lower-case run.
 * - Whether the rest matches from a place p does not depend on the name end it was reached from, so
 *   the matcher tries p = E, E + 1, … E + 40 (up to a \n ; or £) and then, from shorter ends, only
 *   places inside the surname, where no address or home can start (a digit, "Flat", a capital, "The").
 *   The entry is the first p from E that leads to a match, or there is none at this start.
 * - From one p, the ends of an address or home enclose no \n ; £, "+" or number that could start a
 *   telephone number (a house number has at most four digits and a capital after it), so every end
 *   reaches the same £ or number first, and the longest end reaches it soonest: p leads to a match if
 *   its longest end does, and the match ends where that sum or number ends. An address's first match
 *   is its longest (more words before the street, the "Flat" prefix, come first); of a home's three
 *   forms, the last two can both match ("The Green Barn"), so the longest of them is taken.
 * Each stage is bounded and is tried at most 41 × 31 times per start, so the scan is linear.
 */

/**
 * Entries that make a contact list: more than a debt list needs, since two people's details side by
 * side are often a signature and a colleague's ("call me or Jo on …").
 */
const CONTACT_LIST_ENTRIES = 3;

export interface DebtList {
  start: number;
  end: number;
  entries: Range[];
}

/**
 * The entries (above) in the sender's own text, as one list when there are at least `least`: `homes`
 * are where an address or home may end, `tail` the sum or telephone number after it.
 */
function findList(homes: readonly RegExp[], tail: RegExp, least: number, text: string, own: readonly Range[]): DebtList[] {
  const found: Range[] = [];
  for (let from = 0; found.length < 50; ) {
    ENTRY_NAME.lastIndex = from;
    const m = ENTRY_NAME.exec(text);
    if (!m) break;
    const start = m.index;
    const end = afterGap(text, start + m[0].length, 40, (p) => {
      const a = Math.max(...homes.map((re) => endAt(re, text, p)));
      return a < 0 ? -1 : afterGap(text, a, 30, (q) => endAt(tail, text, q));
    });
    if (end >= 0 && own.some((o) => start >= o.start && start < o.end)) found.push({ start, end });
    from = end >= 0 ? end : start + 1;
  }
  return found.length >= least ? [{ start: found[0].start, end: found[found.length - 1].end, entries: found }] : [];
}

/** At least two entries (name, address, sum owed) in the sender's own text make one list. */
export function findDebtLists(text: string, own: readonly Range[] = [{ start: 0, end: text.length }]): DebtList[] {
  return findList([ENTRY_ADDRESS], ENTRY_SUM, 2, text, own);
}

/** At least CONTACT_LIST_ENTRIES entries (name, address, telephone) in the sender's own text make one list. */
export function findContactLists(text: string, own: readonly Range[] = [{ start: 0, end: text.length }]): DebtList[] {
  return findList([ENTRY_ADDRESS, ENTRY_HOME_WORDS, ENTRY_HOME_THE], ENTRY_PHONE, CONTACT_LIST_ENTRIES, text, own);
}
