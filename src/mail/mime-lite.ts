// A small MIME reader for attached messages (issue #18, finding 3), where postal-mime cannot go: the
// event bundle (postal-mime adds about 25 KB gzipped; the budget for this change is 10 KB) and the
// classic Outlook JavaScript-only runtime, where Blob and TextDecoder are not promised. It reads what
// the checks need — subject, sender, the text and HTML parts, attachments with their bytes —
// following RFC 5322 (header fields, folding), RFC 2045/2046 (Content-Type parameters, base64,
// quoted-printable, multipart boundaries), RFC 2047 (encoded words) and RFC 2231 (filename*=).
// Everything is a linear scan with caps; nothing here throws on bad input. test/mail/mime-lite.test.ts
// compares it with postal-mime on the same messages.
import { decodeBase64 } from '../office/base64';
import { latin1, latin1Bytes, utf8, utf8Latin1 } from '../policy/text/bytes';
import { htmlToText } from '../policy/text/html';
import type { Address, Attachment, MailDraft } from '../policy/types';
import { composeTypeOf, sameWords } from './mime-extra';

/** Parts read in one message, and how deep multiparts nest, before the rest is left unread. */
export const MIME_LITE_LIMITS = { maxParts: 500, maxDepth: 10 } as const;

type Headers = Record<string, string[]>;

/** An object without a prototype: a header or parameter called "__proto__" or "constructor" is just a name. */
const table = <T>() => Object.create(null) as Record<string, T>;

/** The first value of a header field, if present. */
const first = (h: Headers, key: string): string | undefined => (h[key] || [])[0];

/** Base64 as mail clients read it (white space, "=" padding and stray characters skipped). */
const base64 = (s: string) => decodeBase64(s, true) as Uint8Array;

/** Decode text in a declared charset; UTF-8 and Latin-1 without TextDecoder, others with it where present. */
export function decodeCharset(b: Uint8Array, charset: string): string {
  const cs = charset.trim().toLowerCase();
  if (/^(?:iso-8859-1|latin1|windows-1252|cp1252)$/.test(cs)) return latin1(b);
  if (cs && !/^(?:utf-?8|us-ascii)$/.test(cs) && typeof TextDecoder !== 'undefined') {
    try {
      return new TextDecoder(cs).decode(b);
    } catch {
      // an unknown label: read it as UTF-8 below
    }
  }
  const s = utf8(b);
  return s === undefined ? latin1(b) : s;
}

/**
 * Quoted-printable (RFC 2045 §6.7): "=" and two hex digits is a byte, "=" at a line end a soft line
 * break, any other "=" itself; `underscoreSpace` for RFC 2047 "Q" words, where "_" is a space.
 */
function decodeQuotedPrintable(s: string, underscoreSpace = false): string {
  return s.replace(/=(?:\r?\n|([0-9A-Fa-f]{2}))|_/g, (m: string, hex?: string) => (m === '_' ? (underscoreSpace ? ' ' : m) : hex ? String.fromCharCode(parseInt(hex, 16)) : ''));
}

/** RFC 2047 encoded words in a header value; white space between two encoded words is dropped. */
export function decodeWords(value: string): string {
  let out = '';
  let i = 0;
  let lastWasWord = false;
  while (i < value.length) {
    const start = value.indexOf('=?', i);
    if (start < 0) break;
    const q1 = value.indexOf('?', start + 2);
    const q2 = q1 < 0 ? -1 : value.indexOf('?', q1 + 1);
    const end = q2 < 0 ? -1 : value.indexOf('?=', q2 + 1);
    const enc = q1 < 0 ? '' : value.slice(q1 + 1, q2).toLowerCase();
    if (end < 0 || (enc !== 'b' && enc !== 'q')) {
      out += value.slice(i, start + 2);
      i = start + 2;
      lastWasWord = false;
      continue;
    }
    const between = value.slice(i, start);
    if (!(lastWasWord && between.trim() === '')) out += between;
    const charset = value.slice(start + 2, q1).split('*')[0]; // without an RFC 2231 language suffix
    const text = value.slice(q2 + 1, end);
    out += decodeCharset(enc === 'b' ? base64(text) : latin1Bytes(decodeQuotedPrintable(text, true)), charset);
    i = end + 2;
    lastWasWord = true;
  }
  return out + value.slice(i);
}

