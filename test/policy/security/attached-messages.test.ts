// Issue #18, finding 3: attached emails are checked as messages (one level deep), and archives are
// looked inside — by the engine on drafts, by the CLI on .eml files, and (test/launchevent/
// attachment-content.test.ts) by the event handlers on Outlook's item attachments.
import { zipSync } from 'fflate';
import { parseEml } from '../../../src/mail/eml';
import { readMessage } from '../../../src/mail/mime-lite';
import { withAttachedMessages } from '../../../src/mail/attached';
import { readMsg } from '../../../src/mail/msg-lite';
import * as CFB from 'cfb';
import { check } from '../../../src/policy/engine';
import type { Attachment } from '../../../src/policy/types';
import { draft, policy } from '../../helpers/draft';
import { msgBytes, type MsgSpec } from '../../helpers/msg';
import { OLE_BYTES, PE_BYTES, PDF_BYTES } from '../../helpers/files';
import { run, tempDir, write } from '../../cli/helpers';

const enc = (s: string) => new TextEncoder().encode(s);
const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64').replace(/.{76}/g, '$&\r\n');

/** A message; `parts` are [name, content type, bytes] attachments, base64-encoded. */
function eml(subject: string, text: string, parts: [string, string, Uint8Array | string][] = [], extra: string[] = []): string {
  const head = ['From: Jo Bloggs <jo.bloggs@example.co.uk>', 'To: clerk@waretowncouncil.gov.uk', `Subject: ${subject}`, 'Message-ID: <a@example.invalid>', 'MIME-Version: 1.0', ...extra];
  if (!parts.length) return [...head, 'Content-Type: text/plain; charset=utf-8', '', text].join('\r\n');
  const body = ['--b0', 'Content-Type: text/plain; charset=utf-8', '', text];
  for (const [name, type, bytes] of parts) {
    body.push('--b0', `Content-Type: ${type}`, `Content-Disposition: attachment; filename="${name}"`);
    if (type === 'message/rfc822') body.push('', typeof bytes === 'string' ? bytes : Buffer.from(bytes).toString('latin1'));
    else body.push('Content-Transfer-Encoding: base64', '', b64(bytes));
  }
  return [...head, 'Content-Type: multipart/mixed; boundary="b0"', '', ...body, '--b0--', ''].join('\r\n');
}

const item = (name: string, message: string): Attachment => ({ name, size: message.length, kind: 'item', message: readMessage(message) });
const findings = (attachments: Attachment[]) => check(draft({ body: 'Please see the attached email.', attachments }), policy()).findings;
const on = (fs: ReturnType<typeof findings>, ruleId: string) => fs.filter((f) => f.ruleId === ruleId);

