// The learnt judgement of credentials/secret (issue #17): codes and logins without a label.
import rule from '../../../src/policy/rules/credentials/secret';
import { draft, learntFindingsOf as findingsOf, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('credentials/secret, learnt judgement', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  it('flags a keypad code and masks it in the message', () => {
    // Worded so the rule's own patterns miss it ("is happy with": no separator, no keying verb, no
    // keypad steps; "takes 8264" is the rule's own since ./given.ts): the judgement speaks.
    const [f] = findingsOf(rule, draft({ body: 'The store room keypad is happy with 8264 these days.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.level).toBe('block');
    expect(f.message).toContain('The store room keypad is happy with 8***');
    expect(f.message).not.toContain('8264');
    expect(f.actual).not.toContain('8264');
  });

  it('flags a password given without a label', () => {
    const [f] = findingsOf(rule, draft({ body: 'The shared drive takes Daisy1958 at the moment.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.message).not.toContain('Daisy1958');
  });

  tester.accepts([
    ['security advice', 'Please never email the store room code; ring me and I will tell you.'],
    ['a booking reference', 'Your booking reference is 8264; quote it if you call.'],
    ['a postcode beside the word code', 'The post code is SG12 9AB and the code is on the gate.'],
  ]);

  // The judgement reads only candidates that pass the rule's own checks (a label, a number of something
  // else). Each of these scores above the send threshold when the checks are left out.
  tester.accepts(
    [
      ['a dial-in PIN after a phone number', 'Join by phone on 020 7946 0321; the PIN is 58213.'],
      ['a year after a gate word', 'The gate code was changed in 2019.'],
      ['an address by the cemetery gate', 'The cemetery gate is opposite 4471 Mill Street, by the bus stop.'],
      ['a help line number', 'The alarm code helpline is 01920 460316.'],
      ['a nominal code beside a cost centre', 'Charge the padlock to cost centre 4410, nominal code 4102.'],
    ],
    'does not judge %s',
  );
});
