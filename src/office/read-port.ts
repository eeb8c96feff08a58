// ReadPort over the real Office.js read item: the received message with its internet headers,
// for the sender checks (Authentication-Results, look-alike domains, impersonation).
import type { Attachment, MailDraft } from '../policy/types';
import { officeCall, DEFAULT_TIMEOUT_MS } from './async';
import { defaultHtmlToText, toAddress, type ReadOptions } from './draft';
import { parseHeaderBlock } from './headers';
import type { ReadPort, Unsubscribe } from './port';

export class OfficeReadPort implements ReadPort {
  constructor(private readonly o: ReadOptions = {}) {}

  private get item(): Office.MessageRead {
    // Read from Office every time: with a pinned pane the item changes under us.
    return Office.context.mailbox.item as Office.MessageRead;
  }

  async readMessage(): Promise<MailDraft> {
    const item = this.item;
    const t = this.o.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const [html, headerBlock] = await Promise.all([
      officeCall<string>('body.getAsync(html)', (cb) => item.body.getAsync(Office.CoercionType.Html, cb), t),
      typeof item.getAllInternetHeadersAsync === 'function'
        ? officeCall<string>('getAllInternetHeadersAsync', (cb) => item.getAllInternetHeadersAsync(cb), t).catch(() => undefined) // headers are optional evidence
        : Promise.resolve(undefined),
    ]);
    const text = (this.o.htmlToText ?? defaultHtmlToText)(html ?? '');
    const list = (xs: Office.EmailAddressDetails[] | undefined) => (xs ?? []).map(toAddress).filter((a): a is NonNullable<typeof a> => !!a);
    const draft: MailDraft = {
      to: list(item.to),
      cc: list(item.cc),
      bcc: [],
      subject: item.subject ?? '',
      body: { text: text ?? '', html },
      attachments: (item.attachments ?? []).map(
        (a): Attachment => ({
          id: a.id,
          name: a.name ?? '',
          size: a.size ?? 0,
          ...(a.contentType ? { contentType: a.contentType } : {}),
          ...(a.isInline ? { isInline: true } : {}),
          kind: String(a.attachmentType).toLowerCase() === 'item' ? 'item' : String(a.attachmentType).toLowerCase() === 'cloud' ? 'cloud' : 'file',
        }),
      ),
      composeType: 'new',
    };
    const from = toAddress(item.from);
    if (from) draft.from = from;
    if (headerBlock) draft.headers = parseHeaderBlock(headerBlock);
    return draft;
  }

  onItemChanged(cb: () => void): Unsubscribe {
    const handler = () => cb();
    let active = true;
    officeCall<void>('mailbox.addHandlerAsync(ItemChanged)', (done) => Office.context.mailbox.addHandlerAsync(Office.EventType.ItemChanged, handler, done)).catch(() => {
      active = false; // not pinnable on this client: the pane reloads per item instead
    });
    return () => {
      if (!active) return;
      active = false;
      officeCall<void>('mailbox.removeHandlerAsync(ItemChanged)', (done) => Office.context.mailbox.removeHandlerAsync(Office.EventType.ItemChanged, done)).catch(() => undefined);
    };
  }

  userAddress(): string {
    return Office.context.mailbox.userProfile?.emailAddress ?? '';
  }
}
