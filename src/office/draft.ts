// Office.js compose item → MailDraft, one promisified read per field so the event handlers can
// read only what they need (recipients on RecipientsChanged, body and subject on send).
import type { Address, Attachment, ComposeType, MailDraft, RecipientField } from '../policy/types';
import { officeCall, DEFAULT_TIMEOUT_MS } from './async';
import { decodeBase64 } from './base64';
import { htmlToText } from '../policy/text/html';
import { isZip } from '../policy/rules/attachments/archive';
import { messageFormat, withAttachedMessages } from '../mail/attached';
import { readMessage } from '../mail/mime-lite';

export interface ReadOptions {
  timeoutMs?: number;
  /** Turns body HTML into the text the rules read (spans index into it). Defaults to src/policy/text/html.ts. */
  htmlToText?: (html: string) => string;
}

export interface AttachmentReadOptions extends ReadOptions {
  /** Fetch file contents (getAttachmentContentAsync, Mailbox 1.8) for files up to this size. 0 = never. */
  maxContentBytes?: number;
}

/** Office's recipient type values (Office.MailboxEnums.RecipientType). */
const RECIPIENT_TYPES = ['user', 'distributionList', 'externalUser', 'other'] as const;

export function toAddress(d: Office.EmailAddressDetails | undefined): Address | undefined {
  if (!d || !d.emailAddress) return undefined;
  const a: Address = { address: d.emailAddress };
  if (d.displayName && d.displayName !== d.emailAddress) a.name = d.displayName;
  const t = String(d.recipientType ?? '');
  if ((RECIPIENT_TYPES as readonly string[]).includes(t)) a.recipientType = t as Address['recipientType'];
  return a;
}

export function readRecipientField(item: Office.MessageCompose, field: RecipientField, o: ReadOptions = {}): Promise<Address[]> {
  return officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS).then((list) =>
    (list ?? []).map(toAddress).filter((a): a is Address => !!a),
  );
}

export async function readRecipients(item: Office.MessageCompose, o: ReadOptions = {}): Promise<Pick<MailDraft, 'to' | 'cc' | 'bcc'>> {
  const [to, cc, bcc] = await Promise.all([readRecipientField(item, 'to', o), readRecipientField(item, 'cc', o), readRecipientField(item, 'bcc', o)]);
  return { to, cc, bcc };
}

/** A shared mailbox or delegate folder the item is in (getSharedPropertiesAsync). */
export interface SharedMailbox {
  /** The shared mailbox's (or the mailbox owner's) address, e.g. info@council.gov.uk. */
  owner: string;
  /** Office.MailboxEnums.DelegatePermissions bits: Read 1, Write 2, DeleteOwn 4, DeleteAll 8, EditOwn 16, EditAll 32. */
  delegatePermissions: number;
}

/**
 * Where the item lives when it is in a shared mailbox or a delegate's folder:
 * `item.getSharedPropertiesAsync` (Mailbox 1.8 for shared folders, 1.13 for shared mailboxes;
 * office-js-docs-pr "Implement shared folders and shared mailbox scenarios in an Outlook add-in").
 * That page says the call *fails* when the item is not shared, and that in compose mode Outlook on
 * the web and on Windows answer only for drafts saved into the shared folder, so undefined here
 * means "not known to be shared", never an error.
 */
