// Which findings a "Send with a reason" may cover, and the record it writes. The send handler
// allows the send only when the record covers every current warn finding (records.overrideCovers),
// so the rules listed here are exactly the current warn rules plus any block rule the policy file
// lets people override (`allowOverride`).
import type { PolicyConfig } from '../../policy/config';
import type { OverrideRecord } from '../../policy/records';
export { overrideCovers } from '../../policy/records';
import type { FindingData } from '../../policy/types';

export const MAX_REASON = 500;

export interface OverridePlan {
  /** Rule ids the record will name, in finding order, without repeats. */
  rules: string[];
  /** Block findings the policy does not let anyone override: they must be fixed first. */
  blockers: FindingData[];
}

export function planOverride(findings: readonly FindingData[], config: Pick<PolicyConfig, 'allowOverride'>): OverridePlan {
  const rules: string[] = [];
  const blockers: FindingData[] = [];
  for (const f of findings) {
    if (f.level === 'info') continue;
    if (f.level === 'block' && !config.allowOverride.includes(f.ruleId)) {
      blockers.push(f);
      continue;
    }
    if (!rules.includes(f.ruleId)) rules.push(f.ruleId);
  }
  return { rules, blockers };
}

/** Undefined when the reason is acceptable, else what to put right. */
export function reasonProblem(reason: string): string | undefined {
  const trimmed = reason.trim();
  if (!trimmed) return 'Please give a reason: it is kept with the message as a record of why it was sent.';
  if (trimmed.length > MAX_REASON) return `Please shorten the reason to ${MAX_REASON} characters or fewer (it has ${trimmed.length}).`;
  return undefined;
}

export function overrideRecord(reason: string, rules: string[], user: string, at: Date): OverrideRecord {
  return { reason: reason.trim(), rules: [...rules], user, at: at.toISOString() };
}
