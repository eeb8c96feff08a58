// Issue #18 finding 3 (part): an executable renamed .pdf is found by its content also when it is
// larger than the 2 MB read in full: OnMessageAttachmentsChanged reads the start of every file up to
// ATTACHMENT_HEAD_CAP_BYTES (magic numbers sit at the start), keeps the findings in sessionData,
// and the send handler uses them.
import { createHandlers } from '../../src/launchevent/handlers';
import { ATTACHMENT_HEAD_CAP_BYTES } from '../../src/office/draft';
import { check as engineCheck } from '../../src/policy/engine';
import { policy } from '../helpers/draft';
import { createOfficeStub, stubEvent } from '../office/office-stub';

afterEach(() => delete (globalThis as { Office?: unknown }).Office);

const MZ = Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff' + '\x00'.repeat(200000), 'latin1').toString('base64');

async function run(size: number) {
  const stub = createOfficeStub({
    from: { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' },
    to: [{ emailAddress: 'jo.bloggs@example.co.uk' }],
    subject: 'Invoice',
    bodyText: 'Dear Jo, the invoice is attached. Regards',
    attachments: [{ id: 'a1', name: 'invoice.pdf', size, base64: MZ }],
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
