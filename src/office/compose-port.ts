// ComposePort over the real Office.js compose item (src/office/port.ts is the contract). The task
// pane receives this as a prop; the playground's simulated Office satisfies the same calls.
import { sameAddress } from '../policy/context';
import type { OverrideRecord, RetentionDecision } from '../policy/records';
import type { Address, MailDraft, RecipientField, Span } from '../policy/types';
import { mailboxSupports, officeCall } from './async';
import { readOverride, readRetentionChoice, recordOverride, recordRetentionChoice } from './custom-properties';
import { readBody, readBodyType, readDraft, readRecipientField, readSubject, type AttachmentReadOptions } from './draft';
import { htmlToText } from '../policy/text/html';
import { escapeHtml, occurrenceIndex, replaceInHtmlText } from './html-replace';
import { placeDisclaimerInHtml, placeDisclaimerInText } from './disclaimer-place';
import type { ComposePort, Unsubscribe } from './port';

/** A fix that could not be applied, with a reason the task pane can show. */
export class FixError extends Error {
  override readonly name = 'FixError';
  constructor(
    readonly code: 'text-changed' | 'text-not-found' | 'unsupported',
    message: string,
  ) {
    super(message);
  }
}

export interface OfficeComposePortOptions extends AttachmentReadOptions {
  /** Defaults to Office.context.mailbox.item. */
  item?: Office.MessageCompose;
}

const emailDetails = (address: string, name?: string): Office.EmailAddressDetails =>
  ({ emailAddress: address, displayName: name || address }) as Office.EmailAddressDetails;

export class OfficeComposePort implements ComposePort {
  private readonly item: Office.MessageCompose;
  private readonly o: AttachmentReadOptions;

  constructor(options: OfficeComposePortOptions = {}) {
    this.item = options.item ?? (Office.context.mailbox.item as Office.MessageCompose);
    // Attachment contents let the magic-bytes check run in the pane; 5 MB keeps it quick.
    this.o = { maxContentBytes: 5 * 1024 * 1024, ...options };
  }

  readDraft(): Promise<MailDraft> {
    return readDraft(this.item, this.o);
  }
  readBody(): Promise<MailDraft['body']> {
    return readBody(this.item, this.o);
  }
  readSubject(): Promise<string> {
    return readSubject(this.item, this.o);
  }

  onRecipientsChanged(cb: () => void): Unsubscribe {
    return this.subscribe(Office.EventType.RecipientsChanged, cb);
  }
  onAttachmentsChanged(cb: () => void): Unsubscribe {
    return this.subscribe(Office.EventType.AttachmentsChanged, cb);
  }

  private subscribe(type: Office.EventType, cb: () => void): Unsubscribe {
    const handler = () => cb();
    let active = true;
    officeCall<void>(`addHandlerAsync(${type})`, (done) => this.item.addHandlerAsync(type, handler, done)).catch(() => {
      active = false; // older clients lack the event: the pane still polls
    });
    return () => {
      if (!active) return;
      active = false;
      officeCall<void>(`removeHandlerAsync(${type})`, (done) => this.item.removeHandlerAsync(type, done)).catch(() => undefined);
    };
  }

  // --- fixes -------------------------------------------------------------------------------

  /** Adds to Bcc first, then removes from To/Cc, so a failure half-way never loses a recipient. */
  async moveToBcc(addresses: string[]): Promise<void> {
    const [to, cc, bcc] = await Promise.all([readRecipientField(this.item, 'to', this.o), readRecipientField(this.item, 'cc', this.o), readRecipientField(this.item, 'bcc', this.o)]);
    const moving = (a: { address: string }) => addresses.some((m) => sameAddress(m, a.address));
    const toAdd = [...to, ...cc].filter(moving).filter((a, i, all) => !bcc.some((b) => sameAddress(b.address, a.address)) && all.findIndex((x) => sameAddress(x.address, a.address)) === i);
    if (toAdd.length) {
      await officeCall<void>('bcc.addAsync', (cb) => this.item.bcc.addAsync(toAdd.map((a) => emailDetails(a.address, a.name)), cb));
    }
    for (const [field, list] of [['to', to], ['cc', cc]] as const) {
      const keep = list.filter((a) => !moving(a));
      if (keep.length !== list.length) {
        await officeCall<void>(`${field}.setAsync`, (cb) => this.item[field].setAsync(keep.map((a) => emailDetails(a.address, a.name)), cb));
      }
    }
  }

  /** Removes the last entry of `address` in `field` (a duplicate is reported on its later copy). */
  async removeRecipient(field: RecipientField, address: string): Promise<void> {
    const list = await readRecipientField(this.item, field, this.o);
    let at = -1;
    list.forEach((a, i) => {
      if (sameAddress(a.address, address)) at = i;
    });
    if (at === -1) return; // already gone: the fix is idempotent
    const keep = list.filter((_, i) => i !== at);
    await officeCall<void>(`${field}.setAsync`, (cb) => this.item[field].setAsync(keep.map((a) => emailDetails(a.address, a.name)), cb));
  }

