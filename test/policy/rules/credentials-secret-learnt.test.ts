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

  // Fresh innocent set (2026-12-07): a hirer given the code for their own booking, changed after each
  // hire. Giving its user the code is what it is for, and the copy in the email opens nothing after the
  // hire; a code that stays, or one sent about someone else's booking, is still a secret (3.1, 5.2).
  const hire = (greeting: string, booking: string, code: string, close: string) => `${greeting}\n${booking} ${code}\n${close}`;
  const HIRES: [string, string, string, string, string, string[]][] = [
    ['the porch key safe, changed after each booking', 'Dear Mr Oduya,', 'Your hire of the Jubilee Hall on Friday 3 July, 6pm to 11pm, is confirmed.', 'The key safe on the porch wall is 2958', ', and the code is changed after each booking.', ['code@body:124-128']],
    ['the key box, reset after every hire', 'Dear Mrs Fenton,', 'Thanks for your booking of the pavilion for Sunday.', 'The key box by the changing rooms is 6170', '; we reset it after every hire, so it only works for your party.', ['code@body:106-110']],
    ['a labelled key safe, changed after each hire', 'Hello Priya,', 'Your booking for the scout hut on the 14th is all set.', 'Key safe by the back door: 3825', '. We change the code after each hire.', ['code@body:95-99']],
    ['the door keypad, changed at the end of every let', 'Dear Ms Holt,', 'Your booking of the community room is confirmed for Tuesday evenings in May.', 'The door keypad is 7741', ', and we change the number at the end of every let.', ['code@body:110-114']],
    ['the field gate padlock, changed after every hire', 'Dear Mr Carver,', 'Thank you for your booking.', 'The padlock on the field gate opens with 5093', '; it is changed after every hire, so please do not pass it on.', ['code@body:85-89']],
    ['the side door key safe, changed after each booking', 'Hi Lou,', 'You have booked the Memorial Hall for the 21st.', 'The key safe by the side door is code 8364', ', and the code is changed after each booking.', ['learnt@body:0-99']],
  ];
  tester.accepts(
    HIRES.map(([name, greeting, booking, code, changed]) => [name, hire(greeting, booking, code + changed, 'Kind regards,\nAnn')] as [string, string]),
    "a hirer's code for their own booking: %s",
  );
  tester.flags(
    HIRES.map(([name, greeting, booking, code, , ids]) => [name, hire(greeting, booking, code + '.', 'Kind regards,\nAnn'), ids] as [string, string, string[]]),
    'the same code with nothing said of changing it: %s',
  );
  tester.flags(
    [
      ["someone else's hire", "Dear Mr Webb,\nMrs Patel's hire of the Memorial Hall on Saturday is confirmed. The key safe by the side door is code 4471, and we change the code after every hire.\nKind regards,\nAnn", ['learnt@body:14-162']],
      ['the office code that stays', "Dear Gary,\nThe office alarm code is 4471 and the key safe by the side door is 9023; we change the hall code after every hire, but the office one stays.\nThanks,\nAnn", ['code@body:36-40', 'code@body:78-82']],
      ['a permanent code after the hirer\'s', 'Dear Ms Nwosu,\nYour booking of the Memorial Hall is confirmed. The key safe is 2958 and we change it after each hire. Thanks for coming.\n\nPS: the office alarm code is 1234 if it goes off.\nKind regards,\nAnn', ['code@body:167-171']],
    ],
    'still a secret: %s',
  );
});
