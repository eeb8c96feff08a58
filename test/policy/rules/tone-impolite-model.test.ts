import rule from '../../../src/policy/rules/tone/impolite';
import { politenessLogOdds, scorePoliteness } from '../../../src/policy/models/politeness';
import { RuleContext } from '../../../src/policy/context';
import { runRule } from '../../../src/policy/engine';
import { draft, findingsOf, policy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const model = (body: string) => findingsOf(rule, draft({ body })).filter((f) => f.messageId === 'model');

describe('tone/impolite: the trained politeness model', () => {
  ruleTester(rule, { level: 'warn' }).accepts([
    ['a thankful request', 'Thank you for your help with the allotment gate. Could you let me know when it is fixed?'],
    ['an ordinary update', 'The hall is booked for the 14th and the caretaker will open it at seven.'],
    ['a polite question', 'Hi Jo, would you be able to send the minutes when you have a moment? Thanks!'],
  ], 'stays quiet on %s');

  it('flags a curt string of demands, names the driving phrases and points at the strongest', () => {
    const body = 'So why have you still not answered? What exactly is the problem with you people?';
    const found = model(body);
    expect(found.length).toBeGreaterThan(0);
    const f = found[0];
    expect(f.span?.field).toBe('body');
    expect(body.slice(f.span!.start, f.span!.end)).toBe(f.actual);
  });

  it('scores thanks as polite and explains with drivers', () => {
    const s = scorePoliteness('Thanks so much, I really appreciate it.');
    expect(s.probability).toBeGreaterThan(0.5);
    expect(s.drivers.some((d) => d.feature === 's:gratitude')).toBe(true);
  });

  // The rule screens sentences with politenessLogOdds and builds drivers only for low scorers, so the
  // screen must give exactly the full model's score, or findings would change.
  it.each([
    ['curly apostrophes', 'You’re wrong. Don’t ignore me?'],
    ['a prefix strategy (thank*, appreciat*)', 'Thanking you, I appreciated it.'],
    ['several questions and exclamations', 'Why? Why not!? What now?'],
    ['a repeated word and bigram, counted once', 'please please please please send it'],
    ['multi-word strategies at the start', 'Would you mind, by the way, sending it?'],
    ['numbers and a <url> placeholder', 'See <url> for the 2 forms, then fix it now!'],
    ['no tokens', ' -- '],
    ['empty', ''],
  ])('screens %s with exactly the full model’s score', (_name, text) => {
    expect(politenessLogOdds(text)).toBe(scorePoliteness(text).score);
  });

  // That its cost grows linearly (a per-sentence scan over all findings would be quadratic) is
  // checked in test/hardening/linear-cost.test.ts, on CPU time.
  it('checks a 1 MB body full of flagged phrases and curt questions', () => {
    const unit = 'Obviously you are wrong. Why have you not answered? ';
    const body = unit.repeat(Math.ceil(1_000_000 / unit.length)).slice(0, 1_000_000);
    const found = runRule(rule, new RuleContext(draft({ body }), policy()), 'warn');
    expect(found.filter((f) => f.messageId === 'rule-failed')).toEqual([]);
    expect(found.length).toBeGreaterThan(1000);
  });
});
