// How Outlook treats the options an OnMessageSend handler completes with, per Mailbox requirement
// set and per client (learn.microsoft.com, Office.SmartAlertsEventCompletedOptions, and the Smart
// Alerts walkthrough, smart-alerts-onmessagesend-walkthrough, "Customize the text and functionality
// of a button in the dialog"): options newer than the client's set are ignored, as an older Outlook
// would ignore them, and the button that commandId/cancelLabel customise differs by client.
import { compareVersions, type Platform, type RequirementSet } from './office-sim/store';

/** Outlook's own button names (onmessagesend-onappointmentsend-events, walkthrough). */
export const SEND_ANYWAY = 'Send Anyway';
export const DONT_SEND = "Don't Send";
/** The separate button's text when cancelLabel is missing (office.smartalertseventcompletedoptions). */
export const DEFAULT_COMMAND_LABEL = 'Take Action';

export type DialogButton =
  /** sendModeOverride promptUser (1.14): sends the message. */
  | { role: 'send-anyway'; label: string }
  /** commandId (1.14): opens the task pane; `cancels` when it is the Don't Send button renamed. */
  | { role: 'command'; label: string; cancels: boolean }
  /** Cancels the send and closes the dialog. */
  | { role: 'dont-send'; label: string };

export type SendOutcome =
  | { kind: 'send' }
  | {
      kind: 'alert';
      message: string;
      /** errorMessageMarkdown (1.15), shown instead of message where present. */
      markdown?: string;
      /** sendModeOverride promptUser (1.14): "Send Anyway". */
      sendAnyway: boolean;
      /** commandId + cancelLabel (1.14): the button that opens the task pane with contextData. */
      command?: { commandId: string; label: string; contextData?: string };
      /** The buttons, in order, as this client shows them. */
      buttons: DialogButton[];
      /** Closing the dialog (Escape) also opens the command's task pane. */
      closeOpensPane: boolean;
    };

/** Shown when the add-in stops the send without a message (Outlook shows a generic text). */
export const GENERIC_BLOCK_MESSAGE = 'This add-in has prevented this email from being sent.';

/**
 * Does this client put the task-pane command on the Don't Send button itself (renaming it with
 * cancelLabel) rather than on a separate Take Action button? Per the walkthrough's table: classic
 * Outlook on Windows before Version 2412 and Outlook on Mac (16.100) customise Don't Send; Outlook
 * on the web, new Outlook on Windows and classic Outlook from Version 2412 show Take Action beside
 * Don't Send (Mac has Take Action only in preview, from 16.105). Classic Outlook reaches Mailbox
 * 1.15 from Version 2412, so at 1.14 it is a pre-2412 build (outlook-api-requirement-sets, classic
 * Outlook version support).
 */
export function commandRenamesDontSend(platform: Platform, set: RequirementSet): boolean {
  if (platform === 'mac') return true;
  if (platform === 'windows-classic') return compareVersions(set, '1.15') < 0;
  return false;
}

export function interpretCompletion(options: Record<string, unknown> | undefined, set: RequirementSet, platform: Platform = 'web'): SendOutcome {
  const o = options ?? {};
  // completed() with no options, or allowEvent true, lets the message go.
  if (o.allowEvent !== false) return { kind: 'send' };
  const at = (v: string) => compareVersions(v, set) <= 0;
  const message = typeof o.errorMessage === 'string' && o.errorMessage ? o.errorMessage.slice(0, 500) : GENERIC_BLOCK_MESSAGE;
  const outcome: Extract<SendOutcome, { kind: 'alert' }> = { kind: 'alert', message, sendAnyway: false, buttons: [], closeOpensPane: false };
  if (at('1.15') && typeof o.errorMessageMarkdown === 'string' && o.errorMessageMarkdown) outcome.markdown = o.errorMessageMarkdown.slice(0, 500);
  const renames = commandRenamesDontSend(platform, set);
  if (at('1.14')) {
    outcome.sendAnyway = o.sendModeOverride === 'promptUser';
    if (typeof o.commandId === 'string' && o.commandId) {
      const custom = typeof o.cancelLabel === 'string' && o.cancelLabel ? o.cancelLabel.slice(0, 20) : undefined;
      const label = custom ?? (renames ? DONT_SEND : DEFAULT_COMMAND_LABEL);
      outcome.command = { commandId: o.commandId, label, ...(typeof o.contextData === 'string' ? { contextData: o.contextData } : {}) };
    }
  }
  if (outcome.sendAnyway) outcome.buttons.push({ role: 'send-anyway', label: SEND_ANYWAY });
  if (outcome.command && renames) {
    outcome.buttons.push({ role: 'command', label: outcome.command.label, cancels: true });
    // Walkthrough, "Try it out": in classic Outlook before Version 2410, with a task pane assigned to
    // Don't Send, closing the dialog also opens the task pane. (Mac: undocumented; not modelled.)
    outcome.closeOpensPane = platform === 'windows-classic';
  } else {
    if (outcome.command) outcome.buttons.push({ role: 'command', label: outcome.command.label, cancels: false });
    outcome.buttons.push({ role: 'dont-send', label: DONT_SEND });
  }
  return outcome;
}
