// The council judgements (issue #17): candidates, features and the shipped weights.
import WEIGHTS from '../../../src/policy/data/council-weights.json';
import { councilFeatures, isCandidate, judge, JUDGED_CLASSES } from '../../../src/policy/models/council-judge';

describe('council judgements', () => {
  it('ships a threshold and weights for every judged class', () => {
    for (const cls of JUDGED_CLASSES) {
      const m = (WEIGHTS.classes as Record<string, { threshold: number; bias: number; weights: Record<string, number> }>)[cls];
      expect(Number.isFinite(m.threshold)).toBe(true);
      expect(Object.keys(m.weights).length).toBeGreaterThan(50);
      expect(Object.keys(m.weights).length).toBeLessThanOrEqual(400);
    }
  });

  it('builds words, pairs, character 4-grams and readable hand-built cues', () => {
    const x = councilFeatures("I'd like the shelter repainted by Friday.");
    expect(x.get('w:repainted')).toBe(1);
    expect(x.get('b:shelter_repainted')).toBe(1);
    expect(x.get('c:<rep')).toBe(1);
    expect(x.get('h:want-done')).toBe(1);
    expect(x.get('h:deadline')).toBe(1);
    expect(councilFeatures('Older staff just cannot cope.').get('h:pc=age')).toBe(1);
  });

  it.each([
    ['instruction', 'The planters should be moved to the library wall by the end of the month.', true],
    ['instruction', 'Could you let me know when the gate is locked?', false],
    ['harassment', 'You looked gorgeous in that dress, darling.', true],
    ['harassment', 'The analysis is pretty clear.', false],
    ['threat', 'I know which car is yours.', true],
    ['threat', 'Please lock your car; there have been thefts.', false],
    ['discrimination', "Older staff just can't cope with the new system.", true],
    ['discrimination', 'The foreign exchange desk is busy.', false],
  ] as const)('%s: "%s" is a candidate: %s', (cls, text, expected) => {
    expect(isCandidate(cls, text)).toBe(expected);
  });

  it('judges only candidates, and scores them with the shipped model', () => {
    expect(judge('threat', 'The minutes are attached.')).toBeUndefined();
    const j = judge('instruction', "I'd like the bus shelter repainted before the Remembrance parade.");
    expect(j?.fires).toBe(true);
    expect(judge('instruction', "I'd like the bus shelter repainted.", { bias: -10, weights: {}, threshold: 0 })?.fires).toBe(false);
  });

  it('stays linear on a long sentence', () => {
    const long = 'your car '.repeat(20000) + 'shame';
    expect(() => judge('threat', long)).not.toThrow();
  });
});
