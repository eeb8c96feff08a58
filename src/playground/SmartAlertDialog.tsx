// Outlook's Smart Alert dialog: the add-in's name as title, its message, "Send anyway" where the
// handler allowed it (sendModeOverride promptUser), its button that opens the task pane
// (commandId/cancelLabel), and "Don't send".
import { useEffect, useRef } from 'react';
import { Markdown } from './markdown';
import type { SendOutcome } from './smart-alert';

type Alert = Extract<SendOutcome, { kind: 'alert' }>;

export function SmartAlertDialog(props: { title: string; alert: Alert; onSendAnyway(): void; onCommand(): void; onDontSend(): void }) {
  const { alert } = props;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div className="overlay">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="smart-alert-title"
        aria-describedby="smart-alert-message"
        data-testid="smart-alert"
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onDontSend();
        }}
      >
        <h2 id="smart-alert-title">{props.title}</h2>
        <div id="smart-alert-message" data-testid="smart-alert-message" className="message">
          {alert.markdown ? <Markdown source={alert.markdown} /> : alert.message.split(/\r?\n/).map((l, i) => <p key={i}>{l}</p>)}
        </div>
        <div className="buttons">
          {alert.sendAnyway ? (
            <button type="button" onClick={props.onSendAnyway}>
              Send anyway
            </button>
          ) : null}
          {alert.command ? (
            <button type="button" className="primary" onClick={props.onCommand} ref={first}>
              {alert.command.label}
            </button>
          ) : null}
          <button type="button" onClick={props.onDontSend} ref={alert.command ? undefined : first}>
            Don&apos;t send
          </button>
        </div>
      </div>
    </div>
  );
}
