import { defineRule } from '../../rule';
import { outsideRecipients } from './outside';

export default defineRule({
  meta: {
    id: 'recipients/visible-external',
    category: 'recipients',
    clause: '4.3c',
    summary: 'Many people outside the council can see each other’s addresses in To and Cc',
    defaultLevel: 'warn',
    messages: {
      'visible-external':
        '{count} people outside the council can see each other’s email addresses in To and Cc. The ICO’s 2023 guidance on bulk email warns that showing recipients’ addresses to each other can be a personal data breach, and the policy asks you to copy emails only where necessary (4.3c). Move them to Bcc.',
    },
    inputs: ['recipients'],
  },
  check(ctx, report) {
    const { visibleExternalRecipients: threshold } = ctx.config.thresholds;
    const visible = outsideRecipients(ctx, ['to', 'cc']);
    if (visible.length < threshold) return;
    // The span marks the run of outside addresses in the field where the first one sits.
    const first = visible[0];
    const sameField = visible.filter((r) => r.field === first.field);
    report({
      messageId: 'visible-external',
      data: { count: visible.length, threshold },
      span: { field: first.field, start: first.index, end: sameField[sameField.length - 1].index + 1 },
      fixes: [{ kind: 'move-to-bcc', addresses: visible.map((r) => r.address) }],
    });
  },
});
