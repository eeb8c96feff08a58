// The council's own bank details are published organisation details, not personal data
// (issue #19 item 16): "Please pay by BACS to Ware Town Council, sort code …, account …" in a
// clerk's signature must not be reported as "Bank details are personal data". Two tests, both
// narrow so that a person's bank details are still caught:
//  1. the sort code and account number are one of `organisation.bankAccounts` in the policy file;
//  2. the hit sits in a signature block — the lines after a sign-off ("Kind regards", "Yours
//     sincerely", …), up to the next quoted message — and that block names the council.
import type { PolicyConfig } from '../../config';

const SIGN_OFF = /^[ \t]*(?:(?:kind|best|warm|warmest|many)[ \t]+(?:regards|wishes|thanks)|regards|yours[ \t]+(?:sincerely|faithfully|truly)|with[ \t]+(?:thanks|best wishes)|thanks(?:[ \t]+again)?|thank[ \t]+you|sincerely)[ \t]*(?:[,.!][ \t]*)?$/gim;
/** Where a quoted earlier message starts: the block ends there. */
const QUOTE_START = /^[ \t]*(?:>|from:|-{2,}[ \t]*original message|on .{1,120} wrote:)/im;
/** A signature is short; more lines than this after a sign-off are the body of something else. */
const MAX_SIGNATURE_LINES = 15;

const digits = (s: string) => s.replace(/\D/g, '');

/** Is text[start, end) — a sort code with its account number — the council's own published account? */
export function isOwnAccount(text: string, start: number, end: number, accounts: PolicyConfig['organisation']['bankAccounts']): boolean {
  if (!accounts?.length) return false;
  const found = digits(text.slice(start, end));
  return accounts.some((a) => {
    const s = digits(a.sortCode);
    const n = digits(a.accountNumber);
    return found === s + n || found === n + s;
  });
}

/** [start, end) of every signature block in `text` that names the organisation. */
export function organisationSignatureBlocks(text: string, organisationName: string): Array<{ start: number; end: number }> {
  const name = organisationName.trim().toLowerCase();
  if (!name) return [];
  const out: Array<{ start: number; end: number }> = [];
  SIGN_OFF.lastIndex = 0;
  for (let m = SIGN_OFF.exec(text); m; m = SIGN_OFF.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    let lines = 0;
    while (end < text.length && lines < MAX_SIGNATURE_LINES) {
      const nl = text.indexOf('\n', end + 1);
      const lineEnd = nl === -1 ? text.length : nl;
      const line = text.slice(end + 1, lineEnd);
      if (QUOTE_START.test(line)) break;
      end = lineEnd;
      lines++;
    }
    if (text.slice(start, end).toLowerCase().includes(name)) out.push({ start, end });
  }
  return out;
}

/** Should a bank-details hit at [start, end) be left alone as the council's published details? */
export function isOrganisationBankDetails(text: string, start: number, end: number, organisation: PolicyConfig['organisation']): boolean {
  if (isOwnAccount(text, start, end, organisation.bankAccounts)) return true;
  return organisationSignatureBlocks(text, organisation.name).some((b) => start >= b.start && end <= b.end);
}
