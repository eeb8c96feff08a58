// Received messages for the read-mode task pane (sender checks). Bodies are shown as text only.
import { htmlToText } from '../policy/text/html';
import type { MailboxStore } from './office-sim/store';

export function ReadTab({ store }: { store: MailboxStore }) {
  const current = store.currentReceived();
  return (
    <div className="read">
      <ul className="inbox" aria-label="Inbox">
        {store.received.map((m, i) => (
          <li key={m.id}>
            <button type="button" aria-pressed={i === store.selectedReceived} onClick={() => store.selectReceived(i)}>
              <strong>{m.from.displayName}</strong> &lt;{m.from.emailAddress}&gt;
              <br />
              {m.subject}
            </button>
          </li>
        ))}
      </ul>
      {current ? (
        <article aria-label="Selected message" className="message-view">
          <h2>{current.subject}</h2>
          <p>
            From: {current.from.displayName} &lt;{current.from.emailAddress}&gt;
          </p>
          <p>To: {current.to.map((a) => a.emailAddress).join(', ')}</p>
          {current.attachments.length ? <p>Attachments: {current.attachments.map((a) => a.name).join(', ')}</p> : null}
          <pre className="text-body">{htmlToText(current.bodyHtml).text}</pre>
          <details>
            <summary>Internet headers</summary>
            <pre>{current.headers}</pre>
          </details>
        </article>
      ) : null}
    </div>
  );
}
