// The council judgements (issue #17): candidates, features and the shipped weights.
import { councilTokens, shapeOf, judgeCouncil, gateOpen, COUNCIL_MODELS, MAX_SENTENCES } from '../../../src/policy/models/council';
import { findDebtLists, ENTRY_NAME, ENTRY_SUM } from '../../../src/policy/rules/personal-data/debt-list';
import { splitSentences } from '../../../src/policy/text/sentences';
import WEIGHTS from '../../../src/policy/data/council-weights.json';
import { councilFeatures, isCandidate, judgeSentence as judge, SENTENCE_CLASSES as JUDGED_CLASSES } from '../../../src/policy/models/council';

describe('council judgements', () => {
  it('ships a threshold and weights for every judged class', () => {
    for (const cls of JUDGED_CLASSES) {
      const m = (WEIGHTS.classes as Record<string, { threshold: number; bias: number; weights: Record<string, number> }>)[cls];
      expect(Number.isFinite(m.threshold)).toBe(true);
      // Pruned (npm run prune:council) to between 46 and 250 weights a class; an empty or nearly
      // empty model would mean a broken training or pruning run.
      expect(Object.keys(m.weights).length).toBeGreaterThan(40);
      expect(Object.keys(m.weights).length).toBeLessThanOrEqual(400);
    }
  });

  it('builds words, pairs, word beginnings and readable hand-built cues', () => {
    const x = councilFeatures('instruction', "I'd like the shelter repainted by Friday.");
    expect(x.get('w:repainted')).toBe(1);
    expect(x.get('b:shelter_repainted')).toBe(1);
    expect(x.get('p:repai')).toBe(1);
    expect(x.get('h:want-done')).toBe(1);
    expect(x.get('h:deadline')).toBe(1);
    expect(councilFeatures('discrimination', 'Older staff just cannot cope.').get('h:pc=age')).toBe(1);
    expect(councilFeatures('threat', 'Your van tyres might not last long round here.').get('h:property-menace')).toBe(1);
    expect(councilFeatures('instruction', 'The gate is to be padlocked from now on.').get('h:passive-deadline')).toBe(1);
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
    // The shipped threat model reads the wider candidates (the act cues).
    ['threat', 'Carry on like this and your garden fence might find itself in pieces.', true],
    ['threat', "If the footpath isn't fixed I'll be complaining to the ombudsman and telling the voters.", false],
    ['threat', "Please don't leave your van unlocked overnight.", false],
  ] as const)('%s: "%s" is a candidate: %s', (cls, text, expected) => {
    expect(isCandidate(cls, text)).toBe(expected);
  });

  // Which gate a class's model reads is cross-validation's choice (harassment's went back to the
  // narrow one when trained on the larger train split); the wider gate itself must still hold these.
  it.each([
    ['harassment', 'I walked past your house on Sunday and your curtains were open.', true],
    ['harassment', 'Please add us to your address book so our emails arrive.', false],
  ] as const)('%s, wider gate: "%s" is a candidate: %s', (cls, text, expected) => {
    expect(isCandidate(cls, text, true)).toBe(expected);
  });

  it('describes the act, not the words: remarks on the body, pressing after a no, harm beside a target, condescension', () => {
    const has = (cls: 'harassment' | 'threat' | 'impolite', text: string) => [...councilFeatures(cls, text).keys()].filter((k) => k.startsWith('h:act'));
    expect(has('harassment', 'Those trousers show off your legs nicely, Sue.')).toEqual(expect.arrayContaining(['h:act-body', 'h:act-body-person']));
    expect(has('harassment', "You said no last week but I'll keep asking, just you and me.")).toEqual(expect.arrayContaining(['h:act-after-no', 'h:act-intimate', 'h:act-pressed-invite']));
    expect(has('threat', "Shame if your kids' bikes got scratched.")).toEqual(expect.arrayContaining(['h:act-harm', 'h:act-harm-target']));
    // A target or an "if" alone is half an act: no feature of its own.
    expect(has('threat', 'If your car is in the way, move it to the back.')).toEqual([]);
    expect(has('impolite', 'As I have already explained twice, the form is on the website.')).toContain('h:act-condescend');
    expect(has('impolite', 'See attached. Again.')).toContain('h:act-jab');
    expect(has('harassment', 'The report on the play area is attached.')).toEqual([]);
  });

  it('lets the model, not the gate, clear an ordinary "if" about the reader\'s car', () => {
    expect(isCandidate('threat', 'If your car is in the way, move it to the back.', true)).toBe(true);
    expect(judge('threat', 'If your car is in the way, move it to the back.')?.fires).toBe(false);
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

describe('council judgements model', () => {
  it.each([
    ['4471', '#d4'],
    ['Marigold!88', '#pwsym'],
    ['Ware2024', '#pwmixed'],
    ['19-03-72', '#dgrp'],
    ['£2,580', '#money'],
    ['19:30', '#time'],
    ['1972', '#year'],
    ['HB-4471', '#ref'],
    ['clerk@waretowncouncil.gov.uk', '#email'],
    ['AT&T', undefined],
    ['council', undefined],
  ])('reads the shape of %s as %s', (v, shape) => {
    expect(shapeOf(v)).toBe(shape);
  });

  it("tokenises words, values, a postcode and a noun's 's", () => {
    expect(councilTokens("The gate's 4471 at SG12 9AB, isn't it?").map((t) => t.t)).toEqual(['the', 'gate', "'s", '#d4', 'at', '#postcode', '#postcode', "isn't", 'it', '?']);
  });

  it('reads single digits typed a space apart as one value, three or more of them', () => {
    const t = councilTokens('Tap in 5 8 3 1 then the tick; rows 1 2 and 7 16 3 stay.');
    expect(t.map((x) => x.t)).toEqual(['tap', 'in', '#d4', 'then', 'the', 'tick', 'rows', '#d2', '#d2', 'and', '#d2', '#d2', '#d2', 'stay']);
    expect(t[2]).toMatchObject({ start: 7, end: 14 });
  });

  it('opens the credentials gate only for a value near an access word or a password-like value', () => {
    expect(gateOpen('credentials', 'The alarm is 4471.')).toBe(true);
    expect(gateOpen('credentials', 'Use Meadow!42 tonight.')).toBe(true);
    expect(gateOpen('credentials', 'Invoice 4471 was paid.')).toBe(false);
  });

  it('has a model and a threshold for every class', () => {
    for (const m of Object.values(COUNCIL_MODELS)) {
      // Pruned (npm run prune:council) to between 46 and 250 weights a class; an empty or nearly
      // empty model would mean a broken training or pruning run.
      expect(Object.keys(m.weights).length).toBeGreaterThan(40);
      expect(Number.isFinite(m.threshold)).toBe(true);
    }
  });

  it('returns the window judged as offsets into the text', () => {
    const text = 'Hello.\nThe store room keypad is 8264, then press enter.\nThanks.';
    const [j] = judgeCouncil(text, splitSentences(text), ['credentials']);
    expect(text.slice(j.start, j.end)).toContain('keypad is 8264');
  });

  it('judges at most MAX_SENTENCES sentences of a long text', () => {
    const text = 'All well here.\n'.repeat(MAX_SENTENCES) + 'The store room keypad is 8264, then press enter.';
    expect(judgeCouncil(text, splitSentences(text), ['credentials'])).toEqual([]);
  });

  it('finds a list of names, addresses and sums, and not a single entry', () => {
    expect(findDebtLists('J. Barker, 12 Mill Lane, £84\nS. Patel, 3 Orchard Close, £126')[0].entries).toHaveLength(2);
    expect(findDebtLists('J. Barker, 12 Mill Lane, £84')).toEqual([]);
    expect(ENTRY_NAME.global && ENTRY_SUM.sticky).toBe(true);
  });
});
