// Sent Items, with the custom properties each message carries (override record, retention choice),
// so what the add-in recorded is visible.
import type { SentMessage } from './office-sim/store';

const VIA: Record<SentMessage['via'], string> = {
  send: 'sent',
  'send-anyway': 'sent with "Send anyway"',
  sendAsync: 'sent from the task pane (item.sendAsync)',
};

export function SentItems({ sent }: { sent: SentMessage[] }) {
  return (
    <section aria-labelledby="sent-heading" className="sent">
      <h2 id="sent-heading">
        Sent Items <span data-testid="sent-count">({sent.length})</span>
      </h2>
      {sent.length === 0 ? <p className="help">Nothing sent yet.</p> : null}
      <ol>
        {sent.map((m) => (
          <li key={m.id} data-testid="sent-item" data-via={m.via}>
            <strong>{m.subject || '(no subject)'}</strong> — to {[...m.to, ...m.cc].map((a) => a.emailAddress).join(', ') || 'Bcc only'}, {VIA[m.via]}
            {m.attachments.length ? <span>, {m.attachments.length} attachment(s)</span> : null}
            <details>
              <summary>Custom properties ({Object.keys(m.customProperties).length})</summary>
              <pre data-testid="sent-custom-properties">{JSON.stringify(m.customProperties, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
