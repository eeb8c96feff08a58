// Office.js adapters against the hand-written stub: promisified calls, item → MailDraft, and the
// write-back used by fixes.
import { OfficeCallError, officeCall } from '../../src/office/async';
import { decodeBase64 } from '../../src/office/base64';
import { OfficeComposePort, FixError } from '../../src/office/compose-port';
import { readDraft } from '../../src/office/draft';
import { parseHeaderBlock } from '../../src/office/headers';
import { occurrenceIndex, replaceInHtmlText } from '../../src/office/html-replace';
import { SESSION } from '../../src/launchevent/ids';
import { PROP } from '../../src/policy/records';
import { createOfficeStub, type StubOptions } from './office-stub';

const CLERK = { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' };
const JO = { emailAddress: 'jo.bloggs@example.co.uk', displayName: 'Jo Bloggs', recipientType: 'externalUser' };
const SAM = { emailAddress: 'sam@example.org', displayName: 'Sam', recipientType: 'externalUser' };
const DEPUTY = { emailAddress: 'deputy.clerk@waretowncouncil.gov.uk', displayName: 'Deputy Clerk', recipientType: 'user' };

function port(opts: StubOptions = {}) {
  const stub = createOfficeStub({ from: CLERK, ...opts });
  Object.assign(globalThis, { Office: stub.Office });
  return { stub, port: new OfficeComposePort({ item: stub.item as unknown as Office.MessageCompose }) };
}

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { Office?: unknown }).Office;
});

describe('officeCall', () => {
  test('a failed AsyncResult rejects with the call name and Office error name, not its message', async () => {
    const p = officeCall('body.getAsync', (cb) => cb({ status: 'failed', value: undefined, error: { name: 'GenericResponseError', message: 'contains text' } }));
    await expect(p).rejects.toMatchObject({ name: 'OfficeCallError', call: 'body.getAsync', code: 'GenericResponseError' });
    await expect(p).rejects.not.toHaveProperty('message', expect.stringContaining('contains text'));
  });
  test('a call that never answers rejects with timeout', async () => {
    jest.useFakeTimers();
    const p = officeCall('to.getAsync', () => undefined, 1000);
    jest.advanceTimersByTime(1000);
    await expect(p).rejects.toMatchObject({ code: 'timeout' });
  });
  test('a method missing on an older client (sync TypeError) rejects as unsupported', async () => {
    await expect(
      officeCall('getComposeTypeAsync', () => {
        throw new TypeError('x is not a function');
      }),
    ).rejects.toMatchObject({ code: 'unsupported' });
  });
  test('a late second callback is ignored', async () => {
    let cbRef: ((r: { status: 'succeeded'; value: number }) => void) | undefined;
    const p = officeCall<number>('x', (cb) => {
      cbRef = cb;
      cb({ status: 'succeeded', value: 1 });
    });
    cbRef!({ status: 'succeeded', value: 2 });
    await expect(p).resolves.toBe(1);
  });
});

