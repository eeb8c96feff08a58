// Entry of playground.html: builds the shared mailbox (the store the task-pane and event-runtime
// iframes reach through window.parent), reads the built manifest for the launch events, renders.
import { createRoot } from 'react-dom/client';
import policy from '../../policy/ware-town-council.json';
import { App, initialReceived } from './App';
import { EXAMPLES, exampleState, senders as sendersOf } from './examples';
import { readManifest, type ManifestInfo } from './manifest';
import { HOST_KEY, type PlaygroundHost } from './office-sim/bridge';
import { MailboxStore } from './office-sim/store';
import { CSS } from './styles';

async function loadManifest(): Promise<ManifestInfo> {
  const res = await fetch('manifest.xml', { cache: 'no-store' });
  if (!res.ok) throw new Error(`manifest.xml: HTTP ${res.status}`);
  return readManifest(new DOMParser().parseFromString(await res.text(), 'application/xml'));
}

async function main(): Promise<void> {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.appendChild(style);
  const domains = policy.organisation.domains;
  const senders = sendersOf(policy.roles, domains);
  const store = new MailboxStore(senders[0].address);
  store.internalDomains = domains;
  initialReceived(store);
  const clean = EXAMPLES[0];
  store.compose = { ...store.compose, ...exampleState(clean, domains, senders[0].address) };
  (window as unknown as Record<string, PlaygroundHost>)[HOST_KEY] = { store };

  const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  let manifest: ManifestInfo;
  try {
    manifest = await loadManifest();
  } catch (e) {
    container.textContent = `The playground could not read manifest.xml (${e instanceof Error ? e.message : 'error'}). Build the add-in first: npm run build:dev`;
    return;
  }
  if (manifest.permissions) store.permissions = manifest.permissions;
  createRoot(container).render(<App store={store} manifest={manifest} senders={senders} />);
}

void main();
