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
import { sentenceEnd, sentenceStart } from '../../judge/window';

// A private matter copied to many (council suites, helper warn3): an email written to one person (one
// address in To, greeted by their name) about that person's or the writer's own business (their health,
// their expenses or pay, their absence, what they owe or a quarrel with their neighbours, said to them:
// "your son's party … remains unpaid", or a reproach for their work), with three or more others copied
// in, or the press. "Dear all" notes, council business, and a private matter copied to one or two
// colleagues (or the writer's own personal address) pass.
/** Greeting words and titles, left out when reading the name a one-line greeting names ("Dear Roy,"). */
const GREETING_WORD = /^(?:dear|hi|hello|morning|good|afternoon|evening|mrs?|ms|dr|cllr|councillor)$/;
const PRIVATE_MATTER = /\b(?:(?:hospital|doctor(?:['’]?s['’]?)?|gp|dentist|physio) appointment|off sick|i(?:['’]m| am) (?:sick|unwell|ill)|in hospital|mileage|expenses|(?:your|my) (?:\w+ ){0,2}(?:claim|pay|salary|wages|timesheet|overtime)|back pay|not (?:for )?the first time|(?:the|my) (?:second|third|fourth) (?:time|email|reminder)|yet again)\b/i;
/** Said to a private person (a personal address): what they owe, a quarrel with their neighbours. */
const OWED = /\byou[^!?\n]{0,80}\b(?:unpaid|overdue|owe|arrears|neighbour)/i;
/**
 * … or a debt put to them without "you": a sum overdue, in arrears, unpaid or still owing, and the
 * email asks them to pay it or agree a plan ("the rent for plot 14 is now three months overdue. Please
 * pay by 15 December"). Three tenants overdue, or a contractor's bill the reader should pay, are not.
 */
const DEBT = /\b(?:unpaid|overdue|arrears|outstanding|owing)\b/i;
const PAY_UP = /\bpay\b[^.!?\n]{0,20}?\b(?:by|before|within) (?:\d|the end|\w+day|next)|payment plan|settle (?:the|your) account/i;
/** The press by its address or name ("newsdesk@…", "Valley Gazette"): a copy there is publication. */
const PRESS = /\b(?:news\w*|editor|press|gazette|times|herald|journal)\b/i;

/** A private matter in an email written to one person and copied to many, or to the press. */
function privateCopied(ctx: RuleContext): { person: Recipient; copied: Recipient[]; phrase: string } | undefined {
  const to = ctx.recipients.filter((r) => r.field === 'to');
  if (to.length !== 1) return undefined;
  const text = ctx.ownText;
  const words = text.trim().split('\n')[0].toLowerCase().replace(/[,!.\r]/g, '').split(/\s+/).filter((w) => !GREETING_WORD.test(w));
  const person = to[0];
  if (words.length > 2 || !`${person.name ?? ''} ${person.address}`.toLowerCase().split(/[\s.@]+/).includes(words[0])) return undefined;
  const seen = new Set([person.key, ctx.draft.from?.address.toLowerCase()]);
  const copied = ctx.recipients.filter((r) => !seen.has(r.key) && (seen.add(r.key), true));
  if (!copied.length || (copied.length < 3 && !copied.some((r) => isOutside(ctx, r) && PRESS.test(`${r.name ?? ''} ${r.address.split('@')[0]}`)))) return undefined;
  const m = PRIVATE_MATTER.exec(text) ?? (ctx.isPersonalDomain(person.domain) ? OWED.exec(text) ?? (PAY_UP.test(text) ? DEBT.exec(text) : null) : null);
  if (!m) return undefined;
  const at = m.index;
  // The writer's sentence, at most about 100 characters of it.
  const from = sentenceStart(text, at);
  const end = sentenceEnd(text, at) + 1;
  const cut = end - from > 100 ? text.lastIndexOf(' ', from + 100) : end;
  return { person, copied, phrase: text.slice(from, cut).trim() + (cut < end ? ' …' : '') };
}

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
      'private-copied':
        'This email to {person} is about a private matter ("{phrase}"), yet {count} others are copied in. Copy only where appropriate and necessary (4.3c): send it to {person} alone.',
      'copied-in':
        'This reply to {person} also goes to {first} ({field}), who was not on their message, and it carries what they wrote to the council. The policy asks you to copy emails only where appropriate and necessary (4.3c): check that {first} needs to see it, or send them only what they need separately.',
    },
    inputs: ['recipients', 'body'],
  },
  check(ctx, report) {
    const found = addedToPrivateReply(ctx);
    if (!found) {
      const p = privateCopied(ctx);
      if (!p) return;
      const first = p.copied[0];
      report({
        messageId: 'private-copied',
        data: { person: p.person.name || p.person.address, phrase: p.phrase, count: p.copied.length },
        span: { field: first.field, start: first.index, end: first.index + 1 },
        actual: p.phrase,
        fixes: p.copied.map((r) => ({ kind: 'remove-recipient', field: r.field, address: r.address })),
      });
      return;
    }
    const first = found.added[0];
    report({
      messageId: 'copied-in',
      data: { person: found.person.address, first: first.address, field: fieldLabel(first.field) },
      span: { field: first.field, start: first.index, end: first.index + 1 },
      fixes: found.added.map((r) => ({ kind: 'remove-recipient', field: r.field, address: r.address })),
    });
  },
});
