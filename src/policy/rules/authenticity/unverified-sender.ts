import { defineRule } from '../../rule';
import { PHONE_ADVICE } from '../../data/phone-advice';
import { assessSender } from '../../auth-results';
import { organisationalDomain } from './domains';

const PHONE = PHONE_ADVICE.unverified;

export default defineRule({
  meta: {
    id: 'authenticity/unverified-sender',
    category: 'authenticity',
    clause: '4.3c',
    summary: "The receiving mail service could not confirm the sender's address (SPF, DKIM, DMARC)",
    defaultLevel: 'warn',
    surface: 'read',
    messages: {
      failed: `This message failed the sender checks ({basis}): it may not really come from {domain}. ${PHONE}`,
      'not-aligned': `The sender checks passed only for another domain, not for {domain}, so the From address is not confirmed. ${PHONE}`,
      unchecked: `The sender of this message could not be checked ({basis}), so the From address ({domain}) is not confirmed. ${PHONE}`,
    },
    inputs: ['from', 'headers'],
  },
  check(ctx, report) {
    // Without headers (e.g. the client did not supply them) there is nothing to judge: say nothing.
    if (!ctx.draft.headers) return;
    const from = ctx.draft.from?.address ?? '';
    const auth = assessSender(ctx.draft.headers, from, organisationalDomain);
    if (auth.status === 'internal' || auth.status === 'verified') return;
    const domain = from.includes('@') ? from.slice(from.lastIndexOf('@') + 1).toLowerCase() : 'the sender';
    const basis = auth.basis === 'no-header' ? 'no authentication results' : auth.basis === 'none' ? 'no checks were run' : auth.basis === 'no-pass' ? 'no check passed' : auth.basis;
    report({
      messageId: auth.status === 'failed' ? 'failed' : auth.status === 'not-aligned' ? 'not-aligned' : 'unchecked',
      data: { basis, domain },
      span: ctx.draft.from ? { field: 'from', start: 0, end: 1 } : undefined,
      actual: from || undefined,
    });
  },
});
