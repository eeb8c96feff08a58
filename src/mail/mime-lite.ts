// A small MIME reader for attached messages (issue #18, finding 3), where postal-mime cannot go: the
// event bundle (postal-mime adds about 25 KB gzipped; the budget for this change is 10 KB) and the
// classic Outlook JavaScript-only runtime, where Blob and TextDecoder are not promised. It reads what
// the checks need — subject, sender, the text and HTML parts, attachments with their bytes —
// following RFC 5322 (header fields, folding), RFC 2045/2046 (Content-Type parameters, base64,
// quoted-printable, multipart boundaries), RFC 2047 (encoded words) and RFC 2231 (filename*=).
// Everything is a linear scan with caps; nothing here throws on bad input. test/mail/mime-lite.test.ts
// compares it with postal-mime on the same messages.
import { strFromU8, strToU8 } from 'fflate';
import { htmlToText } from '../policy/text/html';
import type { Address, Attachment, MailDraft } from '../policy/types';
import { composeTypeOf, sameWords } from './mime-extra';

/** Parts read in one message, and how deep multiparts nest, before the rest is left unread. */
export const MIME_LITE_LIMITS = { maxParts: 500, maxDepth: 10 } as const;

type Headers = Record<string, string[]>;

/** Bytes as a string of char codes 0–255 (one character per byte), the form the scanner works on. */
function binary(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 8192)));
  return s;
}

function bytesOf(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

/** Decode text in a declared charset; UTF-8 and Latin-1 without TextDecoder, others with it where present. */
export function decodeCharset(b: Uint8Array, charset: string): string {
  const cs = charset.trim().toLowerCase();
  if (cs === 'iso-8859-1' || cs === 'latin1' || cs === 'windows-1252' || cs === 'cp1252') return binary(b);
  if (cs && cs !== 'utf-8' && cs !== 'utf8' && cs !== 'us-ascii' && typeof TextDecoder !== 'undefined') {
    try {
      return new TextDecoder(cs).decode(b);
    } catch {
      // an unknown label: read it as UTF-8 below
    }
  }
  try {
    return strFromU8(b);
  } catch {
    return binary(b);
  }
}

function decodeBase64Binary(s: string): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  const chunk: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = c >= 65 && c <= 90 ? c - 65 : c >= 97 && c <= 122 ? c - 71 : c >= 48 && c <= 57 ? c + 4 : c === 43 || c === 45 ? 62 : c === 47 || c === 95 ? 63 : -1;
    if (v < 0) continue; // white space, "=" padding and stray characters are skipped, as mail clients do
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      chunk.push((acc >> bits) & 0xff);
      if (chunk.length === 8192) {
        out += String.fromCharCode.apply(null, chunk);
        chunk.length = 0;
      }
    }
  }
  return out + String.fromCharCode.apply(null, chunk);
}

const HEX = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

/** Quoted-printable (RFC 2045 §6.7); `underscoreSpace` for RFC 2047 "Q" words. */
function decodeQuotedPrintable(s: string, underscoreSpace = false): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '_' && underscoreSpace) out += ' ';
    else if (c !== '=') out += c;
    else if (s[i + 1] === '\r' && s[i + 2] === '\n') i += 2; // soft line break
    else if (s[i + 1] === '\n') i += 1;
    else {
      const h = HEX(s.charCodeAt(i + 1));
      const l = HEX(s.charCodeAt(i + 2));
      if (h < 0 || l < 0) out += c;
      else {
        out += String.fromCharCode(h * 16 + l);
        i += 2;
      }
    }
  }
  return out;
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
    const named = value.slice(start + 2, q1);
    const star = named.indexOf('*'); // RFC 2231 language suffix
    const charset = star >= 0 ? named.slice(0, star) : named;
    const text = value.slice(q2 + 1, end);
    out += decodeCharset(bytesOf(enc === 'b' ? decodeBase64Binary(text) : decodeQuotedPrintable(text, true)), charset);
    i = end + 2;
    lastWasWord = true;
  }
  return out + value.slice(i);
}

function readHeaders(block: string): Headers {
  const out: Headers = {};
  const lines = block.split('\n');
  let current = '';
  const flush = () => {
    const colon = current.indexOf(':');
    if (colon > 0) {
      const key = current.slice(0, colon).trim().toLowerCase();
      // Own properties only: a header called "__proto__" or "constructor" must not reach the prototype.
      if (!Object.prototype.hasOwnProperty.call(out, key)) Object.defineProperty(out, key, { value: [], enumerable: true, writable: true, configurable: true });
      out[key].push(current.slice(colon + 1).trim());
    }
    current = '';
  };
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if ((line.startsWith(' ') || line.startsWith('\t')) && current) current += ' ' + line.trim();
    else {
      if (current) flush();
      current = line;
    }
  }
  if (current) flush();
  return out;
}

interface Parameterised {
  value: string;
  params: Record<string, string>;
}

