// .eml → MailDraft: mapping, compose type, sensitivity labels, and the errors for bad input.
import fs from 'fs';
import path from 'path';
import { EmlError, parseEml, sensitivityLabelOf } from '../../src/mail/eml';

const FIXTURES = path.resolve(__dirname, '../fixtures/eml');
const SAMPLES = path.resolve(__dirname, '../../samples');
const bytes = (file: string) => new Uint8Array(fs.readFileSync(file));

const eml = (headers: string, body = 'Hello.') => `${headers}\r\nMIME-Version: 1.0\r\n\r\n${body}`;

async function problemOf(input: Uint8Array | string, maxBytes?: number): Promise<string> {
  try {
    await parseEml(input, maxBytes === undefined ? {} : { maxBytes });
  } catch (e) {
    expect(e).toBeInstanceOf(EmlError);
    return (e as EmlError).problem;
  }
  return 'parsed';
}

describe('parseEml maps headers onto the draft', () => {
  it('display names, groups flattened, cc and bcc', async () => {
    const d = await parseEml(
      eml(
        'From: "Cllr Ada Lovelace" <cllr.ada.lovelace@waretowncouncil.gov.uk>\r\n' +
          'To: Residents: a@example.com, "Bea B" <b@example.com>;, c@example.com\r\n' +
          'Cc: "Clerk" <clerk@waretowncouncil.gov.uk>\r\nBcc: hidden@example.com\r\nSubject: Hello',
      ),
    );
    expect(d.from).toEqual({ name: 'Cllr Ada Lovelace', address: 'cllr.ada.lovelace@waretowncouncil.gov.uk' });
    expect(d.to).toEqual([{ address: 'a@example.com' }, { name: 'Bea B', address: 'b@example.com' }, { address: 'c@example.com' }]);
    expect(d.cc).toEqual([{ name: 'Clerk', address: 'clerk@waretowncouncil.gov.uk' }]);
    expect(d.bcc).toEqual([{ address: 'hidden@example.com' }]);
    expect(d.subject).toBe('Hello');
  });

  it('keeps every header, lower-cased, repeated ones topmost first', async () => {
    const d = await parseEml(eml('Received: from top\r\nReceived: from bottom\r\nX-Custom-Thing: 1\r\nFrom: a@example.com\r\nSubject: s'));
    expect(d.headers?.received).toEqual(['from top', 'from bottom']);
    expect(d.headers?.['x-custom-thing']).toEqual(['1']);
  });

  it('a header named like an Object property does not reach the prototype', async () => {
    const d = await parseEml(eml('From: a@example.com\r\nConstructor: x\r\n__proto__: y\r\nSubject: s'));
    expect(d.headers?.['constructor']).toEqual(['x']);
    expect(Object.getPrototypeOf(d.headers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).y).toBeUndefined();
  });

  it.each([
    ['plain subject', 'Subject: Agenda', 'new'],
    ['Re: in the subject alone is not a reply (issue #18: no In-Reply-To or References)', 'Subject: Re: Agenda', 'new'],
    ['Re: with In-Reply-To', 'Subject: Re: Agenda\r\nIn-Reply-To: <a@b>', 'reply'],
    ['RE: FW: is a reply (the first prefix wins)', 'Subject: RE: FW: Agenda\r\nIn-Reply-To: <a@b>', 'reply'],
    ['Fwd: subject', 'Subject: Fwd: Agenda', 'forward'],
    ['FW: with References is still a forward', 'Subject: FW: Agenda\r\nReferences: <a@b>', 'forward'],
    ['German AW: with References', 'Subject: AW: Agenda\r\nReferences: <a@b>', 'reply'],
    ['In-Reply-To without Re:', 'Subject: Agenda\r\nIn-Reply-To: <a@b>', 'reply'],
    ['References without Re:', 'Subject: Agenda\r\nReferences: <a@b>', 'reply'],
    ['"Reply" as a word is not a prefix', 'Subject: Reply slips for the fete', 'new'],
  ])('compose type: %s', async (_name, headers, expected) => {
    const d = await parseEml(eml(`From: a@example.com\r\n${headers}`));
    expect(d.composeType).toBe(expected);
  });
});

