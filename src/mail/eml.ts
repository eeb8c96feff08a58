// .eml (RFC 5322 / MIME) → MailDraft, for the CLI, tests and the playground. MIME itself is
// postal-mime's job; this module maps its result onto the shared contract and refuses input that
// is not an email with an error that says what is wrong — never what the message says.
// No Node built-ins: this file may be bundled for the JavaScript-only runtime.
import PostalMime from 'postal-mime';
import type { Address as PmAddress, Attachment as PmAttachment, Email } from 'postal-mime';
import { htmlToText } from '../policy/text/html';
import { withAttachedMessages } from './attached';
import { guardLines, MAX_EML_LINES } from './eml-guard';
import { composeTypeOf, declaresUtf7, decodeUtf7, rawBodyText, sameWords } from './mime-extra';
import type { Address, Attachment, MailDraft } from '../policy/types';

export type EmlProblem = 'empty' | 'too-large' | 'too-many-lines' | 'not-an-email' | 'unparseable';

export class EmlError extends Error {
  override readonly name = 'EmlError';
  constructor(
    readonly problem: EmlProblem,
    message: string,
  ) {
    super(message);
  }
}

export function isEmlError(e: unknown): e is EmlError {
  return e instanceof EmlError || (e instanceof Error && e.name === 'EmlError' && typeof (e as EmlError).problem === 'string');
}

/** Larger than any message Exchange Online accepts (150 MB with encoding overhead). */
export const MAX_EML_BYTES = 200 * 1024 * 1024;

export interface ParseEmlOptions {
  /** Refuse input larger than this many bytes (UTF-16 code units for string input). */
  maxBytes?: number;
}

// A header field name: printable ASCII except ':' (RFC 5322 §2.2), then ':'. Mailbox files start "From ".
const FIRST_HEADER = /^(?:[!-9;-~]+[ \t]*:|From [^\r\n]*\r?\n[!-9;-~]+[ \t]*:)/;
const KNOWN_HEADERS = ['from', 'to', 'cc', 'subject', 'date', 'message-id', 'mime-version', 'received', 'content-type'];

function head(input: Uint8Array | string, n: number): string {
  if (typeof input === 'string') return input.slice(0, n);
  // Header bytes are ASCII (8-bit names are malformed anyway); latin1-style decoding is enough to look.
  let s = '';
  const end = Math.min(n, input.length);
  for (let i = 0; i < end; i++) s += String.fromCharCode(input[i]);
  return s;
}

const PLAIN_PART = /content-type:[ \t]*(?:\r?\n[ \t]+)?text\/plain/i;

/** Whether any MIME part declares text/plain (a false "yes" only means postal-mime's text is used). */
function rawText(input: Uint8Array | string): string {
  return typeof input === 'string' ? input : new TextDecoder('latin1').decode(input);
}

function hasPlainPart(raw: string): boolean {
  return PLAIN_PART.test(raw);
}

function mailboxes(list: PmAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    if (a.group) {
      for (const m of a.group) if (m.address) out.push(m.name ? { name: m.name, address: m.address } : { address: m.address });
    } else if (a.address) {
      out.push(a.name ? { name: a.name, address: a.address } : { address: a.address });
    }
  }
  return out;
}

function attachment(a: PmAttachment): Attachment {
  const bytes =
    typeof a.content === 'string'
      ? new TextEncoder().encode(a.content)
      : a.content instanceof Uint8Array
        ? a.content
        : new Uint8Array(a.content);
  const out: Attachment = {
    name: a.filename ?? (a.mimeType === 'message/rfc822' ? 'attached message.eml' : 'unnamed attachment'),
    contentType: a.mimeType,
    size: bytes.byteLength,
    content: bytes,
    isInline: a.disposition === 'inline' || a.related === true,
    kind: a.mimeType === 'message/rfc822' ? 'item' : 'file',
  };
  return out;
}

function headerRecord(email: Email): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const h of email.headers) {
    // Own-property check: a header called "constructor" or "__proto__" must not reach the prototype.
    if (!Object.prototype.hasOwnProperty.call(out, h.key)) {
      Object.defineProperty(out, h.key, { value: [], enumerable: true, writable: true, configurable: true });
    }
    out[h.key].push(h.value);
  }
  return out;
}

/**
 * The sensitivity label: Microsoft Purview's MSIP_Labels header (the enabled label's Name), else
 * X-Sensitivity, else the RFC 2156 Sensitivity header (Personal / Private / Company-Confidential).
 */