function readHeaders(block: string): Headers {
  const out = table<string[]>();
  let current = '';
  // The empty line added at the end flushes the last field.
  for (const raw of (block + '\n').split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (current && (line[0] === ' ' || line[0] === '\t')) current += ' ' + line.trim();
    else {
      const colon = current.indexOf(':');
      const key = current.slice(0, colon).trim().toLowerCase();
      if (colon > 0) (out[key] = out[key] || []).push(current.slice(colon + 1).trim());
      current = line;
    }
  }
  return out;
}

interface Parameterised {
  value: string;
  params: Record<string, string>;
}

/** "text/plain; charset="utf-8"; name*=UTF-8''a%20b.pdf" → value and lower-cased parameters (RFC 2045 §5.1, RFC 2231). */
export function parseParams(header = ''): Parameterised {
  const params = table<string>();
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && quoted) cur += header[++i] || '';
    else if (c === ';' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  const value = (parts.shift() as string).trim().toLowerCase();
  const continued = new Map<string, string[]>();
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    const v = p.slice(eq + 1).trim();
    const star = /^([a-z0-9-]+)\*(\d+)?(\*)?$/.exec(key);
    if (star) {
      // RFC 2231: name*0*=UTF-8''a, name*1*=%20b; an extended value is charset'language'%-encoded.
      const list = continued.get(star[1]) || [];
      continued.set(star[1], list);
      list[Number(star[2] || 0)] = star[3] || !star[2] ? `\u0000${v}` : v;
    } else if (!(key in params)) params[key] = v;
  }
  continued.forEach((list, key) => {
    let charset = 'utf-8';
    let bin = '';
    list.forEach((piece, n) => {
      if (piece[0] !== '\u0000') return void (bin += piece);
      let v = piece.slice(1);
      const a = v.indexOf("'");
      const b = a < 0 ? -1 : v.indexOf("'", a + 1);
      if (n === 0 && b > 0) {
        charset = v.slice(0, a) || charset;
        v = v.slice(b + 1);
      }
      bin += v.replace(/%([0-9A-Fa-f]{2})/g, (_m: string, h: string) => String.fromCharCode(parseInt(h, 16)));
    });
    params[key] = decodeCharset(latin1Bytes(bin), charset);
  });
  return { value, params };
}

/** The parts between the boundary lines of a multipart body (RFC 2046 §5.1.1); the preamble and epilogue are dropped. */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = '--' + boundary;
  const parts: string[] = [];
  let start = -1;
  for (let i = body.indexOf(delimiter); i >= 0; i = body.indexOf(delimiter, i + delimiter.length)) {
    if (i > 0 && body[i - 1] !== '\n') continue; // only at the start of a line
    if (start >= 0) parts.push(body.slice(start, body[i - 2] === '\r' ? i - 2 : i - 1));
    const closing = body.startsWith('--', i + delimiter.length);
    if (closing || parts.length >= MIME_LITE_LIMITS.maxParts) return parts;
    const eol = body.indexOf('\n', i);
    if (eol < 0) return parts;
    start = eol + 1;
  }
  if (start >= 0) parts.push(body.slice(start)); // no closing delimiter: the rest is the last part
  return parts;
}

interface Collected {
  text?: string;
  html?: string;
  plainPart: boolean;
  attachments: Attachment[];
  parts: number;
}