describe('sensitivity labels', () => {
  const GUID = '3a5c7f1e-0000-4000-8000-1234567890ab';
  it.each([
    ['MSIP label, enabled', { msip_labels: [`MSIP_Label_${GUID}_Enabled=true; MSIP_Label_${GUID}_Name=Confidential; MSIP_Label_${GUID}_Method=Standard`] }, 'Confidential'],
    ['MSIP label, not enabled', { msip_labels: [`MSIP_Label_${GUID}_Enabled=false; MSIP_Label_${GUID}_Name=Confidential`] }, undefined],
    ['X-Sensitivity', { 'x-sensitivity': ['Official-Sensitive'] }, 'Official-Sensitive'],
    ['RFC 2156 Sensitivity', { sensitivity: ['Company-Confidential'] }, 'Company-Confidential'],
    ['Sensitivity: Normal is no label', { sensitivity: ['Normal'] }, undefined],
    ['MSIP wins over Sensitivity', { sensitivity: ['Private'], msip_labels: [`MSIP_Label_${GUID}_Enabled=True;MSIP_Label_${GUID}_Name=Internal`] }, 'Internal'],
    ['no headers', {}, undefined],
  ])('%s', (_name, headers, expected) => {
    expect(sensitivityLabelOf(headers)).toBe(expected);
  });

  it('reaches the draft from the message headers', async () => {
    const d = await parseEml(eml('From: a@example.com\r\nSubject: s\r\nSensitivity: Private'));
    expect(d.sensitivityLabel).toBe('Private');
  });
});

describe('bodies and attachments', () => {
  it('multipart/alternative keeps the sender\'s own text part and the HTML', async () => {
    const d = await parseEml(bytes(path.join(SAMPLES, 'allotments-officer-to-resident.eml')));
    expect(d.body.text).toMatch(/^Dear Mrs Holloway,\n\nThank you/);
    expect(d.body.text).toContain('£42');
    expect(d.body.html).toContain('<p>Dear Mrs Holloway,</p>');
  });

  it('HTML-only message: text comes from htmlToText (hidden text kept, blockquote as "> ")', async () => {
    const html = '<p>Agreed.</p><span style="display:none">secret words</span><blockquote>You are wrong.</blockquote>';
    const d = await parseEml(eml('From: a@example.com\r\nSubject: s\r\nContent-Type: text/html; charset=utf-8', html));
    expect(d.body.text).toBe('Agreed.\n\nsecret words\n\n> You are wrong.');
    expect(d.body.html).toContain('<blockquote>');
  });

  it('attachment: name, type, size, bytes, not inline, a double extension kept as written', async () => {
    const d = await parseEml(bytes(path.join(SAMPLES, 'exe-double-extension.eml')));
    expect(d.attachments).toHaveLength(1);
    const [a] = d.attachments;
    expect(a.name).toBe('Minutes_March_2026.pdf.exe');
    expect(a.contentType).toBe('application/octet-stream');
    expect(a.isInline).toBe(false);
    expect(a.kind).toBe('file');
    expect(a.content?.slice(0, 2)).toEqual(new Uint8Array([0x4d, 0x5a])); // "MZ": a Windows program
    expect(a.size).toBe(a.content?.byteLength);
  });

  it('inline image referenced by Content-ID is marked inline', async () => {
    const body = [
      '--b',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Logo <img src="cid:logo@x"></p>',
      '--b',
      'Content-Type: image/png',
      'Content-ID: <logo@x>',
      'Content-Disposition: inline; filename="logo.png"',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--b--',
      '',
    ].join('\r\n');
    const d = await parseEml(eml('From: a@example.com\r\nSubject: s\r\nContent-Type: multipart/related; boundary="b"', body));
    expect(d.attachments.map((a) => [a.name, a.isInline, a.size])).toEqual([['logo.png', true, 8]]);
  });

  it('an attached email is an item attachment', async () => {
    const body = ['--b', 'Content-Type: text/plain', '', 'See below.', '--b', 'Content-Type: message/rfc822', 'Content-Disposition: attachment', '', 'From: x@example.com', 'Subject: inner', '', 'Inner body.', '--b--', ''].join('\r\n');
    const d = await parseEml(eml('From: a@example.com\r\nSubject: Fwd: s\r\nContent-Type: multipart/mixed; boundary="b"', body));
    expect(d.attachments.map((a) => [a.kind, a.contentType])).toEqual([['item', 'message/rfc822']]);
    expect(d.composeType).toBe('forward');
  });
});