export function sensitivityLabelOf(headers: Record<string, string[]>): string | undefined {
  for (const v of headers['msip_labels'] ?? []) {
    const enabled = new Set<string>();
    const names = new Map<string, string>();
    for (const part of v.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      const m = /^MSIP_Label_([0-9a-fA-F-]+)_(Enabled|Name)$/.exec(part.slice(0, eq).trim());
      if (!m) continue;
      m[3] = part.slice(eq + 1).trim();
      if (m[2] === 'Enabled' && /^true$/i.test(m[3])) enabled.add(m[1].toLowerCase());
      if (m[2] === 'Name' && m[3]) names.set(m[1].toLowerCase(), m[3]);
    }
    for (const [id, name] of names) if (enabled.has(id)) return name;
  }
  const x = headers['x-sensitivity']?.[0]?.trim();
  if (x) return x;
  const s = headers['sensitivity']?.[0]?.trim();
  if (s && !/^normal$/i.test(s)) return s;
  return undefined;
}

/** Parse an .eml file. Rejects with EmlError for empty, oversized or non-email input. */
export async function parseEml(input: Uint8Array | string, options: ParseEmlOptions = {}): Promise<MailDraft> {
  const max = options.maxBytes ?? MAX_EML_BYTES;
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size === 0 || (typeof input === 'string' && input.trim() === '')) {
    throw new EmlError('empty', 'The file is empty: an .eml file must hold a message with its headers.');
  }
  if (size > max) {
    throw new EmlError('too-large', `The file is ${Math.ceil(size / 1048576)} MB, over the ${Math.floor(max / 1048576)} MB limit for one message.`);
  }
  const start = head(input, 2048).replace(/^\uFEFF/, '').replace(/^(?:\r?\n)+/, '');
  if (!FIRST_HEADER.test(start)) {
    throw new EmlError('not-an-email', 'This is not an email: an .eml file starts with header lines such as "From:" or "Subject:".');
  }
  const guarded = guardLines(input);
  if (guarded.lines > MAX_EML_LINES) {
    throw new EmlError(
      'too-many-lines',
      `The message has ${guarded.lines.toLocaleString('en-GB')} lines, over the limit of ${MAX_EML_LINES.toLocaleString('en-GB')} for one message (a 25 MB message of ordinary lines has about 340,000).`,
    );
  }
  input = guarded.input;
  let email: Email;
  try {
    email = await PostalMime.parse(input, { attachmentEncoding: 'arraybuffer', rfc822Attachments: true });
  } catch (e) {
    // Only postal-mime's structural limits are repeated; any other message could quote the input.
    const why = e instanceof Error && /^Maximum [\w -]+ exceeded$/.test(e.message) ? e.message : e instanceof Error ? e.name : 'unknown error';
    throw new EmlError('unparseable', `The message could not be read as MIME (${why}).`);
  }
  const headers = headerRecord(email);
  if (!KNOWN_HEADERS.some((k) => headers[k]?.length)) {
    throw new EmlError('not-an-email', 'This is not an email: it has none of the usual headers (From, To, Subject, Date, Message-ID).');
  }
  const subject = email.subject ?? '';
  const raw = rawText(input);
  let text = email.text ?? '';
  let html = email.html;
  if (declaresUtf7(raw)) {
    text = decodeUtf7(text);
    if (html !== undefined) html = decodeUtf7(html);
  }
  // No part found at all (a boundary that matches none of them): read what is there.
  if (!text.trim() && html === undefined && !email.attachments.length) text = rawBodyText(raw);
  // postal-mime renders HTML-only messages to text itself; ours keeps hidden text and quote shapes
  // the rules rely on, so it is used whenever the sender gave no text/plain part.
  let hidden: MailDraft['body']['hidden'];
  let alternative: string | undefined;
  if (html !== undefined && (text.trim() === '' || !hasPlainPart(raw))) {
    const converted = htmlToText(html);
    text = converted.text;
    if (converted.hidden.length) hidden = converted.hidden;
  } else if (html !== undefined) {
    // Both parts: a text/plain part that says something else than the HTML is checked too.
    const other = htmlToText(html).text;
    if (!sameWords(text, other)) alternative = other;
  }
  const from = mailboxes(email.from ? [email.from] : undefined)[0];
  const draft: MailDraft = {
    to: mailboxes(email.to),
    cc: mailboxes(email.cc),
    bcc: mailboxes(email.bcc),
    subject,
    body: html !== undefined ? { text, html, ...(hidden ? { hidden } : {}), ...(alternative !== undefined ? { alternative } : {}) } : { text },
    attachments: withAttachedMessages(email.attachments.map(attachment)),
    composeType: composeTypeOf(subject, headers),
    headers,
  };
  if (from) draft.from = from;
  const label = sensitivityLabelOf(headers);
  if (label) draft.sensitivityLabel = label;
  return draft;
}