describe('readDraft', () => {
  test('maps recipients with recipientType, from, compose type, body HTML and text, attachments with content', async () => {
    const { stub } = port({
      to: [JO],
      cc: [DEPUTY],
      subject: 'Re: Allotment',
      bodyText: 'Thank you',
      bodyHtml: '<p>Thank you</p>',
      composeType: 'reply',
      attachments: [
        { id: 'a1', name: 'minutes.pdf', size: 4, base64: 'JVBERg==' },
        { id: 'a2', name: 'thread.msg', size: 900, attachmentType: 'item', eml: 'Subject: Allotment waiting list\r\nContent-Type: text/plain\r\n\r\nPlot 14 is free from April.\r\n' },
      ],
    });
    const d = await readDraft(stub.item as unknown as Office.MessageCompose, { maxContentBytes: 1024 });
    expect(d.from).toEqual({ address: CLERK.emailAddress, name: 'Town Clerk' });
    expect(d.to).toEqual([{ address: JO.emailAddress, name: 'Jo Bloggs', recipientType: 'externalUser' }]);
    expect(d.cc[0].recipientType).toBe('user');
    expect(d.composeType).toBe('reply');
    expect(d.subject).toBe('Re: Allotment');
    expect(d.body).toEqual({ text: 'Thank you', html: '<p>Thank you</p>' });
    expect(d.attachments[0]).toMatchObject({ id: 'a1', name: 'minutes.pdf', kind: 'file' });
    expect(Array.from(d.attachments[0].content!)).toEqual([0x25, 0x50, 0x44, 0x46]);
    // An attached email comes back from Outlook in .eml form and is read as a message, not as bytes.
    expect(d.attachments[1]).toMatchObject({ kind: 'item', message: { subject: 'Allotment waiting list' } });
    expect(d.attachments[1].message!.body.text).toContain('Plot 14 is free from April.');
    expect(d.attachments[1].content).toBeUndefined();
  });
  test('a plain-text body has no html', async () => {
    const { stub } = port({ bodyType: 'text', bodyText: 'Hello' });
    expect((await readDraft(stub.item as unknown as Office.MessageCompose)).body).toEqual({ text: 'Hello' });
  });
  test('the htmlToText hook supplies the text the rules read', async () => {
    const { stub } = port({ bodyHtml: '<p>A&amp;B</p>' });
    const d = await readDraft(stub.item as unknown as Office.MessageCompose, { htmlToText: (h) => h.replace(/<[^>]+>/g, '').replace('&amp;', '&') });
    expect(d.body.text).toBe('A&B');
  });
  test('attachment content that cannot be read leaves the attachment without content', async () => {
    const { stub } = port({ attachments: [{ id: 'a1', name: 'x.docx', size: 10, base64: 'AAAA' }], faults: { getAttachmentContentAsync: 'fail' } });
    const d = await readDraft(stub.item as unknown as Office.MessageCompose, { maxContentBytes: 1024 });
    expect(d.attachments[0].content).toBeUndefined();
  });
  test('a failing field read rejects (the caller decides what a failure means)', async () => {
    const { stub } = port({ faults: { 'subject.getAsync': 'fail' } });
    await expect(readDraft(stub.item as unknown as Office.MessageCompose)).rejects.toBeInstanceOf(OfficeCallError);
  });
});

