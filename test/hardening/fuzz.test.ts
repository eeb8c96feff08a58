// Property-based and fuzz tests (fast-check, fixed seed): the engine, the .eml parser, the
// HTML-to-text step and the Authentication-Results parser never throw and stay within a time bound
// on random and mutated input, fixtures included. `npm run fuzz` runs the same with far more cases.
import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { check, emptyDraft } from '../../src/policy/engine';
import { parseEml, isEmlError } from '../../src/mail/eml';
import { htmlToText } from '../../src/policy/text/html';
import { parseAuthenticationResults } from '../../src/mail/auth-results';
import { zipSync, strToU8 } from 'fflate';
import { inspectArchive } from '../../src/policy/rules/attachments/archive';
import { readMessage } from '../../src/mail/mime-lite';
import { readMsg } from '../../src/mail/msg-lite';
import { withAttachedMessages } from '../../src/mail/attached';
import type { Address, MailDraft } from '../../src/policy/types';
import { policy, ROOT, SHARED } from '../helpers/draft';
import { msgBytes } from '../helpers/msg';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const opts = { numRuns: RUNS, seed: SEED };
// No time limit per case: how work grows with input size is checked by CPU-time ratios in
// test/hardening/linear-cost.test.ts and timed in `npm run bench`; a case that never finishes still
// fails here, on jest's per-test timeout (a guard against hangs, not a speed target).
const config = policy();

/** Text with the characters that trouble checkers: bidi controls, zero-width, homoglyphs, emoji, surrogates, CR/LF runs. */
const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: fc.constantFrom('a', 'A', ' ', '\n', '\r', '>', '.', '!', '?', '@', ':', '-', '0', '9', '\u202e', '\u200b', '\ufeff', 'а', 'о', '😀', '\ud800', 'ß', 'İ', '\t', '"', '<', '&'), maxLength: 2000 }),
  fc.constantFrom('', ' '.repeat(5000), '!'.repeat(5000), 'A '.repeat(3000), '> '.repeat(3000), 'password: '.repeat(500), '0'.repeat(5000), 'Part II '.repeat(500), 'On Monday someone wrote:\n'.repeat(300)),
);
const address: fc.Arbitrary<Address> = fc.record({
  name: fc.option(nasty, { nil: undefined }),
  address: fc.oneof(fc.emailAddress(), nasty, fc.constantFrom('clerk@waretowncouncil.gov.uk', 'cllr.ada.lovelace@waretowncouncil.gov.uk', 'x@gmail.com')),
});
const draftArb: fc.Arbitrary<MailDraft> = fc.record({
  from: fc.option(address, { nil: undefined }),
  to: fc.array(address, { maxLength: 30 }),
  cc: fc.array(address, { maxLength: 10 }),
  bcc: fc.array(address, { maxLength: 10 }),
  subject: nasty,
  body: fc.record({ text: nasty }),
  attachments: fc.array(
    fc.record({
      name: nasty,
      size: fc.nat(),
      contentType: fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
      content: fc.option(fc.uint8Array({ maxLength: 600 }), { nil: undefined }),
    }),
    { maxLength: 8 },
  ),
  composeType: fc.constantFrom('new' as const, 'reply' as const, 'forward' as const),
  headers: fc.option(fc.dictionary(fc.constantFrom('authentication-results', 'from', 'x-ms-exchange-organization-authas', 'msip_labels'), fc.array(nasty, { maxLength: 3 })), { nil: undefined }),
});

const emlFiles = [
  ...fs.readdirSync(path.join(ROOT, 'samples')).map((f) => path.join(ROOT, 'samples', f)),
  ...fs.readdirSync(path.join(ROOT, 'test/fixtures/eml')).map((f) => path.join(ROOT, 'test/fixtures/eml', f)),
  ...(fs.existsSync(path.join(SHARED, 'eval/auth-results/fixtures'))
    ? fs.readdirSync(path.join(SHARED, 'eval/auth-results/fixtures')).filter((f) => f.endsWith('.eml')).map((f) => path.join(SHARED, 'eval/auth-results/fixtures', f))
    : []),
].filter((f) => f.endsWith('.eml'));
const emlBytes = emlFiles.map((f) => new Uint8Array(fs.readFileSync(f)));

