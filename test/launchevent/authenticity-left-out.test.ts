// The event bundle leaves src/policy/rules/authenticity out of RULES (build/event-compilation.js,
// src/launchevent/authenticity-left-out.ts). That changes nothing at send only while every one of
// those rules checks received mail: surface 'read', which a compose or send check never selects.
import { AUTHENTICITY_RULES } from '../../src/policy/rules/authenticity';
import { AUTHENTICITY_RULES as LEFT_OUT } from '../../src/launchevent/authenticity-left-out';
import { selectRules } from '../../src/policy/engine';
import type { RuleInput } from '../../src/policy/rule';

test('every authenticity rule is a read-mode rule, so no compose or send check runs one', () => {
  expect(AUTHENTICITY_RULES.length).toBeGreaterThan(0);
  for (const r of AUTHENTICITY_RULES) expect([r.meta.id, r.meta.surface]).toEqual([r.meta.id, 'read']);
  const ids = new Set(AUTHENTICITY_RULES.map((r) => r.meta.id as string));
  const all: RuleInput[] = ['from', 'recipients', 'subject', 'body', 'attachments', 'headers'];
  for (const options of [{}, { inputs: all }, { touching: all }]) expect(selectRules(options).filter((r) => ids.has(r.meta.id))).toEqual([]);
  expect(LEFT_OUT).toEqual([]);
});
