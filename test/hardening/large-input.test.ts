// The largest bodies the add-in accepts (20 MB), parsed end to end. Moved from test/mail/eml.test.ts
// because they take most of a minute on a busy machine. No time bound: a busy machine would decide
// it. Speed is `npm run bench`'s; growth is test/hardening/linear-cost.test.ts's. A hang still ends
// at the test's timeout.
import { parseEml } from '../../src/mail/eml';

describe('20 MB email bodies', () => {
  it('a 20 MB body parses', async () => {
    const line = 'The quick brown fox jumps over the lazy dog at the Buryfield recreation ground.\r\n';
    const body = line.repeat(Math.ceil((20 * 1024 * 1024) / line.length));
    const input = new TextEncoder().encode(`From: a@example.com\r\nTo: b@example.com\r\nSubject: big\r\n\r\n${body}`);
    const d = await parseEml(input);
    expect(d.body.text.length).toBeGreaterThan(20 * 1000 * 1000);
  }, 120000);

  it('a 20 MB HTML-only body goes through htmlToText', async () => {
    const para = '<p>The quick <b>brown</b> fox &amp; the lazy dog.</p>\r\n';
    const html = para.repeat(Math.ceil((20 * 1024 * 1024) / para.length));
    const input = `From: a@example.com\r\nSubject: big\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${html}`;
    const d = await parseEml(input);
    expect(d.body.text.startsWith('The quick brown fox & the lazy dog.\n\nThe quick')).toBe(true);
  }, 120000);
});
