// Issue #18 finding 5, continued from memory-guard.test.ts (a file of its own so that jest's two workers
// share the work): seeded fuzz, random mixtures of the shapes that cost parsers most, 2–12 MB each, under
// a 1 GB heap. Exit codes only; no time is asserted.
import crypto from 'crypto';
import { expectHandled, HEAD, TIMEOUT, tempDirAroundTests } from './memory-guard-run';

tempDirAroundTests();

describe('council-mail check under a 1 GB heap', () => {
  const seeds = [1, 2, 3, 4];
  test.each(seeds)('fuzz seed %i finishes or stops with a clear error', async (seed) => {
    let x = seed * 2654435761;
    const rnd = (n: number) => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const target = (2 + rnd(11)) * 1024 * 1024;
    const parts: string[] = [HEAD, `Content-Type: multipart/mixed; boundary="f${seed}"\r\n\r\n`];
    let size = 0;
    const pieces = [
      () => '\r\n'.repeat(1 + rnd(200000)),
      () => '\n'.repeat(1 + rnd(200000)),
      () => `--f${seed}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n` + 'word '.repeat(rnd(50000)) + '\r\n',
      () => `--f${seed}\r\nContent-Type: text/html\r\n\r\n` + '<div><b>x</b>'.repeat(rnd(30000)) + '\r\n',
      () => `--f${seed}\r\nContent-Transfer-Encoding: base64\r\nContent-Type: application/pdf\r\n\r\n` + crypto.randomBytes(rnd(2000000)).toString('base64').replace(/.{76}/g, '$&\r\n') + '\r\n',
      () => `--f${seed}\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n` + '=3D=\r\n'.repeat(rnd(100000)),
      () => 'X-Header: ' + 'h'.repeat(rnd(100)) + '\r\n',
      () => '\u0000'.repeat(rnd(100000)),
      () => 'x'.repeat(rnd(3000000)),
      () => `--f${seed}\r\nContent-Type: multipart/alternative; boundary="g${rnd(9)}"\r\n\r\n`,
    ];
    while (size < target) {
      const p = pieces[rnd(pieces.length)]();
      parts.push(p);
      size += p.length;
    }
    parts.push(`--f${seed}--\r\n`);
    await expectHandled(`fuzz${seed}.eml`, parts.join(''));
  }, TIMEOUT);
});
