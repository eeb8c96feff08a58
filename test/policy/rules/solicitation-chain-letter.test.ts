import rule from '../../../src/policy/rules/solicitation/chain-letter';
import { ruleTester } from '../../helpers/rule-tester';

describe('solicitation/chain-letter', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['bad luck alone', 'Bad luck with the weather on carnival day.'],
    ['forwarding to a named person', 'Please forward this to the clerk.'],
    ['good luck alone', 'Good luck with the in-bloom judging.'],
  ]);

  tester.flags([
    ['forward to 10 people', 'Forward this to 10 people today.', ['chain-letter@body:0-25']],
    ['send to everyone you know', 'Send this to everyone you know.', ['chain-letter@body:0-30']],
    ['break the chain', 'Do not break the chain.', ['chain-letter@body:0-22']],
    ['two weak cues together', 'It really works. Bad luck follows those who ignore it.', ['chain-letter@body:0-15']],
  ]);
});
