// The compose window: From, To/Cc/Bcc, subject, body and attachments. Every edit goes to the
// store, which raises the Office events the add-in listens to.
import { useEffect, useRef, useState } from 'react';
import { cannedAttachments, type Sender } from './examples';
import type { MailboxStore, RecipientKind } from './office-sim/store';
import { formatRecipients, parseRecipients } from './recipients';

function RecipientField({ store, kind, label }: { store: MailboxStore; kind: RecipientKind; label: string }) {
  const current = formatRecipients(store.compose[kind]);
  const [text, setText] = useState(current);
  useEffect(() => setText(current), [current]);
  const commit = () => store.setRecipients(kind, parseRecipients(text, store.internalDomains));
  const id = `field-${kind}`;
  return (
    <div className="row">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
        aria-describedby="recipients-help"
      />
    </div>
  );
}

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function BodyEditor({ store }: { store: MailboxStore }) {
  const ref = useRef<HTMLDivElement>(null);
  const html = store.compose.bodyHtml;
  useEffect(() => {
    // Only when the add-in (or an example) changed the body, so the caret is not reset while typing.
    if (ref.current && ref.current.innerHTML !== html) ref.current.innerHTML = html;
  }, [html]);
  return (
    <div
      ref={ref}
      id="field-body"
      className="body"
      role="textbox"
      aria-multiline="true"
      aria-label="Message body"
      contentEditable
      suppressContentEditableWarning
      onInput={(e) => store.setBodyHtml((e.target as HTMLDivElement).innerHTML)}
    />
  );
}

export function ComposeForm({ store, senders }: { store: MailboxStore; senders: Sender[] }) {
  const c = store.compose;
  const fromIndex = Math.max(0, senders.findIndex((s) => s.address.emailAddress === c.from.emailAddress));
  const addFiles = async (files: FileList | null) => {
    for (const f of Array.from(files ?? [])) {
      store.addAttachment({ name: f.name, size: f.size, contentType: f.type || 'application/octet-stream', content: toBase64(await f.arrayBuffer()), isInline: false });
    }
  };
  return (
    <form className="compose" aria-label="New message" onSubmit={(e) => e.preventDefault()}>
      <div className="row">
        <label htmlFor="field-from">From</label>
        <select id="field-from" value={fromIndex} onChange={(e) => store.setFrom(senders[Number(e.target.value)].address, { shared: senders[Number(e.target.value)].shared })}>
          {senders.map((s, i) => (
            <option key={s.address.emailAddress} value={i}>
              {s.label} ({s.address.emailAddress})
            </option>
          ))}
        </select>
      </div>
      <RecipientField store={store} kind="to" label="To" />
      <RecipientField store={store} kind="cc" label="Cc" />
      <RecipientField store={store} kind="bcc" label="Bcc" />
      <p id="recipients-help" className="help">
        Separate addresses with semicolons, e.g. <code>Jo Bloggs &lt;jo@example.com&gt;; sam@example.org</code>.
      </p>
      <div className="row">
        <label htmlFor="field-subject">Subject</label>
        <input id="field-subject" type="text" value={c.subject} onChange={(e) => store.setSubject(e.target.value)} />
      </div>
      <BodyEditor store={store} />
      <fieldset className="attachments">
        <legend>Attachments</legend>
        {c.attachments.length === 0 ? <p className="help">No attachments.</p> : null}
        <ul aria-label="Attached files">
          {c.attachments.map((a) => (
            <li key={a.id} data-testid="attachment">
              <span>
                {a.name} ({a.size.toLocaleString('en-GB')} bytes)
              </span>
              <button type="button" onClick={() => store.removeAttachment(a.id)} aria-label={`Remove ${a.name}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
        <label htmlFor="field-files">Attach files from this computer</label>
        <input id="field-files" type="file" multiple onChange={(e) => void addFiles(e.target.files)} />
        <div className="canned" role="group" aria-label="Attach an example file">
          {cannedAttachments().map((a) => (
            <button key={a.name} type="button" onClick={() => store.addAttachment(a)}>
              Attach {a.name}
            </button>
          ))}
        </div>
      </fieldset>
    </form>
  );
}
