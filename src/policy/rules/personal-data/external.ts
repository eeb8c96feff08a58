import { defineRule } from '../../rule';
import {
  ACCOUNT_NUMBER,
  BANK_CONTEXT,
  BANK_WINDOW,
  CARD_NUMBER,
  DATE_AT_START,
  DOB_LABEL,
  NHS_NUMBER_LABELLED,
  NHS_NUMBER_SPACED,
  NI_NUMBER,
  SORT_CODE,
  SORT_CODE_LABELLED,
} from '../../data/personal-data-patterns';
import { mask, matches } from '../../text/mask';
import { outsideRecipients } from '../recipients/outside';
import { eachHitLeaving } from './leaving';
import { isOrganisationBankDetails } from './organisation-details';
import { digitsOf, validCardNumber, validNhsNumber, validNiPrefix } from './identifiers';
import { PERSONAL_LIST_MESSAGES, personalListJudgement } from '../council-judgement-reports';

type Kind = 'ni-number' | 'nhs-number' | 'bank-details' | 'card-number' | 'date-of-birth';
interface Hit {
  kind: Kind;
  start: number;
  end: number;
}


function accountNear(text: string, start: number, end: number): { start: number; end: number } | undefined {
  const after = text.slice(end, end + BANK_WINDOW);
  ACCOUNT_NUMBER.lastIndex = 0;
  const a = ACCOUNT_NUMBER.exec(after);
  if (a) return { start: end + a.index, end: end + a.index + 8 };
  const from = Math.max(0, start - BANK_WINDOW);
  let last: RegExpExecArray | null = null;
  for (const m of matches(ACCOUNT_NUMBER, text.slice(from, start))) last = m;
  return last ? { start: from + last.index, end: from + last.index + 8 } : undefined;
}

/** Is there a bank word within BANK_WINDOW of [start, end)? `at` holds every bank word's offset, sorted. */
function bankWordNear(at: readonly number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = at.length;
  // First offset >= start - BANK_WINDOW (binary search keeps this linear-logarithmic overall).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < start - BANK_WINDOW) lo = mid + 1;
    else hi = mid;
  }
  return lo < at.length && at[lo] < end + BANK_WINDOW;
}

/** Before a 3-3-4 number on its line: a telephone label ("tel", "phone: ", "fax", "call me on", "(713)"). */
const PHONE_BEFORE = /(?:\b(?:tel|telephone|phone|ph|fax|mobile|mob|cell|pager|direct|office|home|work|call|ring|text|dial|ext)\b[^\n\d]{0,12}|\(\s*)$/i;
/** After it: an extension ("ext 4810", "x 3-1489"). */
const PHONE_AFTER = /^\s*(?:\)|ext\b|x\s*\d)/i;

/**
 * Is the 3-3-4 number at [start, end) a telephone number? A label against a value (issue #16): ten
 * digits written 3-3-4 are also how North American numbers are written, and one in eleven of them
 * passes the NHS check digit.
 */
function phoneNumber(text: string, start: number, end: number): boolean {
  return PHONE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || PHONE_AFTER.test(text.slice(end, end + 8));
}

export function findPersonalData(text: string): Hit[] {
  const hits: Hit[] = [];
  let bankWords: number[] | undefined;
  for (const m of matches(NI_NUMBER, text)) {
    if (validNiPrefix(m[1])) hits.push({ kind: 'ni-number', start: m.index, end: m.index + m[0].length });
  }
  for (const re of [NHS_NUMBER_SPACED, NHS_NUMBER_LABELLED]) {
    for (const m of matches(re, text)) {
      const digits = re === NHS_NUMBER_SPACED ? m[1] + m[2] + m[3] : m[1];
      const start = m.index + m[0].length - (re === NHS_NUMBER_SPACED ? m[0].length : m[1].length);
      if (validNhsNumber(digits) && !(re === NHS_NUMBER_SPACED && phoneNumber(text, m.index, m.index + m[0].length))) hits.push({ kind: 'nhs-number', start, end: m.index + m[0].length });
    }
  }
  for (const re of [SORT_CODE, SORT_CODE_LABELLED]) {
    for (const m of matches(re, text)) {
      const code = re === SORT_CODE ? m[0] : m[1];
      const start = m.index + m[0].length - code.length;
      const end = m.index + m[0].length;
      // A sort code alone identifies a bank branch, and "12-05-24" is usually a date: only a sort
      // code with an account number beside it is someone's bank details.
      if (re === SORT_CODE) {
        // Found once per text, not once per candidate: "12 34 56" can occur tens of thousands of times.
        if (!bankWords) bankWords = Array.from(matches(BANK_CONTEXT, text), (b) => b.index);
        if (!bankWordNear(bankWords, start, end)) continue;
      }
      const account = accountNear(text, start, end);
      if (account) hits.push({ kind: 'bank-details', start: Math.min(start, account.start), end: Math.max(end, account.end) });
    }
  }
  for (const m of matches(CARD_NUMBER, text)) {
    if (validCardNumber(digitsOf(m[0]))) hits.push({ kind: 'card-number', start: m.index, end: m.index + m[0].length });
  }
  for (const m of matches(DOB_LABEL, text)) {
    const after = m.index + m[0].length;
    const d = DATE_AT_START.exec(text.slice(after, after + 40));
    if (d) hits.push({ kind: 'date-of-birth', start: after, end: after + d[0].length });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue; // e.g. a card number that also passes as an NHS number
    out.push(h);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'personal-data/external',
    category: 'personal-data',
    clause: '4.1',
    summary: 'UK personal identifiers (NI, NHS, bank, card numbers, dates of birth) going outside the council',
    defaultLevel: 'warn',
    messages: {
      'ni-number': 'This looks like a National Insurance number ({masked}) going to {count:recipient|recipients} outside the council ({first}). Personal information must be handled under data protection law (policy 4.1; UK GDPR). Remove it unless the recipient needs it and is entitled to it, and then send it securely.',
      'nhs-number': 'This looks like an NHS number ({masked}) going to {count:recipient|recipients} outside the council ({first}). Personal information must be handled under data protection law (policy 4.1; UK GDPR). Remove it unless the recipient needs it and is entitled to it.',
      'bank-details': 'This looks like a sort code and account number ({masked}) going to {count:recipient|recipients} outside the council ({first}). Bank details are personal data and a fraud risk (policy 4.1). Remove them, or confirm them by phone instead.',
      'card-number': 'This looks like a payment card number ({masked}) going to {count:recipient|recipients} outside the council ({first}). Card numbers must never be sent by email (policy 4.1; PCI DSS). Remove it and take card payments by phone or the payment system.',
      'date-of-birth': 'This looks like a date of birth ({masked}) going to {count:recipient|recipients} outside the council ({first}). Personal information must be handled under data protection law (policy 4.1; UK GDPR). Remove it unless the recipient needs it.',
      ...PERSONAL_LIST_MESSAGES,
    },
    inputs: ['recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    // Lists of residents' details warn even to a partner body (personalListJudgement).
    for (const r of personalListJudgement(ctx)) report(r);
    const outside = outsideRecipients(ctx);
    if (!outside.length) return;
    // The council's own published bank details (policy file, or a signature naming the council) are not personal data.
    const find = (text: string) => findPersonalData(text).filter((h) => h.kind !== 'bank-details' || !isOrganisationBankDetails(text, h.start, h.end, ctx.config.organisation));
    eachHitLeaving(ctx, find, (h, text, span) => {
      const masked = mask(text.slice(h.start, h.end));
      report({ messageId: h.kind, data: { masked, count: outside.length, first: outside[0].address }, span, actual: masked });
    });
  },
});
