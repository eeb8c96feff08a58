// The rule registry. Each category folder exports its rules; the parity test checks this list
// against RULE_IDS, the policy schema, the tests and docs/rules/.
import type { Rule } from '../rule';
import { RECIPIENT_RULES } from './recipients';
import { ATTACHMENT_RULES } from './attachments';
import { DATA_RULES } from './data-rules';
import { TONE_RULES } from './tone';
import { WRITING_RULES } from './writing';
import { AUTHENTICITY_RULES } from './authenticity';

export const RULES: readonly Rule[] = [
  ...TONE_RULES,
  ...RECIPIENT_RULES,
  ...WRITING_RULES,
  ...DATA_RULES,
  ...ATTACHMENT_RULES,
  ...AUTHENTICITY_RULES,
];
