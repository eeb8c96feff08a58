// "Outside the council" for rules about what leaves it: not the council's own domains and not a
// partner body named in the policy file (partnerDomains, e.g. the district council).
import type { Recipient, RuleContext } from '../../context';

export function isOutside(ctx: RuleContext, r: Recipient, partnersOutside = false): boolean {
  return !r.internal && (partnersOutside || !ctx.isPartnerDomain(r.domain));
}

/**
 * Recipients outside the council and its partners, each address once (first occurrence). With
 * `partnersOutside`, a partner body counts as outside too: it is another organisation, with its own
 * data protection duties, so a list of residents' details needs a reason and an agreement even there.
 */
export function outsideRecipients(ctx: RuleContext, fields: readonly Recipient['field'][] = ['to', 'cc', 'bcc'], partnersOutside = false): Recipient[] {
  const seen = new Set<string>();
  return ctx.recipients.filter((r) => {
    if (!fields.includes(r.field) || !isOutside(ctx, r, partnersOutside) || seen.has(r.key)) return false;
    seen.add(r.key);
    return true;
  });
}

export function fieldLabel(field: Recipient['field']): string {
  return field === 'to' ? 'To' : field === 'cc' ? 'Cc' : 'Bcc';
}
