import rule from '../../../src/policy/rules/tone/reported';
import abusive from '../../../src/policy/rules/tone/abusive';
import threat from '../../../src/policy/rules/tone/threat';
import discriminatory from '../../../src/policy/rules/tone/discriminatory';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/reported', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['the writer’s own abuse (tone/abusive’s)', 'You are a fucking disgrace.'],
    ['the writer’s own earlier words', 'As I said, I know where you live.'],
    ['an ordinary report', 'The article said the bypass will open in May.'],
    ['the writer’s own abuse after "I rang to say" (tone/abusive’s)', 'I rang to say you are a useless wanker.'],
  ], 'is silent on %s');

  it.each([
    ['abuse a caller used', 'The caller said I was a fucking disgrace.', ['abusive@body:24-31']],
    ['a threat in quotation marks', 'He told me "I know where you live" and hung up.', ['threat@body:12-33']],
    ['graffiti', 'Someone has sprayed "pakis out" on the bus shelter.', ['discriminatory@body:21-26']],
    ['an attribution after the words', '"Watch your back," the man shouted.', ['threat@body:1-16']],
    ['an obscene word named as a word', 'Please report the word cunt on the bus shelter to the cleansing team.', ['abusive@body:23-27']],
    ['a slur named as a word', 'The term paki was painted on the underpass overnight.', ['discriminatory@body:9-13']],
    // Issue #16: a caller's words relayed with "rang to say" are reported like "said".
    ['abuse a caller relayed with "rang to say"', 'A man rang to say the clerk is a useless wanker.', ['abusive@body:41-47']],
    ['abuse a resident relayed with "phoned to tell us"', 'Mrs Day phoned to tell us the new warden is a total prick.', ['abusive@body:52-57']],
  ])('warns on %s', (_name, body, expected) => {
    expect(idsOf(rule, draft({ body }))).toEqual(expected);
    const d = draft({ body });
    expect([...idsOf(abusive, d), ...idsOf(threat, d), ...idsOf(discriminatory, d)]).toEqual([]);
  });

  it('warns by default', () => {
    const [f] = findingsOf(rule, draft({ body: 'The caller said I was a fucking disgrace.' }));
    expect(f.level).toBe('warn');
  });
});