describe('an attached email is checked as a message', () => {
  it('its text: abuse in the attached email is found, on the attachment', () => {
    const fs = findings([item('Fwd complaint.eml', eml('Complaint', 'You are a fucking idiot and everyone knows it.'))]);
    const [f] = on(fs, 'tone/abusive');
    expect(f.span).toEqual({ field: 'attachments', start: 0, end: 1 });
    expect(f.message).toMatch(/^In the attached email “Fwd complaint\.eml”: /);
    expect(f.fixes).toEqual([{ kind: 'remove-attachment', index: 0, id: undefined, name: 'Fwd complaint.eml' }]);
  });

  it('its subject and a password in it leave the council with it', () => {
    const fs = findings([item('access.eml', eml('Wifi', 'The wifi password is Ware2024! for guests.'))]);
    expect(on(fs, 'credentials/secret')).toHaveLength(1);
  });

  it('its attachments: an .exe attached to the attached email blocks, as the .exe itself would', () => {
    const fs = findings([item('invoice.eml', eml('Invoice', 'See attached.', [['setup.exe', 'application/octet-stream', PE_BYTES]]))]);
    expect(on(fs, 'attachments/executable').map((f) => f.level)).toEqual(['block']);
  });

  it('an ordinary attached email has no finding', () => {
    expect(findings([item('minutes.eml', eml('Minutes', 'The minutes of the March meeting are attached.', [['minutes.pdf', 'application/pdf', PDF_BYTES]]))])).toEqual([]);
  });

  it('one level deep: an email attached to the attached email is not opened', () => {
    const innermost = eml('Code', 'The alarm PIN is 4821.');
    const middle = eml('Fwd', 'See below.', [['code.eml', 'message/rfc822', innermost]]);
    const d = readMessage(middle);
    expect(d.attachments[0].kind).toBe('item');
    expect(on(findings([item('fwd.eml', middle)]), 'credentials/secret')).toEqual([]);
  });

  it('an attached .eml file (not an item) is read too', () => {
    const file = { name: 'complaint.eml', size: 100, content: enc(eml('Complaint', 'Tell him to fuck off.')) };
    const [a] = withAttachedMessages([file]);
    expect(a.message?.subject).toBe('Complaint');
    expect(on(findings([a]), 'tone/abusive')).toHaveLength(1);
  });

  it('an OLE file named .msg that is not an Outlook message is not read (the could-not-be-read verdict: judged by name and type only)', () => {
    const [a] = withAttachedMessages([{ name: 'complaint.msg', size: OLE_BYTES.length, content: OLE_BYTES }]);
    expect(a.message).toBeUndefined();
    expect(findings([a])).toEqual([]);
  });

  it('a file named .eml that is not a message is not read as one', () => {
    const [a] = withAttachedMessages([{ name: 'notes.eml', size: 8, content: PDF_BYTES }]);
    expect(a.message).toBeUndefined();
  });

  it('envelope rules are not run on the attached email (its recipients are not these)', () => {
    const inner = eml('Hi', 'Hello', [], ['Cc: jo.bloggs@example.co.uk']);
    expect(findings([item('hi.eml', inner)]).filter((f) => f.ruleId.startsWith('recipients/') || f.ruleId.startsWith('disclaimer/'))).toEqual([]);
  });
});

