// The rule registry. Each category folder exports its rules, typed by their ids; rules/pane.ts checks
// at compile time that this list and PANE_RULES hold a rule for every id in rule-ids.ts, and the
// parity test checks the tests and docs/rules/.
import type { Rule } from '../rule';
import type { PaneOnlyRuleId, RuleId } from '../rule-ids';
import { RECIPIENT_RULES } from './recipients';
import { ATTACHMENT_RULES } from './attachments';
import { DATA_RULES } from './data-rules';
import { TONE_RULES } from './tone';
import { WRITING_RULES } from './writing';
import { AUTHENTICITY_RULES } from './authenticity';

const SEND_RULES = [
  ...TONE_RULES,
  ...RECIPIENT_RULES,
  ...WRITING_RULES,
  ...DATA_RULES,
  ...ATTACHMENT_RULES,
  ...AUTHENTICITY_RULES,
] as const satisfies readonly Rule<Exclude<RuleId, PaneOnlyRuleId>>[];

/** The ids of the send rules, as a type: rules/pane.ts checks that no id is left unregistered. */
export type SendRuleId = (typeof SEND_RULES)[number]['meta']['id'];

export const RULES: readonly Rule[] = SEND_RULES;