/** A fixture with bytes flipped, cut, duplicated or spliced. */
const mutatedEml = fc
  .tuple(fc.integer({ min: 0, max: Math.max(0, emlBytes.length - 1) }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'cut', 'dup')), { maxLength: 20 }))
  .map(([i, edits]) => {
    let b = Array.from(emlBytes[i] ?? new Uint8Array());
    for (const [pos, byte, op] of edits) {
      if (!b.length) break;
      const p = pos % b.length;
      if (op === 'set') b[p] = byte;
      else if (op === 'cut') b = b.slice(0, p).concat(b.slice(p + (byte % 64)));
      else b = b.slice(0, p).concat(b.slice(p, p + (byte % 256)), b.slice(p));
    }
    return new Uint8Array(b);
  });

describe('fuzz: the policy engine', () => {
  it('returns a verdict for any draft, within the bound, and never throws', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        const r = check(d, config);
        expect(['ok', 'warn', 'block']).toContain(r.verdict);
        for (const f of r.findings) {
          expect(f.ruleId).toBeTruthy();
          // A rule that failed would show up as rule-failed: the rules themselves must cope.
          expect(f.messageId).not.toBe('rule-failed');
          if (f.span && (f.span.field === 'body' || f.span.field === 'subject')) {
            const len = f.span.field === 'body' ? d.body.text.length : d.subject.length;
            expect(f.span.start).toBeGreaterThanOrEqual(0);
            expect(f.span.end).toBeLessThanOrEqual(len);
            expect(f.span.start).toBeLessThanOrEqual(f.span.end);
          }
        }
      }),
      opts,
    );
  });

  it('also runs the read-mode rules on any received message', () => {
    fc.assert(fc.property(draftArb, (d) => expect(['ok', 'warn', 'block']).toContain(check(d, config, { surface: 'read' }).verdict)), opts);
  });
});

describe('fuzz: the .eml parser', () => {
  const settle = async (bytes: Uint8Array) => {
    try {
      const d = await parseEml(bytes);
      expect(typeof d.body.text).toBe('string');
      check(d, config);
    } catch (e) {
      // Only the parser's own, explained errors are allowed out.
      expect(isEmlError(e)).toBe(true);
    }
  };

  it('parses or explains every mutated fixture', async () => {
    expect(emlBytes.length).toBeGreaterThan(5);
    await fc.assert(fc.asyncProperty(mutatedEml, settle), opts);
  });

  it('parses or explains random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), settle), opts);
  });
});

describe('fuzz: HTML to text', () => {
  const html = fc.oneof(
    nasty,
    fc.array(fc.constantFrom('<div>', '</div>', '<p style="display:none">', '<br>', '<blockquote>', '</blockquote>', '&amp;', '&#x202e;', '&#99999999;', '<script>', '</script>', '<!--', '-->', '<a href="javascript:x()">', 'text ', '<span style="color:#fff">', '<', '>', '"', "'", '<b', '<td>', '&'), { maxLength: 800 }).map((a) => a.join('')),
  );
  it('never throws and keeps its offset map inside the HTML', () => {
    fc.assert(
      fc.property(html, (h) => {
        const r = htmlToText(h);
        let last = 0;
        for (let i = 0; i <= r.text.length; i += Math.max(1, Math.floor(r.text.length / 50))) {
          const o = r.toHtmlOffset(i);
          expect(o).toBeGreaterThanOrEqual(last);
          expect(o).toBeLessThanOrEqual(h.length);
          last = o;
        }
        expect(r.text).not.toMatch(/<script/i);
      }),
      opts,
    );
  });
});

