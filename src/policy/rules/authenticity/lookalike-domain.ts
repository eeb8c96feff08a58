import { defineRule } from '../../rule';
import { PHONE_ADVICE } from '../../data/phone-advice';
import { domainOfAddress } from '../../auth-results';
import { findLookalike, type LookalikeKind } from './domains';

const PHONE = PHONE_ADVICE.lookalike;

const KIND_MESSAGE: Record<LookalikeKind, string> = {
  confusable: 'confusable',
  typo: 'typo',
  'other-suffix': 'other-suffix',
  'added-words': 'added-words',
  embedded: 'embedded',
};

export default defineRule({
  meta: {
    id: 'authenticity/lookalike-domain',
    category: 'authenticity',
    clause: '4.3c',
    summary: "The sender's domain imitates the council's own or a partner's",
    defaultLevel: 'warn',
    surface: 'read',
    messages: {
      confusable: `{where} address uses {domain}, which is written with look-alike characters to resemble {imitates}. ${PHONE}`,
      typo: `{where} address uses {domain}, one or two letters away from {imitates}. ${PHONE}`,
      'other-suffix': `{where} address uses {domain}, which is not {imitates}: same name, different ending. ${PHONE}`,
      'added-words': `{where} address uses {domain}, which adds words or hyphens to {imitates}. ${PHONE}`,
      embedded: `{where} address uses {domain}, which hides {imitates} inside a different domain. ${PHONE}`,
    },
    inputs: ['from', 'headers'],
  },
  check(ctx, report) {
    const protectedDomains = [...ctx.config.organisation.domains, ...ctx.config.partnerDomains];
    const from = ctx.draft.from?.address;
    const seen = new Set<string>();
    if (from) {
      const domain = domainOfAddress(from);
      const hit = findLookalike(domain, protectedDomains);
      if (hit) {
        seen.add(domain);
        report({
          messageId: KIND_MESSAGE[hit.kind],
          data: { where: "The sender's", domain, imitates: hit.imitates },
          span: { field: 'from', start: 0, end: 1 },
          actual: from,
        });
      }
    }
    // Replies go to Reply-To: a look-alike there diverts the answer even when From is genuine.
    for (const value of ctx.draft.headers?.['reply-to'] ?? []) {
      for (const m of value.split(/[\s<>",;]/).filter((t) => t.indexOf('@') > 0)) {
        const domain = domainOfAddress(m);
        if (seen.has(domain)) continue;
        const hit = findLookalike(domain, protectedDomains);
        if (!hit) continue;
        seen.add(domain);
        report({ messageId: KIND_MESSAGE[hit.kind], data: { where: 'The Reply-To', domain, imitates: hit.imitates }, actual: m });
      }
    }
  },
});
