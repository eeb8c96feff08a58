// What postal-mime leaves unread but a recipient's mail client may still show (issue #18, finding 4):
// a UTF-7 body (RFC 2152; WHATWG decoders do not support it, older clients still render it), and a
// body whose MIME boundary matches none of its parts (postal-mime then finds no text at all).

import type { ComposeType } from '../policy/types';

const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|vl|rv)\s*(?:\[\d+\]\s*)?:/i;

/**
 * A reply is what carries In-Reply-To or References (RFC 5322 §3.6.4); "RE:" in the subject alone
 * costs nothing to type and, since only replies and forwards have quoted text, must not make the
 * body's "> " lines or a pasted header block count as quoted (issue #18, finding 2).
 */
export function composeTypeOf(subject: string, headers: Record<string, string[]>): ComposeType {
  if (FORWARD_SUBJECT.test(subject)) return 'forward';
  if (headers['in-reply-to']?.length || headers['references']?.length) return 'reply';
  return 'new';
}

const UTF7_CHARSET = /charset\s*=\s*"?(?:x-)?utf-?7\b/i;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Whether any part of the raw message declares charset=utf-7. */
export function declaresUtf7(raw: string): boolean {
  return UTF7_CHARSET.test(raw);
}

/** Decode RFC 2152 UTF-7: "+" base64 of UTF-16BE, ended by "-" or any non-base64 character; "+-" is "+". */
export function decodeUtf7(s: string): string {
  return s.replace(/\+([A-Za-z0-9+/]*)-?/g, (m: string, b64: string) => {
    if (!b64) return m === '+-' ? '+' : m;
    let bits = 0;
    let acc = 0;
    const units: number[] = [];
    for (const c of b64) {
      acc = (acc << 6) | B64.indexOf(c);
      bits += 6;
      if (bits >= 16) {
        bits -= 16;
        units.push((acc >> bits) & 0xffff);
        acc &= (1 << bits) - 1;
      }
    }
    let out = '';
    for (let i = 0; i < units.length; i += 4096) out += String.fromCharCode(...units.slice(i, i + 4096));
    return out;
  });
}

/**
 * The raw body after the top-level headers, without MIME boundary and part-header lines: what is
 * left to read when the declared boundary matches none of the parts.
 */
export function rawBodyText(raw: string): string {
  const m = /\r?\n\r?\n/.exec(raw);
  if (!m) return '';
  return raw
    .slice(m.index + m[0].length)
    .split(/\r?\n/)
    .filter((l) => !/^--\S/.test(l) && !/^content-[\w-]+\s*:/i.test(l))
    .join('\n');
}

/** Whether two renderings of a message say the same words (case, spacing and punctuation aside). */
export function sameWords(a: string, b: string): boolean {
  const w = (s: string) => s.toLowerCase().replace(/[^a-z0-9\u00c0-\uffff]+/g, ' ').trim();
  return w(a) === w(b);
}
