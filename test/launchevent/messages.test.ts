// The Smart Alert and notification texts stay inside Office's limits however many findings there are.
import { alertContext, alertMarkdown, alertText, notificationText, topFindings } from '../../src/launchevent/messages';
import type { FindingData, Level } from '../../src/policy/types';
import type { RuleId } from '../../src/policy/rule-ids';

// Made-up long ids on purpose: the texts must fit Office's limits whatever the ids.
const f = (ruleId: string, level: Level, clause = '4.3c'): FindingData => ({ ruleId: ruleId as RuleId, messageId: 'm', category: 'tone', level, clause, message: 'x'.repeat(400) });
const many = Array.from({ length: 60 }, (_, i) => f(`custom/rule-with-a-very-long-identifier-number-${i}`, i % 2 ? 'warn' : 'block'));

test.each(['block', 'warn-prompt', 'warn-once'] as const)('%s: errorMessage and Markdown ≤ 500 characters with 60 findings', (kind) => {
  expect(alertText(kind, many, many.length).length).toBeLessThanOrEqual(500);
  expect(alertMarkdown(kind, many).length).toBeLessThanOrEqual(500);
});

test('the most serious findings are named first, one per rule', () => {
  const top = topFindings([f('a', 'warn'), f('b', 'block'), f('a', 'block'), f('c', 'info')]);
  expect(top.map((x) => `${x.ruleId}:${x.level}`)).toEqual(['b:block', 'a:block']);
});

test('the plain message names the clause and how many more there are', () => {
  const s = alertText('warn-prompt', [f('a', 'warn', '2.2'), f('b', 'warn'), f('c', 'warn'), f('d', 'warn')], 4);
  expect(s).toContain('(clause 2.2)');
  expect(s).toContain('1 more');
});

test('markdown list items end with \\r as Outlook requires', () => {
  expect(alertMarkdown('block', [f('a', 'block')])).toMatch(/\n\n- \*\*.*\*\* \(clause 4\.3c\)\r\n\n/);
});

test('notification text ≤ 150 characters, and empty when only info findings', () => {
  expect(notificationText(many).length).toBeLessThanOrEqual(150);
  expect(notificationText([f('a', 'info')])).toBe('');
});

test('contextData is small JSON with rule ids, never the messages', () => {
  const s = alertContext('block', many);
  expect(s.length).toBeLessThan(3000); // at most 20 findings of four short fields each
  expect(s).not.toContain('xxxx');
  expect(JSON.parse(s).findings).toHaveLength(20);
});