describe('fixes that write back', () => {
  test('move-to-bcc adds to Bcc before removing from To/Cc, keeping names and no Bcc duplicates', async () => {
    const { stub, port: p } = port({ to: [JO, DEPUTY], cc: [SAM], bcc: [{ emailAddress: 'SAM@example.org' }] });
    await p.moveToBcc([JO.emailAddress, SAM.emailAddress]);
    expect(stub.state.to.map((r) => r.emailAddress)).toEqual([DEPUTY.emailAddress]);
    expect(stub.state.cc).toEqual([]);
    expect(stub.state.bcc.map((r) => r.emailAddress.toLowerCase())).toEqual(['sam@example.org', JO.emailAddress]);
    expect(stub.calls.indexOf('bcc.addAsync')).toBeLessThan(stub.calls.indexOf('to.setAsync'));
  });
  test('move-to-bcc stops before removing anyone when adding to Bcc fails', async () => {
    const { stub, port: p } = port({ to: [JO], faults: { 'bcc.addAsync': 'fail' } });
    await expect(p.moveToBcc([JO.emailAddress])).rejects.toBeInstanceOf(OfficeCallError);
    expect(stub.state.to).toHaveLength(1);
  });
  test('addRecipients (undo) adds only addresses not already in the field', async () => {
    const { stub, port: p } = port({ to: [JO] });
    await p.addRecipients('to', [{ address: JO.emailAddress.toUpperCase() }, { address: SAM.emailAddress, name: 'Sam' }]);
    expect(stub.state.to.map((r) => r.emailAddress)).toEqual([JO.emailAddress, SAM.emailAddress]);
  });
  test('remove-recipient removes the later copy of a duplicate within a field', async () => {
    const { stub, port: p } = port({ to: [{ ...JO, displayName: 'First' }, SAM, { ...JO, displayName: 'Second' }] });
    await p.removeRecipient('to', JO.emailAddress.toUpperCase());
    expect(stub.state.to.map((r) => r.displayName)).toEqual(['First', 'Sam']);
  });
  test('insert-disclaimer prepends an escaped paragraph to an HTML body without a greeting', async () => {
    const { stub, port: p } = port({ bodyHtml: '<p>The hall is closed.</p>' });
    await p.insertDisclaimer('Views are my own & not <the council>.');
    expect(stub.state.bodyHtml).toBe('<p>Views are my own &amp; not &lt;the council&gt;.</p><p>The hall is closed.</p>');
  });
  test('insert-disclaimer prepends text to a plain-text body without a greeting', async () => {
    const { stub, port: p } = port({ bodyType: 'text', bodyText: 'The hall is closed.' });
    await p.insertDisclaimer('Views are my own.');
    expect(stub.state.bodyText).toBe('Views are my own.\n\nThe hall is closed.');
  });
  test.each([
    ['a greeting in its own block (Outlook on the web)', '<div>Dear all,</div><div><br></div><div>I think the hall should close.</div>', '<div>Dear all,</div><p>Views are mine.</p><div><br></div><div>I think the hall should close.</div>'],
    ['a greeting in a Word-style paragraph (classic Outlook)', '<p class=MsoNormal>Dear all,<o:p></o:p></p><p class=MsoNormal>I think so.<o:p></o:p></p>', '<p class=MsoNormal>Dear all,<o:p></o:p></p><p>Views are mine.</p><p class=MsoNormal>I think so.<o:p></o:p></p>'],
    ['a greeting ended by line breaks', 'Hi Jo,<br><br>I think so.', 'Hi Jo,<br><br>Views are mine.<br><br>I think so.'],
  ])('insert-disclaimer goes after the greeting, not above it: %s', async (_name, bodyHtml, expected) => {
    const { stub, port: p } = port({ bodyHtml, bodyText: 'unused' });
    await p.insertDisclaimer('Views are mine.');
    expect(stub.state.bodyHtml).toBe(expected);
  });
  test('insert-disclaimer after the greeting line of a plain-text body', async () => {
    const { stub, port: p } = port({ bodyType: 'text', bodyText: 'Dear all,\n\nI think the hall should close.\n\nJo' });
    await p.insertDisclaimer('Views are mine.');
    expect(stub.state.bodyText).toBe('Dear all,\n\nViews are mine.\n\nI think the hall should close.\n\nJo');
  });
  test('a first sentence that starts "Hello" is not a greeting line: the disclaimer goes first', async () => {
    const { stub, port: p } = port({ bodyType: 'text', bodyText: 'Hello, I think the hall should close. Jo' });
    await p.insertDisclaimer('Views are mine.');
    expect(stub.state.bodyText).toBe('Views are mine.\n\nHello, I think the hall should close. Jo');
  });
  test('remove-attachment removes by id', async () => {
    const { stub, port: p } = port({ attachments: [{ id: 'a1', name: 'a.exe', size: 1 }, { id: 'a2', name: 'b.pdf', size: 1 }] });
    await p.removeAttachment('a1');
    expect(stub.state.attachments.map((a) => a.id)).toEqual(['a2']);
  });
  test('replace-text in the subject', async () => {
    const { stub, port: p } = port({ subject: 'URGENT: hedges' });
    await p.replaceText({ field: 'subject', start: 0, end: 6 }, 'Please note');
    expect(stub.state.subject).toBe('Please note: hedges');
  });
  test('replace-text in an HTML body replaces the same occurrence the span points at', async () => {
    const { stub, port: p } = port({ bodyText: 'idiot here, idiot there', bodyHtml: '<p><b>idiot</b> here, idiot there</p>' });
    await p.replaceText({ field: 'body', start: 12, end: 17 }, 'person');
    expect(stub.state.bodyHtml).toBe('<p><b>idiot</b> here, person there</p>');
  });
  test('replace-text refuses text split by formatting rather than guessing', async () => {
    const { port: p } = port({ bodyText: 'total idiot', bodyHtml: '<p>total <b>id</b>iot</p>' });
    await expect(p.replaceText({ field: 'body', start: 6, end: 11 }, 'person')).rejects.toMatchObject({ name: 'FixError', code: 'text-not-found' });
  });
  test('replace-text refuses a span past the end of a changed body', async () => {
    const { port: p } = port({ bodyText: 'short' });
    await expect(p.replaceText({ field: 'body', start: 10, end: 20 }, 'x')).rejects.toBeInstanceOf(FixError);
  });
});

