import { compilePhrases, firstPhrase, scanPhrases } from '../../src/policy/text/patterns';

describe('compilePhrases / scanPhrases', () => {
  it('says which entry matched, with offsets', () => {
    const set = compilePhrases(['bad luck', 'break the chain']);
    expect(scanPhrases(set, 'Do not break the chain or bad luck follows.').map((h) => [h.index, h.start, h.end])).toEqual([
      [1, 7, 22],
      [0, 26, 34],
    ]);
  });

  it('matches whole words only', () => {
    expect(scanPhrases(compilePhrases(['cheap']), 'cheapside cheap')).toMatchObject([{ start: 10, end: 15 }]);
  });

  it('rejects a capturing group in data at load', () => {
    expect(() => compilePhrases(['(bad) luck'])).toThrow(/capturing group/);
  });

  it('scans only up to `to` and from `from`', () => {
    const set = compilePhrases(['luck']);
    expect(scanPhrases(set, 'luck luck luck', 5, 9).map((h) => h.start)).toEqual([5]);
    expect(firstPhrase(set, 'no luck here')).toMatchObject({ start: 3, end: 7 });
  });
});
