// Office.context.mailbox.item in compose mode (Office.MessageCompose), over the shared store.
// Methods that a requirement set lacks are absent, as in real Outlook (sendAsync is 1.15 only).
import { htmlToText } from '../../policy/text/html';
import { copy, fail, splitArgs, succeed } from './async-result';
import { CoercionType, EventType } from './enums';
import { simAddress, type ItemEvent, type MailboxStore, type RecipientKind, type SimAddress } from './store';
import { stripTrailing } from '../../policy/text/trim';

type Args = unknown[];

/** Outlook's limits: 500 recipients per field, 150-character notifications, 32-character keys. */
const MAX_RECIPIENTS = 500;
const NOTIFICATION_MAX = 150;
const NOTIFICATION_KEY_MAX = 32;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}
/** Text written with coercionType Text becomes paragraphs, as Outlook's editor does. */
export function textToHtml(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => `<div>${line ? escapeHtml(line) : '<br>'}</div>`)
    .join('');
}

function coercionOf(options: Record<string, unknown>): 'text' | 'html' {
  return options.coercionType === CoercionType.Html ? 'html' : 'text';
}

export function itemEventName(officeType: unknown): ItemEvent | undefined {
  const entry = Object.entries(EventType).find(([, v]) => v === officeType);
  return entry ? (entry[0] as ItemEvent) : undefined;
}

function recipientsApi(store: MailboxStore, kind: RecipientKind) {
  const toSim = (r: unknown): SimAddress | undefined => {
    if (typeof r === 'string') return r.includes('@') ? simAddress(r, undefined, store.internalDomains) : undefined;
    if (r && typeof r === 'object') {
      const o = r as { emailAddress?: unknown; displayName?: unknown };
      if (typeof o.emailAddress === 'string' && o.emailAddress.includes('@')) {
        return simAddress(o.emailAddress, typeof o.displayName === 'string' ? o.displayName : undefined, store.internalDomains);
      }
    }
    return undefined;
  };
  const write = (list: unknown, args: Args, add: boolean) => {
    const { options, callback } = splitArgs<void>(args);
    if (!Array.isArray(list)) return fail(callback, options, 'InvalidParameterValueError', 'recipients must be an array');
    const mapped = list.map(toSim);
    if (mapped.some((m) => !m)) return fail(callback, options, 'InvalidParameterValueError', 'a recipient has no valid email address');
    const next = add ? [...store.compose[kind], ...(mapped as SimAddress[])] : (mapped as SimAddress[]);
    if (next.length > MAX_RECIPIENTS) return fail(callback, options, 'NumberOfRecipientsExceeded', 'too many recipients');
    store.setRecipients(kind, next);
    succeed(callback, options, undefined);
  };
  return {
    getAsync: (...args: Args) => {
      const { options, callback } = splitArgs<Office.EmailAddressDetails[]>(args);
      succeed(callback, options, copy(store.compose[kind]) as unknown as Office.EmailAddressDetails[]);
    },
    setAsync: (list: unknown, ...args: Args) => write(list, args, false),
    addAsync: (list: unknown, ...args: Args) => write(list, args, true),
  };
}

function bodyApi(store: MailboxStore) {
  const write = (data: unknown, args: Args, place: (html: string, current: string) => string) => {
    const { options, callback } = splitArgs<void>(args);
    if (typeof data !== 'string') return fail(callback, options, 'InvalidParameterValueError', 'data must be a string');
    const html = coercionOf(options) === 'html' ? data : textToHtml(data);
    store.setBodyHtml(place(html, store.compose.bodyHtml));
    succeed(callback, options, undefined);
  };
  return {
    getTypeAsync: (...args: Args) => {
      const { options, callback } = splitArgs<string>(args);
      succeed(callback, options, CoercionType.Html);
    },
    getAsync: (coercionType: unknown, ...args: Args) => {
      const { options, callback } = splitArgs<string>(args);
      if (coercionType !== CoercionType.Html && coercionType !== CoercionType.Text) {
        return fail(callback, options, 'InvalidParameterValueError', 'unsupported coercion type');
      }
      const html = store.compose.bodyHtml;
      succeed(callback, options, coercionType === CoercionType.Html ? html : htmlToText(html).text);
    },
    setAsync: (data: unknown, ...args: Args) => write(data, args, (html) => html),
    prependAsync: (data: unknown, ...args: Args) => write(data, args, (html, current) => html + current),
    // No cursor in the playground's editor: selected data goes at the end, where the caret usually is.
    setSelectedDataAsync: (data: unknown, ...args: Args) => write(data, args, (html, current) => current + html),
  };
}

