import rule from '../../../src/policy/rules/tone/harassment';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf, CLLR, idsOf as baseIdsOf, learntIdsOf, policy } from '../../helpers/draft';

const whole = (body: string) => [`harassment@body:0-${body.length}`];

describe('tone/harassment', () => {
  it.each([
    ['a compliment on work', 'Thank you for the lovely dress you lent the panto.'],
    ['chasing the county', 'I will keep asking the county until the drain is fixed.'],
    ['congratulations', 'Congratulations on your wedding.'],
    ['an invitation to the whole team', 'Would the office team like to join us for lunch after the training?'],
    ['a dress code', 'Councillors are reminded that the dress code for the civic service is lounge suits.'],
    ['"pretty" as an adverb', 'The analysis is pretty clear about the costs.'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });

  it.each([
    ['a remark on looks and clothes', 'You looked gorgeous in that dress at the mayor-making, darling.'],
    ['an invitation pressed after a no', 'I will keep asking you out until you say yes.'],
    ['prying into private life', 'How is the divorce going, and is there a new man in your life yet?'],
  ])('flags %s', (_name, body) => {
    expect(idsOf(rule, draft({ from: CLLR, body }))).toEqual(whole(body));
  });

  it('judges only the first 50,000 characters of a body (a pasted document beyond is not read by the model)', () => {
    const remark = 'You looked gorgeous in that dress at the mayor-making, darling.';
    const filler = 'The minutes are attached for information. '.repeat(1500);
    expect(findingsOf(rule, draft({ body: remark + ' ' + filler }))).toHaveLength(1);
    expect(findingsOf(rule, draft({ body: filler + remark }))).toHaveLength(0);
  });

  it('quotes the writer\'s words in a sentence, not model features', () => {
    const [f] = findingsOf(rule, draft({ body: 'All fine with the budget. You looked gorgeous in that dress at the mayor-making, darling.' }));
    expect(f.message).toContain('This reads as unwelcome personal attention: "You looked gorgeous in that dress at the mayor-making, darling."');
    expect(f.message).not.toMatch(/\bh:|w:|feature/);
    expect(f.span).toEqual({ field: 'body', start: 26, end: 89 });
  });
});

describe('the shipped policy (no learnt judgements: policy file learntJudgements)', () => {
  it('lets no learnt judgement act until the council lists it', () => {
    const body = "You looked lovely in that dress yesterday, we should have dinner, just the two of us. I'll keep asking until you say yes.";
    expect(learntIdsOf(rule, draft({ from: CLLR, body }))).not.toEqual([]);
    expect(baseIdsOf(rule, draft({ from: CLLR, body }))).toEqual([]);
    expect(baseIdsOf(rule, draft({ from: CLLR, body }), policy({ learntJudgements: ['harassment'] }))).not.toEqual([]);
  });
});