describe('odd input that must still parse', () => {
  it('unicode.eml: RTL, emoji, zero-width, CRLF/LF mix, raw 8-bit and encoded-word headers', async () => {
    const d = await parseEml(bytes(path.join(FIXTURES, 'unicode.eml')));
    expect(d.from).toEqual({ name: 'Renée Förster', address: 'renee.forster@example.org' });
    expect(d.to.map((a) => a.name)).toEqual(['سارة', 'Cllr Émile']);
    expect(d.subject).toBe('Café 🌳 trees — raw 8-bit');
    expect(d.body.text).toContain('مرحبا بكم');
    expect(d.body.text).toContain('Zero\u200bwidth');
    expect(d.body.text).toContain('\u202eoverride\u202c');
    expect(d.body.text).not.toContain('\r');
  });

  it('malformed.eml: bad charset, unclosed multipart, junk base64, broken encoded word', async () => {
    const d = await parseEml(bytes(path.join(FIXTURES, 'malformed.eml')));
    expect(d.body.text).toContain('Body text that survives a bad charset.');
    expect(d.attachments.map((a) => a.name)).toEqual(['report.pdf']);
    expect(d.to).toEqual([{ address: 'clerk@waretowncouncil.gov.uk' }]);
  });

  it('a byte-order mark and leading blank lines before the headers', async () => {
    const d = await parseEml('\uFEFF\r\nFrom: a@example.com\r\nSubject: BOM\r\n\r\nHi');
    expect(d.subject).toBe('BOM');
  });

  it('an mbox "From " line before the headers', async () => {
    const d = await parseEml('From a@example.com Mon Nov 16 08:30:45 2026\nFrom: a@example.com\nSubject: mbox\n\nHi');
    expect(d.subject).toBe('mbox');
  });
});

describe('bad input gives a clear EmlError', () => {
  it.each([
    ['empty.eml (0 bytes)', () => bytes(path.join(FIXTURES, 'empty.eml')), 'empty'],
    ['whitespace only', () => '  \r\n\r\n ', 'empty'],
    ['plain prose', () => 'Dear Clerk, the bins have not been emptied.', 'not-an-email'],
    ['a PDF', () => new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'not-an-email'],
    ['a ZIP (binary)', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'not-an-email'],
    ['headers of nothing an email has', () => 'Foo: bar\r\nBaz: qux\r\n\r\nbody', 'not-an-email'],
  ])('%s', async (_name, input, expected) => {
    expect(await problemOf(input())).toBe(expected);
  });

  it('over the size limit', async () => {
    expect(await problemOf(eml('From: a@example.com\r\nSubject: s', 'x'.repeat(2000)), 1000)).toBe('too-large');
  });

  it('error messages never contain the input', async () => {
    const secret = 'Dear Clerk, my NI number is JH482193C';
    try {
      await parseEml(secret);
      throw new Error('expected a rejection');
    } catch (e) {
      expect(e).toBeInstanceOf(EmlError);
      expect((e as Error).message).not.toContain('JH482193C');
      expect((e as Error).message).not.toContain('Dear Clerk');
    }
  });
});

// The 20 MB bodies are parsed in the hardening lane (test/hardening/large-input.test.ts): they take
// most of a minute on a busy machine, too long for the unit lane.
