// A small hand-written Office.js for tests: the real shapes (AsyncResult, enums, item methods,
// sessionData, custom properties, notification messages, actions.associate) over an in-memory
// draft, with fault injection per call: 'fail' (status failed), 'hang' (never calls back),
// 'throw' (throws synchronously, like a method missing on an older client).
export type Fault = 'fail' | 'hang' | 'throw';

export interface StubAddress {
  emailAddress: string;
  displayName?: string;
  recipientType?: string;
}

export interface StubAttachment {
  id: string;
  name: string;
  size: number;
  attachmentType?: 'file' | 'item' | 'cloud';
  isInline?: boolean;
  /** base64 content for getAttachmentContentAsync */
  base64?: string;
  /** An item attachment's content: Outlook returns it as an .eml string with format "eml". */
  eml?: string;
}

export interface StubState {
  from?: StubAddress;
  to: StubAddress[];
  cc: StubAddress[];
  bcc: StubAddress[];
  subject: string;
  bodyType: 'html' | 'text';
  bodyHtml: string;
  bodyText: string;
  attachments: StubAttachment[];
  composeType: 'newMail' | 'reply' | 'forward';
  session: Map<string, string>;
  customProps: Record<string, unknown>;
  notifications: Map<string, Record<string, unknown>>;
  /** Internet headers set while composing (item.internetHeaders, Mailbox 1.8). */
  internetHeaders: Map<string, string>;
}

export interface StubOptions extends Partial<Omit<StubState, 'session' | 'notifications' | 'internetHeaders'>> {
  /** Highest Mailbox requirement set supported, e.g. '1.14'. */
  mailbox?: string;
  faults?: Record<string, Fault>;
  /** Remove sessionData (clients below Mailbox 1.11). */
  noSessionData?: boolean;
  /** The signed-in user (userProfile); defaults to `from`. Differs from `from` in a shared mailbox. */
  user?: StubAddress;
  /** The item sits in a shared mailbox: getSharedPropertiesAsync answers with this; otherwise it fails, as documented. */
  shared?: { owner: string; delegatePermissions: number };
}

export interface OfficeStub {
  Office: Record<string, unknown>;
  item: Record<string, unknown>;
  state: StubState;
  /** Every call by name, in order. */
  calls: string[];
  associated: Map<string, (event: unknown) => unknown>;
  faults: Record<string, Fault>;
}

type Cb = (r: { status: string; value: unknown; error?: { name: string; code: number; message: string } }) => void;

const versionNumber = (v: string) => {
  const [a, b] = v.split('.').map(Number);
  return a * 1000 + (b || 0);
};

