import rule, { MAX_SENTENCES } from '../../../src/policy/rules/instructions/councillor-review';
import { effectiveLevel } from '../../../src/policy/engine';
import { draft, findingsOf, idsOf, policy, CLERK, CLLR, STAFF } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const fromCllr = (body: string) => draft({ from: CLLR, to: [CLERK], body });

describe('instructions/councillor-review (task pane only)', () => {
  const tester = ruleTester(rule, { level: 'info', input: fromCllr });

  tester.flags([
    ['a demand the cue patterns miss', 'I need the report on my desk by Monday.', ['possible@body:0-39']],
    ['a request for action as a question', 'Could you get three quotes for the bus shelter?', ['possible@body:0-47']],
  ], 'notes from a councillor: %s');

  tester.accepts([
    ['thanks', 'Thanks for your email.'],
    ['a statement about a document', 'Attached is the agenda.'],
    ['a report of the past', 'The play area reopened last month.'],
    // Scores 0.47 on the model's log-odds: over its own cut-off (-0.5), under the pane's (1).
    ['a pleasantry', 'I hope you are well.'],
  ], 'leaves alone from a councillor: %s');

  it('never looks at officers or staff', () => {
    expect(idsOf(rule, draft({ from: CLERK, body: 'I need the report on my desk by Monday.' }))).toEqual([]);
    expect(idsOf(rule, draft({ from: STAFF, body: 'Could you get three quotes for the bus shelter?' }))).toEqual([]);
  });

  it('does not repeat what instructions/councillor reports at send', () => {
    // "Please arrange" is a send-time cue: that rule blocks it, so this one stays quiet.
    expect(idsOf(rule, fromCllr('Please arrange for the grass to be cut.'))).toEqual([]);
  });

  it('explains itself in a sentence quoting the writer, at info level, and never counts towards sending', () => {
    const [f] = findingsOf(rule, fromCllr('Could you get three quotes for the bus shelter?'));
    expect(f.level).toBe('info');
    expect(f.message).toMatch(/^This may read as asking an officer or contractor to act, or as a promise, on the Council's behalf: "Could you get three quotes for the bus shelter\?"\./);
    expect(f.message).not.toMatch(/the words? "|it begins "/);
    expect(f.message).toContain('(4.3c)');
    expect(rule.meta.paneOnly).toBe(true);
  });

  it('ignores quoted text and caps the sentences it scores', () => {
    const quoted = 'Noted.\n\nOn 1 May 2026, Clerk wrote:\n> I need the report on my desk by Monday.';
    expect(idsOf(rule, { ...fromCllr(quoted), composeType: 'reply' })).toEqual([]);
    const many = Array.from({ length: MAX_SENTENCES + 20 }, () => 'I need the report on my desk by Monday.').join(' ');
    expect(findingsOf(rule, fromCllr(many)).length).toBe(MAX_SENTENCES);
  });

  it('never throws on odd input', () => {
    for (const body of ['', '????', '\u202e\u200b\ud83d\ude00', 'x'.repeat(20000), 'a. '.repeat(5000)]) {
      expect(() => findingsOf(rule, fromCllr(body))).not.toThrow();
    }
  });

});

describe('instructions/councillor-review levels', () => {
  it('shows "block" from the policy file as a warning: it never runs at send', () => {
    expect(effectiveLevel(rule.meta, policy({ levels: { 'instructions/councillor-review': 'block' } }))).toBe('warn');
    expect(effectiveLevel(rule.meta, policy({ levels: { 'instructions/councillor-review': 'warn' } }))).toBe('warn');
    expect(effectiveLevel(rule.meta, policy())).toBe('info');
  });
});
