// Office.context.mailbox.item in read mode (Office.MessageRead): plain properties, body.getAsync and
// getAllInternetHeadersAsync (Mailbox 1.8) for the sender checks.
import { htmlToText } from '../../policy/text/html';
import { copy, fail, splitArgs, succeed } from './async-result';
import { CoercionType } from './enums';
import { customPropertiesApi } from './compose-item';
import type { ReceivedMessage } from './store';

type Args = unknown[];

export function readItem(m: ReceivedMessage, subscribe: (type: unknown, handler: unknown, args: Args) => void, unsubscribe: (type: unknown, args: Args) => void): Record<string, unknown> {
  return {
    itemType: 'message',
    itemId: m.id,
    internetMessageId: `<${m.id}@playground.invalid>`,
    subject: m.subject,
    normalizedSubject: m.subject.replace(/^((re|fw|fwd):\s*)+/i, ''),
    from: copy(m.from),
    sender: copy(m.from),
    to: copy(m.to),
    cc: copy(m.cc),
    dateTimeCreated: new Date(m.received),
    dateTimeModified: new Date(m.received),
    attachments: m.attachments.map((a) => ({ ...copy(a), attachmentType: 'file', isInline: false })),
    body: {
      getAsync: (coercionType: unknown, ...args: Args) => {
        const { options, callback } = splitArgs<string>(args);
        if (coercionType !== CoercionType.Html && coercionType !== CoercionType.Text) {
          return fail(callback, options, 'InvalidParameterValueError', 'unsupported coercion type');
        }
        succeed(callback, options, coercionType === CoercionType.Html ? m.bodyHtml : htmlToText(m.bodyHtml).text);
      },
    },
    getAllInternetHeadersAsync: (...args: Args) => {
      const { options, callback } = splitArgs<string>(args);
      succeed(callback, options, m.headers);
    },
    // Read items keep their own properties; the playground does not persist them.
    loadCustomPropertiesAsync: customPropertiesApi(() => ({}), undefined),
    addHandlerAsync: (type: unknown, handler: unknown, ...args: Args) => subscribe(type, handler, args),
    removeHandlerAsync: (type: unknown, ...args: Args) => unsubscribe(type, args),
  };
}