export function createOfficeStub(o: StubOptions = {}): OfficeStub {
  const faults: Record<string, Fault> = { ...(o.faults ?? {}) };
  const calls: string[] = [];
  const state: StubState = {
    from: o.from,
    to: o.to ?? [],
    cc: o.cc ?? [],
    bcc: o.bcc ?? [],
    subject: o.subject ?? '',
    bodyType: o.bodyType ?? 'html',
    bodyText: o.bodyText ?? '',
    bodyHtml: o.bodyHtml ?? `<html><body><p>${(o.bodyText ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p></body></html>`,
    attachments: o.attachments ?? [],
    composeType: o.composeType ?? 'newMail',
    session: new Map(),
    customProps: { ...(o.customProps ?? {}) },
    notifications: new Map(),
    internetHeaders: new Map(),
  };
  const max = versionNumber(o.mailbox ?? '1.15');

  /** Run an Office-style async call: record it, apply a fault, answer on a microtask. */
  function call(name: string, cb: Cb | undefined, work: () => unknown): void {
    calls.push(name);
    const fault = faults[name];
    if (fault === 'throw') throw new TypeError(`${name} is not a function`);
    if (fault === 'hang') return;
    void Promise.resolve().then(() => {
      if (!cb) return;
      if (fault === 'fail') {
        cb({ status: 'failed', value: undefined, error: { name: 'GenericResponseError', code: 9020, message: 'stub failure' } });
        return;
      }
      let value: unknown;
      try {
        value = work();
      } catch (e) {
        cb({ status: 'failed', value: undefined, error: { name: (e as Error).name, code: 9999, message: (e as Error).message } });
        return;
      }
      cb({ status: 'succeeded', value });
    });
  }
  const lastCb = (args: unknown[]) => args.filter((a) => typeof a === 'function').pop() as Cb | undefined;

  function recipients(field: 'to' | 'cc' | 'bcc') {
    return {
      getAsync: (...args: unknown[]) => call(`${field}.getAsync`, lastCb(args), () => state[field].map((r) => ({ displayName: r.emailAddress, recipientType: 'user', ...r }))),
      setAsync: (list: StubAddress[], ...args: unknown[]) => call(`${field}.setAsync`, lastCb(args), () => void (state[field] = list.map((r) => ({ ...r })))),
      addAsync: (list: StubAddress[], ...args: unknown[]) => call(`${field}.addAsync`, lastCb(args), () => void state[field].push(...list.map((r) => ({ ...r })))),
    };
  }

  const customProperties = {
    get: (k: string) => state.customProps[k],
    set: (k: string, v: unknown) => void (state.customProps[k] = v),
    remove: (k: string) => void delete state.customProps[k],
    getAll: () => ({ ...state.customProps }),
    saveAsync: (...args: unknown[]) => call('customProperties.saveAsync', lastCb(args), () => undefined),
  };

  const item: Record<string, unknown> = {
    itemType: 'message',
    to: recipients('to'),
    cc: recipients('cc'),
    bcc: recipients('bcc'),
    from: { getAsync: (...args: unknown[]) => call('from.getAsync', lastCb(args), () => state.from) },
    getSharedPropertiesAsync: (...args: unknown[]) =>
      call('getSharedPropertiesAsync', lastCb(args), () => {
        if (!o.shared) throw new Error('The current folder or mailbox isn’t shared.');
        return { owner: o.shared.owner, delegatePermissions: o.shared.delegatePermissions, targetMailbox: o.shared.owner, targetRestUrl: 'https://outlook.office.com/api' };
      }),
    subject: {
      getAsync: (...args: unknown[]) => call('subject.getAsync', lastCb(args), () => state.subject),
      setAsync: (s: string, ...args: unknown[]) => call('subject.setAsync', lastCb(args), () => void (state.subject = s)),
    },
    body: {
      getTypeAsync: (...args: unknown[]) => call('body.getTypeAsync', lastCb(args), () => state.bodyType),
      getAsync: (coercion: string, ...args: unknown[]) => call('body.getAsync', lastCb(args), () => (coercion === 'html' ? state.bodyHtml : state.bodyText)),
      setAsync: (data: string, opts: { coercionType?: string }, ...args: unknown[]) =>
        call('body.setAsync', lastCb(args), () => {
          if (opts?.coercionType === 'html') state.bodyHtml = data;
          else state.bodyText = data;
        }),
      prependAsync: (data: string, opts: { coercionType?: string }, ...args: unknown[]) =>
        call('body.prependAsync', lastCb(args), () => {
          if (opts?.coercionType === 'html') state.bodyHtml = data + state.bodyHtml;
          else state.bodyText = data + state.bodyText;
        }),
    },
    getComposeTypeAsync: (...args: unknown[]) => call('getComposeTypeAsync', lastCb(args), () => ({ composeType: state.composeType, coercionType: 'html' })),
    getAttachmentsAsync: (...args: unknown[]) =>
      call('getAttachmentsAsync', lastCb(args), () =>
        state.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, attachmentType: a.attachmentType ?? 'file', isInline: !!a.isInline })),
      ),
    getAttachmentContentAsync: (id: string, ...args: unknown[]) =>
      call('getAttachmentContentAsync', lastCb(args), () => {
        const a = state.attachments.find((x) => x.id === id);
        if (!a) throw Object.assign(new Error('not found'), { name: 'AttachmentNotFound' });
        return a.eml !== undefined ? { format: 'eml', content: a.eml } : { format: 'base64', content: a.base64 ?? '' };
      }),
    removeAttachmentAsync: (id: string, ...args: unknown[]) =>
      call('removeAttachmentAsync', lastCb(args), () => void (state.attachments = state.attachments.filter((a) => a.id !== id))),
    loadCustomPropertiesAsync: (...args: unknown[]) => call('loadCustomPropertiesAsync', lastCb(args), () => customProperties),
    notificationMessages: {
      replaceAsync: (key: string, details: Record<string, unknown>, ...args: unknown[]) =>
        call('notificationMessages.replaceAsync', lastCb(args), () => {
          if (details.type === 'insightMessage' && max < versionNumber('1.10')) throw Object.assign(new Error('unsupported'), { name: 'InvalidParameter' });
          if (String(details.message ?? '').length > 150) throw Object.assign(new Error('too long'), { name: 'DataExceedsMaximumSize' });
          state.notifications.set(key, details);
        }),
      removeAsync: (key: string, ...args: unknown[]) =>
        call('notificationMessages.removeAsync', lastCb(args), () => {
          if (!state.notifications.delete(key)) throw Object.assign(new Error('no such key'), { name: 'InvalidKey' });
        }),
    },
    addHandlerAsync: (type: string, _h: unknown, ...args: unknown[]) => call(`addHandlerAsync(${type})`, lastCb(args), () => undefined),
    removeHandlerAsync: (type: string, ...args: unknown[]) => call(`removeHandlerAsync(${type})`, lastCb(args), () => undefined),
    sendAsync: (...args: unknown[]) => call('sendAsync', lastCb(args), () => undefined),
    internetHeaders: {
      getAsync: (names: string[], ...args: unknown[]) =>
        call('internetHeaders.getAsync', lastCb(args), () => Object.fromEntries(names.filter((n) => state.internetHeaders.has(n)).map((n) => [n, state.internetHeaders.get(n)]))),
      setAsync: (headers: Record<string, string>, ...args: unknown[]) =>
        call('internetHeaders.setAsync', lastCb(args), () => {
          for (const [k, v] of Object.entries(headers)) state.internetHeaders.set(k, v);
        }),
      removeAsync: (names: string[], ...args: unknown[]) =>
        call('internetHeaders.removeAsync', lastCb(args), () => {
          for (const n of names) state.internetHeaders.delete(n);
        }),
    },
  };
  if (!o.noSessionData && max >= versionNumber('1.11')) {
    item.sessionData = {
      getAsync: (key: string, ...args: unknown[]) =>
        call('sessionData.getAsync', lastCb(args), () => {
          if (!state.session.has(key)) throw Object.assign(new Error('not found'), { name: 'KeyNotFound' });
          return state.session.get(key);
        }),
      setAsync: (key: string, value: string, ...args: unknown[]) => call('sessionData.setAsync', lastCb(args), () => void state.session.set(key, value)),
    };
  }

  const associated = new Map<string, (event: unknown) => unknown>();
  const Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    CoercionType: { Html: 'html', Text: 'text' },
    EventType: { RecipientsChanged: 'olkRecipientsChanged', AttachmentsChanged: 'olkAttachmentsChanged', ItemChanged: 'olkItemSelectedChanged' },
    MailboxEnums: {
      SendModeOverride: max >= versionNumber('1.14') ? { PromptUser: 'promptUser' } : undefined,
      ItemNotificationMessageType: { InformationalMessage: 'informationalMessage', InsightMessage: 'insightMessage', ErrorMessage: 'errorMessage', ProgressIndicator: 'progressIndicator' },
      ActionType: { ShowTaskPane: 'showTaskPane' },
    },
    context: {
      requirements: { isSetSupported: (name: string, v?: string) => name === 'Mailbox' && versionNumber(v ?? '1.1') <= max },
      mailbox: {
        item,
        userProfile: o.user
          ? { emailAddress: o.user.emailAddress, displayName: o.user.displayName ?? o.user.emailAddress }
          : { emailAddress: state.from?.emailAddress ?? 'clerk@waretowncouncil.gov.uk', displayName: state.from?.displayName ?? 'Town Clerk' },
        addHandlerAsync: (type: string, _h: unknown, ...args: unknown[]) => call(`mailbox.addHandlerAsync(${type})`, lastCb(args), () => undefined),
        removeHandlerAsync: (type: string, ...args: unknown[]) => call(`mailbox.removeHandlerAsync(${type})`, lastCb(args), () => undefined),
      },
    },
    actions: { associate: (name: string, fn: (event: unknown) => unknown) => void associated.set(name, fn) },
  };
  return { Office, item, state, calls, associated, faults };
}

/** An event object that records every completed() call. */
export function stubEvent(): { completed: jest.Mock; event: { completed: (o?: Record<string, unknown>) => void } } {
  const completed = jest.fn();
  return { completed, event: { completed } };
}

/** Let microtask-answered Office calls run (with real or fake timers). */
export async function flush(times = 20): Promise<void> {
  for (let i = 0; i < times; i++) await Promise.resolve();
}
