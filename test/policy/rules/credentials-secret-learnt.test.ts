// The learnt judgement of credentials/secret (issue #17): codes and logins without a label.
import rule from '../../../src/policy/rules/credentials/secret';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf } from '../../helpers/draft';

describe('credentials/secret, learnt judgement', () => {
  it('flags a keypad code and masks it in the message', () => {
    const [f] = findingsOf(rule, draft({ body: 'The store room keypad is 8264, then press enter.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.level).toBe('block');
    expect(f.message).toContain('The store room keypad is 8***');
    expect(f.message).not.toContain('8264');
    expect(f.actual).not.toContain('8264');
  });

  it('flags a login and password given without a label', () => {
    const [f] = findingsOf(rule, draft({ body: 'For the booking system, log in as halls and Meadow!42.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.message).not.toContain('Meadow!42');
  });

  it.each([
    ['security advice', 'Please never email the store room code; ring me and I will tell you.'],
    ['a booking reference', 'Your booking reference is 8264; quote it if you call.'],
    ['a postcode beside the word code', 'The post code is SG12 9AB and the code is on the gate.'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });
});
