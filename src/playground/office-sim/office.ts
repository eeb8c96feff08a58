// A simulated `Office` namespace over the shared MailboxStore: the subset of Office.js the add-in
// uses, with Office's shapes and async semantics. One is built per iframe (task pane, event
// runtime); both see the same store. Rebuilt when the page switches requirement set or platform,
// as a different Outlook client would be a fresh load.
import { fail, splitArgs, succeed } from './async-result';
import { composeItem, itemEventName } from './compose-item';
import { CoercionType, EventType, HostType, MailboxEnums, PlatformType, SendModeOverride } from './enums';
import { readItem } from './read-item';
import { CLASSIC_WINDOWS_MIN_VERSION } from '../../office/client-versions';
import { themeColours, type ItemEvent, type MailboxStore, type Platform } from './store';

type Args = unknown[];
type Handler = (args: Record<string, unknown>) => void;

const PLATFORM: Record<Platform, { platform: string; version: string }> = {
  // Classic Outlook on Windows; new Outlook on Windows reports itself as Outlook on the web does.
  'windows-classic': { platform: PlatformType.PC, version: '16.0.17425.20000' },
  'windows-new': { platform: PlatformType.OfficeOnline, version: '20241115003.13' },
  web: { platform: PlatformType.OfficeOnline, version: '20241115003.13' },
  mac: { platform: PlatformType.Mac, version: '16.90' },
};

/** Classic Outlook reports the first build that has the chosen set (office-js-docs-reference's version table). */
function hostVersion(store: MailboxStore): string {
  const classic = store.platform === 'windows-classic' ? CLASSIC_WINDOWS_MIN_VERSION[store.requirementSet] : undefined;
  return classic ? `16.0.${classic.build}` : PLATFORM[store.platform].version;
}

const ITEM_EVENTS: readonly ItemEvent[] = ['RecipientsChanged', 'AttachmentsChanged', 'InitializationContextChanged'];
const MAILBOX_EVENTS: readonly ItemEvent[] = ['ItemChanged', 'OfficeThemeChanged'];

export interface SimOffice {
  Office: Record<string, unknown>;
  /** Functions associated with Office.actions.associate, by name (the event runtime runs them). */
  actions: Map<string, (event: unknown) => unknown>;
  /** Drop this frame's handlers from the store (call when the frame goes away). */
  dispose(): void;
}

export function createOffice(store: MailboxStore, schedule: (fn: () => void) => void = (fn) => setTimeout(fn, 0)): SimOffice {
  const actions = new Map<string, (event: unknown) => unknown>();
  const subscriptions = new Map<ItemEvent, (() => void)[]>();

  function addHandler(allowed: readonly ItemEvent[]) {
    return (type: unknown, handler: unknown, args: Args) => {
      const { options, callback } = splitArgs<void>(args);
      const name = itemEventName(type);
      if (!name || !allowed.includes(name) || typeof handler !== 'function') return fail(callback, options, 'InvalidEventDispatch', 'this event is not supported here');
      if (name === 'InitializationContextChanged' && !store.supports('1.15')) return fail(callback, options, 'InvalidEventDispatch', 'requires Mailbox 1.15');
      const off = store.onItemEvent(name, (payload) => {
        const copy = JSON.parse(JSON.stringify({ ...payload, type })) as Record<string, unknown>;
        schedule(() => (handler as Handler)(copy));
      });
      subscriptions.set(name, [...(subscriptions.get(name) ?? []), off]);
      succeed(callback, options, undefined);
    };
  }
  function removeHandler(allowed: readonly ItemEvent[]) {
    return (type: unknown, args: Args) => {
      const { options, callback } = splitArgs<void>(args);
      const name = itemEventName(type);
      if (!name || !allowed.includes(name)) return fail(callback, options, 'InvalidEventDispatch', 'this event is not supported here');
      // Office removes every handler of that type the add-in registered.
      for (const off of subscriptions.get(name) ?? []) off();
      subscriptions.delete(name);
      succeed(callback, options, undefined);
    };
  }

  const itemAdd = addHandler(ITEM_EVENTS);
  const itemRemove = removeHandler(ITEM_EVENTS);
  const mailbox = {
    get item(): Record<string, unknown> | null {
      if (store.mode === 'read') {
        const m = store.currentReceived();
        return m ? readItem(m, itemAdd, itemRemove) : null;
      }
      return composeItem(store, itemAdd, itemRemove);
    },
    get userProfile() {
      return { ...store.profile };
    },
    diagnostics: { hostName: 'Outlook', hostVersion: hostVersion(store) },
    addHandlerAsync: (type: unknown, handler: unknown, ...args: Args) => addHandler(MAILBOX_EVENTS)(type, handler, args),
    removeHandlerAsync: (type: unknown, ...args: Args) => removeHandler(MAILBOX_EVENTS)(type, args),
  };

  const mailboxEnums: Record<string, unknown> = { ...MailboxEnums };
  if (store.supports('1.14')) mailboxEnums.SendModeOverride = SendModeOverride;

  const { platform } = PLATFORM[store.platform];
  const version = hostVersion(store);
  const context = {
    mailbox,
    platform,
    host: HostType.Outlook,
    diagnostics: { host: HostType.Outlook, platform, version },
    displayLanguage: 'en-GB',
    contentLanguage: 'en-GB',
    get officeTheme() {
      return themeColours(store.theme);
    },
    requirements: {
      isSetSupported: (name: string, minVersion?: string | number) => {
        if (String(name).toLowerCase() !== 'mailbox') return false; // no other API sets are simulated
        return minVersion === undefined ? true : store.supports(String(minVersion));
      },
    },
  };

  const Office: Record<string, unknown> = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType,
    EventType,
    HostType,
    PlatformType,
    MailboxEnums: mailboxEnums,
    context,
    actions: {
      associate: (name: string, fn: (event: unknown) => unknown) => {
        actions.set(name, fn);
      },
    },
    onReady: (cb?: (info: { host: string; platform: string }) => void) =>
      new Promise<{ host: string; platform: string }>((resolve) =>
        schedule(() => {
          const info = { host: HostType.Outlook, platform };
          if (cb) cb(info);
          resolve(info);
        }),
      ),
  };

  return {
    Office,
    actions,
    dispose() {
      for (const offs of subscriptions.values()) offs.forEach((off) => off());
      subscriptions.clear();
    },
  };
}
