import rule from '../../../src/policy/rules/tone/defamation-risk';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/defamation-risk', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['fraud prevention', 'Fraud prevention training is on 12 May.'],
    ['reporting fraud', 'Please report fraud to Action Fraud.'],
    ['a thing, not a person', 'This is a fraud risk we must manage.'],
    ['an audit finding', 'The auditor found no evidence of fraud.'],
  ]);

  tester.flags([
    ['a role accused', 'The clerk is corrupt.', ['accusation@body:0-20']],
    ['a named councillor', 'Cllr Smith is a liar.', ['accusation@body:0-20']],
    ['a contraction', "He's a crook.", ['accusation@body:0-12']],
    ['a verb that accuses', 'John Smith has lied about the budget.', ['accusation@body:0-19']],
    ['the council', 'The council is completely incompetent.', ['accusation@body:0-37']],
  ]);
});
