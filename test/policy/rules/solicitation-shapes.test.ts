import { shapeCounts, type ShapeCounts } from '../../../src/policy/rules/solicitation/shapes';
import { scoreSolicitation } from '../../../src/policy/rules/solicitation/score';

// Each shape on typed text and on the lower-cased, tokenised form, and a look-alike that must not count.
describe('solicitation shapes', () => {
  it.each<[string, string, keyof ShapeCounts, number]>([
    ['links typed', 'See https://example.com/a and www.example.org today', 'links', 2],
    ['links tokenised', 'see http : / / www . example . com / a', 'links', 1],
    ['a bare host with a path', 'order at shop . biz / garden', 'links', 1],
    ['a host without a path is not a link', 'email clerk at waretowncouncil.gov.uk', 'links', 0],
    ['prices typed and tokenised', 'Only $2.99, was $ 15', 'prices', 2],
    ['pounds and euros', 'Tickets £5, or €6 at the door', 'prices', 2],
    ['a currency sign without a sum is not a price', 'Paid in £ sterling', 'prices', 0],
    ['exclamation runs', 'Buy now!!! Save $$$', 'exclamations', 2],
    ['tokenised exclamations', 'hurry ! ! ! today', 'exclamations', 1],
    ['one or two marks are not a run', 'Thank you! Well done!!', 'exclamations', 0],
  ])('%s', (_name, text, shape, expected) => {
    expect(shapeCounts(text)[shape]).toBe(expected);
  });

  it('commercial cues alone never reach the threshold, however many', () => {
    const r = scoreSolicitation('Special offer! Buy now, 50% off, free shipping, click here, unsubscribe here, best prices, money back guarantee, www.shop.example/x');
    expect(r.score).toBe(2.5);
    expect(r.isSolicitation).toBe(false);
  });

  // Linear cost on long and hostile input: test/hardening/linear-cost.test.ts (CPU time, two sizes).
});
