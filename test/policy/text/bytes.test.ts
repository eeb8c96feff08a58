// Text from bytes for the attachment readers (src/policy/text/bytes.ts), with and without
// TextDecoder: classic Outlook's JavaScript-only runtime does not promise it, Node has it.
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { latin1, latin1Bytes, u16, u32, utf16le, utf8, utf8Latin1 } from '../../../src/policy/text/bytes';
import { blockedInside, inspectArchive } from '../../../src/policy/rules/attachments/archive';

/** Runs `fn` as in a runtime without TextDecoder. */
function withoutTextDecoder<T>(fn: () => T): T {
  const g = globalThis as { TextDecoder?: unknown };
  const saved = g.TextDecoder;
  delete g.TextDecoder;
  try {
    return fn();
  } finally {
    g.TextDecoder = saved;
  }
}

const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'é', '€', '😀', '\u0000', '%', '+', '\ud800', '\udc00'), fc.string({ unit: 'binary', maxLength: 3 })), maxLength: 200 });

describe('bytes', () => {
  it('Latin-1 both ways, byte for byte, past the 8192-byte chunk', () => {
    const all = Uint8Array.from({ length: 20000 }, (_, i) => i % 256);
    const s = latin1(all);
    expect(s).toHaveLength(20000);
    expect(s.charCodeAt(255)).toBe(255);
    expect(latin1Bytes(s)).toEqual(all);
  });

  it('UTF-16LE and little-endian numbers', () => {
    expect(utf16le(new Uint8Array([0x41, 0, 0xac, 0x20, 0x42]))).toBe('A€');
    const b = new Uint8Array([1, 2, 3, 0xff]);
    expect([u16(b, 0), u32(b, 0)]).toEqual([0x0201, 0xff030201]);
  });

  it('UTF-8 as TextDecoder reads it, where there is one', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => expect(utf8(b)).toBe(new TextDecoder().decode(b))),
      { numRuns: 500, seed: 1 },
    );
  });

  it('without TextDecoder: UTF-8 read exactly, bytes that are not UTF-8 left to the caller (undefined)', () => {
    withoutTextDecoder(() => {
      expect(typeof TextDecoder).toBe('undefined');
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (s) => expect(utf8(new TextEncoder().encode(s))).toBe(s)),
        { numRuns: 500, seed: 2 },
      );
      expect(utf8(new Uint8Array([0x63, 0x61, 0x66, 0xc3]))).toBeUndefined(); // cut inside "é"
      expect(utf8(latin1Bytes('a\u00e9.exe'))).toBeUndefined(); // Latin-1 "é" in a name marked UTF-8
    });
  });

  it('without TextDecoder, a ZIP name marked UTF-8 but not UTF-8 keeps its extension', () => {
    const zip = zipSync({ 'ab.exe': new Uint8Array([1]) });
    const cd = zip.findIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2);
    zip[cd + 9] |= 0x08; // general-purpose bit 11: the name is UTF-8
    zip[cd + 46 + 1] = 0xe9; // "ab.exe" → "a\xE9.exe"
    const entry = withoutTextDecoder(() => inspectArchive(zip))!.entries[0];
    expect(entry.name).toBe('a\u00e9.exe');
    expect(blockedInside(entry)).toMatch(/\.exe file/);
  });

  it('a string to UTF-8 as TextEncoder writes it (a lone surrogate as U+FFFD)', () => {
    fc.assert(
      fc.property(anyText, (s) => expect(utf8Latin1(s)).toBe(latin1(new TextEncoder().encode(s)))),
      { numRuns: 1000, seed: 3 },
    );
  });
});
