// From findings to what OnMessageSend tells Outlook (ARCHITECTURE §3). Pure, so the mapping is
// tested per requirement set without Office.
import type { PolicyConfig } from '../policy/config';
import { overrideCovers, type OverrideRecord } from '../policy/records';
import type { FindingData } from '../policy/types';
import { COMPOSE_PANE_COMMAND_ID } from './ids';
import { alertContext, alertMarkdown, alertText, CANCEL_LABEL, FAILURE_BLOCK_MESSAGE, type AlertKind } from './messages';

export interface ClientFeatures {
  /** Mailbox 1.14: commandId, cancelLabel, contextData, sendModeOverride. */
  v114: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  v115: boolean;
}

export interface SendDecisionInput {
  findings: readonly FindingData[];
  config: PolicyConfig;
  override?: OverrideRecord;
  client: ClientFeatures;
  /** Fingerprint of the draft as it is now, and of the draft last warned about (below 1.14). */
  draftFingerprint: string;
  warnedFingerprint?: string;
}

export interface SendDecision {
  /** Why, for tests and the playground: never shown to users. */
  outcome: 'allow' | 'allow-override' | 'allow-second-send' | 'block' | 'warn';
  options: Record<string, unknown>;
  /** Below 1.14: remember this fingerprint so the next unchanged send goes through. */
  rememberWarned?: string;
}

export const SEND_MODE_PROMPT_USER = 'promptUser';

function promptUser(): string {
  // Office.MailboxEnums.SendModeOverride.PromptUser === 'promptUser'; the enum is missing before 1.14.
  const e = typeof Office !== 'undefined' ? Office.MailboxEnums?.SendModeOverride : undefined;
  return (e && e.PromptUser) || SEND_MODE_PROMPT_USER;
}

function alert(kind: AlertKind, findings: readonly FindingData[], client: ClientFeatures, verdict: 'warn' | 'block'): Record<string, unknown> {
  const shown = findings.filter((f) => f.level !== 'info');
  const options: Record<string, unknown> = { allowEvent: false, errorMessage: alertText(kind, shown, shown.length) };
  if (client.v114) {
    options.commandId = COMPOSE_PANE_COMMAND_ID;
    options.cancelLabel = CANCEL_LABEL;
    options.contextData = alertContext(verdict, shown);
  }
  if (client.v115) options.errorMessageMarkdown = alertMarkdown(kind, shown);
  return options;
}

export function decideSend(i: SendDecisionInput): SendDecision {
  const blocking = i.findings.filter((f) => f.level === 'block');
  const warning = i.findings.filter((f) => f.level === 'warn');
  if (!blocking.length && !warning.length) return { outcome: 'allow', options: { allowEvent: true } };

  // A recorded override (task pane, with a reason) covers warn findings, and block findings only
  // for rules the policy file lets people override.
  const hardBlocks = blocking.filter((f) => !i.config.allowOverride.includes(f.ruleId));
  const overridable = [...warning, ...blocking.filter((f) => i.config.allowOverride.includes(f.ruleId))].map((f) => f.ruleId);
  if (!hardBlocks.length && overrideCovers(i.override, overridable)) return { outcome: 'allow-override', options: { allowEvent: true } };

  if (blocking.length) return { outcome: 'block', options: alert(i.client.v114 ? 'block' : 'block-no-command', i.findings, i.client, 'block') };

  if (i.client.v114) {
    return { outcome: 'warn', options: { ...alert('warn-prompt', i.findings, i.client, 'warn'), sendModeOverride: promptUser() } };
  }
  // Below 1.14 there is no "Send anyway": stop once, and let the same unchanged draft go next time.
  if (i.warnedFingerprint && i.warnedFingerprint === i.draftFingerprint) return { outcome: 'allow-second-send', options: { allowEvent: true } };
  return { outcome: 'warn', options: alert('warn-once', i.findings, i.client, 'warn'), rememberWarned: i.draftFingerprint };
}

/** The handler's own failure: the policy's onError decides. */
export function decideFailure(onError: 'allow' | 'block'): SendDecision {
  return onError === 'block'
    ? { outcome: 'block', options: { allowEvent: false, errorMessage: FAILURE_BLOCK_MESSAGE } }
    : { outcome: 'allow', options: { allowEvent: true } };
}
