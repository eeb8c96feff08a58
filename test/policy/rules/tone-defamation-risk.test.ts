import rule from '../../../src/policy/rules/tone/defamation-risk';
import { draft, idsOf } from '../../helpers/draft';

describe('tone/defamation-risk', () => {
  it.each([
    ['fraud prevention', 'Fraud prevention training is on 12 May.'],
    ['reporting fraud', 'Please report fraud to Action Fraud.'],
    ['a thing, not a person', 'This is a fraud risk we must manage.'],
    ['an audit finding', 'The auditor found no evidence of fraud.'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });

  it.each([
    ['a role accused', 'The clerk is corrupt.', ['accusation@body:0-20']],
    ['a named councillor', 'Cllr Smith is a liar.', ['accusation@body:0-20']],
    ['a contraction', "He's a crook.", ['accusation@body:0-12']],
    ['a verb that accuses', 'John Smith has lied about the budget.', ['accusation@body:0-19']],
    ['the council', 'The council is completely incompetent.', ['accusation@body:0-37']],
  ])('flags %s', (_name, body, expected) => {
    expect(idsOf(rule, draft({ body }))).toEqual(expected);
  });
});
