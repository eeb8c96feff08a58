// `policy explain`: what each rule will do under a policy, in words a clerk understands. Derived
// from the rule registry's metadata and the engine's own effectiveLevel, so it cannot drift from
// what `check` and the add-in do.
import type { PolicyConfig } from '../policy/config';
import { effectiveLevel } from '../policy/engine';
import type { Rule, RuleMeta } from '../policy/rule';
import { CATEGORIES, type Category, type ConfiguredLevel, type Mode } from '../policy/types';

const CATEGORY_TITLES: Record<Category, string> = {
  tone: 'Tone and courtesy',
  recipients: 'Recipients',
  instructions: 'Instructions to staff',
  disclaimer: 'Personal views and the disclaimer',
  confidential: 'Confidential information',
  'personal-data': 'Personal data',
  credentials: 'Passwords and credentials',
  attachments: 'Attachments',
  solicitation: 'Solicitation and advertising',
  authenticity: 'Authenticity of received mail',
};

const MODE_WORDS: Record<Mode, string> = {
  enforce: 'enforce: rules set to block stop the message until it is changed',
  warn: 'warn: nothing is stopped; rules set to block only warn, and the sender can still send',
  monitor: 'monitor: nothing is stopped and nobody is warned; findings are only noted for review',
};

function action(level: ConfiguredLevel, surface: 'compose' | 'read'): string {
  if (surface === 'read') {
    // Received mail has already arrived: the add-in can only tell the reader.
    switch (level) {
      case 'block':
        return 'Shows a strong warning to whoever reads the message';
      case 'warn':
        return 'Warns whoever reads the message';
      case 'info':
        return 'Notes it for the reader, no warning';
      default:
        return 'Off';
    }
  }
  switch (level) {
    case 'block':
      return 'Stops the message';
    case 'warn':
      return 'Warns, the sender can still send';
    case 'info':
      return 'Notes it, never stops or warns';
    default:
      return 'Off';
  }
}

/** A pane-only rule never runs at send: its level only decides how the task pane shows it. */
function paneAction(level: ConfiguredLevel): string {
  if (level === 'off') return 'Off';
  return level === 'info' ? 'Notes it in the task pane while writing, never at send' : 'Warns in the task pane while writing, never at send';
}

/** Why the effective level differs from what the file (or the rule's default) sets. */
function because(meta: RuleMeta, config: PolicyConfig, configured: ConfiguredLevel, effective: ConfiguredLevel): string {
  const fromFile = config.levels[meta.id] !== undefined;
  if (effective === 'off') return fromFile ? ' (turned off in the policy file)' : ' (off unless the policy file turns it on)';
  if (configured === effective) return fromFile ? ` (set to ${configured} in the policy file)` : '';
  const ruleMode = config.ruleModes[meta.id];
  const whose = ruleMode ? `this rule's mode (ruleModes) is "${ruleMode}"` : `the policy's mode is "${config.mode}"`;
  return ` (${fromFile ? 'set' : 'normally'} ${configured}, but ${whose})`;
}

export function explainRule(meta: RuleMeta, config: PolicyConfig): string {
  const configured = config.levels[meta.id] ?? meta.defaultLevel;
  const effective = effectiveLevel(meta, config);
  const surface = meta.surface ?? 'compose';
  const does = meta.paneOnly ? paneAction(effective) : action(effective, surface);
  let line = `${does}: ${meta.summary.replace(/\.$/, '')} (clause ${meta.clause}).${because(meta, config, configured, effective)}`;
  if (surface === 'compose' && !meta.paneOnly && effective === 'block' && config.allowOverride.includes(meta.id)) {
    line += ' The sender may override it by giving a reason, which is recorded.';
  }
  return line;
}

export function explainPolicy(config: PolicyConfig, rules: readonly Rule[]): string[] {
  const t = config.thresholds;
  const lines: string[] = [
    `${config.organisation.name}: policy version ${config.version}`,
    `Council mail domains: ${config.organisation.domains.join(', ')}`,
    config.partnerDomains.length ? `Partner bodies treated as inside for confidentiality: ${config.partnerDomains.join(', ')}` : 'No partner bodies are treated as inside.',
    `Roles: ${config.roles.councillors.length} councillors and ${config.roles.officers.length} officers (from ${config.roles.source === 'entra' ? 'Entra groups, synced' : 'the policy file'}); anyone else is treated as staff unless their name says "Cllr" or "Councillor".`,
    `Mode: ${MODE_WORDS[config.mode]}.`,
    `If a check cannot run: ${config.onError === 'block' ? 'the message is stopped' : 'the message is allowed to send'}.`,
    '',
    'Thresholds:',
    `  Visible external recipients: warns at ${t.visibleExternalRecipients} or more outside addresses in To/Cc.`,
    `  Reply to all: a reply to ${t.replyAllRecipients} or more people counts as large.`,
    `  Shouting: ${t.shoutingWords} or more capitalised words in a row.`,
    `  Exclamation marks: ${t.exclamationRun} or more in a row.`,
    '',
    `Disclaimer added for personal views: "${config.disclaimer}"`,
    `Retention: ${config.retention.labels.length} labels; messages with no keyword match get "${config.retention.defaultLabel}".`,
  ];
  for (const category of CATEGORIES) {
    const inCategory = rules.filter((r) => r.meta.category === category);
    if (!inCategory.length) continue;
    lines.push('', `${CATEGORY_TITLES[category]}:`);
    for (const r of inCategory) lines.push(`  ${r.meta.id}`, `    ${explainRule(r.meta, config)}`);
  }
  return lines;
}
