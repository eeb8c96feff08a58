// The only file in src/taskpane that touches Office.*: what the entry point needs to know about the
// host (mode, theme, the Smart Alert's contextData). Components get the results as props.
import { officeCall } from '../office/async';
import type { OfficeThemeColours } from './theme-kind';

export type PaneMode = 'compose' | 'read';

/** Compose items have Recipients objects (`to.getAsync`); read items have plain arrays. */
export function paneMode(): PaneMode {
  const item = Office.context.mailbox?.item as { to?: unknown } | undefined;
  const to = item?.to as { getAsync?: unknown } | undefined;
  return to && !Array.isArray(to) && typeof to.getAsync === 'function' ? 'compose' : 'read';
}

export function officeTheme(): OfficeThemeColours | undefined {
  // officeTheme is not available on every platform (it may be undefined or throw on access).
  try {
    return (Office.context as { officeTheme?: OfficeThemeColours }).officeTheme ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * The contextData a Smart Alert passed when its button opened the pane
 * (item.getInitializationContextAsync, Mailbox 1.8). Undefined when there is none or the client
 * cannot say: the pane then simply shows the live findings.
 */
export async function initialContextData(): Promise<string | undefined> {
  const item = Office.context.mailbox?.item as Office.MessageCompose | undefined;
  if (!item || typeof item.getInitializationContextAsync !== 'function') return undefined;
  return officeCall<string>('getInitializationContextAsync', (cb) => item.getInitializationContextAsync(cb), 3000).catch(() => undefined);
}

/** Context data arriving while the pane is already open (InitializationContextChanged, Mailbox 1.15). */
export function onContextData(cb: (data: string) => void): void {
  const item = Office.context.mailbox?.item as Office.MessageCompose | undefined;
  const type = (Office.EventType as unknown as Record<string, Office.EventType | undefined>).InitializationContextChanged;
  if (!item || !type) return;
  item.addHandlerAsync(type, (e: { initializationContextData?: string }) => {
    if (typeof e.initializationContextData === 'string') cb(e.initializationContextData);
  }, () => undefined); // older clients lack the event; the initial context still applies
}

/** Outlook's theme change (where supported) and the system's forced-colours (contrast) mode. */
export function onThemeChange(cb: () => void): void {
  const type = (Office.EventType as unknown as Record<string, Office.EventType | undefined>).OfficeThemeChanged;
  if (type) {
    try {
      Office.context.mailbox.addHandlerAsync(type, () => cb(), () => undefined);
    } catch {
      // not offered on this platform: the theme at start-up stays
    }
  }
  window.matchMedia?.('(forced-colors: active)').addEventListener?.('change', () => cb());
}
