import { defineRule } from '../../rule';

export default defineRule({
  meta: {
    id: 'recipients/duplicate',
    category: 'recipients',
    clause: '4.3c',
    summary: 'The same person appears more than once across To, Cc and Bcc',
    defaultLevel: 'warn',
    messages: {
      duplicate:
        '{address} is in both {first} and {second}. The policy asks you to copy emails only where necessary (4.3c), and a Bcc recipient who is also visible defeats the Bcc. Remove the extra entry.',
    },
    inputs: ['recipients'],
  },
  check(ctx, report) {
    const seen = new Map<string, (typeof ctx.recipients)[number]>();
    for (const r of ctx.recipients) {
      const first = seen.get(r.key);
      if (!first) {
        seen.set(r.key, r);
        continue;
      }
      report({
        messageId: 'duplicate',
        data: { address: r.address, first: label(first.field), second: label(r.field) },
        span: { field: r.field, start: r.index, end: r.index + 1 },
        actual: r.address,
        fixes: [{ kind: 'remove-recipient', field: r.field, address: r.address }],
      });
    }
  },
});

function label(field: 'to' | 'cc' | 'bcc'): string {
  return field === 'to' ? 'To' : field === 'cc' ? 'Cc' : 'Bcc';
}
