import { overrideRecord, planOverride, reasonProblem } from '../../src/taskpane/compose/override';
import { parseStartupContext } from '../../src/taskpane/startup-context';
import { overrideCovers } from '../../src/policy/records';
import type { FindingData, Level } from '../../src/policy/types';
import type { RuleId } from '../../src/policy/rule-ids';

// planOverride treats rule ids as opaque, so its table uses short made-up ones.
const f = (ruleId: string, level: Level): FindingData => ({ ruleId: ruleId as RuleId, messageId: 'm', category: 'recipients', level, clause: '4.3c', message: 'x' });

describe('planOverride', () => {
  it.each([
    ['warn findings are covered, once each', [f('a/x', 'warn'), f('a/x', 'warn'), f('b/y', 'warn')], [], ['a/x', 'b/y'], []],
    ['info findings need no reason', [f('a/x', 'info')], [], [], []],
    ['a block finding stops the override', [f('a/x', 'warn'), f('c/z', 'block')], [], ['a/x'], ['c/z']],
    ['unless the policy file allows that rule', [f('a/x', 'warn'), f('c/z', 'block')], ['c/z'], ['a/x', 'c/z'], []],
  ])('%s', (_, findings, allow, rules, blockers) => {
    const plan = planOverride(findings, { allowOverride: allow as RuleId[] });
    expect(plan.rules).toEqual(rules);
    expect(plan.blockers.map((b) => b.ruleId)).toEqual(blockers);
  });

  it('writes a record the send handler accepts for the same warn findings', () => {
    const findings = [f('a/x', 'warn'), f('b/y', 'warn')];
    const rec = overrideRecord('  Agreed with the clerk.  ', planOverride(findings, { allowOverride: [] }).rules, 'clerk@x.gov.uk', new Date('2026-01-02T03:04:05Z'));
    expect(rec).toEqual({ reason: 'Agreed with the clerk.', rules: ['a/x', 'b/y'], user: 'clerk@x.gov.uk', at: '2026-01-02T03:04:05.000Z' });
    expect(overrideCovers(rec, ['a/x', 'b/y'])).toBe(true);
  });
});

describe('reasonProblem', () => {
  it.each([
    ['', true],
    ['   ', true],
    ['Agreed with the clerk on the phone', false],
    ['x'.repeat(500), false],
    ['x'.repeat(501), true],
    [`  ${'x'.repeat(500)}  `, false],
  ])('%j → problem %s', (reason, bad) => {
    expect(reasonProblem(reason) !== undefined).toBe(bad);
  });
});

describe('parseStartupContext', () => {
  const finding = f('recipients/duplicate', 'warn');
  it.each([
    ['an object with findings and verdict', JSON.stringify({ verdict: 'warn', findings: [finding] }), 1, 'warn'],
    ['a bare array of findings', JSON.stringify([finding]), 1, undefined],
    ['findings with unknown levels dropped', JSON.stringify({ findings: [finding, { ...finding, level: 'severe' }] }), 1, undefined],
    ['findings naming no rule of ours dropped', JSON.stringify({ findings: [finding, { ...finding, ruleId: 'a/x' }] }), 1, undefined],
  ])('reads %s', (_, raw, n, verdict) => {
    const ctx = parseStartupContext(raw)!;
    expect(ctx.findings).toHaveLength(n);
    expect(ctx.verdict).toBe(verdict);
  });

  it.each([['empty', ''], ['not JSON', '{oops'], ['no findings', '{"a":1}'], ['junk findings', '{"findings":[1,"x",null]}'], ['null', 'null']])(
    'ignores %s context',
    (_, raw) => {
      expect(parseStartupContext(raw)).toBeUndefined();
    },
  );
});
