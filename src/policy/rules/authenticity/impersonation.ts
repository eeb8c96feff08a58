import { defineRule } from '../../rule';
import { PHONE_ADVICE } from '../../data/phone-advice';
import type { RuleContext } from '../../context';
import { domainOfAddress } from '../../auth-results';
import { ROLE_TITLES } from '../../data/confusables';
import { skeleton } from './domains';

const PHONE = PHONE_ADVICE.impersonation;

const TITLE_WORDS = new Set(['cllr', 'councillor', 'councilor', 'clr', 'mr', 'mrs', 'ms', 'miss', 'dr', 'mx']);

/** Words of a display name or address local part, each folded to its look-alike skeleton; honorifics dropped when asked. */
function words(s: string, dropTitles = false): string[] {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !(dropTitles && TITLE_WORDS.has(w)))
    .map(skeleton);
}

/** Personal names of the councillors and officers, from their addresses (cllr.ada.lovelace@ → "ada lovelace"). */
function knownPeople(ctx: RuleContext): { name: string[]; address: string }[] {
  const out: { name: string[]; address: string }[] = [];
  for (const address of [...ctx.config.roles.councillors, ...ctx.config.roles.officers]) {
    const local = address.slice(0, address.lastIndexOf('@'));
    const name = words(local, true).filter((w) => !/\d/.test(w));
    // Only full names: "clerk@" or "finance@" name a role, which the title check covers.
    if (name.length >= 2) out.push({ name, address });
  }
  return out;
}

function containsPhrase(haystack: string[], phrase: string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= haystack.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (haystack[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

export default defineRule({
  meta: {
    id: 'authenticity/impersonation',
    category: 'authenticity',
    clause: '4.3c',
    summary: 'The display name claims a councillor, officer or the council, but the address is outside the council',
    defaultLevel: 'warn',
    surface: 'read',
    messages: {
      person: `The sender's name "{name}" matches {role} of the council, but the address {address} is not a council address. ${PHONE}`,
      organisation: `The sender's name "{name}" claims to be {organisation}, but the address {address} is not a council address. ${PHONE}`,
      title: `The sender's name "{name}" carries a council title, but the address {address} is a personal webmail address. ${PHONE}`,
    },
    inputs: ['from'],
  },
  check(ctx, report) {
    const from = ctx.draft.from;
    if (!from?.name || !from.address) return;
    const domain = domainOfAddress(from.address);
    // The council's own addresses, and partner bodies (whose councillors rightly carry "Cllr"), are not impostors.
    if (ctx.isCouncilDomain(domain) || ctx.isPartnerDomain(domain)) return;
    const shown = words(from.name);
    const base = { name: from.name, address: from.address };
    const span = { field: 'from' as const, start: 0, end: 1 };

    for (const p of knownPeople(ctx)) {
      // Both first and last name, in either order ("Lovelace, Ada").
      const reversed = [p.name[p.name.length - 1], ...p.name.slice(0, -1)];
      const firstLast = [p.name[0], p.name[p.name.length - 1]];
      if (containsPhrase(shown, p.name) || containsPhrase(shown, reversed) || containsPhrase(shown, firstLast)) {
        const role = ctx.config.roles.councillors.includes(p.address) ? 'a councillor' : 'an officer';
        report({ messageId: 'person', data: { ...base, role }, span, actual: from.name });
        return;
      }
    }
    const org = words(ctx.config.organisation.name);
    if (org.length && containsPhrase(shown, org)) {
      report({ messageId: 'organisation', data: { ...base, organisation: ctx.config.organisation.name }, span, actual: from.name });
      return;
    }
    // A bare title from a company or another council's domain is usually genuine (a district
    // councillor, another town's clerk); from free webmail it is the classic impostor's disguise.
    if (ctx.isPersonalDomain(domain) && ROLE_TITLES.some((t) => containsPhrase(shown, words(t)))) {
      report({ messageId: 'title', data: base, span, actual: from.name });
    }
  },
});
