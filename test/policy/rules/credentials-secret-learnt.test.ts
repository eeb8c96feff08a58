// The learnt judgement of credentials/secret (issue #17): codes and logins without a label.
import rule from '../../../src/policy/rules/credentials/secret';
import { draft, learntFindingsOf as findingsOf, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('credentials/secret, learnt judgement', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  it('flags a keypad code and masks it in the message', () => {
    // Worded so the rule's own patterns miss it ("takes", no keypad steps): the judgement speaks.
    const [f] = findingsOf(rule, draft({ body: 'The store room keypad takes 8264 these days.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.level).toBe('block');
    expect(f.message).toContain('The store room keypad takes 8***');
    expect(f.message).not.toContain('8264');
    expect(f.actual).not.toContain('8264');
  });

  it('flags a login and password given without a label', () => {
    const [f] = findingsOf(rule, draft({ body: 'I use Daisy1958 for everything, so try that for the shared drive.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.message).not.toContain('Daisy1958');
  });

  tester.accepts([
    ['security advice', 'Please never email the store room code; ring me and I will tell you.'],
    ['a booking reference', 'Your booking reference is 8264; quote it if you call.'],
    ['a postcode beside the word code', 'The post code is SG12 9AB and the code is on the gate.'],
  ]);
});
