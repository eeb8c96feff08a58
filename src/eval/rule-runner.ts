// Runs registry rules on a text as an email an officer sends to one resident: how the
// offensive and spam sets are put through the real rule set.
import { check, emptyDraft } from '../policy/engine';
import { RULES } from '../policy/rules';
import type { PolicyConfig } from '../policy/config';
import type { Rule } from '../policy/rule';
import type { RuleId } from '../policy/rule-ids';
import type { Finding } from '../policy/finding';

export const EVAL_SENDER = 'clerk@waretowncouncil.gov.uk';
export const EVAL_RECIPIENT = 'resident@example.co.uk';

export function findingsFor(text: string, subject: string, config: PolicyConfig, rules: readonly Rule[] = RULES): Finding[] {
  const draft = emptyDraft({
    from: { name: 'Town Clerk', address: EVAL_SENDER },
    to: [{ address: EVAL_RECIPIENT }],
    subject,
    body: { text },
  });
  return check(draft, config, { rules }).findings;
}

export function rulesWhere(pred: (id: RuleId) => boolean): Rule[] {
  return RULES.filter((r) => pred(r.meta.id));
}