export async function readSharedMailbox(item: Office.MessageCompose | Office.MessageRead, o: ReadOptions = {}): Promise<SharedMailbox | undefined> {
  const get = (item as { getSharedPropertiesAsync?: (cb: (r: Office.AsyncResult<Office.SharedProperties>) => void) => void }).getSharedPropertiesAsync;
  if (typeof get !== 'function') return undefined;
  try {
    const p = await officeCall<Office.SharedProperties>('getSharedPropertiesAsync', (cb) => get.call(item, cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    return p?.owner ? { owner: p.owner, delegatePermissions: Number(p.delegatePermissions) || 0 } : undefined;
  } catch {
    return undefined; // not shared, or a client that does not answer in compose mode
  }
}

/**
 * The sending account: the From field (from.getAsync, Mailbox 1.7) — in a shared mailbox that is
 * the shared address (info@, clerk@), so rules judge the role of the address the mail goes out
 * from. Where From is empty, the shared mailbox the draft sits in; else the signed-in user.
 */
export async function readFrom(item: Office.MessageCompose, o: ReadOptions = {}): Promise<Address | undefined> {
  if (item.from && typeof item.from.getAsync === 'function') {
    const d = await officeCall<Office.EmailAddressDetails>('from.getAsync', (cb) => item.from.getAsync(cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const a = toAddress(d);
    if (a) return a;
    const shared = await readSharedMailbox(item, o);
    if (shared) return { address: shared.owner };
  }
  const profile = typeof Office !== 'undefined' ? Office.context?.mailbox?.userProfile : undefined;
  return profile?.emailAddress ? { address: profile.emailAddress, ...(profile.displayName ? { name: profile.displayName } : {}) } : undefined;
}

/**
 * new / reply / forward (getComposeTypeAsync, Mailbox 1.10); 'new' where unsupported. Only a reply or
 * forward has quoted text (text/quotes.ts), so this decides what the checks treat as quoted.
 * https://learn.microsoft.com/en-us/javascript/api/outlook/office.messagecompose#outlook-office-messagecompose-getcomposetypeasync-member(1)
 * and Office.MailboxEnums.ComposeType: https://learn.microsoft.com/en-us/javascript/api/outlook/office.mailboxenums.composetype
 */
export async function readComposeType(item: Office.MessageCompose, o: ReadOptions = {}): Promise<ComposeType> {
  if (typeof item.getComposeTypeAsync !== 'function') return 'new';
  const v = await officeCall<{ composeType?: string }>('getComposeTypeAsync', (cb) => item.getComposeTypeAsync(cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const t = String(v?.composeType ?? '').toLowerCase();
  return t === 'reply' ? 'reply' : t === 'forward' ? 'forward' : 'new';
}

export function readSubject(item: Office.MessageCompose, o: ReadOptions = {}): Promise<string> {
  return officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS).then((s) => s ?? '');
}

/** 'html' or 'text' (body.getTypeAsync, Mailbox 1.3). */
export function readBodyType(item: Office.MessageCompose, o: ReadOptions = {}): Promise<'html' | 'text'> {
  return officeCall<Office.CoercionType>('body.getTypeAsync', (cb) => item.body.getTypeAsync(cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS).then((t) =>
    String(t).toLowerCase() === 'html' ? 'html' : 'text',
  );
}

function readBodyAs(item: Office.MessageCompose, type: 'html' | 'text', o: ReadOptions): Promise<string> {
  const coercion = type === 'html' ? Office.CoercionType.Html : Office.CoercionType.Text;
  return officeCall<string>(`body.getAsync(${type})`, (cb) => item.body.getAsync(coercion, cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS).then((s) => s ?? '');
}

/**
 * The body as the rules read it: text (spans index into it) and the HTML it came from. The text
 * is derived from the HTML by our own converter rather than Office's Text coercion, so that spans
 * map back to the HTML for highlighting and fixes, and one Office call suffices.
 */
export async function readBody(item: Office.MessageCompose, o: ReadOptions = {}): Promise<MailDraft['body']> {
  const type = await readBodyType(item, o);
  if (type === 'text') return { text: await readBodyAs(item, 'text', o) };
  const html = await readBodyAs(item, 'html', o);
  if (o.htmlToText) return { text: o.htmlToText(html), html };
  // Hidden text goes with it, so the rules read each line as the recipient sees it.
  const converted = htmlToText(html);
  return converted.hidden.length ? { text: converted.text, html, hidden: converted.hidden } : { text: converted.text, html };
}

export function defaultHtmlToText(html: string): string {
  return htmlToText(html).text;
}

function attachmentKind(t: unknown): Attachment['kind'] {
  const s = String(t ?? '').toLowerCase();
  return s === 'item' ? 'item' : s === 'cloud' ? 'cloud' : 'file';
}

/**
 * Files larger than maxContentBytes, up to this size, are still read for their first
 * ATTACHMENT_HEAD_BYTES: the magic numbers that tell an executable from a PDF sit at the start
 * (issue #18, finding 3). getAttachmentContentAsync returns the whole file, so the cap bounds what a
 * compose event holds in memory; 25 MB is our choice (Outlook documents no limit for this call).
 * Over the cap, or when the content cannot be read (cloud files, items, a failed call), an
 * attachment is judged by its name, extension and type alone: no finding is made up for it.
 */
export const ATTACHMENT_HEAD_CAP_BYTES = 25 * 1024 * 1024;
/** How much of a large file is decoded (a multiple of 3, so the base64 prefix is whole quads). */
export const ATTACHMENT_HEAD_BYTES = 64 * 1024 - 1;

/**
 * Attachments (getAttachmentsAsync, Mailbox 1.8), with file contents where asked and supported.
 * An attached email (an item attachment) is read as a message: getAttachmentContentAsync returns it
 * as a string in .eml form (format "eml"; Office.AttachmentContent and
 * Office.MailboxEnums.AttachmentContentFormat, https://learn.microsoft.com/javascript/api/outlook/office.attachmentcontent
 * — the same page says the call throws for an item attached by drag-and-drop in Outlook on the web
 * and new Outlook on Windows, which then gets the could-not-be-read verdict). Attached .eml files
 * are read the same way (src/mail/attached.ts).
 */
export async function readAttachments(item: Office.MessageCompose, o: AttachmentReadOptions = {}): Promise<Attachment[]> {
  if (typeof item.getAttachmentsAsync !== 'function') return [];
  const list = await officeCall<Office.AttachmentDetailsCompose[]>('getAttachmentsAsync', (cb) => item.getAttachmentsAsync(cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const max = o.maxContentBytes ?? 0;
  const read = await Promise.all(
    (list ?? []).map(async (d) => {
      const a: Attachment = { id: d.id, name: d.name ?? '', size: d.size ?? 0, kind: attachmentKind(d.attachmentType) };
      // contentType is not in AttachmentDetailsCompose's type, but some clients supply it.
      const contentType = (d as { contentType?: unknown }).contentType;
      if (typeof contentType === 'string' && contentType) a.contentType = contentType;
      if (d.isInline) a.isInline = true;
      const readable = a.kind === 'file' || a.kind === 'item';
      if (max > 0 && readable && a.size <= Math.max(max, ATTACHMENT_HEAD_CAP_BYTES) && typeof item.getAttachmentContentAsync === 'function') {
        // An archive or a message is read whole (its directory is at the end; its parts anywhere).
        const head = a.size > max && !messageFormat(a) ? ATTACHMENT_HEAD_BYTES : undefined;
        const c = await readAttachmentContent(item, d.id, o, head).catch(() => undefined); // rules must not require content
        if (c?.eml !== undefined) a.message = readMessage(c.eml);
        else if (c?.bytes) a.content = c.bytes;
      }
      return a;
    }),
  );
  return withAttachedMessages(read);
}

async function readAttachmentContent(item: Office.MessageCompose, id: string, o: ReadOptions, headBytes?: number): Promise<{ bytes?: Uint8Array; eml?: string } | undefined> {
  const c = await officeCall<Office.AttachmentContent>('getAttachmentContentAsync', (cb) => item.getAttachmentContentAsync(id, cb), o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (typeof c?.content !== 'string') return undefined;
  const format = String(c.format).toLowerCase();
  if (format === 'eml') return { eml: c.content };
  if (format !== 'base64') return undefined; // a cloud file's URL, a calendar item
  const head = headBytes ? decodeBase64(c.content.slice(0, (headBytes / 3) * 4)) : undefined;
  // A ZIP's names are in its central directory, at the end: an archive is read whole, up to the cap.
  return { bytes: head && !isZip(head) ? head : decodeBase64(c.content) };
}

/** The whole draft. Used by the task pane; the handlers read field by field. */
export async function readDraft(item: Office.MessageCompose, o: AttachmentReadOptions = {}): Promise<MailDraft> {
  const [recipients, from, subject, body, attachments, composeType] = await Promise.all([
    readRecipients(item, o),
    readFrom(item, o),
    readSubject(item, o),
    readBody(item, o),
    readAttachments(item, o),
    readComposeType(item, o),
  ]);
  const draft: MailDraft = { ...recipients, subject, body, attachments, composeType };
  if (from) draft.from = from;
  return draft;
}