describe('fuzz: Authentication-Results', () => {
  const header = fc.oneof(
    nasty,
    fc.array(fc.constantFrom('mx.example.com', ';', ' ', 'spf=pass', 'dkim=fail', 'dmarc=fail', 'arc=pass', '(', ')', '\\', '"', 'header.from=', 'smtp.mailfrom=', 'reason="x"', 'none', '\r\n ', 'compauth=pass', '='), { maxLength: 200 }).map((a) => a.join('')),
  );
  it('never throws on any header value', () => {
    fc.assert(fc.property(header, (h) => expect(parseAuthenticationResults(h)).toBeDefined()), opts);
  });
});

// Issue #18, finding 3: what is inside attachments. Mutated real ZIPs (fflate) and messages never
// make the archive reader or the small MIME reader throw, and the engine stays total on them.
describe('archives and attached messages, mutated', () => {
  const seedZip = zipSync({ 'a/setup.exe': strToU8('MZ' + 'x'.repeat(300)), 'inner.zip': zipSync({ 'b.pdf': strToU8('%PDF-1.7 ' + 'y'.repeat(500)) }), '[Content_Types].xml': strToU8('<Types/>') });
  const seedEml = strToU8(
    'From: a@example.org\r\nSubject: =?utf-8?q?caf=C3=A9?=\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHello=20there\r\n--b\r\nContent-Type: application/zip; name*=UTF-8\'\'a%20b.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n' +
      Buffer.from(seedZip).toString('base64') +
      '\r\n--b--\r\n',
  );
  const mutated = (seed: Uint8Array) =>
    fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.nat({ max: 255 })), { maxLength: 12 }).map((edits) => {
      const b = seed.slice();
      for (const [at, v] of edits) b[at] = v;
      return b;
    });

  it('inspectArchive never throws on mutated ZIPs', () => {
    fc.assert(fc.property(mutated(seedZip), (b) => void inspectArchive(b)), opts);
  });

  it('readMessage never throws on mutated messages, and the engine checks what it reads', () => {
    fc.assert(
      fc.property(mutated(seedEml), (b) => {
        const m = readMessage(b);
        check({ ...m, to: [{ address: 'x@example.org' }], attachments: [{ name: 'fwd.eml', size: b.length, kind: 'item', message: m }] }, config);
      }),
      opts,
    );
  });

  // An Outlook .msg (src/mail/msg-lite.ts): 32-bit values written over the header, the FAT and the
  // directory (where sector numbers, chains and sizes live), bytes flipped anywhere, or the file cut.
  it('readMsg never throws or hangs on mutated or cut .msg files, and the engine checks what it reads', () => {
    const seedMsg = msgBytes({ subject: 'Wifi', body: 'The password is Ware2024!', attachments: [{ name: 'setup.exe', data: strToU8('MZ' + 'x'.repeat(5000)) }, { name: 'Fwd', message: { subject: 'Inner', body: 'Hello' } }] });
    const view = new DataView(seedMsg.buffer, seedMsg.byteOffset);
    const sectorAt = (n: number) => (n + 1) * 512;
    const hot = [0, sectorAt(view.getUint32(76, true)), sectorAt(view.getUint32(48, true)), sectorAt(view.getUint32(48, true)) + 512];
    const words = fc.array(fc.tuple(fc.constantFrom(...hot), fc.nat({ max: 127 }), fc.oneof(fc.nat(), fc.constantFrom(0, 1, 0xfffffffe, 0xffffffff, 0xfffffffa, 0x7fffffff, 4096))), { minLength: 1, maxLength: 6 }).map((edits) => {
      const b = seedMsg.slice();
      const v = new DataView(b.buffer);
      for (const [base, slot, value] of edits) v.setUint32(Math.min(base + 4 * slot, b.length - 4), value >>> 0, true);
      return b;
    });
    const cut = fc.nat({ max: seedMsg.length }).map((n) => seedMsg.slice(0, n));
    fc.assert(
      fc.property(fc.oneof(words, mutated(seedMsg), cut), (b) => {
        const m = readMsg(b);
        const [a] = withAttachedMessages([{ name: 'fwd.msg', size: b.length, content: b }]);
        expect(a.message === undefined).toBe(m === undefined);
        check(emptyDraft({ to: [{ address: 'x@example.org' }], attachments: [a] }), config);
      }),
      opts,
    );
  });
});
