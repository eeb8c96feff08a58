// Names shared by manifest.xml, the handlers and the task pane. The manifest tests check that
// these match the manifest, so a rename in one place fails loudly.

/** The compose task-pane button's Control id: Smart Alerts and notifications open it (commandId). */
export const COMPOSE_PANE_COMMAND_ID = 'CouncilPolicy.ComposeTaskPane';
/** The read task-pane button's Control id. */
export const READ_PANE_COMMAND_ID = 'CouncilPolicy.ReadTaskPane';
/** The compose button's label in the manifest (ComposeButton.Label): messages name it. */
export const COMPOSE_BUTTON_LABEL = 'Check this email';
/** The icon resource id notifications show. */
export const NOTIFICATION_ICON_ID = 'Icon.16x16';
/** One notification key, replaced as findings change. */
export const NOTIFICATION_KEY = 'cepFindings';

/** item.sessionData keys (Mailbox 1.11); per draft, gone when the draft closes. */
export const SESSION = {
  /** Findings of the recipient/attachment/from rules with the fingerprint of their inputs. */
  precomputed: 'cep.pre',
  /** Below Mailbox 1.14: fingerprint of the draft already warned about once. */
  warned: 'cep.warned',
  /** OverrideRecord (a reason for sending anyway) recorded by the task pane for this draft. */
  override: 'cep.override',
  /** RetentionDecision the user picked in the task pane for this draft. */
  retention: 'cep.retention',
} as const;

/** The manifest's LaunchEvent FunctionNames. */
export const FUNCTION_NAMES = [
  'onMessageComposeHandler',
  'onMessageRecipientsChangedHandler',
  'onMessageAttachmentsChangedHandler',
  'onMessageFromChangedHandler',
  'onMessageSendHandler',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** What the Smart Alert passes to the task pane in `contextData` (Mailbox 1.14). Kept small. */
export interface SmartAlertContext {
  v: 1;
  source: 'smart-alert' | 'notification';
  verdict: 'warn' | 'block';
  findings: { ruleId: string; messageId: string; level: 'info' | 'warn' | 'block'; clause: string }[];
}
