// Issue #18 finding 3 (part): an executable renamed .pdf is found by its content also when it is
// larger than the 2 MB read in full: OnMessageAttachmentsChanged reads the start of every file up to
// ATTACHMENT_HEAD_CAP_BYTES (magic numbers sit at the start), keeps the findings in sessionData,
// and the send handler uses them.
import { createHandlers } from '../../src/launchevent/handlers';
import { ATTACHMENT_HEAD_CAP_BYTES } from '../../src/office/draft';
import { check as engineCheck } from '../../src/policy/engine';
import { policy } from '../helpers/draft';
import { createOfficeStub, stubEvent, type StubAttachment } from '../office/office-stub';
import { zipSync } from 'fflate';
import { msgBytes } from '../helpers/msg';

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

const MZ = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff' + '\x00'.repeat(200000), 'latin1').toString('base64');

async function run(size: number, attachments?: StubAttachment[]) {
  const stub = createOfficeStub({
    from: { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' },
    to: [{ emailAddress: 'jo.bloggs@example.co.uk' }],
    subject: 'Invoice',
    bodyText: 'Dear Jo, the invoice is attached. Regards',
    attachments: attachments ?? [{ id: 'a1', name: 'invoice.pdf', size, base64: MZ }],
    mailbox: '1.15',
  });
  Object.assign(globalThis, { Office: stub.Office });
  const handlers = createHandlers({
    item: () => stub.item as unknown as Office.MessageCompose,
    loadPolicy: async () => ({ config: policy(), source: 'hosted' }),
    supports: () => true,
    check: engineCheck,
  });
  // Fake timers, stepped 10 ms at a time: the handlers' time budgets pass on the test's clock, so a
  // busy machine reading 20 MB slowly never makes them fall back to onError.
  const settle = async (p: Promise<unknown>) => {
    let done = false;
    void p.finally(() => (done = true));
    for (let i = 0; i < 1000 && !done; i++) await jest.advanceTimersByTimeAsync(10);
    await p;
  };
  jest.useFakeTimers();
  const changed = stubEvent();
  const send = stubEvent();
  try {
    await settle(handlers.onMessageAttachmentsChangedHandler(changed.event));
    await settle(handlers.onMessageSendHandler(send.event));
  } finally {
    jest.useRealTimers();
  }
  return { pre: String(stub.state.session.get('cep.pre') ?? ''), sent: send.completed.mock.calls[0][0] };
}

test.each([
  ['1 MB (read in full)', 1024 * 1024],
  ['3 MB (over the 2 MB full read)', 3 * 1024 * 1024],
  ['20 MB', 20 * 1024 * 1024],
])('an executable named invoice.pdf, %s, is found when attachments change and stops the send', async (_n, size) => {
  const { pre, sent } = await run(size);
  expect(pre).toContain('attachments/executable');
  expect(sent.allowEvent).toBe(false);
});

test('over the cap the content is not read (the attachment is judged by its name and type)', async () => {
  const { pre } = await run(ATTACHMENT_HEAD_CAP_BYTES + 1);
  expect(pre).not.toContain('attachments/executable');
});

// Issue #18, finding 3 (rest): archives are read whole (their directory is at the end) and looked
// inside; an item attachment comes back as an .eml string (format "eml") and is checked as a message.
test('a 3 MB zip with an .exe at the end is read whole and looked inside when attachments change', async () => {
  const filler = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24); // does not compress
  const zip = zipSync({ 'photos/filler.jpg': [filler, { level: 0 }], 'photos/viewer.exe': new Uint8Array(Buffer.from(MZ, 'base64').subarray(0, 64)) });
  const { pre, sent } = await run(0, [{ id: 'z1', name: 'photos.zip', size: zip.length, base64: Buffer.from(zip).toString('base64') }]);
  expect(JSON.parse(pre).findings.map((f: { messageId: string }) => f.messageId)).toContain('in-archive');
  expect(sent.allowEvent).toBe(false);
});

test('an attached email (item attachment, format "eml") is checked as a message: a password in it stops the send', async () => {
  const eml = 'From: a@example.org\r\nSubject: access\r\nContent-Type: text/plain\r\n\r\nThe wifi password is Ware2024! for guests.\r\n';
  const { pre, sent } = await run(0, [{ id: 'i1', name: 'access', size: eml.length, attachmentType: 'item', eml }]);
  const f = JSON.parse(pre).findings.find((x: { ruleId: string }) => x.ruleId === 'credentials/secret');
  expect(f.message).toMatch(/^In the attached email “access”/);
  expect(sent.allowEvent).toBe(false);
});

test('an attached email with so many findings that they overflow sessionData still stops the send', async () => {
  const lines = Array.from({ length: 150 }, (_, i) => `Line ${i}: you are a fucking idiot and the alarm PIN is ${4000 + i}.`).join('\r\n');
  const eml = `From: a@example.org\r\nSubject: notes\r\nContent-Type: text/plain\r\n\r\n${lines}\r\n`;
  const { pre, sent } = await run(0, [{ id: 'i1', name: 'notes', size: eml.length, attachmentType: 'item', eml }]);
  expect(pre.length).toBeGreaterThan(0);
  expect(pre.length).toBeLessThanOrEqual(20000);
  expect(sent.allowEvent).toBe(false);
});

test('a 3 MB Outlook .msg file is read whole and checked as a message: a password in it stops the send', async () => {
  const filler = new Uint8Array(3 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
  filler.set(Buffer.from('%PDF-1.7\n'));
  const msg = msgBytes({ subject: 'Access', body: 'The wifi password is Ware2024! for guests.', attachments: [{ name: 'plan.pdf', data: filler }] });
  const { pre, sent } = await run(0, [{ id: 'm1', name: 'Access.msg', size: msg.length, base64: Buffer.from(msg).toString('base64') }]);
  const f = JSON.parse(pre).findings.find((x: { ruleId: string }) => x.ruleId === 'credentials/secret');
  expect(f.message).toMatch(/^In the attached email “Access\.msg”/);
  expect(sent.allowEvent).toBe(false);
});