  /** Adds recipients to a field (undo of move-to-bcc / remove-recipient), skipping ones already there. */
  async addRecipients(field: RecipientField, recipients: Address[]): Promise<void> {
    const list = await readRecipientField(this.item, field, this.o);
    const add = recipients.filter((r, i) => !list.some((a) => sameAddress(a.address, r.address)) && recipients.findIndex((x) => sameAddress(x.address, r.address)) === i);
    if (!add.length) return;
    await officeCall<void>(`${field}.addAsync`, (cb) => this.item[field].addAsync(add.map((a) => emailDetails(a.address, a.name)), cb));
  }

  /**
   * Puts the disclaimer after the greeting's paragraph ("Dear all,"), or at the top when there is
   * no greeting (src/office/disclaimer-place.ts says why). With a greeting the body is rewritten
   * with body.setAsync, as replaceText does; without one, body.prependAsync leaves the rest (quoted
   * thread, signature, inline images) untouched. Either way the user sees it at once and can edit it
   * (appendOnSendAsync would add it only at send, invisibly, so the finding would stay).
   */
  async insertDisclaimer(text: string): Promise<void> {
    const type = await readBodyType(this.item, this.o);
    const html = type === 'html';
    const coercionType = html ? Office.CoercionType.Html : Office.CoercionType.Text;
    const current = html ? (await readBody(this.item, this.o)).html ?? '' : (await readBody(this.item, this.o)).text;
    const placed = html ? placeDisclaimerInHtml(current, text) : placeDisclaimerInText(current, text);
    if (placed !== undefined && placed !== `${text}\n\n${current}`) {
      await officeCall<void>('body.setAsync', (cb) => this.item.body.setAsync(placed, { coercionType }, cb));
      return;
    }
    const data = html ? `<p>${escapeHtml(text)}</p>` : `${text}\n\n`;
    await officeCall<void>('body.prependAsync', (cb) => this.item.body.prependAsync(data, { coercionType }, cb));
  }

  async removeAttachment(id: string): Promise<void> {
    await officeCall<void>('removeAttachmentAsync', (cb) => this.item.removeAttachmentAsync(id, cb));
  }

  async replaceText(span: Span, text: string): Promise<void> {
    if (span.field === 'subject') {
      const subject = await readSubject(this.item, this.o);
      if (span.end > subject.length || span.start > span.end) throw new FixError('text-changed', 'The subject has changed since it was checked. Check again, then try the fix.');
      const next = subject.slice(0, span.start) + text + subject.slice(span.end);
      await officeCall<void>('subject.setAsync', (cb) => this.item.subject.setAsync(next, cb));
      return;
    }
    if (span.field !== 'body') throw new FixError('unsupported', 'Only text in the subject or body can be replaced.');
    const body = await readBody(this.item, this.o);
    if (span.end > body.text.length || span.start > span.end) throw new FixError('text-changed', 'The message has changed since it was checked. Check again, then try the fix.');
    const actual = body.text.slice(span.start, span.end);
    if (body.html === undefined) {
      const next = body.text.slice(0, span.start) + text + body.text.slice(span.end);
      await officeCall<void>('body.setAsync', (cb) => this.item.body.setAsync(next, { coercionType: Office.CoercionType.Text }, cb));
      return;
    }
    const next = this.o.htmlToText ? replaceInHtmlText(body.html, actual, text, occurrenceIndex(body.text, actual, span.start)) : replaceMapped(body.html, span, text);
    if (next === undefined) throw new FixError('text-not-found', 'This text is split by formatting, so it cannot be replaced automatically. Please edit it yourself.');
    await officeCall<void>('body.setAsync', (cb) => this.item.body.setAsync(next, { coercionType: Office.CoercionType.Html }, cb));
  }

  // --- records (this compose session only: src/office/custom-properties.ts says why) -----------

  readOverride(): Promise<OverrideRecord | undefined> {
    return readOverride(this.item, this.o);
  }
  recordOverride(o: OverrideRecord): Promise<void> {
    return recordOverride(this.item, o, this.o);
  }
  readRetention(): Promise<RetentionDecision | undefined> {
    return readRetentionChoice(this.item, this.o);
  }
  recordRetention(d: RetentionDecision): Promise<void> {
    return recordRetentionChoice(this.item, d, this.o);
  }

  userAddress(): string {
    return Office.context.mailbox.userProfile?.emailAddress ?? '';
  }

  supports(version: '1.12' | '1.13' | '1.14' | '1.15'): boolean {
    return mailboxSupports(version);
  }
}

/**
 * Replace the HTML the text span came from (src/policy/text/html.ts keeps the map), only when that
 * HTML is a plain run of text: replacing across tags would break formatting or links.
 */
function replaceMapped(html: string, span: Span, text: string): string | undefined {
  const mapped = htmlToText(html);
  if (mapped.text.slice(span.start, span.end) === '' && span.end > span.start) return undefined;
  const r = mapped.toHtmlRange(span.start, span.end);
  const original = html.slice(r.start, r.end);
  if (original.includes('<') || original.includes('>')) return undefined;
  return html.slice(0, r.start) + escapeHtml(text) + html.slice(r.end);
}
