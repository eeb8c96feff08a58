// DEFLATE decoding (RFC 1951) for the ZIP reader, bounded: it returns the first `want` bytes of a raw
// stream and stops there, so a zip bomb costs `want`, whatever it would expand to. Codes are decoded
// bit by bit from the count of codes of each length, the method of Mark Adler's puff.c (zlib's
// reference decoder, contrib/puff). Every read is checked against the input; a stream that ends
// early, or a code, length or distance that cannot be, makes it return undefined. It is small on
// purpose (the event bundle's budget); test/policy/rules/attachments-inflate.test.ts compares it
// with fflate on many streams.
import { fail } from '../../text/bytes';

interface Code {
  /** How many codes have each length 0–15. */
  count: number[];
  /** The symbols in code order (by length, then by value). */
  symbol: number[];
}

/** Extra bits and base values of length codes 257–285 and distance codes 0–29 (RFC 1951 §3.2.5). */
const LEN_EXTRA: number[] = [];
const LEN_BASE: number[] = [];
const DIST_EXTRA: number[] = [];
const DIST_BASE: number[] = [];
for (let i = 0, len = 3, dist = 1; i < 30; i++) {
  LEN_EXTRA.push(i < 8 || i > 27 ? 0 : (i >> 2) - 1);
  LEN_BASE.push(i === 28 ? 258 : len);
  len += 1 << LEN_EXTRA[i];
  DIST_EXTRA.push(i < 4 ? 0 : (i >> 1) - 1);
  DIST_BASE.push(dist);
  dist += 1 << DIST_EXTRA[i];
}

/** The order in which code-length code lengths are sent (§3.2.7). */
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

function code(lengths: number[]): Code {
  const count = new Array<number>(16).fill(0);
  for (const l of lengths) count[l]++;
  const offset = [0, 0];
  for (let l = 1; l < 15; l++) offset.push(offset[l] + count[l]);
  const symbol: number[] = [];
  lengths.forEach((l, s) => {
    if (l) symbol[offset[l]++] = s;
  });
  return { count, symbol };
}

/** The fixed codes (§3.2.6): literal/length 0–143 in 8 bits, 144–255 in 9, 256–279 in 7, 280–287 in 8; distances in 5. */
const FIXED_LIT = code(Array.from({ length: 288 }, (_, s) => (s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8)));
const FIXED_DIST = code(new Array<number>(30).fill(5));

/** The first `want` bytes of raw DEFLATE data (fewer if the stream ends first); undefined if it is damaged before then. */
export function inflatePrefix(data: Uint8Array, want: number): Uint8Array | undefined {
  // Each byte in gives at most 1032 out (a 258-byte copy in a 1-bit length code and a 1-bit distance code).
  const out = new Uint8Array(Math.min(want, data.length * 1032));
  let n = 0;
  let at = 0; // next input byte
  let buffer = 0; // bits read but not used, low bit first
  let held = 0;
  const bits = (k: number): number => {
    while (held < k) {
      if (at >= data.length) fail(); // the stream ends early
      buffer |= data[at++] << held;
      held += 8;
    }
    const v = buffer & ((1 << k) - 1);
    buffer >>>= k;
    held -= k;
    return v;
  };
  const decode = (c: Code): number => {
    // Canonical codes of one length are consecutive: compare the code read so far with the first of its length.
    for (let len = 1, value = 0, first = 0, index = 0; len < 16; len++) {
      value |= bits(1);
      const count = c.count[len];
      if (value - first < count) {
        const s = c.symbol[index + value - first];
        if (s === undefined) break; // lengths that give more codes than there are (over-subscribed)
        return s;
      }
      index += count;
      first = (first + count) << 1;
      value <<= 1;
    }
    return fail(); // no symbol has this code
  };
  try {
    for (let last = 0; !last && n < want;) {
      last = bits(1);
      const type = bits(2);
      if (type === 0) {
        // Stored: from the next byte boundary, LEN then NLEN (not compared with LEN, as fflate does not), then LEN bytes.
        held = buffer = 0;
        const len = bits(16);
        bits(16);
        if (at + len > data.length) fail();
        for (let i = 0; i < len && n < want; i++) out[n++] = data[at + i];
        at += len;
        continue;
      }
      let lit = FIXED_LIT;
      let dist = FIXED_DIST;
      if (type === 2) {
        const nlen = bits(5) + 257;
        const ndist = bits(5) + 1;
        const ncode = bits(4) + 4;
        const lengths = new Array<number>(19).fill(0);
        for (let i = 0; i < ncode; i++) lengths[ORDER[i]] = bits(3);
        const lencode = code(lengths);
        const all: number[] = [];
        while (all.length < nlen + ndist) {
          const sym = decode(lencode);
          if (sym < 16) all.push(sym);
          else {
            // 16: the previous length (0 when there is none, as fflate reads it) 3–6 times; 17 and 18: zeros.
            const repeat = sym === 16 ? 3 + bits(2) : sym === 17 ? 3 + bits(3) : 11 + bits(7);
            const value = sym === 16 ? all[all.length - 1] | 0 : 0;
            for (let i = 0; i < repeat; i++) all.push(value);
          }
        }
        lit = code(all.slice(0, nlen));
        dist = code(all.slice(nlen, nlen + ndist));
      } else if (type === 3) fail();
      while (n < want) {
        const sym = decode(lit);
        if (sym === 256) break;
        if (sym < 256) out[n++] = sym;
        else {
          const l = sym - 257;
          if (l > 28) fail();
          let len = LEN_BASE[l] + bits(LEN_EXTRA[l]);
          const d = decode(dist);
          if (d > 29) fail();
          const back = DIST_BASE[d] + bits(DIST_EXTRA[d]);
          if (back > n) fail(); // before the start of the output
          for (; len > 0 && n < want; len--, n++) out[n] = out[n - back];
        }
      }
    }
  } catch {
    return undefined;
  }
  return out.subarray(0, n);
}
