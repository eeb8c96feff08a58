// The rule tester must fail on a wrong expectation, or every table written with it could pass on
// anything. Each case here is a real rule on a real draft, with one thing wrong.
import rule from '../../src/policy/rules/tone/shouting';
import { draft, policy } from './draft';
import { assertAccepts, assertFlags, ruleTester, type ExpectedFinding } from './rule-tester';

const SHOUTING = draft({ body: 'PLEASE STOP SENDING THESE emails.' });
const BOTH = draft({ body: 'STOP NOW!!' });
const LOW = policy({ thresholds: { shoutingWords: 2, exclamationRun: 2 } });

describe('a right expectation passes', () => {
  it.each<[string, ExpectedFinding[]]>([
    ['message id and span', ['shouting@body:0-25']],
    ['with the quoted text', [{ id: 'shouting@body:0-25', text: 'PLEASE STOP SENDING THESE' }]],
    ['with a message fragment', [{ id: 'shouting@body:0-25', message: 'reads as shouting' }]],
    ['with a message pattern', [{ id: 'shouting@body:0-25', message: /^4 words in a row/ }]],
    ['with the level given on the finding', [{ id: 'shouting@body:0-25', level: 'warn' }]],
  ])('%s', (_name, expected) => {
    expect(() => assertFlags(rule, SHOUTING, expected, 'warn')).not.toThrow();
  });

  it('two findings in order, under another policy', () => {
    expect(() => assertFlags(rule, BOTH, ['shouting@body:0-8', 'exclamation@body:8-10'], 'warn', LOW)).not.toThrow();
  });

  it('an accepted draft', () => {
    expect(() => assertAccepts(rule, draft({ body: 'The NALC AGM, FOI and GDPR items.' }))).not.toThrow();
  });
});

describe('a wrong expectation fails', () => {
  it.each<[string, ExpectedFinding[], string?]>([
    ['another message id', ['exclamation@body:0-25']],
    ['another span', ['shouting@body:0-24']],
    ['another field', ['shouting@subject:0-25']],
    ['no span where there is one', ['shouting']],
    ['another level for the table', ['shouting@body:0-25'], 'block'],
    ['another level for the finding', [{ id: 'shouting@body:0-25', level: 'info' }]],
    ['another quoted text', [{ id: 'shouting@body:0-25', text: 'PLEASE STOP' }]],
    ['a message fragment it does not contain', [{ id: 'shouting@body:0-25', message: 'exclamation marks' }]],
    ['a message pattern it does not match', [{ id: 'shouting@body:0-25', message: /^5 words/ }]],
    ['an actual it does not carry', [{ id: 'shouting@body:0-25', actual: 'PLEASE' }]],
    ['a finding too many', ['shouting@body:0-25', 'exclamation@body:26-28']],
  ])('%s', (_name, expected, level = 'warn') => {
    expect(() => assertFlags(rule, SHOUTING, expected, level as 'warn' | 'block')).toThrow();
  });

  it('a finding too few', () => {
    expect(() => assertFlags(rule, BOTH, ['shouting@body:0-8'], 'warn', LOW)).toThrow();
  });

  it('findings in another order', () => {
    expect(() => assertFlags(rule, BOTH, ['exclamation@body:8-10', 'shouting@body:0-8'], 'warn', LOW)).toThrow();
  });

  it('a flagged draft in the accepts table', () => {
    expect(() => assertAccepts(rule, SHOUTING)).toThrow();
  });

  it('an accepted draft in the flags table', () => {
    expect(() => assertFlags(rule, draft({ body: 'Well done!!' }), ['exclamation@body:9-11'], 'warn')).toThrow();
  });

  it('a flagged case that names no finding', () => {
    expect(() => assertFlags(rule, SHOUTING, [], 'warn')).toThrow(/at least one finding/);
  });

  it('a rule that fails on the draft (the engine reports rule-failed at info)', () => {
    const broken = {
      meta: rule.meta,
      check: () => {
        throw new TypeError('broken');
      },
    };
    expect(() => assertAccepts(broken, SHOUTING)).toThrow();
    expect(() => assertFlags(broken, SHOUTING, ['shouting@body:0-25'], 'warn')).toThrow();
  });
});

describe('tables', () => {
  const tester = ruleTester(rule, { level: 'warn' });
  tester.accepts([
    ['a body string', 'Well done!'],
    ['a draft', draft({ subject: 'Agenda', body: 'See you at 7pm.' })],
  ]);
  tester.flags([
    ['a body string', 'Fix it now!!!', ['exclamation@body:10-13']],
    ['a draft', draft({ subject: 'WHY HAS NOBODY REPLIED', body: 'Hello' }), [{ id: 'shouting@subject:0-22', text: 'WHY HAS NOBODY REPLIED' }]],
    ['a case with its own policy', 'STOP NOW!!', ['shouting@body:0-8', 'exclamation@body:8-10'], { config: LOW }],
  ]);
  ruleTester(rule, { level: 'warn', input: (body: string) => draft({ body }) }).flags([['findings computed from the input', 'WHY HAS NOBODY REPLIED', (body) => [`shouting@body:0-${body.length}`]]]);
  ruleTester(rule, { level: 'warn', input: (words: string[]) => draft({ body: words.join(' ') }) }).flags(
    [['an input of its own', ['PLEASE', 'STOP', 'SENDING', 'THESE'], ['shouting@body:0-25']]],
    'flags with input: %s',
  );
});
