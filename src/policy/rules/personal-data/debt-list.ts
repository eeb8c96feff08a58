// Lists of named people with their addresses and what they owe ("J. Barker, 12 Mill Lane, £84"), or
// with their addresses and telephone numbers ("Joan Pilling, 3 Thorn Walk, 01632 960 771"):
// identifiable personal data that should not go outside the council without a reason (issue #17).
// One entry is a name, then an address, then a sum, within one line or list item; two entries make
// a list. Bounded gaps and no nested quantifiers (the ReDoS check reads DEBT_ENTRY).
import type { Range } from '../../text/quotes';
import { matches } from '../../text/mask';

// A title then a surname, with or without an initial ("Mrs D Pollard", "Mrs D. Pollard", "Mrs Pollard").
const NAME = "(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?[ \\t]{1,3}(?:[A-Z]\\.[ \\t]{0,2}|[A-Z][ \\t]{1,2})?[A-Z][a-z'’-]{1,20}|[A-Z]\\.[ \\t]{0,2}[A-Z][a-z'’-]{1,20}|[A-Z][a-z]{1,15}[ \\t]{1,3}[A-Z][a-z'’-]{1,20})";
const STREET =
  '(?:Road|Rd|Street|St|Lane|Close|Way|Row|Grove|View|Green|Avenue|Ave|Crescent|Hill|Rise|Place|Cottages?|Yard|End|Maltings|Drive|Court|Gardens|Terrace|Walk|Mews|Square|Park|Bungalows?|Brow|Fold|Croft|Garth|Farm|Meadows?)';
const ADDRESS = `(?:(?:Flat[ \\t]{1,3}[0-9]{1,3},?[ \\t]{1,3})?[0-9]{1,4}[A-Za-z]?,?[ \\t]{1,3}(?:[A-Z][a-z]{1,15}[ \\t]{1,3}){0,2}${STREET}\\b|Flat[ \\t]{1,3}[0-9]{1,3}\\b)`;
/**
 * A home without a number, in a contact list only: a street or house alone ("Low Fold, Birk Lane",
 * "Rose Cottage"), or a house name just before the telephone number ("The Old Smithy, 07700 …"); a debt list keeps to numbered addresses ("2 Adults, £24" is not one).
 */
const HOME = `(?:${ADDRESS}|(?:[A-Z][a-z]{1,15}[ \\t]{1,3}){1,2}${STREET}\\b|The(?:[ \\t]{1,3}[A-Z][a-z]{1,15}){1,2}(?=[ \\t,-]{1,4}[0+]))`;
const MONEY = '£[ \\t]?[0-9][0-9,]{0,9}(?:\\.[0-9]{2})?';

/** A UK telephone number: 01/02/03 landlines (six-digit codes too: "015394 60511") and 07 mobiles, spaced or not, or +44. */
const PHONE = '(?:\\+44[ \\t]?\\(?0?\\)?[ \\t]?|\\b0)(?:[1-3][0-9]{2,5}|7[0-9]{3})[ \\t]?[0-9]{2,3}[ \\t]?[0-9]{3,4}\\b';

/** Exported for the ReDoS check of expressions built at run time. */
export const DEBT_ENTRY = new RegExp(`\\b${NAME}[^\\n;£]{0,40}?${ADDRESS}[^\\n;£]{0,30}?${MONEY}`, 'g');
/** A named person, their address and their telephone number in one line or list item. */
export const CONTACT_ENTRY = new RegExp(`\\b${NAME}[^\\n;£]{0,40}?${HOME}[^\\n;£]{0,30}?${PHONE}`, 'g');
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

/** Entries of `entry` in the sender's own text, as one list when there are at least `least`. */
function findList(entry: RegExp, least: number, text: string, own: readonly Range[]): DebtList[] {
  const entries: Range[] = [];
  for (const m of matches(entry, text)) {
    const start = m.index;
    if (own.some((r) => start >= r.start && start < r.end)) entries.push({ start, end: start + m[0].length });
    if (entries.length >= 50) break;
  }
  return entries.length >= least ? [{ start: entries[0].start, end: entries[entries.length - 1].end, entries }] : [];
}

/** At least two entries (name, address, sum owed) in the sender's own text make one list. */
export function findDebtLists(text: string, own: readonly Range[] = [{ start: 0, end: text.length }]): DebtList[] {
  return findList(DEBT_ENTRY, 2, text, own);
}

/** At least CONTACT_LIST_ENTRIES entries (name, address, telephone) in the sender's own text make one list. */
export function findContactLists(text: string, own: readonly Range[] = [{ start: 0, end: text.length }]): DebtList[] {
  return findList(CONTACT_ENTRY, CONTACT_LIST_ENTRIES, text, own);
}
