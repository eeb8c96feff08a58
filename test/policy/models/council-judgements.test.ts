import { councilTokens, shapeOf, judgeCouncil, gateOpen, COUNCIL_MODELS, MAX_SENTENCES } from '../../../src/policy/models/council-judgements';
import { findDebtLists, DEBT_ENTRY } from '../../../src/policy/rules/personal-data/debt-list';
import { splitSentences } from '../../../src/policy/text/sentences';

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

  it('opens the credentials gate only for a value near an access word or a password-like value', () => {
    expect(gateOpen('credentials', 'The alarm is 4471.')).toBe(true);
    expect(gateOpen('credentials', 'Use Meadow!42 tonight.')).toBe(true);
    expect(gateOpen('credentials', 'Invoice 4471 was paid.')).toBe(false);
  });

  it('has a model and a threshold for every class', () => {
    for (const m of Object.values(COUNCIL_MODELS)) {
      expect(Object.keys(m.weights).length).toBeGreaterThan(50);
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
    expect(DEBT_ENTRY.global).toBe(true);
  });
});
