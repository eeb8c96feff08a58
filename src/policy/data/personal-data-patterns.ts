// Patterns for UK personal identifiers (personal-data/external). Each candidate is then validated in
// code (NI prefix rules, NHS modulus 11, Luhn), so these expressions stay simple and linear.

/**
 * National Insurance number: two letters, six digits, suffix A-D; spaces allowed in the usual places.
 * HMRC NIM39110: the first letter is not D, F, I, Q, U or V; the second is not D, F, I, O, Q, U or V;
 * the prefixes below are not allocated.
 */
// Capitals only: lower-case look-alikes ("on 12 34 56 a") are ordinary text far more often.
export const NI_NUMBER = /\b([A-Z]{2})[ ]?([0-9]{2})[ ]?([0-9]{2})[ ]?([0-9]{2})[ ]?([A-D])\b/g;
export const NI_BAD_FIRST = 'DFIQUV';
export const NI_BAD_SECOND = 'DFIOQUV';
export const NI_UNALLOCATED_PREFIXES: readonly string[] = ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'];

/** NHS number written 3-3-4 (spaces or hyphens), as the NHS writes it. */
export const NHS_NUMBER_SPACED = /\b([0-9]{3})[ -]([0-9]{3})[ -]([0-9]{4})\b/g;
/** Ten digits run together count only after the words "NHS number" (too many other numbers look alike). */
export const NHS_NUMBER_LABELLED = /\bNHS[ \t]{0,3}(?:no\.?|number|num)?[ \t]{0,3}[:.-]?[ \t]{0,3}([0-9]{10})\b/gi;

/** Sort code written with separators (12-34-56 / 12 34 56), or six digits after "sort code". */
export const SORT_CODE = /\b([0-9]{2})[- ]([0-9]{2})[- ]([0-9]{2})\b/g;
export const SORT_CODE_LABELLED = /\bsort[ -]?code[ \t]{0,3}(?:is|:|-)?[ \t]{0,3}([0-9]{6})\b/gi;
/** An account number: 8 digits (7-digit ones are written with a leading zero by most banks). */
export const ACCOUNT_NUMBER = /\b[0-9]{8}\b/g;
/** How far from a sort code the account number may be (characters). */
export const BANK_WINDOW = 80;
/** Without the words "sort code", a 12-34-56 needs one of these nearby (it is usually a date otherwise). */
export const BANK_CONTEXT = /\b(?:sort|account|acct|a\/c|bank|payee)/gi;

/** Card numbers: 13-19 digits, optionally grouped with single spaces or hyphens. */
export const CARD_NUMBER = /\b[2-6](?:[ -]?[0-9]){12,18}\b/g;

/** Labels that introduce a date of birth. The date must follow within a few characters. */
export const DOB_LABEL = /\b(?:d\.?o\.?b\.?|date[ \t]of[ \t]birth|born[ \t]on|birth[ \t]?date)(?![A-Za-z])[ \t]{0,3}(?:is|was|:|-)?[ \t]{0,3}/gi;

/** Dates: 01/02/1980, 1-2-80, 1.2.1980, 1 February 1980, 1st Feb 1980, February 1, 1980, 1980-02-01. */
export const DATE_AT_START =
  /^(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{2,4}|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}(?:st|nd|rd|th)?[ \t]{1,2}(?:of[ \t]{1,2})?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?[ \t]{1,2}[0-9]{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}[0-9]{1,2}(?:st|nd|rd|th)?,?[ \t]{1,2}[0-9]{4})\b/i;
