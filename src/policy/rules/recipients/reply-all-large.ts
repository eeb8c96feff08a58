import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'recipients/reply-all-large',
    category: 'recipients',
    clause: '4.3c',
    summary: 'A reply that goes to everyone on a large list',
    defaultLevel: 'warn',
    messages: {
      'reply-all':
        'This reply goes to {count} people. The policy asks you to copy emails only where appropriate and necessary (4.3c): reply only to the people who need your answer, or move the rest to Bcc.',
    },
    inputs: ['recipients'],
  },
  check(ctx, report) {
    const { replyAllRecipients: threshold } = ctx.config.thresholds;
    if (ctx.draft.composeType !== 'reply') return;
    const current = new Set(ctx.recipients.map((r) => r.key)).size;
    // A reply to the sender alone is never a reply-all, whatever the original list was.
    if (current < 2) return;
    // The original message's list is the better count when the client knows it (distribution
    // lists arrive as one address in the draft).
    const count = ctx.draft.originalRecipientCount ?? current;
    if (count < threshold) return;
    const to = ctx.draft.to.length;
    report({
      messageId: 'reply-all',
      data: { count, threshold },
      span: to ? { field: 'to', start: 0, end: to } : { field: 'cc', start: 0, end: ctx.draft.cc.length },
    });
  },
});