describe('records: this compose session only (item.sessionData), never custom properties', () => {
  test('override and retention round-trip in sessionData and write no custom property', async () => {
    const { stub, port: p } = port();
    const o = { reason: 'Resident asked to be copied', rules: ['recipients/visible-external'], user: CLERK.emailAddress, at: '2026-11-28T02:00:00Z' };
    await p.recordOverride(o);
    expect(JSON.parse(String(stub.state.session.get(SESSION.override)))).toEqual(o);
    await expect(p.readOverride()).resolves.toEqual(o);
    await p.recordRetention({ labelId: 'finance', by: 'user', at: '2026-11-28T02:00:00Z' });
    await expect(p.readRetention()).resolves.toEqual({ labelId: 'finance', by: 'user', at: '2026-11-28T02:00:00Z' });
    expect(stub.calls).not.toContain('customProperties.saveAsync');
    expect(stub.state.customProps).toEqual({});
  });
  test('records inherited in custom properties (a forward in classic Outlook) are not read as this draft\'s', async () => {
    const inherited = {
      [PROP.override]: JSON.stringify({ reason: 'parent reason', rules: ['recipients/visible-external'], user: CLERK.emailAddress, at: '2026-11-28T02:00:00Z' }),
      [PROP.retention]: JSON.stringify({ labelId: 'complaints', by: 'user', at: '2026-11-28T02:00:00Z' }),
    };
    const { port: p } = port({ composeType: 'forward', customProps: inherited });
    await expect(p.readOverride()).resolves.toBeUndefined();
    await expect(p.readRetention()).resolves.toBeUndefined();
  });
  test('a malformed session override reads as none', async () => {
    const { stub, port: p } = port();
    stub.state.session.set(SESSION.override, '{not json');
    await expect(p.readOverride()).resolves.toBeUndefined();
  });
  test('recording fails loudly where the client has no sessionData', async () => {
    const { port: p } = port({ noSessionData: true });
    await expect(p.recordOverride({ reason: 'x', rules: [], user: '', at: '' })).rejects.toThrow(/could not keep the reason/);
  });
});

describe('no programmatic send', () => {
  test('the compose port offers no send(): item.sendAsync needs read/write mailbox permission', () => {
    const { port: p } = port({ mailbox: '1.15' });
    expect((p as unknown as Record<string, unknown>).send).toBeUndefined();
    expect(p.supports('1.15')).toBe(true);
  });
});

describe('helpers', () => {
  test.each([
    ['', []],
    ['JVBERi0=', [0x25, 0x50, 0x44, 0x46, 0x2d]],
    ['TWFu', [77, 97, 110]],
    ['TW\r\nFu', [77, 97, 110]],
    ['-_8=', [0xfb, 0xff]],
  ])('decodeBase64(%j)', (input, bytes) => {
    expect(Array.from(decodeBase64(input)!)).toEqual(bytes);
  });
  test('decodeBase64 rejects a bad character', () => expect(decodeBase64('TW*u')).toBeUndefined());

  test('parseHeaderBlock unfolds, lower-cases names, keeps order and stops at the blank line', () => {
    const h = parseHeaderBlock('Received: a\r\nAuthentication-Results: mx.example;\r\n\tspf=pass\r\nReceived: b\r\n\r\nbody: not a header');
    expect(h).toEqual({ received: ['a', 'b'], 'authentication-results': ['mx.example; spf=pass'] });
  });

  test.each([
    ['<p>a b a</p>', 'a', 'X', 1, '<p>a b X</p>'],
    ['<a href="a">a</a>', 'a', 'X', 0, '<a href="a">X</a>'],
    ['<style>p{}</style><p>p</p>', 'p', 'X', 0, '<style>p{}</style><p>X</p>'],
    ['<p>Tom &amp; Jerry</p>', 'Tom & Jerry', 'T&J', 0, '<p>T&amp;J</p>'],
    ['<p>a</p>', 'b', 'X', 0, undefined],
  ])('replaceInHtmlText(%j, %j → %j, k=%i)', (html, needle, rep, k, out) => {
    expect(replaceInHtmlText(html, needle, rep, k)).toBe(out);
  });
  test('occurrenceIndex counts earlier non-overlapping matches', () => {
    expect(occurrenceIndex('aa aa aa', 'aa', 6)).toBe(2);
  });
});
