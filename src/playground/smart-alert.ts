// How Outlook treats the options an OnMessageSend handler completes with, per Mailbox requirement
// set (learn.microsoft.com, Office.SmartAlertsEventCompletedOptions): options newer than the
// client's set are ignored, as an older Outlook would ignore them.
import { compareVersions, type RequirementSet } from './office-sim/store';

export type SendOutcome =
  | { kind: 'send' }
  | {
      kind: 'alert';
      message: string;
      /** errorMessageMarkdown (1.15), shown instead of message where present. */
      markdown?: string;
      /** sendModeOverride promptUser (1.14): "Send anyway". */
      sendAnyway: boolean;
      /** commandId + cancelLabel (1.14): the button that opens the task pane with contextData. */
      command?: { commandId: string; label: string; contextData?: string };
    };

/** Outlook's own button text when cancelLabel is missing. */
export const DEFAULT_COMMAND_LABEL = 'Take action';
/** Shown when the add-in stops the send without a message (Outlook shows a generic text). */
export const GENERIC_BLOCK_MESSAGE = 'This add-in has prevented this email from being sent.';

export function interpretCompletion(options: Record<string, unknown> | undefined, set: RequirementSet): SendOutcome {
  const o = options ?? {};
  // completed() with no options, or allowEvent true, lets the message go.
  if (o.allowEvent !== false) return { kind: 'send' };
  const at = (v: string) => compareVersions(v, set) <= 0;
  const message = typeof o.errorMessage === 'string' && o.errorMessage ? o.errorMessage.slice(0, 500) : GENERIC_BLOCK_MESSAGE;
  const outcome: SendOutcome = { kind: 'alert', message, sendAnyway: false };
  if (at('1.15') && typeof o.errorMessageMarkdown === 'string' && o.errorMessageMarkdown) outcome.markdown = o.errorMessageMarkdown.slice(0, 500);
  if (at('1.14')) {
    outcome.sendAnyway = o.sendModeOverride === 'promptUser';
    if (typeof o.commandId === 'string' && o.commandId) {
      const label = typeof o.cancelLabel === 'string' && o.cancelLabel ? o.cancelLabel.slice(0, 20) : DEFAULT_COMMAND_LABEL;
      outcome.command = { commandId: o.commandId, label, ...(typeof o.contextData === 'string' ? { contextData: o.contextData } : {}) };
    }
  }
  return outcome;
}
