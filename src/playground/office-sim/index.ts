// Entry of playground-office.js: installs a simulated `Office` in this iframe before the add-in's
// own script runs (the page lists this chunk first). The mailbox lives in the playground page
// (window.parent); a page opened on its own gets a small mailbox of its own.
import { HOST_KEY, RUNTIME_KEY, type LaunchEventRuntime, type PlaygroundHost } from './bridge';
import { installGraphSim } from './graph-sim';
import { createOffice } from './office';
import { MailboxStore, simAddress } from './store';

function hostStore(): MailboxStore {
  try {
    const host = (window.parent as unknown as Record<string, PlaygroundHost | undefined>)[HOST_KEY];
    if (window.parent !== window && host?.store) return host.store;
  } catch (e) {
    console.warn(`[playground] cannot reach the playground page (${e instanceof Error ? e.name : 'error'}); using a local mailbox`);
  }
  const store = new MailboxStore(simAddress('clerk@waretowncouncil.gov.uk', 'Town Clerk', ['waretowncouncil.gov.uk']));
  store.internalDomains = ['waretowncouncil.gov.uk'];
  return store;
}

const store = hostStore();
const sim = createOffice(store);
(window as unknown as { Office: unknown }).Office = sim.Office;
// Microsoft 365 for the pane's records job: Graph over this mailbox's Sent Items.
installGraphSim(window, store);
window.addEventListener('pagehide', () => sim.dispose());

const runtime: LaunchEventRuntime = {
  dispatch(functionName, eventType) {
    const fn = sim.actions.get(functionName);
    if (!fn) return Promise.reject(new Error(`No function is associated under "${functionName}".`));
    return new Promise((resolve) => {
      let done = false;
      const event = {
        type: eventType,
        completed(options?: Record<string, unknown>) {
          if (done) return; // Outlook ignores a second completed()
          done = true;
          resolve(options ? (JSON.parse(JSON.stringify(options)) as Record<string, unknown>) : {});
        },
      };
      try {
        const r = fn(event);
        if (r && typeof (r as Promise<unknown>).then === 'function') {
          (r as Promise<unknown>).then(undefined, (e: unknown) => console.error(`[playground] ${functionName} rejected (${e instanceof Error ? e.name : 'error'})`));
        }
      } catch (e) {
        console.error(`[playground] ${functionName} threw (${e instanceof Error ? e.name : 'error'})`);
      }
    });
  },
  associated: () => [...sim.actions.keys()],
};
(window as unknown as Record<string, LaunchEventRuntime>)[RUNTIME_KEY] = runtime;
