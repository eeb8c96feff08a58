// Entry of playground-office.js (the event runtime's page, before launchevent.js) and the first
// import of the playground's task pane (src/playground/taskpane.tsx): installs a simulated `Office`
// in this iframe before the add-in's own code runs. The mailbox lives in the playground page
// (window.parent); a page opened on its own gets a small mailbox of its own.
import { HOST_KEY, RUNTIME_KEY, type LaunchEventRuntime, type PlaygroundHost } from './bridge';
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

/**
 * The playground's "High contrast" stands for a Windows contrast theme, which reaches a web page
 * (and an add-in's webview) as the CSS media feature `forced-colors: active`; Office itself reports
 * only colours (Office.context.officeTheme has no contrast flag). Answer that media query from the
 * store so the add-in sees what it would see under a contrast theme.
 */
function simulateContrastTheme(win: Window, store: MailboxStore): void {
  const real = typeof win.matchMedia === 'function' ? win.matchMedia.bind(win) : undefined;
  if (!real) return;
  const listeners = new Set<(e: { matches: boolean; media: string }) => void>();
  const QUERY = /forced-colors\s*:\s*active/i;
  const active = (q: string) => store.theme === 'high-contrast' || real(q).matches;
  let last = active('(forced-colors: active)');
  store.onChange((kind) => {
    if (kind !== 'settings') return;
    const now = active('(forced-colors: active)');
    if (now === last) return;
    last = now;
    for (const fn of [...listeners]) fn({ matches: now, media: '(forced-colors: active)' });
  });
  win.matchMedia = ((q: string) => {
    if (!QUERY.test(q)) return real(q);
    const add = (_t: string, fn: unknown) => typeof fn === 'function' && listeners.add(fn as (e: { matches: boolean; media: string }) => void);
    const remove = (_t: string, fn: unknown) => listeners.delete(fn as (e: { matches: boolean; media: string }) => void);
    return {
      get matches() {
        return active(q);
      },
      media: q,
      onchange: null,
      addEventListener: add,
      removeEventListener: remove,
      addListener: (fn: unknown) => add('change', fn),
      removeListener: (fn: unknown) => remove('change', fn),
      dispatchEvent: () => false,
    } as unknown as MediaQueryList;
  }) as typeof win.matchMedia;
}

/** The simulated mailbox this frame's Office works on. */
export const store = hostStore();
simulateContrastTheme(window, store);
const sim = createOffice(store);
(window as unknown as { Office: unknown }).Office = sim.Office;
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