function readEntity(raw: string, depth: number, into: Collected): void {
  if (++into.parts > MIME_LITE_LIMITS.maxParts) return;
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const [at, skip] = crlf >= 0 && (lf < 0 || crlf < lf) ? [crlf, 4] : lf >= 0 ? [lf, 2] : [raw.length, 0];
  const headers = readHeaders(raw.slice(0, at));
  const body = raw.slice(at + skip);
  const type = parseParams(first(headers, 'content-type') || 'text/plain');
  const disposition = parseParams(first(headers, 'content-disposition'));
  const mediaType = type.value || 'text/plain';
  if (mediaType.startsWith('multipart/')) {
    const boundary = type.params['boundary'];
    if (boundary && depth < MIME_LITE_LIMITS.maxDepth) for (const part of splitMultipart(body, boundary)) readEntity(part, depth + 1, into);
    return;
  }
  const encoding = (first(headers, 'content-transfer-encoding') || '').trim().toLowerCase();
  const content = encoding === 'base64' ? base64(body) : latin1Bytes(encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body);
  const filename = disposition.params['filename'];
  const named = filename !== undefined ? filename : type.params['name'];
  const name = named === undefined ? undefined : decodeWords(named);
  if (disposition.value !== 'attachment' && name === undefined && (mediaType === 'text/plain' || mediaType === 'text/html')) {
    const text = decodeCharset(content, type.params['charset'] || 'utf-8');
    if (mediaType === 'text/html') into.html = into.html === undefined ? text : into.html;
    else {
      into.plainPart = true;
      into.text = into.text === undefined ? text : into.text;
    }
    return;
  }
  const rfc822 = mediaType === 'message/rfc822';
  const a: Attachment = {
    name: name !== undefined ? name : rfc822 ? 'attached message.eml' : 'unnamed attachment',
    contentType: mediaType,
    size: content.length,
    content,
    kind: rfc822 ? 'item' : 'file',
  };
  if (disposition.value === 'inline' || headers['content-id']) a.isInline = true;
  into.attachments.push(a);
}

/** "Jo Bloggs <jo@example.org>" or a bare address → Address. */
function firstAddress(value: string | undefined): Address | undefined {
  if (!value) return undefined;
  const decoded = decodeWords(value);
  const lt = decoded.indexOf('<');
  const gt = lt < 0 ? -1 : decoded.indexOf('>', lt);
  if (lt >= 0 && gt > lt) {
    const name = decoded.slice(0, lt).trim().replace(/^"|"$/g, '');
    const address = decoded.slice(lt + 1, gt).trim();
    return name ? { name, address } : { address };
  }
  const bare = decoded.split(',')[0].trim();
  return bare.includes('@') ? { address: bare } : undefined;
}

function addressList(value: string[] = []): Address[] {
  const out: Address[] = [];
  for (const v of value)
    for (const piece of v.split(',')) {
      const a = firstAddress(piece);
      if (a) out.push(a);
    }
  return out;
}

/**
 * Read a message (an .eml file's bytes, or the .eml string Outlook returns for an item attachment)
 * into the draft the checks read. Never throws; what it cannot read is left out.
 */
export function readMessage(input: Uint8Array | string): MailDraft {
  // Characters already decoded (any above U+00FF): back to UTF-8 bytes, read again as UTF-8.
  const raw = typeof input !== 'string' ? latin1(input) : /[^\0-\u00ff]/.test(input) ? utf8Latin1(input) : input;
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const headers = readHeaders(raw.slice(0, headerEnd < 0 ? raw.length : headerEnd));
  const into: Collected = { plainPart: false, attachments: [], parts: 0 };
  readEntity(raw, 0, into);
  const subject = decodeWords(first(headers, 'subject') || '');
  const text = into.text || '';
  const html = into.html;
  let body: MailDraft['body'] = { text };
  if (html !== undefined) {
    const converted = htmlToText(html);
    if (!into.plainPart || !text.trim()) {
      body = { text: converted.text, html };
      if (converted.hidden.length) body.hidden = converted.hidden;
    } else body = sameWords(text, converted.text) ? { text, html } : { text, html, alternative: converted.text };
  }
  const draft: MailDraft = {
    to: addressList(headers['to']),
    cc: addressList(headers['cc']),
    bcc: addressList(headers['bcc']),
    subject,
    body,
    attachments: into.attachments,
    composeType: composeTypeOf(subject, headers),
    headers,
  };
  const from = firstAddress(first(headers, 'from'));
  if (from) draft.from = from;
  return draft;
}
