// Re-running only the rules whose inputs changed, and merging their findings into the previous
// result. Keeps findings in a stable order (registry order, then position) so the list does not jump.
import type { PolicyConfig } from '../../policy/config';
import { check, selectRules, verdictOf, type CheckResult } from '../../policy/engine';
import type { Finding } from '../../policy/finding';
import type { RuleInput } from '../../policy/rule';
import type { MailDraft } from '../../policy/types';
import type { Rule } from '../../policy/rule';
import { RULES } from '../../policy/rules';

export function recheck(
  previous: CheckResult | undefined,
  draft: MailDraft,
  config: PolicyConfig,
  changed: readonly RuleInput[] | 'all',
  /** The send rules, joined by the pane-only ones once their chunk has loaded (LiveChecker). */
  rules: readonly Rule[] = RULES,
): CheckResult {
  if (!previous || changed === 'all') return ordered(check(draft, config, { rules }), rules);
  if (!changed.length) return previous;
  const fresh = check(draft, config, { touching: changed, rules });
  const rerun = new Set(selectRules({ touching: changed, rules }).map((r) => r.meta.id));
  const findings = [...previous.findings.filter((f) => !rerun.has(f.ruleId)), ...fresh.findings];
  return ordered({ verdict: verdictOf(findings), findings, retention: fresh.retention }, rules);
}

const ruleOrders = new WeakMap<readonly Rule[], Map<string, number>>();

function ordered(result: CheckResult, rules: readonly Rule[]): CheckResult {
  let order = ruleOrders.get(rules);
  if (!order) {
    order = new Map(selectRules({ rules }).map((r, i) => [r.meta.id, i]));
    ruleOrders.set(rules, order);
  }
  const rank = (f: Finding) => order.get(f.ruleId) ?? order.size;
  const findings = [...result.findings].sort((a, b) => rank(a) - rank(b) || (a.span?.start ?? -1) - (b.span?.start ?? -1));
  return { ...result, findings };
}

/** Which inputs differ between two drafts (cheap comparisons; bodies compare as text). */
export function changedInputs(before: MailDraft, after: MailDraft): RuleInput[] {
  const out: RuleInput[] = [];
  const addrs = (d: MailDraft) => [d.to, d.cc, d.bcc].map((l) => l.map((a) => `${a.name ?? ''}<${a.address}>`).join(',')).join('|');
  if ((before.from?.address ?? '') !== (after.from?.address ?? '') || (before.from?.name ?? '') !== (after.from?.name ?? '')) out.push('from');
  if (addrs(before) !== addrs(after)) out.push('recipients');
  if (before.subject !== after.subject) out.push('subject');
  if (before.body.text !== after.body.text) out.push('body');
  const atts = (d: MailDraft) => d.attachments.map((a) => `${a.id ?? ''}:${a.name}:${a.size}`).join('|');
  if (atts(before) !== atts(after)) out.push('attachments');
  return out;
}
