// The rule-id parts of policy/policy.schema.json, written from src/policy/rule-ids.ts so nobody keeps
// them by hand: `levels` and `ruleModes` (one property per rule id) and `allowOverride` (every id
// but the pane-only ones, which never stop a message). Everything else in the file is kept as it is:
// edit it by hand, then run `npm run gen:schema` (scripts/gen-schema.ts).
// test/policy/schema-generated.test.ts fails when the committed file differs from what this writes.
import { PANE_ONLY_RULE_IDS, RULE_IDS, type RuleId } from '../../src/policy/rule-ids';
import type { ConfiguredLevel, Mode } from '../../src/policy/types';

const MODES = ['monitor', 'warn', 'enforce'] as const satisfies readonly Mode[];
const LEVELS = ['off', 'info', 'warn', 'block'] as const satisfies readonly ConfiguredLevel[];
// A Mode or ConfiguredLevel missing from the lists above fails to compile here.
type Assert<T extends true> = T;
export type ListsAreComplete = Assert<[Exclude<Mode, (typeof MODES)[number]> | Exclude<ConfiguredLevel, (typeof LEVELS)[number]>] extends [never] ? true : false>;

interface SchemaNode {
  enum?: unknown[];
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
}

const PANE_ONLY: ReadonlySet<RuleId> = new Set(PANE_ONLY_RULE_IDS);

function node(schema: { properties?: Record<string, SchemaNode> }, key: string): SchemaNode {
  const n = schema.properties?.[key];
  if (!n) throw new Error(`policy.schema.json has no top-level "${key}" setting to write the rule ids into.`);
  return n;
}

const perRule = (values: readonly string[]) => Object.fromEntries(RULE_IDS.map((id) => [id, { enum: [...values] }]));

/** The schema text `current` should be: its rule-id enums rewritten from RULE_IDS, the rest kept. */
export function policySchemaText(current: string): string {
  const schema = JSON.parse(current) as { properties?: Record<string, SchemaNode> };
  node(schema, 'mode').enum = [...MODES];
  node(schema, 'ruleModes').properties = perRule(MODES);
  node(schema, 'levels').properties = perRule(LEVELS);
  const allow = node(schema, 'allowOverride');
  allow.items = { ...allow.items, enum: RULE_IDS.filter((id) => !PANE_ONLY.has(id)) };
  return JSON.stringify(schema, null, 2) + '\n';
}
