// The playground page: a simulated Outlook compose/read window around the real add-in. Send runs
// the real OnMessageSend handler (dist/launchevent.js in a hidden event-runtime iframe) and shows
// its Smart Alert; "Open add-in" shows the real task pane (playground-taskpane.html) beside it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ComposeForm } from './ComposeForm';
import { EXAMPLES, exampleState, receivedExamples, type Sender } from './examples';
import { runtimeOf, SLOW_SEND_MS } from './event-runtime';
import { functionFor, type ManifestInfo } from './manifest';
import { REQUIREMENT_SETS, type ChangeKind, type MailboxStore, type Platform, type SentMessage, type ThemeName } from './office-sim/store';
import { ReadTab } from './ReadTab';
import { SentItems } from './SentItems';
import { SmartAlertDialog } from './SmartAlertDialog';
import { DONT_SEND, interpretCompletion, type SendOutcome } from './smart-alert';
import { useStore } from './use-store';
import { COMPOSE_PANE_COMMAND_ID, READ_PANE_COMMAND_ID } from '../launchevent/ids';

/** One of the toolbar's labelled drop-downs (requirement set, platform, theme). */
function Switch<T extends string>(p: { id: string; label: string; value: T; options: readonly (readonly [T, string])[]; onChange: (v: T) => void }) {
  return (
    <label>
      {p.label}{' '}
      <select id={p.id} value={p.value} onChange={(e) => p.onChange(e.target.value as T)}>
        {p.options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

const PLATFORMS: [Platform, string][] = [
  ['windows-classic', 'Classic Outlook on Windows'],
  ['windows-new', 'New Outlook on Windows'],
  ['web', 'Outlook on the web'],
  ['mac', 'Outlook on Mac'],
];
const THEMES: [ThemeName, string][] = [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['high-contrast', 'High contrast'],
];
/** Store changes that Outlook turns into launch events. */
const LAUNCH_EVENT_OF: Partial<Record<ChangeKind, string>> = {
  'compose-opened': 'OnMessageCompose',
  recipients: 'OnMessageRecipientsChanged',
  attachments: 'OnMessageAttachmentsChanged',
  from: 'OnMessageFromChanged',
};

interface LogEntry {
  id: number;
  text: string;
}
type Alert = Extract<SendOutcome, { kind: 'alert' }>;

export function App({ store, manifest, senders }: { store: MailboxStore; manifest: ManifestInfo; senders: Sender[] }) {
  useStore(store);
  const eventFrame = useRef<HTMLIFrameElement>(null);
  const [paneOpen, setPaneOpen] = useState(false);
  const [paneLoads, setPaneLoads] = useState(0);
  const [alert, setAlert] = useState<Alert | undefined>();
  const [status, setStatus] = useState('Ready.');
  const [log, setLog] = useState<LogEntry[]>([]);
  const runtimeKey = `${store.requirementSet}-${store.platform}`;

  const note = useCallback((text: string) => setLog((l) => [{ id: Date.now() + Math.random(), text: `${new Date().toLocaleTimeString('en-GB')} ${text}` }, ...l].slice(0, 30)), []);

  const dispatch = useCallback(
    async (type: string): Promise<Record<string, unknown> | undefined> => {
      const fn = functionFor(manifest, type);
      if (!fn) return undefined; // the manifest does not ask for this event
      const started = performance.now();
      const rt = await runtimeOf(eventFrame.current, fn);
      const options = await rt.dispatch(fn, type);
      note(`${type} → ${fn} completed in ${Math.round(performance.now() - started)} ms${options.allowEvent === false ? ' (send stopped)' : ''}`);
      return options;
    },
    [manifest, note],
  );

  // Launch events, as Outlook raises them while composing.
  useEffect(
    () =>
      store.onChange((kind) => {
        const type = LAUNCH_EVENT_OF[kind];
        if (type && store.mode === 'compose') {
          dispatch(type).catch((e: unknown) => note(`${type} could not run: ${e instanceof Error ? e.message : 'error'}`));
        }
      }),
    [store, dispatch, note],
  );

  // The draft open when the page loads is a compose that Outlook announces with OnMessageCompose.
  useEffect(() => {
    dispatch('OnMessageCompose').catch((e: unknown) => note(`OnMessageCompose could not run: ${e instanceof Error ? e.message : 'error'}`));
  }, [dispatch, note]);

  const send = useCallback(
    async (via: SentMessage['via']): Promise<{ sent: boolean; error?: string }> => {
      setStatus('Checking the message…');
      const slow = setTimeout(() => setStatus('Council Email Policy is taking longer than expected…'), SLOW_SEND_MS);
      try {
        const options = await dispatch('OnMessageSend');
        const outcome = interpretCompletion(options, store.requirementSet, store.platform);
        if (outcome.kind === 'send') {
          store.send(via);
          setStatus('Message sent.');
          return { sent: true };
        }
        setAlert(outcome);
        setStatus('The add-in stopped the send.');
        return { sent: false, error: 'stopped by the add-in' };
      } catch (e) {
        // Under SoftBlock a handler that cannot run stops the send (ARCHITECTURE §3).
        const why = e instanceof Error ? e.message : 'error';
        setAlert({ kind: 'alert', message: `Council Email Policy couldn't check this message (${why}). Try again.`, sendAnyway: false, buttons: [{ role: 'dont-send', label: DONT_SEND }], closeOpensPane: false });
        setStatus('The add-in could not run.');
        return { sent: false, error: why };
      } finally {
        clearTimeout(slow);
      }
    },
    [dispatch, store],
  );

  useEffect(() => {
    store.sendRequester = () => send('sendAsync');
    return () => {
      store.sendRequester = undefined;
    };
  }, [store, send]);

  const openPane = (contextData?: string) => {
    store.setInitializationContext(contextData ?? null);
    // An open pane on 1.15 hears InitializationContextChanged; otherwise Outlook (re)loads it.
    if (!paneOpen || !store.supports('1.15')) setPaneLoads((n) => n + 1);
    setPaneOpen(true);
  };

  const loadExample = (id: string) => {
    const e = EXAMPLES.find((x) => x.id === id);
    if (!e) return;
    const from = senders.find((s) => s.address.emailAddress === e.from)?.address ?? store.compose.from;
    store.newDraft(exampleState(e, store.internalDomains, from));
    setStatus(`Loaded the example "${e.label}".`);
  };

  const notifications = Object.entries(store.compose.notifications);
  const ribbonLabel = manifest.buttonLabels[store.mode === 'compose' ? COMPOSE_PANE_COMMAND_ID : READ_PANE_COMMAND_ID] ?? 'Open add-in';
  return (
    <div className={`app theme-${store.theme}`}>
      <header className="toolbar">
        <h1>Council Email Policy — playground (simulated Outlook)</h1>
        <div className="switches">
          <Switch id="switch-set" label="Mailbox requirement set" value={store.requirementSet} options={REQUIREMENT_SETS.map((v) => [v, v])} onChange={(v) => store.setRequirementSet(v)} />
          <Switch id="switch-platform" label="Platform" value={store.platform} options={PLATFORMS} onChange={(v) => store.setPlatform(v)} />
          <Switch id="switch-theme" label="Theme" value={store.theme} options={THEMES} onChange={(v) => store.setTheme(v)} />
          <label>
            Load example{' '}
            <select id="load-example" value="" onChange={(e) => loadExample(e.target.value)}>
              <option value="">Choose…</option>
              {EXAMPLES.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      <div className="tabs" role="tablist" aria-label="Outlook view">
        {(['compose', 'read'] as const).map((m) => (
          <button key={m} type="button" role="tab" id={`tab-${m}`} aria-selected={store.mode === m} onClick={() => store.setMode(m)}>
            {m === 'compose' ? 'New message' : 'Inbox (read mode)'}
          </button>
        ))}
      </div>
      <div className="layout">
        <main className="main" aria-labelledby={`tab-${store.mode}`} role="tabpanel">
          <div className="actions">
            {store.mode === 'compose' ? (
              <button type="button" className="primary" id="send" onClick={() => void send('send')}>
                Send
              </button>
            ) : null}
            {/* The add-in's ribbon button, labelled from the manifest as Outlook labels it. */}
            <button type="button" id="open-addin" onClick={() => (paneOpen ? setPaneOpen(false) : openPane())} aria-expanded={paneOpen}>
              {paneOpen ? `Close ${ribbonLabel}` : ribbonLabel}
            </button>
            <p role="status" data-testid="status" className="status">
              {status}
            </p>
          </div>
          {store.mode === 'compose' && notifications.length ? (
            <ul className="infobar" aria-label="Notifications from the add-in">
              {notifications.map(([key, n]) => {
                const action = (n.actions as { actionText?: string; contextData?: unknown }[] | undefined)?.[0];
                return (
                  <li key={key} data-testid="notification">
                    {String(n.message ?? '')}{' '}
                    {action ? (
                      <button type="button" onClick={() => openPane(typeof action.contextData === 'string' ? action.contextData : JSON.stringify(action.contextData ?? null))}>
                        {action.actionText ?? 'Show task pane'}
                      </button>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
          {store.mode === 'compose' ? <ComposeForm store={store} senders={senders} /> : <ReadTab store={store} />}
          <SentItems
            sent={store.sent}
            onForward={(id) => {
              if (store.forward(id)) setStatus('Forwarding a sent message.');
            }}
          />
          <section aria-labelledby="log-heading" className="log">
            <h2 id="log-heading">Events</h2>
            <p className="help">Launch events the simulated Outlook dispatched to the add-in (names and timings only).</p>
            <ol data-testid="event-log">
              {log.map((e) => (
                <li key={e.id}>{e.text}</li>
              ))}
            </ol>
          </section>
        </main>
        {paneOpen ? (
          <aside className="pane" aria-label="Add-in task pane">
            <iframe key={`${runtimeKey}-${store.mode}-${paneLoads}`} title="Council Email Policy task pane" src="playground-taskpane.html" data-testid="taskpane-frame" />
          </aside>
        ) : null}
      </div>
      <iframe key={runtimeKey} ref={eventFrame} src="playground-events.html" title="Event runtime (hidden)" hidden aria-hidden="true" tabIndex={-1} />
      {alert ? (
        <SmartAlertDialog
          title={manifest.displayName}
          alert={alert}
          onDontSend={() => {
            setAlert(undefined);
            setStatus('Not sent.');
          }}
          onSendAnyway={() => {
            setAlert(undefined);
            store.send('send-anyway');
            setStatus('Message sent.');
          }}
          onCommand={() => {
            const ctx = alert.command?.contextData;
            setAlert(undefined);
            openPane(ctx);
          }}
        />
      ) : null}
    </div>
  );
}

export function initialReceived(store: MailboxStore): void {
  store.received = receivedExamples(store.internalDomains);
}
