// Rule ids come from one list (src/policy/rule-ids.ts). A misspelt id is a compile error wherever a
// rule is named: the `@ts-expect-error` lines below fail `npm run lint` (tsc) if the id ever
// type-checks, and each is paired with what happens to that id at run time. The policy schema's
// rule-id enums are written from the same list (`npm run gen:schema`), never by hand.
import fs from 'fs';
import path from 'path';
import { policySchemaText } from '../../scripts/lib/policy-schema';
import { isPolicyError, resolvePolicy, type PolicyConfig } from '../../src/policy/config';
import { defineRule, type RuleMeta } from '../../src/policy/rule';
import { isRuleId, PANE_ONLY_RULE_IDS, RULE_IDS, type RuleId } from '../../src/policy/rule-ids';
import type { FindingData } from '../../src/policy/types';
import { ROOT } from '../helpers/draft';

const MINIMAL = {
  organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] },
  roles: { councillors: [], officers: [] },
};

function problemPaths(raw: unknown): string[] {
  try {
    resolvePolicy(raw);
  } catch (e) {
    if (isPolicyError(e)) return e.problems.map((p) => `${p.path}: ${p.message}`);
    throw e;
  }
  return [];
}

describe('typed rule ids', () => {
  it('lists each id once, in family/name form, with the pane-only ids among them', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(id).toMatch(/^[a-z-]+\/[a-z-]+$/);
    for (const id of PANE_ONLY_RULE_IDS) expect(RULE_IDS).toContain(id);
  });

  it('refuses a misspelt id as a RuleId, and at run time', () => {
    // @ts-expect-error -- misspelt: "tone/abusive"
    const id: RuleId = 'tone/abusve';
    expect(isRuleId(id)).toBe(false);
    expect(isRuleId('tone/abusive')).toBe(true);
    expect(isRuleId(undefined)).toBe(false);
  });

  it('refuses a misspelt id in levels, ruleModes and allowOverride, and so does the schema', () => {
    const levels: PolicyConfig['levels'] = {
      // @ts-expect-error -- misspelt: "tone/shouting"
      'tone/shoutng': 'warn',
    };
    const ruleModes: PolicyConfig['ruleModes'] = {
      // @ts-expect-error -- misspelt: "recipients/duplicate"
      'recipients/duplicat': 'monitor',
    };
    const allowOverride: PolicyConfig['allowOverride'] = [
      // @ts-expect-error -- misspelt: "credentials/secret"
      'credentials/secrets',
    ];
    expect(problemPaths({ ...MINIMAL, levels, ruleModes, allowOverride })).toEqual([
      'levels.tone/shoutng: is not a known setting. Did you mean "tone/shouting"?',
      'ruleModes.recipients/duplicat: is not a known setting. Did you mean "recipients/duplicate"?',
      expect.stringMatching(/^allowOverride\[0\]: "credentials\/secrets" is not allowed; use one of /),
    ]);
    const good = { levels: { 'tone/shouting': 'warn' }, ruleModes: { 'recipients/duplicate': 'monitor' }, allowOverride: ['credentials/secret'] } satisfies Partial<PolicyConfig>;
    expect(problemPaths({ ...MINIMAL, ...good })).toEqual([]);
  });

  it('refuses a misspelt id in a finding, and in a rule’s metadata or its family', () => {
    const finding: FindingData = {
      // @ts-expect-error -- misspelt: "tone/threat"
      ruleId: 'tone/threats',
      messageId: 'm',
      category: 'tone',
      level: 'warn',
      clause: '4.3c',
      message: 'x',
    };
    const meta: Omit<RuleMeta, 'id' | 'category'> = { clause: '3.1', summary: 's', defaultLevel: 'block', messages: { m: 'x' }, inputs: ['attachments'] };
    const check = () => {};
    // @ts-expect-error -- /executable"
    const misspelt = defineRule({ meta: { ...meta, id: 'attachments/executables', category: 'attachments' }, check });
    // @ts-expect-error -- / rule's category is "attachments"
    const wrongFamily = defineRule({ meta: { ...meta, id: 'attachments/executable', category: 'tone' }, check });
    const right = defineRule({ meta: { ...meta, id: 'attachments/executable', category: 'attachments' }, check });
    expect([finding.ruleId, misspelt.meta.id, wrongFamily.meta.id, right.meta.id].map(isRuleId)).toEqual([false, false, true, true]);
  });
});

describe('policy/policy.schema.json', () => {
  const committed = fs.readFileSync(path.join(ROOT, 'policy/policy.schema.json'), 'utf8');

  it('is what `npm run gen:schema` writes from rule-ids.ts: its rule-id enums are not edited by hand', () => {
    expect(committed).toBe(policySchemaText(committed));
  });

  it('has its rule-id enums rewritten when they drift from rule-ids.ts', () => {
    const stale = JSON.parse(committed);
    delete stale.properties.levels.properties['tone/abusive'];
    stale.properties.ruleModes.properties['tone/rude'] = { enum: ['warn'] };
    stale.properties.allowOverride.items.enum.push(PANE_ONLY_RULE_IDS[0]);
    const text = JSON.stringify(stale, null, 2) + '\n';
    expect(text).not.toBe(committed);
    expect(policySchemaText(text)).toBe(committed);
  });

  it('keeps the parts written by hand', () => {
    const edited = JSON.parse(committed);
    edited.properties.onError.description = 'What happens when the check itself fails.';
    const text = JSON.stringify(edited, null, 2) + '\n';
    expect(policySchemaText(text)).toBe(text);
  });

  it('lets no pane-only rule be overridden: such rules never stop a message', () => {
    const allow: string[] = JSON.parse(committed).properties.allowOverride.items.enum;
    expect(allow).toEqual(RULE_IDS.filter((id) => !(PANE_ONLY_RULE_IDS as readonly string[]).includes(id)));
  });
});
