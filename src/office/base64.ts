// Base64 → bytes without atob or Buffer, neither of which the JavaScript-only runtime promises.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;
LOOKUP['-'.charCodeAt(0)] = 62; // base64url
LOOKUP['_'.charCodeAt(0)] = 63;

/**
 * Decode base64 (standard or URL-safe, whitespace ignored). Returns undefined on a bad character;
 * `lenient` (MIME bodies) skips any character outside the alphabet, "=" included, as mail clients do.
 */
export function decodeBase64(s: string, lenient = false): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((s.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 /* = */ && !lenient) break;
    if (c === 32 || c === 9 || c === 10 || c === 13) continue;
    const v = c < 128 ? LOOKUP[c] : -1;
    if (v < 0) {
      if (lenient) continue;
      return undefined;
    }
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}
