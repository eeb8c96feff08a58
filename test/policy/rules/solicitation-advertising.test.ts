import rule from '../../../src/policy/rules/solicitation/advertising';
import { draft, idsOf } from '../../helpers/draft';

describe('solicitation/advertising', () => {
  it.each([
    ['allotment plots', 'Allotment plots are available at Musley Lane.'],
    ['hall hire rates', 'Hall hire rates for 2027 are attached.'],
    ['market stall bookings', 'The Christmas market stall bookings open on 1 October.'],
    ['the council selling an old mower', "The council's old mower is for sale by sealed bid."],
    ['a quoted advert', 'Is this allowed?\n\nOn 1 May 2026, Shop wrote:\n> Use discount code SAVE10. Buy now!'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });

  it.each([
    ['a discount code', 'Use discount code WARE10 at my shop.', ['advertising@body:4-17']],
    ['sponsor me', 'Please sponsor me for the marathon.', ['advertising@body:0-17']],
    ['my business for sale', 'My business has garden furniture for sale.', ['advertising@body:0-11']],
    ['an unsubscribe line', 'Click here to unsubscribe.', ['advertising@body:0-25']],
  ])('flags %s', (_name, body, expected) => {
    expect(idsOf(rule, draft({ body }))).toEqual(expected);
  });

  it('reads the subject', () => {
    expect(idsOf(rule, draft({ subject: 'Discount code for councillors', body: 'Hello' }))).toEqual(['advertising@subject:0-13']);
  });
});
