import { defineRule } from '../../rule';

function norm(name: string | undefined): string {
  return (name ?? '').replace(/\b(cllr|councillor|councilor)\b\.?/gi, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export default defineRule({
  meta: {
    id: 'recipients/personal-address',
    category: 'recipients',
    clause: '1.3',
    summary: 'Council business sent to or from a councillor’s personal email address',
    defaultLevel: 'warn',
    messages: {
      'from-personal':
        'This council email is being sent by a councillor from a personal address ({address}). The email policy covers councillors’ council correspondence (1.3), and council business belongs in the council mailbox, where it is kept and can be found for Freedom of Information requests. Send it from your council address.',
      'to-councillor-personal':
        '{address} looks like a councillor’s personal address. Council business should go to councillors’ council addresses (policy 1.3), so it is kept and secured like other council records. Use their council address instead.',
      'to-own-personal':
        '{address} looks like your own personal address. Sending council business to a personal mailbox takes it outside the council’s records and security (policy 1.3, 4.3c). Remove it and keep the email in your council mailbox.',
    },
    inputs: ['from', 'recipients'],
  },
  check(ctx, report) {
    const from = ctx.draft.from;
    const sender = ctx.sender;
    const fromDomain = from ? from.address.slice(from.address.lastIndexOf('@') + 1).toLowerCase() : '';
    // A personal address the council's policy file lists as the councillor's own (roles.councillors) is
    // one the council has accepted: only a councillor known by a "Cllr" display name is asked to move.
    if (from && sender.role === 'councillor' && sender.source !== 'policy' && ctx.isPersonalDomain(fromDomain)) {
      report({ messageId: 'from-personal', data: { address: from.address }, span: { field: 'from', start: 0, end: 1 }, actual: from.address });
    }
    const senderName = norm(from?.name);
    for (const r of ctx.recipients) {
      if (!ctx.isPersonalDomain(r.domain)) continue;
      if (from && r.key === from.address.trim().toLowerCase()) continue;
      let messageId: string | undefined;
      if (senderName && norm(r.name) === senderName) messageId = 'to-own-personal';
      else if (ctx.roleOf(r).role === 'councillor' && ctx.roleOf(r).source !== 'policy') messageId = 'to-councillor-personal';
      if (!messageId) continue;
      report({
        messageId,
        data: { address: r.address },
        span: { field: r.field, start: r.index, end: r.index + 1 },
        actual: r.address,
        fixes: [{ kind: 'remove-recipient', field: r.field, address: r.address }],
      });
    }
  },
});
