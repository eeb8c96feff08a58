// The bounded DEFLATE decoder the ZIP reader uses (src/policy/rules/attachments/inflate.ts), checked
// against fflate (a maintained decoder, kept for the tests) on streams fflate writes at every level,
// and on damaged streams, where it must return undefined or a prefix, never throw.
import fc from 'fast-check';
import { deflateSync, inflateSync } from 'fflate';
import { inflatePrefix } from '../../../src/policy/rules/attachments/inflate';

const text = (s: string) => new TextEncoder().encode(s);
const data = fc.oneof(
  fc.uint8Array({ maxLength: 4000 }),
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'MZ', 'hello ', 'Ware Town Council ', '\u00e9'), maxLength: 6000 }).map(text),
  fc.integer({ min: 0, max: 70000 }).map((n) => new Uint8Array(n).fill(7)),
);
/** Same bytes (jest's toEqual is slow on long typed arrays). */
const same = (a: Uint8Array | undefined, b: Uint8Array) => expect(a !== undefined && Buffer.compare(a, b) === 0).toBe(true);
const level = fc.constantFrom(0, 1, 2, 4, 6, 9) as fc.Arbitrary<0 | 1 | 2 | 4 | 6 | 9>;

describe('inflatePrefix', () => {
  it('reads what fflate wrote, at every level, whole or up to what it was asked for', () => {
    fc.assert(
      fc.property(data, level, fc.integer({ min: 0, max: 80000 }), (d, l, want) => {
        const z = deflateSync(d, { level: l });
        same(inflatePrefix(z, want), inflateSync(z).subarray(0, want));
      }),
      { numRuns: 400, seed: 20261206 },
    );
  });

  it('stops at what it was asked for, in a stream that expands 1000 to 1', () => {
    const bomb = deflateSync(new Uint8Array(4 << 20), { level: 9 });
    expect(bomb.length).toBeLessThan(5000);
    expect(inflatePrefix(bomb, 64)).toEqual(new Uint8Array(64));
  });

  it('reads stored blocks (level 0) and a stream of several blocks', () => {
    const d = text('The meeting is on Tuesday. '.repeat(5000));
    for (const l of [0, 9] as const) same(inflatePrefix(deflateSync(d, { level: l }), d.length), d);
  });

  it.each([
    ['a stream cut short', deflateSync(text('hello hello hello hello')).subarray(0, 4)],
    ['block type 3 (reserved)', new Uint8Array([0b111, 0, 0])],
    ['a distance before the start of the output (fixed codes: length 3, distance 1, nothing out yet)', new Uint8Array([0x03, 0x02, 0x00, 0x00])],
    ['nothing at all', new Uint8Array(0)],
  ])('%s is damaged (undefined)', (_n, z) => {
    expect(inflatePrefix(z, 1000)).toBeUndefined();
  });

  it('never throws on damaged streams, and gives at most what was asked for', () => {
    fc.assert(
      fc.property(data, level, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.constantFrom(64, 100000), (d, l, edits, want) => {
        const z = deflateSync(d, { level: l });
        for (const [p, b] of edits) if (z.length) z[p % z.length] = b;
        const out = inflatePrefix(z, want);
        expect(out === undefined || out.length <= want).toBe(true);
      }),
      { numRuns: 1500, seed: 20261207 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (z) => void inflatePrefix(z, 5000)),
      { numRuns: 1500, seed: 20261208 },
    );
  });
});