// An Outlook item saved to disk and attached as a file: an OLE compound file ([MS-CFB]) with MAPI
// properties ([MS-OXMSG]), written here by the cfb package and read by src/mail/msg-lite.ts.
describe('an attached Outlook .msg file is checked as a message', () => {
  const msgFile = (name: string, m: MsgSpec, o?: { version4?: boolean }): Attachment => {
    const content = msgBytes(m, o);
    return withAttachedMessages([{ name, size: content.length, content }])[0];
  };

  it('its text: abuse in the .msg is found, on the attachment, "In the attached email …"', () => {
    const a = msgFile('Complaint.msg', { subject: 'Complaint', body: 'You are a fucking idiot and everyone knows it.' });
    expect(a.message?.subject).toBe('Complaint');
    const [f] = on(findings([a]), 'tone/abusive');
    expect(f.span).toEqual({ field: 'attachments', start: 0, end: 1 });
    expect(f.message).toMatch(/^In the attached email “Complaint\.msg”: /);
    expect(f.fixes).toEqual([{ kind: 'remove-attachment', index: 0, id: undefined, name: 'Complaint.msg' }]);
  });

  it('a password in a .msg is found', () => {
    expect(on(findings([msgFile('access.msg', { subject: 'Wifi', body: 'The wifi password is Ware2024! for guests.' })]), 'credentials/secret')).toHaveLength(1);
  });

  it('Part II business in a .msg going outside the council is found', () => {
    const a = msgFile('Staffing.msg', { subject: 'Staffing', body: "The Part II report on the clerk's grievance is attached." });
    expect(on(findings([a]), 'confidential/external').length).toBeGreaterThan(0);
  });

  it('streams named "__proto__" or "constructor" are only names: the message is still read and checked', () => {
    const content = msgBytes({ subject: 'Odd', body: 'Tell him to fuck off.' }, { extraStreams: ['__proto__', 'constructor', 'hasOwnProperty'] });
    const msg = readMsg(content);
    expect(msg?.subject).toBe('Odd');
    expect(msg?.body.text).toContain('Tell him to fuck off.');
  });

  it('8-bit strings (PtypString8, 001E) are read too', () => {
    const a = msgFile('old.msg', { ansi: true, subject: 'Caf\u00e9 bookings', body: 'Tell him to fuck off.' });
    expect(a.message?.subject).toBe('Caf\u00e9 bookings');
    expect(on(findings([a]), 'tone/abusive')).toHaveLength(1);
  });

  it('an HTML-only body (PidTagHtml, or PidTagBodyHtml as a string) is read when there is no plain-text body', () => {
    for (const m of [{ html: '<p>Dear Jo,</p><p>Tell him to fuck off.</p>' }, { bodyHtml: '<p>Dear Jo,</p><p>Tell him to <b>fuck</b> off.</p>' }]) {
      const a = msgFile('html.msg', { subject: 'Bins', ...m });
      expect(a.message?.body.text).toContain('Tell him to fuck off.');
      expect(on(findings([a]), 'tone/abusive')).toHaveLength(1);
    }
  });

  it('an ordinary .msg with a PDF is read and not blocked', () => {
    const a = msgFile('Minutes.msg', { subject: 'Minutes', body: 'The minutes of the March meeting are attached.', attachments: [{ name: 'minutes.pdf', data: PDF_BYTES, mime: 'application/pdf' }] });
    expect(a.message?.attachments.map((x) => [x.name, x.size, x.contentType])).toEqual([['minutes.pdf', PDF_BYTES.length, 'application/pdf']]);
    expect(findings([a])).toEqual([]);
  });

  it('its attachments: an .exe attached to the .msg blocks, as the .exe itself would', () => {
    const a = msgFile('Invoice.msg', { subject: 'Invoice', body: 'See attached.', attachments: [{ name: 'setup.exe', data: PE_BYTES }] });
    const fs = on(findings([a]), 'attachments/executable');
    expect(fs.map((f) => f.level)).toEqual(['block']);
    expect(fs[0].message).toMatch(/^In the attached email “Invoice\.msg”: /);
  });

  it('a program named .pdf inside the .msg is found by its content (a large stream, outside the mini stream)', () => {
    const data = new Uint8Array(9000);
    data.set(PE_BYTES);
    const a = msgFile('Statement.msg', { subject: 'Statement', body: 'See attached.', attachments: [{ name: 'statement.pdf', data }] });
    expect(a.message?.attachments[0].size).toBe(9000);
    expect(on(findings([a]), 'attachments/executable').map((f) => f.level)).toEqual(['block']);
  });

  it('a version 4 file (4096-byte sectors) is read the same', () => {
    const m: MsgSpec = { subject: 'Complaint', body: 'Tell him to fuck off. '.repeat(300), attachments: [{ name: 'setup.exe', data: PE_BYTES }] };
    const bytes = msgBytes(m, { version4: true });
    expect([bytes[30], CFB.read(Array.from(bytes), { type: 'array' }).FileIndex.some((e) => e.name === '__substg1.0_0037001F')]).toEqual([12, true]); // cfb reads it too
    const a = msgFile('Complaint.msg', m, { version4: true });
    expect(a.message?.body.text).toBe(m.body);
    expect(on(findings([a]), 'tone/abusive').length).toBeGreaterThan(0);
    expect(on(findings([a]), 'attachments/executable')).toHaveLength(1);
  });

  it('a file over 7 MB (FAT sectors listed in a DIFAT sector) is read', () => {
    const data = new Uint8Array(7.5 * 1024 * 1024);
    data.set(PE_BYTES);
    const bytes = msgBytes({ subject: 'Scans', body: 'Scans attached.', attachments: [{ name: 'scans.pdf', data }] });
    expect(new DataView(bytes.buffer, bytes.byteOffset).getUint32(72, true)).toBeGreaterThan(0); // DIFAT sectors in use
    const [a] = withAttachedMessages([{ name: 'Scans.msg', size: bytes.length, content: bytes }]);
    expect(a.message?.attachments[0].size).toBe(data.length);
  });

  it('one level deep: a message embedded in the .msg is judged as an attachment, not opened', () => {
    const a = msgFile('Fwd.msg', { subject: 'Fwd', body: 'See below.', attachments: [{ name: 'Code', message: { subject: 'Code', body: 'The alarm PIN is 4821.' } }] });
    expect(a.message?.attachments[0]).toMatchObject({ name: 'Code', kind: 'item' });
    expect(on(findings([a]), 'credentials/secret')).toEqual([]);
  });

  describe('malformed .msg files get the could-not-be-read verdict, never a throw or a hang', () => {
    const good = msgBytes({ subject: 'Complaint', body: 'Tell him to fuck off.', attachments: [{ name: 'setup.exe', data: PE_BYTES }] });
    const u32 = (b: Uint8Array, o: number) => new DataView(b.buffer, b.byteOffset).getUint32(o, true);
    const put = (b: Uint8Array, o: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(o, v >>> 0, true);
    const sectorAt = (n: number) => (n + 1) * 512;
    const broken = (edit: (b: Uint8Array) => Uint8Array | void) => {
      const b = good.slice();
      return edit(b) ?? b;
    };
    const dirStart = u32(good, 48);
    const fatAt = sectorAt(u32(good, 76));
    const cases: [string, Uint8Array][] = [
      ['cut short (the last sectors missing)', good.slice(0, good.length - 1100)],
      ['cut inside the header', good.slice(0, 300)],
      ['a FAT chain that loops (the directory sector points at itself)', broken((b) => put(b, fatAt + 4 * dirStart, dirStart))],
      ['a sector number past the end of the file', broken((b) => put(b, 48, 0x00100000))],
      ['an absurd stream size (the mini stream says 2 GB)', broken((b) => put(b, sectorAt(dirStart) + 120, 0x7fffffff))],
      ['a directory tree that loops (an entry is its own sibling)', broken((b) => put(b, sectorAt(dirStart) + 128 * u32(b, sectorAt(dirStart) + 76) + 72, u32(b, sectorAt(dirStart) + 76)))],
      ['an absurd FAT sector count', broken((b) => put(b, 44, 0xfffffff0))],
      ['a sector size other than 512 or 4096', broken((b) => void (b[30] = 10))],
    ];
    it.each(cases)('%s', (_name, bytes) => {
      expect(withAttachedMessages([{ name: 'complaint.msg', size: good.length, content: good }])[0].message?.subject).toBe('Complaint'); // the file before it was broken
      expect(readMsg(bytes)).toBeUndefined();
      const [a] = withAttachedMessages([{ name: 'complaint.msg', size: bytes.length, content: bytes }]);
      expect(a.message).toBeUndefined();
      expect(findings([a])).toEqual([]);
    });
  });
});

describe('.eml files (the CLI path)', () => {
  const zipWithExe = zipSync({ 'docs/minutes.pdf': PDF_BYTES, 'docs/setup.exe': PE_BYTES });

  it('parseEml reads a message/rfc822 part as a message, and a zip attachment is looked inside', async () => {
    const outer = eml('Fwd: papers', 'Papers attached.', [
      ['papers.zip', 'application/zip', zipWithExe],
      ['complaint.eml', 'message/rfc822', eml('Complaint', 'You are a fucking idiot and everyone knows it.')],
    ]);
    const d = await parseEml(outer);
    expect(d.attachments[1].message?.subject).toBe('Complaint');
    const fs = check({ ...d, from: { address: 'clerk@waretowncouncil.gov.uk' }, to: [{ address: 'jo.bloggs@example.co.uk' }] }, policy()).findings;
    expect(fs.find((f) => f.ruleId === 'attachments/executable')?.messageId).toBe('in-archive');
    expect(fs.find((f) => f.ruleId === 'tone/abusive')?.span?.start).toBe(1);
  });

  it('council-mail check on an .eml with a zip holding an .exe: exit 1, the finding names the file inside', async () => {
    const dir = tempDir();
    const file = write(dir, 'papers.eml', eml('Papers', 'Papers attached.', [['papers.zip', 'application/zip', zipWithExe]]).replace('From: Jo Bloggs <jo.bloggs@example.co.uk>', 'From: Town Clerk <clerk@waretowncouncil.gov.uk>').replace('To: clerk@waretowncouncil.gov.uk', 'To: jo.bloggs@example.co.uk'));
    const r = await run(['check', '--json', file]);
    expect(r.code).toBe(1);
    const [result] = JSON.parse(r.stdout);
    const f = result.findings.find((x: { ruleId: string }) => x.ruleId === 'attachments/executable');
    expect(f.messageId).toBe('in-archive');
    expect(f.message).toContain('docs/setup.exe');
  }, 120000);
});
