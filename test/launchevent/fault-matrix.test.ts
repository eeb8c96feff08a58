// The send handler's fault matrix (issue: hardening): whatever fails, the event completes exactly
// once, within 3 s, as the policy's onError says — allow (with a notice) by default, block when the
// council chose fail-closed. Runs the real rule set, not a reduced one.
import { createHandlers } from '../../src/launchevent/handlers';
import type { PolicyConfig } from '../../src/policy/config';
import { check as engineCheck } from '../../src/policy/engine';
import { policy } from '../helpers/draft';
import { createOfficeStub, stubEvent, type Fault, type StubOptions } from '../office/office-stub';

const CLERK = { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' };
const JO = { emailAddress: 'jo.bloggs@example.co.uk', displayName: 'Jo Bloggs' };
const PDF = { id: 'a1', name: 'minutes.pdf', size: 2048, base64: Buffer.from('%PDF-1.7\n').toString('base64') };

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { Office?: unknown }).Office;
});

type Case = [name: string, opts: StubOptions, deps: Record<string, unknown>];
const faults = (f: Record<string, Fault>): StubOptions => ({ faults: f });

const MATRIX: Case[] = [
  ['body unreadable (call fails)', faults({ 'body.getAsync': 'fail' }), {}],
  ['body never answers', faults({ 'body.getAsync': 'hang' }), {}],
  ['subject call throws (missing on this client)', faults({ 'subject.getAsync': 'throw' }), {}],
  ['attachment list never answers', faults({ getAttachmentsAsync: 'hang' }), {}],
  ['attachment content unavailable', faults({ getAttachmentContentAsync: 'fail' }), {}],
  ['attachment content never answers', faults({ getAttachmentContentAsync: 'hang' }), {}],
  ['sessionData full (set fails)', faults({ 'sessionData.setAsync': 'fail' }), {}],
  ['sessionData never answers', faults({ 'sessionData.getAsync': 'hang' }), {}],
  ['custom properties never load', faults({ loadCustomPropertiesAsync: 'hang' }), {}],
  ['policy fetch failing', {}, { loadPolicy: () => Promise.reject(new TypeError('Failed to fetch')) }],
  ['policy fetch never answering', {}, { loadPolicy: () => new Promise(() => undefined) }],
  [
    'engine exception',
    {},
    {
      check: () => {
        throw new RangeError('engine fault');
      },
    },
  ],
];

async function runCase(opts: StubOptions, deps: Record<string, unknown>, config: PolicyConfig) {
  jest.useFakeTimers();
  const stub = createOfficeStub({ from: CLERK, to: [JO], subject: 'Minutes', bodyText: 'Dear Jo, the minutes are attached. Regards', attachments: [PDF], mailbox: '1.15', ...opts });
  Object.assign(globalThis, { Office: stub.Office });
  const handlers = createHandlers({
    item: () => stub.item as unknown as Office.MessageCompose,
    loadPolicy: async () => ({ config, source: 'hosted' }),
    supports: (v) => (stub.Office.context as { requirements: { isSetSupported(n: string, v: string): boolean } }).requirements.isSetSupported('Mailbox', v),
    check: engineCheck,
    ...deps,
  });
  const { event, completed } = stubEvent();
  const started = Date.now();
  const p = handlers.onMessageSendHandler(event);
  // Step the clock in small increments and note when the event completes.
  let doneAt = -1;
  for (let t = 0; t <= 6000 && doneAt < 0; t += 100) {
    await jest.advanceTimersByTimeAsync(100);
    if (completed.mock.calls.length) doneAt = Date.now() - started;
  }
  await p;
  await jest.advanceTimersByTimeAsync(10000);
  return { completed, doneAt, stub };
}

describe('send handler fault matrix', () => {
  it.each(MATRIX)('%s: completes once within 3 s; allows by default', async (_name, opts, deps) => {
    const { completed, doneAt } = await runCase(opts, deps, policy());
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeGreaterThanOrEqual(0);
    expect(doneAt).toBeLessThanOrEqual(3000);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: true });
  });

  it.each(MATRIX)('%s: completes once within 3 s; fail-closed councils never send unchecked mail', async (_name, opts, deps) => {
    const { completed, doneAt } = await runCase(opts, deps, policy({ onError: 'block' }));
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeLessThanOrEqual(3000);
    const options = completed.mock.calls[0][0] as { allowEvent: boolean };
    // Faults the handler can work round (an attachment's content, the cache) still give a verdict:
    // this clean message is then allowed. When the council's policy itself cannot be loaded (and no
    // copy is cached), the built-in policy's onError (allow) is all there is. Anything else must block.
    const degradable = /attachment content|sessionData|custom properties/.test(_name);
    const noPolicy = /policy fetch/.test(_name);
    if (noPolicy) expect(options.allowEvent).toBe(true);
    else if (!degradable) expect(options.allowEvent).toBe(false);
  });
});
