// A reply to a private person (a resident writing from a personal address) that copies in someone
// outside the council who was not on their message: the reply carries the resident's own message,
// and often their circumstances (what they owe, their health, their hours at work), to someone they
// did not write to. The policy asks for emails to be copied only where appropriate and necessary
// (4.3c). A warning: copying in the allotment secretary or a councillor's colleague can be right, and
// the sender decides.
//
// Not flagged: people already in the quoted message (its From, To or Cc lines), council addresses,
// people the policy file lists and councillors (by "Cllr" in the name too), partner bodies (partnerDomains: routine
// liaison, e.g. the district council's enforcement team), and a reply to an organisation.
import { defineRule } from '../../rule';
import type { Recipient, RuleContext } from '../../context';
import { fieldLabel, isOutside } from './outside';

function addedToPrivateReply(ctx: RuleContext): { person: Recipient; added: Recipient[] } | undefined {
  if (ctx.draft.composeType !== 'reply' || !ctx.quoted.length) return undefined;
  const quoted = ctx.quotedText;
  const person = ctx.recipients.find((r) => r.field === 'to' && isOutside(ctx, r) && ctx.isPersonalDomain(r.domain) && quoted.includes(r.key));
  if (!person) return undefined;
  const seen = new Set<string>([person.key]);
  const added = ctx.recipients.filter((r) => {
    if (seen.has(r.key)) return false;
    seen.add(r.key);
    const role = ctx.roleOf(r);
    return isOutside(ctx, r) && role.source !== 'policy' && role.role !== 'councillor' && !quoted.includes(r.key);
  });
  return added.length ? { person, added } : undefined;
}

export default defineRule({
  meta: {
    id: 'recipients/copied-in',
    category: 'recipients',
    clause: '4.3c',
    summary: 'A reply to a resident that copies in someone outside the council who was not on their message',
    defaultLevel: 'warn',
    messages: {
      'copied-in':
        'This reply to {person} also goes to {first} ({field}), who was not on their message, and it carries what they wrote to the council. The policy asks you to copy emails only where appropriate and necessary (4.3c): check that {first} needs to see it, or send them only what they need separately.',
    },
    inputs: ['recipients', 'body'],
  },
  check(ctx, report) {
    const found = addedToPrivateReply(ctx);
    if (!found) return;
    const first = found.added[0];
    report({
      messageId: 'copied-in',
      data: { person: found.person.address, first: first.address, field: fieldLabel(first.field) },
      span: { field: first.field, start: first.index, end: first.index + 1 },
      fixes: found.added.map((r) => ({ kind: 'remove-recipient', field: r.field, address: r.address })),
    });
  },
});
