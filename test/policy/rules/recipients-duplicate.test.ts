import rule from '../../../src/policy/rules/recipients/duplicate';
import { draft, findingsOf, RESIDENT, CLERK } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('recipients/duplicate', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['one recipient', draft({ to: [RESIDENT] })],
    ['different people', draft({ to: [RESIDENT], cc: [CLERK] })],
    ['no recipients at all', draft({ to: [] })],
  ]);

  tester.flags([
    ['To and Cc', draft({ to: [RESIDENT], cc: [RESIDENT] }), ['duplicate@cc:0-1']],
    ['case differs', draft({ to: ['Jo.Bloggs@Example.co.uk'], bcc: [RESIDENT] }), ['duplicate@bcc:0-1']],
    ['twice in To', draft({ to: [CLERK, RESIDENT, RESIDENT] }), ['duplicate@to:2-3']],
  ]);

  it('offers to remove the extra entry', () => {
    const [f] = findingsOf(rule, draft({ to: [RESIDENT], cc: [RESIDENT] }));
    expect(f.fixes).toEqual([{ kind: 'remove-recipient', field: 'cc', address: RESIDENT }]);
    expect(String(f)).toMatch(/^cc:0-1 warn .+ \[recipients\/duplicate\]$/);
  });
});
