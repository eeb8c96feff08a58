import { scoreIntent, sentenceIntentFeatures, tagSentence } from '../../../src/policy/models/intent';

describe('tagSentence', () => {
  it('expands contractions to the words they stand for', () => {
    expect(tagSentence("I'll order the benches.").map((t) => t.norm)).toEqual(['i', 'will', 'order', 'the', 'benches']);
    expect(tagSentence("We'll call you.").map((t) => t.norm).slice(0, 2)).toEqual(['we', 'will']);
  });
});

describe('sentenceIntentFeatures', () => {
  it('fires the commitment feature for a contracted "will"', () => {
    expect(sentenceIntentFeatures("I'll order the benches tomorrow.").has('p:we+will')).toBe(true);
    expect(sentenceIntentFeatures("We'll send the agenda.").has('p:we+will')).toBe(true);
  });

  it('skips a leading greeting or name before the first-word features', () => {
    const x = sentenceIntentFeatures('Hi John, please send the report.');
    expect(x.has('p:greeting')).toBe(true);
    expect(x.has('f0:please')).toBe(true);
    expect(x.has('f0:hi')).toBe(false);
    expect(sentenceIntentFeatures('Mark - call me.').has('f0:call')).toBe(true);
  });

  it('names the first verb, "let me know", "please" and a modal question', () => {
    const x = sentenceIntentFeatures('Please send me the invoice.');
    expect(x.has('V:send')).toBe(true);
    expect(x.has('p:please@start')).toBe(true);
    expect(sentenceIntentFeatures('Let me know by Friday.').has('p:let-know')).toBe(true);
    expect(sentenceIntentFeatures('Could you call the contractor?').has('p:ask-you')).toBe(true);
    expect(sentenceIntentFeatures('If you can, call me.').has('p:conditional')).toBe(true);
  });
});

describe('scoreIntent (shipped weights)', () => {
  it.each(['Please send me the invoice by Friday.', 'Can you call the contractor today?', 'Could you review the draft?'])(
    'flags the directive %p',
    (s) => {
      expect(scoreIntent(s).isIntent).toBe(true);
    },
  );

  // Known misses of the shipped model: in the Enron training labels, bare short imperatives
  // ("Open the app", "Try it now" — many from newsletters) and "I will …" sentences are more
  // often negative than positive, so these clear council directives score below the threshold.
  // it.failing passes while the model misses them and fails (asking for this to become a plain
  // `it`) once a retrained model gets them.
  it.failing.each(['Pay the invoice.', "I'll order the benches tomorrow."])('flags the directive %p (known miss)', (s) => {
    expect(scoreIntent(s).isIntent).toBe(true);
  });

  // These four are clearly not requests or commitments and the model agrees; other borderline
  // sentences are the model's judgment and are not asserted.
  it.each(['The meeting was held on Tuesday.', 'Thanks for your email.', 'Attached is the agenda.', 'If you have any questions, let me know.'])(
    'does not flag the statement %p',
    (s) => {
      expect(scoreIntent(s).isIntent).toBe(false);
    },
  );

  it('gives reasons that name positive features, strongest first', () => {
    const r = scoreIntent('Can you call the contractor today?');
    expect(r.reasons.length).toBeGreaterThan(0);
    expect(r.reasons.length).toBeLessThanOrEqual(5);
    expect(r.reasons.map((x) => x.feature)).toContain('p:question');
    for (const x of r.reasons) {
      expect(x.feature).toMatch(/^(w|b|f\d|ft\d|V|V2|VS|q|p):/);
      expect(x.weight).toBeGreaterThan(0);
    }
    const ws = r.reasons.map((x) => x.weight);
    expect(ws).toEqual([...ws].sort((a, b) => b - a));
  });

  it('scores higher for a request than for a report of the same act', () => {
    expect(scoreIntent('Please send me the invoice.').score).toBeGreaterThan(scoreIntent('She sent me the invoice.').score);
  });

  it.each([
    ['empty', ''],
    ['question marks', '????'],
    ['whitespace', ' \n\t '],
    ['10,000 characters', 'Please send the invoice and call me. '.repeat(280).slice(0, 10000)],
    ['one 10,000-character word', 'a'.repeat(10000)],
    ['emoji and RTL', 'Please 🙏 send שלום the ﷺ invoice 👍🏽'],
    ['zero-width and combining marks', 'Pl\u200bease se\u0301nd \u202ethe invoice\u202c'],
    ['lone surrogate and controls', '\uD800 send \u0000\u0007 it'],
  ])('never throws on %s', (_name, s) => {
    const r = scoreIntent(s);
    expect(Number.isFinite(r.score)).toBe(true);
    expect(r.probability).toBeGreaterThanOrEqual(0);
    expect(r.probability).toBeLessThanOrEqual(1);
    expect(typeof r.isIntent).toBe('boolean');
  });
});
