// Outlook's Smart Alert dialog, as the chosen client shows it: the add-in's name as title, its
// message, "Send Anyway" where the handler allowed it (sendModeOverride promptUser), and the
// task-pane button (commandId/cancelLabel) either beside "Don't Send" or in its place, per client
// (./smart-alert.ts). Modal: keyboard focus stays inside the dialog, and Escape closes it.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { Markdown } from './markdown';
import type { DialogButton, SendOutcome } from './smart-alert';

type Alert = Extract<SendOutcome, { kind: 'alert' }>;

export interface SmartAlertDialogProps {
  title: string;
  alert: Alert;
  onSendAnyway(): void;
  /** The task-pane button (commandId): opens the task pane; the send stays stopped. */
  onCommand(): void;
  onDontSend(): void;
}

export function SmartAlertDialog(props: SmartAlertDialogProps) {
  const { alert } = props;
  const dialog = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    first.current?.focus();
    // Give focus back to what opened the dialog (the Send button) when it closes.
    return () => before?.focus?.();
  }, []);

  const press = (b: DialogButton) => (b.role === 'send-anyway' ? props.onSendAnyway() : b.role === 'command' ? props.onCommand() : props.onDontSend());
  const focusTarget = alert.buttons.findIndex((b) => b.role === 'command') >= 0 ? alert.buttons.findIndex((b) => b.role === 'command') : alert.buttons.length - 1;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      // Closing the dialog cancels the send; where the task pane sits on the Don't Send button, some
      // clients open it on close too (alert.closeOpensPane).
      if (alert.closeOpensPane) props.onCommand();
      else props.onDontSend();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>('button, a[href], [tabindex]:not([tabindex="-1"])')).filter((el) => !el.hasAttribute('disabled'));
    if (!focusable.length) return;
    const at = focusable.indexOf(document.activeElement as HTMLElement);
    const next = e.shiftKey ? (at <= 0 ? focusable.length - 1 : at - 1) : at === focusable.length - 1 || at < 0 ? 0 : at + 1;
    e.preventDefault();
    focusable[next].focus();
  };

  return (
    <div className="overlay">
      <div
        ref={dialog}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="smart-alert-title"
        aria-describedby="smart-alert-message"
        data-testid="smart-alert"
        onKeyDown={onKeyDown}
      >
        <h2 id="smart-alert-title">{props.title}</h2>
        <div id="smart-alert-message" data-testid="smart-alert-message" className="message">
          {alert.markdown ? <Markdown source={alert.markdown} /> : alert.message.split(/\r?\n/).map((l, i) => <p key={i}>{l}</p>)}
        </div>
        <div className="buttons">
          {alert.buttons.map((b, i) => (
            <button
              key={`${b.role}-${i}`}
              type="button"
              data-role={b.role}
              className={b.role === 'command' ? 'primary' : undefined}
              ref={i === focusTarget ? first : undefined}
              onClick={() => press(b)}
            >
              {b.label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
