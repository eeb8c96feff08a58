import rule from '../../../src/policy/rules/recipients/visible-external';
import { draft, findingsOf, idsOf, policy, CLERK, STAFF } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const ext = (n: number, domain = 'example.co.uk') => Array.from({ length: n }, (_, i) => `resident${i + 1}@${domain}`);

describe('recipients/visible-external', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['four outside addresses (threshold is five)', draft({ to: ext(4) })],
    ['many outside addresses in Bcc', draft({ to: [CLERK], bcc: ext(30) })],
    ['many council addresses', draft({ to: [CLERK, STAFF, 'a@waretowncouncil.gov.uk', 'b@waretowncouncil.gov.uk', 'c@waretowncouncil.gov.uk'] })],
    ['partner bodies do not count', draft({ to: ext(3), cc: ext(3, 'eastherts.gov.uk') })],
    ['the same address five times counts once', draft({ to: ['jo@example.co.uk', 'JO@example.co.uk', 'jo@example.co.uk'], cc: ['jo@example.co.uk', 'jo@example.co.uk'] })],
    ['council subdomain is internal', draft({ to: [...ext(4), 'x@mail.waretowncouncil.gov.uk'] })],
  ]);

  tester.flags([
    ['five outside addresses in To', draft({ to: ext(5) }), ['visible-external@to:0-5']],
    ['split between To and Cc', draft({ to: [CLERK, ...ext(2)], cc: ext(3, 'example.org') }), ['visible-external@to:1-3']],
    ['all in Cc', draft({ to: [CLERK], cc: ext(6) }), ['visible-external@cc:0-6']],
  ]);

  it('uses the threshold from the policy file', () => {
    const d = draft({ to: ext(3) });
    expect(idsOf(rule, d)).toEqual([]);
    expect(idsOf(rule, d, policy({ thresholds: { visibleExternalRecipients: 3 } }))).toEqual(['visible-external@to:0-3']);
  });

  it('offers to move exactly the visible outside addresses to Bcc', () => {
    const [f] = findingsOf(rule, draft({ to: [CLERK, ...ext(2)], cc: [...ext(3, 'example.org'), 'planning@eastherts.gov.uk'] }));
    expect(f.fixes).toEqual([{ kind: 'move-to-bcc', addresses: [...ext(2), ...ext(3, 'example.org')] }]);
    expect(f.level).toBe('warn');
  });
});
