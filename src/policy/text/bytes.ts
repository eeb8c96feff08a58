// Text from bytes for the readers of attachments (ZIP names, attached .eml and .msg messages),
// without relying on TextDecoder, which the classic Outlook JavaScript-only runtime does not promise.

/** Bytes as a string of char codes 0–255, one character per byte (Latin-1; also the MIME reader's working form). */
export function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return s;
}

/** Data out of shape: thrown by the attachment readers and caught inside them, never out of them. */
export function fail(): never {
  throw new RangeError('damaged');
}

/** Little-endian 16- and 32-bit unsigned numbers at `i`, which the caller has checked lie within `b`. */
export const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
export const u32 = (b: Uint8Array, i: number) => u16(b, i) + u16(b, i + 2) * 0x10000;

/** A Latin-1 string (char codes 0–255) back to its bytes. */
export function latin1Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** UTF-16LE code units, two bytes each (an odd last byte is dropped). */
export function utf16le(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i + 1 < b.length; i += 2) s += String.fromCharCode(b[i] | (b[i + 1] << 8));
  return s;
}

/**
 * UTF-8: TextDecoder's reading where there is one (a bad sequence becomes U+FFFD). Elsewhere (the
 * classic Outlook JavaScript-only runtime does not promise TextDecoder) decodeURIComponent's, and
 * undefined for bytes that are not UTF-8, so callers read them as Latin-1: every ASCII character then
 * stays itself (fflate's fallback, used before, let a stray byte swallow the characters after it, so
 * "a\xE9.exe" lost its ".exe").
 */
export function utf8(b: Uint8Array): string | undefined {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder().decode(b);
  try {
    return decodeURIComponent(escape(latin1(b)));
  } catch {
    return undefined;
  }
}

/** A string's UTF-8 bytes as a Latin-1 string; a lone surrogate is written as U+FFFD, as TextEncoder writes it. */
export function utf8Latin1(s: string): string {
  const whole = s.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g, (m: string) => (m.length > 1 ? m : '\ufffd'));
  return unescape(encodeURIComponent(whole));
}
