import { isPadded, shapeCounts, type ShapeCounts } from '../../../src/policy/rules/solicitation/shapes';
import { scoreSolicitation } from '../../../src/policy/rules/solicitation/score';

// Each shape on typed text and on the lower-cased, tokenised form, and a look-alike that must not count.
describe('solicitation shapes', () => {
  it.each<[string, string, keyof ShapeCounts, number]>([
    ['links typed', 'See https://example.com/a and www.example.org today', 'links', 2],
    ['links tokenised', 'see http : / / www . example . com / a', 'links', 1],
    ['prices typed and tokenised', 'Only $2.99, was $ 15', 'prices', 2],
    ['letters spaced with symbols', 'v * i * a * g * r * a now', 'spaced', 1],
    ['letters spaced with blanks', 't o d a y s special', 'spaced', 1],
    ['initials are not spaced-out words', 'the u . s . a . office', 'spaced', 0],
    ['digits standing in for letters', 'Great pr0ducts here', 'leet', 1],
    ['stretched vowels', 'cheaaaap meds onliiiine', 'stretched', 2],
    ['a double letter is not stretched', 'coffee and zzz and www', 'stretched', 0],
    ['consonant noise', 'hello nzzbqhbitmt lpktcwcmvgtg', 'gibberish', 2],
    ['long ordinary words are not noise', 'strengths rhythms twelfths', 'gibberish', 0],
    ['a drug name broken by symbols', 'get v ( iagra and vl @ gra', 'disguised', 2],
    ['a word that merely contains a drug name', 'the specialist - x and staceys @ omassociates', 'disguised', 0],
    ['exclamation runs', 'Buy now!!! Save $$$', 'exclamations', 2],
    ['HTML residue', 'font size = 3 ; a href = http', 'html', 2],
    ['medicine names padded with stray letters', 'best viagkpra and cialjwis , valiubjm and medicatiymon', 'misspelt', 4],
    ['the same padded name twice counts once', 'viagkpra viagrra VIAGKPRA', 'misspelt', 1],
    ['plain names and plurals are not padded', 'viagra medications prescriptions pharmacy', 'misspelt', 0],
    ['ordinary words near a medicine name', 'engagement meditation dedication ambient niagara peonies', 'misspelt', 0],
    ['a string of long words (LONGWORDS)', 'deaden rickets shiplap lifelong doreen chemisorb declination fairchild thereto calumniate', 'longWords', 1],
    ['long words broken by commas', 'deaden, rickets, shiplap, lifelong, doreen, chemisorb, declination, fairchild, thereto, calumniate', 'longWords', 0],
    ['a heading in Title Case', 'Council Planning Committee Meeting Minutes Attached Through Hertford Borough Consultation Process', 'longWords', 0],
  ])('%s', (_name, text, shape, expected) => {
    expect(shapeCounts(text)[shape]).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['viagkpra', 'viagra', true],
    ['mediccationn', 'medication', true],
    ['viagra', 'viagra', false],
    ['viaaaagra', 'viagra', false],
    ['medications', 'medication', false],
    ['medicationes', 'medication', false],
    ['ambient', 'ambien', false],
    ['xviagra', 'viagra', false],
  ])('isPadded(%s, %s) is %s', (word, target, expected) => {
    expect(isPadded(word, target)).toBe(expected);
  });

  it.each([
    ['word salad on one line', 'lattice puck rothschild delphic alaska hall movie cockatoo dearth cascade shiplap lifelong chemisorb wheel declination', 15],
    ['a sentence resets the run at every function word', 'The clerk sent the minutes to the chairman and the vice chairman on Monday', 2],
    ['short lines of a list do not join into one run', 'houston pipe line\nmid texas pipeline\nenron field services\nhpl compression company\nhpl resources\n', 3],
  ])('salad run: %s', (_name, text, expected) => {
    expect(shapeCounts(text).saladRun).toBe(expected);
  });

  it('counts capitals only on long texts', () => {
    expect(shapeCounts('BUY NOW').capsRatio).toBe(0);
    expect(shapeCounts('AMAZING OFFER '.repeat(20)).capsRatio).toBe(1);
  });

  it('commercial cues alone never reach the threshold, however many', () => {
    const r = scoreSolicitation('Special offer! Buy now, 50% off, free shipping, click here, unsubscribe here, best prices, money back guarantee, www.shop.example/x');
    expect(r.score).toBe(2.5);
    expect(r.isSolicitation).toBe(false);
  });

  // Linear cost on long and hostile input: test/hardening/linear-cost.test.ts (CPU time, two sizes).
});
