// Issue #18, finding 3: attached emails are checked as messages (one level deep), and archives are
// looked inside — by the engine on drafts, by the CLI on .eml files, and (test/launchevent/
// attachment-content.test.ts) by the event handlers on Outlook's item attachments.
import { zipSync } from 'fflate';
import { parseEml } from '../../../src/mail/eml';
import { readMessage } from '../../../src/mail/mime-lite';
import { withAttachedMessages } from '../../../src/mail/attached';
import { check } from '../../../src/policy/engine';
import type { Attachment } from '../../../src/policy/types';
import { draft, policy } from '../../helpers/draft';
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

  it('an Outlook .msg file is not read (the could-not-be-read verdict: judged by name and type only)', () => {
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