function sessionDataApi(store: MailboxStore) {
  return {
    getAsync: (name: string, ...args: Args) => {
      const { options, callback } = splitArgs<string>(args);
      succeed(callback, options, store.compose.sessionData[name] ?? '');
    },
    getAllAsync: (...args: Args) => {
      const { options, callback } = splitArgs<Record<string, string>>(args);
      succeed(callback, options, copy(store.compose.sessionData));
    },
    setAsync: (name: string, value: unknown, ...args: Args) => {
      const { options, callback } = splitArgs<void>(args);
      if (typeof value !== 'string') return fail(callback, options, 'InvalidParameterValueError', 'value must be a string');
      // Outlook allows 50,000 characters per add-in across all keys.
      const size = Object.entries({ ...store.compose.sessionData, [name]: value }).reduce((n, [k, v]) => n + k.length + v.length, 0);
      if (size > 50000) return fail(callback, options, 'DataExceedsMaximumSize', 'session data is full');
      store.setSession(name, value);
      succeed(callback, options, undefined);
    },
    removeAsync: (name: string, ...args: Args) => {
      const { options, callback } = splitArgs<void>(args);
      store.removeSession(name);
      succeed(callback, options, undefined);
    },
    clearAsync: (...args: Args) => {
      const { options, callback } = splitArgs<void>(args);
      store.clearSession();
      succeed(callback, options, undefined);
    },
  };
}

export function notificationApi(store: MailboxStore) {
  const write = (key: string, details: unknown, args: Args, mustExist: boolean | undefined) => {
    const { options, callback } = splitArgs<void>(args);
    const d = (details ?? {}) as Record<string, unknown>;
    if (!key || key.length > NOTIFICATION_KEY_MAX) return fail(callback, options, 'InvalidParameterValueError', 'key must be 1–32 characters');
    if (typeof d.message !== 'string' || d.message.length > NOTIFICATION_MAX) return fail(callback, options, 'DataExceedsMaximumSize', 'message must be at most 150 characters');
    if (mustExist === false && key in store.compose.notifications) return fail(callback, options, 'InvalidParameterValueError', 'key already used');
    store.setNotification(key, copy(d));
    succeed(callback, options, undefined);
  };
  return {
    addAsync: (key: string, details: unknown, ...args: Args) => write(key, details, args, false),
    replaceAsync: (key: string, details: unknown, ...args: Args) => write(key, details, args, undefined),
    removeAsync: (key: string, ...args: Args) => {
      const { options, callback } = splitArgs<void>(args);
      if (!store.removeNotification(key)) return fail(callback, options, 'InvalidParameterValueError', 'no notification with that key');
      succeed(callback, options, undefined);
    },
    getAllAsync: (...args: Args) => {
      const { options, callback } = splitArgs<unknown[]>(args);
      succeed(callback, options, Object.entries(store.compose.notifications).map(([key, d]) => ({ key, ...copy(d) })));
    },
  };
}

/** loadCustomPropertiesAsync: a local copy; saveAsync writes all properties at once. */
export function customPropertiesApi(read: () => Record<string, unknown>, save: ((props: Record<string, unknown>) => void) | undefined) {
  return (callback: (r: unknown) => void, userContext?: unknown) => {
    const props: Record<string, unknown> = copy(read());
    const value = {
      get: (name: string) => props[name],
      set: (name: string, v: unknown) => {
        props[name] = copy(v);
      },
      remove: (name: string) => {
        delete props[name];
      },
      getAll: () => copy(props),
      saveAsync: (...args: Args) => {
        const { options, callback: cb } = splitArgs<void>(args);
        if (!save) return fail(cb, options, 'GenericResponseError', 'custom properties cannot be saved here');
        if (JSON.stringify(props).length > 2500) return fail(cb, options, 'DataExceedsMaximumSize', 'custom properties exceed 2,500 characters');
        save(props);
        succeed(cb, options, undefined);
      },
    };
    succeed(callback, { asyncContext: userContext }, value);
  };
}

