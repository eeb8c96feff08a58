// Holds the rule registry, the rule-id list, the policy schema, the tests and the docs together
// (STYLE: derive the list, don't hand-keep it). A new rule without a test file or a doc page fails here.
import fs from 'fs';
import path from 'path';
import { RULES as SEND_RULES } from '../../src/policy/rules';
import { PANE_RULES, TASKPANE_RULES as RULES } from '../../src/policy/rules/pane';
import { PANE_ONLY_RULE_IDS, RULE_IDS } from '../../src/policy/rule-ids';
import { CATEGORIES } from '../../src/policy/types';
import { ROOT } from '../helpers/draft';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'policy/policy.schema.json'), 'utf8'));
const ids = RULES.map((r) => r.meta.id);

describe('rule parity', () => {
  it('registers exactly the rule ids the policy file may name, once each', () => {
    expect([...ids].sort()).toEqual([...RULE_IDS].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps pane-only rules out of the send registry, and only them', () => {
    expect(SEND_RULES.filter((r) => r.meta.paneOnly)).toEqual([]);
    expect(PANE_RULES.every((r) => r.meta.paneOnly === true)).toBe(true);
    expect(PANE_RULES.map((r) => r.meta.id).sort()).toEqual([...PANE_ONLY_RULE_IDS].sort());
  });

  it('lets the schema set the level and mode of every rule, and no other', () => {
    expect(Object.keys(schema.properties.levels.properties).sort()).toEqual([...ids].sort());
    expect(Object.keys(schema.properties.ruleModes.properties).sort()).toEqual([...ids].sort());
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s has valid metadata, a test table and a doc page', (id, rule) => {
    const [category, name] = id.split('/');
    expect(rule.meta.category).toBe(category);
    expect(CATEGORIES).toContain(rule.meta.category);
    expect(rule.meta.clause).toMatch(/^\d\.\d[abc]?(, ?\d\.\d[abc]?)*$/);
    expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    expect(rule.meta.inputs.length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(ROOT, 'test/policy/rules', `${category}-${name}.test.ts`))).toBe(true);
    const doc = path.join(ROOT, 'docs/rules', category, `${name}.md`);
    expect(fs.existsSync(doc)).toBe(true);
    expect(fs.readFileSync(doc, 'utf8')).toContain(id);
  });

  it.each(RULES.map((r) => [r.meta.id, r] as const))('%s asserts each of its message ids in its tests', (id, rule) => {
    const [category, name] = id.split('/');
    const tests = fs
      .readdirSync(path.join(ROOT, 'test/policy/rules'))
      .filter((f) => f.startsWith(`${category}-${name}`))
      .map((f) => fs.readFileSync(path.join(ROOT, 'test/policy/rules', f), 'utf8'))
      .join('\n');
    const untested = Object.keys(rule.meta.messages).filter((m) => !tests.includes(`'${m}`) && !tests.includes(`"${m}`) && !tests.includes(`${m}@`));
    expect(untested).toEqual([]);
  });
});
