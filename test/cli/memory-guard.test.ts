// Issue #18 finding 5: `council-mail check` on any input up to 25 MB finishes or stops with a clear
// error, in a child process limited to 1 GB of heap. Inputs are generated here (nothing committed):
// the 4 MB and 8 MB blank-line messages that took postal-mime 38–69 s and 3–5 GB, a 120 MB base64
// attachment and 25 MB of short lines here, seeded fuzz in memory-guard-fuzz.test.ts (a file of its
// own, so that jest's two workers share the work). Exit codes only; no time is asserted.
import crypto from 'crypto';
import { guardLines, MAX_EML_LINES } from '../../src/mail/eml-guard';
import { expectHandled, HEAD, TIMEOUT, tempDirAroundTests } from './memory-guard-run';

tempDirAroundTests();

describe('council-mail check under a 1 GB heap', () => {
  test('4 MB of blank lines finishes', async () => {
    const r = await expectHandled('blank4.eml', HEAD + '\r\nHello\r\n' + '\r\n'.repeat(2 * 1024 * 1024) + 'Regards\r\n');
    expect(r.code).toBe(0);
  }, TIMEOUT);

  test('8 MB of blank LF lines finishes', async () => {
    const r = await expectHandled('blank8.eml', HEAD.replace(/\r\n/g, '\n') + '\nHello\n' + '\n'.repeat(8 * 1024 * 1024) + 'Regards\n');
    expect(r.code).toBe(0);
  }, TIMEOUT);

  test('a 120 MB base64 attachment stops with a clear error', async () => {
    const b64 = crypto.randomBytes(90 * 1024 * 1024).toString('base64').replace(/.{76}/g, '$&\r\n');
    const eml = HEAD + 'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHello\r\n--b\r\nContent-Type: application/octet-stream; name="x.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n' + b64 + '\r\n--b--\r\n';
    const r = await expectHandled('b120.eml', eml);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lines, over the limit/);
  }, TIMEOUT);

  test('25 MB of one-character lines stops with a clear error', async () => {
    const r = await expectHandled('short25.eml', HEAD + '\r\n' + 'a\r\n'.repeat(Math.floor((25 * 1024 * 1024) / 3)));
    expect(r.code).toBe(2);
  }, TIMEOUT);
});

describe('guardLines', () => {
  it('leaves ordinary mail untouched', () => {
    const s = 'From: a@b\r\n\r\nHello\r\n\r\n\r\n\r\nBye\r\n';
    expect(guardLines(s)).toEqual({ input: s, lines: 8 });
  });

  it('shortens long runs of empty lines in big messages, CRLF and LF, string and bytes', () => {
    const s = 'From: a@b\r\n\r\nHello\r\n' + '\r\n'.repeat(100000) + 'Bye\n' + '\n'.repeat(100000) + 'End';
    const g = guardLines(s);
    expect(g.input).toBe('From: a@b\r\n\r\nHello\r\n\r\n\r\nBye\n\n\nEnd');
    const b = guardLines(new TextEncoder().encode(s));
    expect(new TextDecoder().decode(b.input as Uint8Array)).toBe(g.input);
    expect(g.lines).toBeLessThan(MAX_EML_LINES);
  });
});