/** "text/plain; charset="utf-8"; name*=UTF-8''a%20b.pdf" → value and lower-cased parameters (RFC 2045 §5.1, RFC 2231). */
export function parseParams(header: string | undefined): Parameterised {
  const params: Record<string, string> = {};
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < (header ?? '').length; i++) {
    const c = header![i];
    if (c === '"') quoted = !quoted;
    else if (c === '\\' && quoted) cur += header![++i] ?? '';
    else if (c === ';' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += c;
  }
  parts.push(cur);
  const value = (parts.shift() ?? '').trim().toLowerCase();
  const continued: Record<string, string[]> = {};
  for (const p of parts) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    const key = p.slice(0, eq).trim().toLowerCase();
    const v = p.slice(eq + 1).trim();
    const star = /^([a-z0-9-]+)\*(\d+)?(\*)?$/.exec(key);
    if (star) {
      // RFC 2231: name*0*=UTF-8''a, name*1*=%20b; an extended value is charset'language'%-encoded.
      const list = (continued[star[1]] ??= []);
      list[Number(star[2] ?? 0)] = star[3] || !star[2] ? `\u0000${v}` : v;
    } else if (!Object.prototype.hasOwnProperty.call(params, key)) Object.defineProperty(params, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  for (const [key, list] of Object.entries(continued)) {
    let charset = 'utf-8';
    let bin = '';
    list.forEach((piece, n) => {
      if (piece === undefined) return;
      if (!piece.startsWith('\u0000')) return void (bin += piece);
      let v = piece.slice(1);
      if (n === 0) {
        const a = v.indexOf("'");
        const b = a < 0 ? -1 : v.indexOf("'", a + 1);
        if (b > 0) {
          charset = v.slice(0, a) || charset;
          v = v.slice(b + 1);
        }
      }
      bin += v.replace(/%([0-9A-Fa-f]{2})/g, (_m: string, h: string) => String.fromCharCode(parseInt(h, 16)));
    });
    Object.defineProperty(params, key, { value: decodeCharset(bytesOf(bin), charset), enumerable: true, writable: true, configurable: true });
  }
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

function nameOf(headers: Headers, type: Parameterised, disposition: Parameterised): string | undefined {
  const n = disposition.params['filename'] ?? type.params['name'];
  return n === undefined ? undefined : decodeWords(n);
}

function readEntity(raw: string, depth: number, into: Collected): void {
  if (++into.parts > MIME_LITE_LIMITS.maxParts) return;
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const split = crlf >= 0 && (lf < 0 || crlf < lf) ? { at: crlf, skip: 4 } : lf >= 0 ? { at: lf, skip: 2 } : { at: raw.length, skip: 0 };
  const headers = readHeaders(raw.slice(0, split.at));
  const body = raw.slice(split.at + split.skip);
  const type = parseParams(headers['content-type']?.[0] ?? 'text/plain');
  const disposition = parseParams(headers['content-disposition']?.[0]);
  const mediaType = type.value || 'text/plain';
  if (mediaType.startsWith('multipart/')) {
    const boundary = type.params['boundary'];
    if (boundary && depth < MIME_LITE_LIMITS.maxDepth) for (const part of splitMultipart(body, boundary)) readEntity(part, depth + 1, into);
    return;
  }
  const encoding = (headers['content-transfer-encoding']?.[0] ?? '').trim().toLowerCase();
  const decoded = encoding === 'base64' ? decodeBase64Binary(body) : encoding === 'quoted-printable' ? decodeQuotedPrintable(body) : body;
  const name = nameOf(headers, type, disposition);
  const isAttachment = disposition.value === 'attachment' || name !== undefined;
  if (!isAttachment && (mediaType === 'text/plain' || mediaType === 'text/html')) {
    const text = decodeCharset(bytesOf(decoded), type.params['charset'] ?? 'utf-8');
    if (mediaType === 'text/plain') {
      into.plainPart = true;
      into.text ??= text;
    } else into.html ??= text;
    return;
  }
  const content = bytesOf(decoded);
  const rfc822 = mediaType === 'message/rfc822';
  const a: Attachment = {
    name: name ?? (rfc822 ? 'attached message.eml' : 'unnamed attachment'),
    contentType: mediaType,
    size: content.length,
    content,
    kind: rfc822 ? 'item' : 'file',
  };
  if (disposition.value === 'inline' || headers['content-id']?.length) a.isInline = true;
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

function addressList(value: string[] | undefined): Address[] {
  const out: Address[] = [];
  for (const v of value ?? []) for (const piece of v.split(',')) {
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
  let raw: string;
  if (typeof input !== 'string') raw = binary(input);
  else {
    let wide = false;
    for (let i = 0; i < input.length && !wide; i++) wide = input.charCodeAt(i) > 0xff;
    raw = wide ? binary(strToU8(input)) : input; // characters already decoded: UTF-8 bytes, read back as UTF-8
  }
  const headerEnd = raw.search(/\r?\n\r?\n/);
  const headers = readHeaders(raw.slice(0, headerEnd < 0 ? raw.length : headerEnd));
  const into: Collected = { plainPart: false, attachments: [], parts: 0 };
  readEntity(raw, 0, into);
  const subject = decodeWords(headers['subject']?.[0] ?? '');
  let text = into.text ?? '';
  let body: MailDraft['body'] = { text };
  if (into.html !== undefined) {
    const converted = htmlToText(into.html);
    if (!into.plainPart || !text.trim()) {
      text = converted.text;
      body = { text, html: into.html, ...(converted.hidden.length ? { hidden: converted.hidden } : {}) };
    } else body = sameWords(text, converted.text) ? { text, html: into.html } : { text, html: into.html, alternative: converted.text };
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
  const from = firstAddress(headers['from']?.[0]);
  if (from) draft.from = from;
  return draft;
}