export function composeItem(store: MailboxStore, subscribe: (type: unknown, handler: unknown, args: Args) => void, unsubscribe: (type: unknown, args: Args) => void): Record<string, unknown> {
  const item: Record<string, unknown> = {
    itemType: 'message',
    to: recipientsApi(store, 'to'),
    cc: recipientsApi(store, 'cc'),
    bcc: recipientsApi(store, 'bcc'),
    from: {
      getAsync: (...args: Args) => {
        const { options, callback } = splitArgs<SimAddress>(args);
        succeed(callback, options, copy(store.compose.from));
      },
    },
    // Mailbox 1.8 (shared folders) / 1.13 (shared mailboxes); fails when the item is not shared,
    // as office-js-docs-pr "Implement shared folders and shared mailbox scenarios" documents.
    getSharedPropertiesAsync: (...args: Args) => {
      const { options, callback } = splitArgs<Record<string, unknown>>(args);
      if (!store.supports('1.8')) return fail(callback, options, 'HostNotAvailable', 'getSharedPropertiesAsync needs Mailbox 1.8');
      if (!store.sharedOwner) return fail(callback, options, 'GenericResponseError', 'The current folder or mailbox isn’t shared.');
      // Read + Write + EditOwn + DeleteOwn: what Full Access on a shared mailbox gives a member.
      succeed(callback, options, { owner: store.sharedOwner, delegatePermissions: 1 | 2 | 4 | 16, targetMailbox: store.sharedOwner, targetRestUrl: 'https://outlook.office.com/api' });
    },
    subject: {
      getAsync: (...args: Args) => {
        const { options, callback } = splitArgs<string>(args);
        succeed(callback, options, store.compose.subject);
      },
      setAsync: (subject: unknown, ...args: Args) => {
        const { options, callback } = splitArgs<void>(args);
        if (typeof subject !== 'string' || subject.length > 255) return fail(callback, options, 'DataExceedsMaximumSize', 'subject must be a string of at most 255 characters');
        store.setSubject(subject);
        succeed(callback, options, undefined);
      },
    },
    body: bodyApi(store),
    sessionData: sessionDataApi(store),
    notificationMessages: notificationApi(store),
    loadCustomPropertiesAsync: customPropertiesApi(
      () => store.compose.customProperties,
      (props) => store.saveCustomProperties(props),
    ),
    getComposeTypeAsync: (...args: Args) => {
      const { options, callback } = splitArgs<{ composeType: string; coercionType: string }>(args);
      succeed(callback, options, { composeType: store.compose.composeType, coercionType: CoercionType.Html });
    },
    getAttachmentsAsync: (...args: Args) => {
      const { options, callback } = splitArgs<unknown[]>(args);
      succeed(
        callback,
        options,
        store.compose.attachments.map((a) => ({ id: a.id, name: a.name, size: a.size, attachmentType: 'file', isInline: a.isInline, contentType: a.contentType })),
      );
    },
    getAttachmentContentAsync: (id: string, ...args: Args) => {
      const { options, callback } = splitArgs<{ format: string; content: string }>(args);
      const a = store.compose.attachments.find((x) => x.id === id);
      if (!a) return fail(callback, options, 'InvalidAttachmentId', 'no attachment with that id');
      succeed(callback, options, { format: 'base64', content: a.content });
    },
    addFileAttachmentFromBase64Async: (base64: string, name: string, ...args: Args) => {
      const { options, callback } = splitArgs<string>(args);
      const size = Math.floor((stripTrailing(base64, '=').length * 3) / 4);
      const id = store.addAttachment({ name, size, contentType: 'application/octet-stream', content: base64, isInline: !!options.isInline });
      succeed(callback, options, id);
    },
    removeAttachmentAsync: (id: string, ...args: Args) => {
      const { options, callback } = splitArgs<void>(args);
      if (!store.removeAttachment(id)) return fail(callback, options, 'InvalidAttachmentId', 'no attachment with that id');
      succeed(callback, options, undefined);
    },
    getInitializationContextAsync: (...args: Args) => {
      const { options, callback } = splitArgs<string | null>(args);
      succeed(callback, options, store.compose.initializationContext);
    },
    saveAsync: (...args: Args) => {
      const { options, callback } = splitArgs<string>(args);
      succeed(callback, options, 'AAMkAGPlaygroundDraft');
    },
    addHandlerAsync: (type: unknown, handler: unknown, ...args: Args) => subscribe(type, handler, args),
    removeHandlerAsync: (type: unknown, ...args: Args) => unsubscribe(type, args),
  };
  if (store.supports('1.15')) {
    item.sendAsync = (...args: Args) => {
      const { options, callback } = splitArgs<void>(args);
      // office.messagecompose, sendAsync: minimum permission "read/write mailbox"; this add-in asks
      // ReadWriteItem (understanding-outlook-add-in-permissions), so Outlook refuses the call. Which
      // error it returns is undocumented; the generic one stands in.
      if (store.permissions !== 'ReadWriteMailbox') return fail(callback, options, 'GenericResponseError', 'sendAsync needs read/write mailbox permission');
      const requester = store.sendRequester;
      if (!requester) return fail(callback, options, 'HostNotAvailable', 'nothing to send through');
      requester().then(
        (r) => (r.sent ? succeed(callback, options, undefined) : fail(callback, options, 'GenericResponseError', r.error ?? 'the message was not sent')),
        () => fail(callback, options, 'GenericResponseError', 'the message was not sent'),
      );
    };
  }
  return item;
}
