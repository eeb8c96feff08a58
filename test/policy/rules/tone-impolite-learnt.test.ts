// The learnt judgement of tone/impolite (issue #17): sarcasm and barbs without rude words.
import rule from '../../../src/policy/rules/tone/impolite';
import { draft, learntFindingsOf as findingsOf, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/impolite, learnt judgement', () => {
  const tester = ruleTester(rule, { level: 'warn', config: learntPolicy() });

  it('warns on sarcasm about a repeated mistake, quoting the writer', () => {
    const f = findingsOf(rule, draft({ body: 'Brilliant, the bins have been missed again. Keep up the good work, everyone.' })).find((x) => x.messageId === 'learnt');
    expect(f?.level).toBe('warn');
    expect(f?.message).toContain('the bins have been missed again');
    expect(f?.message).toContain('sarcastic');
  });

  it('leaves a long document alone', () => {
    const body = 'The quarterly figures follow.\n'.repeat(70) + 'Brilliant, the bins have been missed again. Keep up the good work, everyone.';
    expect(findingsOf(rule, draft({ body })).filter((x) => x.messageId === 'learnt')).toEqual([]);
  });

  tester.accepts([
    ['a firm but polite request', 'The agenda has the wrong date; could it be corrected before it goes on the noticeboard?'],
    ['warm thanks', 'Thank you all for a wonderful fun day, the children loved it.'],
  ]);
});
