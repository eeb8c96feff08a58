// item.sessionData (Mailbox 1.11) and notification messages, each best effort: the handlers work
// without them (older clients), they only save work or inform.
import { officeCall } from '../office/async';
export { readSession, writeSession, SESSION_VALUE_MAX } from '../office/session-data';
import type { FindingData } from '../policy/types';
import { COMPOSE_PANE_COMMAND_ID, NOTIFICATION_ICON_ID, NOTIFICATION_KEY, type SmartAlertContext } from './ids';
import { notificationText } from './messages';

/** Show (or clear) the info bar for findings found before send. */
export async function notifyFindings(item: Office.MessageCompose, findings: readonly FindingData[], supports: (v: string) => boolean, timeoutMs: number): Promise<void> {
  const nm = item.notificationMessages;
  if (!nm) return;
  const text = notificationText(findings);
  if (!text) {
    await officeCall<void>('notificationMessages.removeAsync', (cb) => nm.removeAsync(NOTIFICATION_KEY, cb), timeoutMs).catch(() => undefined); // none shown
    return;
  }
  const context: SmartAlertContext = {
    v: 1,
    source: 'notification',
    verdict: findings.some((f) => f.level === 'block') ? 'block' : 'warn',
    findings: findings.filter((f) => f.level !== 'info').slice(0, 20).map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, level: f.level, clause: f.clause })),
  };
  const insight = supports('1.10')
    ? {
        type: 'insightMessage',
        message: text,
        icon: NOTIFICATION_ICON_ID,
        actions: [{ actionType: 'showTaskPane', actionText: 'Show guidance', commandId: COMPOSE_PANE_COMMAND_ID, contextData: context }],
      }
    : undefined;
  const info = { type: 'informationalMessage', message: text, icon: NOTIFICATION_ICON_ID, persistent: false };
  const replace = (details: object) =>
    officeCall<void>('notificationMessages.replaceAsync', (cb) => nm.replaceAsync(NOTIFICATION_KEY, details as Office.NotificationMessageDetails, cb), timeoutMs);
  if (insight) {
    try {
      await replace(insight);
      return;
    } catch {
      // Some clients refuse insight messages in this mode: fall back to the plain info bar.
    }
  }
  await replace(info).catch(() => undefined);
}

export async function notifyText(item: Office.MessageCompose, text: string, timeoutMs: number): Promise<void> {
  const nm = item.notificationMessages;
  if (!nm) return;
  const details = { type: 'informationalMessage', message: text.slice(0, 150), icon: NOTIFICATION_ICON_ID, persistent: false };
  await officeCall<void>('notificationMessages.replaceAsync', (cb) => nm.replaceAsync(NOTIFICATION_KEY, details as Office.NotificationMessageDetails, cb), timeoutMs).catch(() => undefined);
}
