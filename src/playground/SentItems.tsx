// Sent Items, with the custom properties each message carries (override record, retention choice),
// so what the add-in recorded is visible.
import { APPLIED_MARKER, parseAppliedMarker, propertyValue } from '../graph/retention/props';
import type { SentMessage } from './office-sim/store';

/** What the task pane's reconciler wrote through the simulated Graph, if anything yet. */
function retentionTag(m: SentMessage): string {
  const props = Object.entries(m.extendedProperties ?? {}).map(([id, value]) => ({ id, value }));
  const applied = parseAppliedMarker(propertyValue(props, APPLIED_MARKER));
  // Not yet applied is normal straight after sending: say who applies it and when, so this does
  // not read as a contradiction of the pane's last check (issue #19 item 13).
  return applied
    ? `retention tag applied (${applied.labelId})`
    : 'retention tag not applied yet: the task pane applies it at its next check (every few minutes while it is open), otherwise IT’s scheduled job does';
}

const VIA: Record<SentMessage['via'], string> = {
  send: 'sent',
  'send-anyway': 'sent with "Send anyway"',
  sendAsync: 'sent from the task pane (item.sendAsync)',
};

export function SentItems({ sent, onForward }: { sent: SentMessage[]; onForward?: (id: string) => void }) {
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
            {m.attachments.length ? <span>, {m.attachments.length} attachment{m.attachments.length === 1 ? '' : 's'}</span> : null}
            <span data-testid="sent-retention">, {retentionTag(m)}</span>
            {onForward ? (
              <>
                {' '}
                <button type="button" data-testid="forward" onClick={() => onForward(m.id)}>
                  Forward
                </button>
              </>
            ) : null}
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
