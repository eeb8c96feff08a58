import rule from '../../../src/policy/rules/recipients/reply-all-large';
import { draft, idsOf, policy, CLERK } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const people = (n: number) => Array.from({ length: n }, (_, i) => `person${i + 1}@example.org`);

describe('recipients/reply-all-large', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['a new email to many people (that is visible-external’s business)', draft({ to: people(12) })],
    ['a forward to many people', draft({ to: people(12), composeType: 'forward' })],
    ['a reply to nine people', draft({ to: people(5), cc: people(4).map((a) => a.replace('example', 'example2')), composeType: 'reply' })],
    ['a reply to the sender alone, though the original went to 40', draft({ to: ['chair@example.org'], composeType: 'reply', originalRecipientCount: 40 })],
    ['a reply whose original list was small', draft({ to: people(3), composeType: 'reply', originalRecipientCount: 3 })],
  ]);

  tester.flags([
    ['a reply to ten people', draft({ to: people(4), cc: people(6).map((a) => a.replace('example', 'example2')), composeType: 'reply' }), ['reply-all@to:0-4']],
    ['internal people count too', draft({ to: [CLERK, ...people(9)], composeType: 'reply' }), ['reply-all@to:0-10']],
    ['a distribution list that stood for 40 people', draft({ to: ['chair@example.org', 'all-members@example.org'], composeType: 'reply', originalRecipientCount: 40 }), ['reply-all@to:0-2']],
    ['everyone in Cc', draft({ to: [], cc: people(10), composeType: 'reply' }), ['reply-all@cc:0-10']],
  ]);

  it('counts each address once', () => {
    expect(idsOf(rule, draft({ to: [...people(5), ...people(5)], composeType: 'reply' }))).toEqual([]);
  });

  it('uses the threshold from the policy file', () => {
    expect(idsOf(rule, draft({ to: people(3), composeType: 'reply' }), policy({ thresholds: { replyAllRecipients: 3 } }))).toEqual(['reply-all@to:0-3']);
  });
});
