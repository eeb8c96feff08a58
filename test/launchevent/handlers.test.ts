// The event handlers against a hand-written Office stub: every handler completes its event
// exactly once on every path, and verdicts map to the Smart Alert options per requirement set.
// Rules are limited to recipients/duplicate so other rules' changes cannot move these results.
import { check as engineCheck } from '../../src/policy/engine';
import type { PolicyConfig } from '../../src/policy/config';
import { PROP } from '../../src/policy/records';
import duplicate from '../../src/policy/rules/recipients/duplicate';
import { createHandlers, type HandlerDeps } from '../../src/launchevent/handlers';
import { COMPOSE_PANE_COMMAND_ID, NOTIFICATION_KEY, SESSION } from '../../src/launchevent/ids';
import { FAILURE_BLOCK_MESSAGE } from '../../src/launchevent/messages';
import { policy } from '../helpers/draft';
import { createOfficeStub, flush, stubEvent, type OfficeStub, type StubOptions } from '../office/office-stub';

const CLERK = { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' };
const JO = { emailAddress: 'jo.bloggs@example.co.uk', displayName: 'Jo Bloggs' };
const SAM = { emailAddress: 'sam@example.org', displayName: 'Sam' };

const onlyDuplicate: typeof engineCheck = (d, c, o = {}) => engineCheck(d, c, { ...o, rules: [duplicate] });

function setup(opts: StubOptions = {}, deps: Partial<HandlerDeps> = {}, config: PolicyConfig = policy()) {
  const stub = createOfficeStub({ from: CLERK, to: [JO], subject: 'Allotments', bodyText: 'Thank you for your letter.', ...opts });
  Object.assign(globalThis, { Office: stub.Office });
  const handlers = createHandlers({
    item: () => stub.item as unknown as Office.MessageCompose,
    loadPolicy: async () => ({ config, source: 'hosted' }),
    supports: (v) => (stub.Office.context as { requirements: { isSetSupported(n: string, v: string): boolean } }).requirements.isSetSupported('Mailbox', v),
    check: onlyDuplicate,
    ...deps,
  });
  return { stub, handlers };
}

const dupDraft: StubOptions = { to: [JO, SAM], cc: [JO] }; // Jo in To and Cc → recipients/duplicate (warn)

async function send(stub: OfficeStub, handlers: ReturnType<typeof createHandlers>) {
  const { event, completed } = stubEvent();
  await handlers.onMessageSendHandler(event);
  expect(completed).toHaveBeenCalledTimes(1);
  return completed.mock.calls[0][0] as Record<string, unknown>;
}

afterEach(() => {
  jest.useRealTimers();
  delete (globalThis as { Office?: unknown }).Office;
});

describe('OnMessageSend: verdict → event options per Mailbox requirement set', () => {
  test('a clean draft is allowed', async () => {
    const { stub, handlers } = setup();
    expect(await send(stub, handlers)).toEqual({ allowEvent: true });
  });

  test('warn on 1.14 stops with Send anyway (promptUser), the task-pane command and contextData', async () => {
    const { stub, handlers } = setup({ ...dupDraft, mailbox: '1.14' });
    const o = await send(stub, handlers);
    expect(o).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser', commandId: COMPOSE_PANE_COMMAND_ID, cancelLabel: 'Review' });
    expect(o.errorMessageMarkdown).toBeUndefined();
    expect(String(o.errorMessage).length).toBeLessThanOrEqual(500);
    expect(String(o.errorMessage)).toContain('4.3c');
    expect(JSON.parse(String(o.contextData))).toMatchObject({ v: 1, verdict: 'warn', findings: [{ ruleId: 'recipients/duplicate', messageId: 'duplicate', level: 'warn', clause: '4.3c' }] });
  });

  test('warn on 1.15 adds errorMessageMarkdown within 500 characters', async () => {
    const { stub, handlers } = setup({ ...dupDraft, mailbox: '1.15' });
    const o = await send(stub, handlers);
    expect(typeof o.errorMessageMarkdown).toBe('string');
    expect(String(o.errorMessageMarkdown).length).toBeLessThanOrEqual(500);
    expect(o.sendModeOverride).toBe('promptUser');
  });

  test('warn below 1.14 stops once without 1.14 options, then lets the unchanged draft go', async () => {
    const { stub, handlers } = setup({ ...dupDraft, mailbox: '1.12' });
    const first = await send(stub, handlers);
    expect(first.allowEvent).toBe(false);
    expect(first).not.toHaveProperty('sendModeOverride');
    expect(first).not.toHaveProperty('commandId');
    expect(first).not.toHaveProperty('contextData');
    expect(String(first.errorMessage)).toMatch(/send again/i);
    expect(await send(stub, handlers)).toEqual({ allowEvent: true });
  });

  test('warn below 1.14 stops again when the draft changed after the first warning', async () => {
    const { stub, handlers } = setup({ ...dupDraft, mailbox: '1.12' });
    expect((await send(stub, handlers)).allowEvent).toBe(false);
    stub.state.bodyHtml = '<p>Thank you for your letter. I will reply next week.</p>';
    expect((await send(stub, handlers)).allowEvent).toBe(false);
  });

  test('block has no Send anyway on any requirement set', async () => {
    for (const mailbox of ['1.12', '1.14', '1.15']) {
      const { stub, handlers } = setup({ ...dupDraft, mailbox }, {}, policy({ levels: { 'recipients/duplicate': 'block' } }));
      const o = await send(stub, handlers);
      expect(o.allowEvent).toBe(false);
      expect(o).not.toHaveProperty('sendModeOverride');
      if (mailbox !== '1.12') expect(JSON.parse(String(o.contextData)).verdict).toBe('block');
    }
  });

  test('monitor mode never stops a send', async () => {
    const { stub, handlers } = setup(dupDraft, {}, policy({ mode: 'monitor', levels: { 'recipients/duplicate': 'block' } }));
    expect(await send(stub, handlers)).toEqual({ allowEvent: true });
  });
});

describe('OnMessageSend: recorded overrides (this compose session, item.sessionData)', () => {
  const json = (rules: string[], reason = 'Jo asked to be copied') => JSON.stringify({ reason, rules, user: CLERK.emailAddress, at: '2026-11-28T02:00:00Z' });
  const withSession = (rules: string[], reason?: string) => (stub: OfficeStub) => stub.state.session.set(SESSION.override, json(rules, reason));
  function setupWith(opts: StubOptions, record: (stub: OfficeStub) => void, config?: PolicyConfig) {
    const r = setup(opts, {}, config);
    record(r.stub);
    return r;
  }

  test('an override covering every warn finding allows the send, and is kept on the message', async () => {
    const { stub, handlers } = setupWith(dupDraft, withSession(['recipients/duplicate']));
    expect(await send(stub, handlers)).toEqual({ allowEvent: true });
    expect(JSON.parse(String(stub.state.customProps[PROP.override]))).toMatchObject({ reason: 'Jo asked to be copied', rules: ['recipients/duplicate'] });
  });

  test('an override for other rules does not cover the warning', async () => {
    const { stub, handlers } = setupWith(dupDraft, withSession(['tone/impolite']));
    expect((await send(stub, handlers)).allowEvent).toBe(false);
  });

  test('an override without a reason does not count', async () => {
    const { stub, handlers } = setupWith(dupDraft, withSession(['recipients/duplicate'], '  '));
    expect((await send(stub, handlers)).allowEvent).toBe(false);
  });

  test('a block finding is not overridable unless the policy allows it for that rule', async () => {
    const blocking = policy({ levels: { 'recipients/duplicate': 'block' } });
    const a = setupWith(dupDraft, withSession(['recipients/duplicate']), blocking);
    expect((await send(a.stub, a.handlers)).allowEvent).toBe(false);
    const b = setupWith(dupDraft, withSession(['recipients/duplicate']), policy({ levels: { 'recipients/duplicate': 'block' }, allowOverride: ['recipients/duplicate'] }));
    expect(await send(b.stub, b.handlers)).toEqual({ allowEvent: true });
  });

  test.each(['1.12', '1.14', '1.15'])('Mailbox %s: a forward that inherited the parent\'s override (classic Outlook) is still warned, and the inherited record is removed', async (mailbox) => {
    const inherited = { [PROP.override]: json(['recipients/duplicate']), [PROP.retention]: JSON.stringify({ labelId: 'complaints', by: 'user', at: '2026-11-28T02:00:00Z' }) };
    const { stub, handlers } = setup({ ...dupDraft, mailbox, composeType: 'forward', subject: 'FW: Invoice', customProps: inherited });
    expect((await send(stub, handlers)).allowEvent).toBe(false);
    expect(stub.state.customProps[PROP.override]).toBeUndefined();
    // The parent's retention choice does not stick: this message gets the schedule's proposal.
    expect(JSON.parse(String(stub.state.customProps[PROP.retention]))).toMatchObject({ labelId: 'finance', by: 'rules' });
  });
});

describe('OnMessageSend: records the retention label the schedule proposes (policy 4.1)', () => {
  const recorded = (stub: OfficeStub) => {
    const raw = stub.state.customProps[PROP.retention];
    return typeof raw === 'string' ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  };

  test('a finance email is recorded as finance, by the rules', async () => {
    const { stub, handlers } = setup({ subject: 'Invoice for the hall hire', bodyText: 'Thank you for paying.' });
    expect(await send(stub, handlers)).toEqual({ allowEvent: true });
    expect(recorded(stub)).toMatchObject({ labelId: 'finance', by: 'rules' });
  });

  test('a message with no schedule keyword gets the default label', async () => {
    const { stub, handlers } = setup();
    await send(stub, handlers);
    expect(recorded(stub)).toMatchObject({ labelId: policy().retention.defaultLabel, by: 'rules' });
  });

  test("the user's choice in the task pane (this session) stands", async () => {
    const mine = { labelId: 'complaints', by: 'user', at: '2026-11-28T02:00:00Z' };
    const { stub, handlers } = setup({ subject: 'Invoice' });
    stub.state.session.set(SESSION.retention, JSON.stringify(mine));
    await send(stub, handlers);
    expect(recorded(stub)).toEqual(mine);
  });

  test('a choice of a label the schedule no longer has falls back to the proposal', async () => {
    const { stub, handlers } = setup({ subject: 'Invoice' });
    stub.state.session.set(SESSION.retention, JSON.stringify({ labelId: 'no-such-label', by: 'user', at: '2026-11-28T02:00:00Z' }));
    await send(stub, handlers);
    expect(recorded(stub)).toMatchObject({ labelId: 'finance', by: 'rules' });
  });

  test('the same proposal already recorded is not saved again', async () => {
    const same = JSON.stringify({ labelId: 'finance', by: 'rules', at: '2026-11-28T02:00:00Z' });
    const { stub, handlers } = setup({ subject: 'Invoice', customProps: { [PROP.retention]: same } });
    await send(stub, handlers);
    expect(stub.state.customProps[PROP.retention]).toBe(same);
    expect(stub.calls.filter((c) => c === 'customProperties.saveAsync')).toHaveLength(0);
  });

  test('an earlier proposal is updated when the subject changed the label', async () => {
    const old = JSON.stringify({ labelId: 'correspondence', by: 'rules', at: '2026-11-28T02:00:00Z' });
    const { stub, handlers } = setup({ subject: 'Planning application 3/26/0101', customProps: { [PROP.retention]: old } });
    await send(stub, handlers);
    expect(recorded(stub)).toMatchObject({ labelId: 'planning', by: 'rules' });
  });

  test('a warned message is recorded too: "Send anyway" does not run the handler again', async () => {
    const { stub, handlers } = setup({ ...dupDraft, subject: 'FOI request', mailbox: '1.14' });
    expect((await send(stub, handlers)).allowEvent).toBe(false);
    expect(recorded(stub)).toMatchObject({ labelId: 'foi-request' });
  });

  test.each([['fail' as const], ['hang' as const]])('saving that %ss: the send decision is unchanged and in time', async (fault) => {
    // Fake timers: "in time" is measured on the handler's own clock, not the machine's.
    jest.useFakeTimers();
    const { handlers } = setup({ faults: { 'customProperties.saveAsync': fault } }, { budgetMs: 2000, callTimeoutMs: 1500 });
    const { event, completed } = stubEvent();
    const p = handlers.onMessageSendHandler(event);
    let doneAt = -1;
    for (let t = 100; t <= 3000 && doneAt < 0; t += 100) {
      await jest.advanceTimersByTimeAsync(100);
      if (completed.mock.calls.length) doneAt = t;
    }
    await p;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(doneAt).toBeGreaterThan(0);
    expect(doneAt).toBeLessThan(1500);
  });
});

describe('OnMessageSend: its own failures follow the policy onError', () => {
  const failAllow = { allowEvent: true };
  const failBlock = { allowEvent: false, errorMessage: FAILURE_BLOCK_MESSAGE };

  test.each([
    ['body unreadable (body.getAsync fails)', { faults: { 'body.getAsync': 'fail' as const } }],
    ['subject call throws (missing API)', { faults: { 'subject.getAsync': 'throw' as const } }],
    ['recipients unreadable', { faults: { 'to.getAsync': 'fail' as const } }],
  ])('%s → allow with a notice by default, block when the council chose fail-closed', async (_name, opts) => {
    const a = setup(opts);
    expect(await send(a.stub, a.handlers)).toEqual(failAllow);
    expect(a.stub.state.notifications.get(NOTIFICATION_KEY)).toMatchObject({ type: 'informationalMessage' });
    const b = setup(opts, {}, policy({ onError: 'block' }));
    expect(await send(b.stub, b.handlers)).toEqual(failBlock);
  });

  test('the engine throwing → onError', async () => {
    const boom: typeof engineCheck = () => {
      throw new RangeError('engine fault');
    };
    const a = setup(dupDraft, { check: boom });
    expect(await send(a.stub, a.handlers)).toEqual(failAllow);
    const b = setup(dupDraft, { check: boom }, policy({ onError: 'block' }));
    expect(await send(b.stub, b.handlers)).toEqual(failBlock);
  });

  test('the policy failing to load → the built-in policy checks the message (issue #18: no unchecked send)', async () => {
    const { stub, handlers } = setup(dupDraft, { loadPolicy: () => Promise.reject(new Error('network down')) });
    expect(await send(stub, handlers)).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  });

  test('an Office call that never answers completes once at the time budget, before Outlook\'s 5 s', async () => {
    jest.useFakeTimers();
    const { handlers } = setup({ faults: { 'body.getAsync': 'hang' } });
    const { event, completed } = stubEvent();
    const p = handlers.onMessageSendHandler(event);
    await jest.advanceTimersByTimeAsync(2400);
    expect(completed).not.toHaveBeenCalled(); // the call's own 2.5 s timeout ends it, inside the 2.9 s budget
    await jest.advanceTimersByTimeAsync(600);
    await p;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    await jest.advanceTimersByTimeAsync(10000);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('a policy load that never answers ends at the budget with the built-in onError (allow)', async () => {
    jest.useFakeTimers();
    const { handlers } = setup({}, { loadPolicy: () => new Promise(() => undefined) });
    const { event, completed } = stubEvent();
    const p = handlers.onMessageSendHandler(event);
    await jest.advanceTimersByTimeAsync(4000);
    await p;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  test('fail-closed: a body that never answers blocks once the council policy says block', async () => {
    jest.useFakeTimers();
    const { handlers } = setup({ faults: { 'body.getAsync': 'hang' } }, {}, policy({ onError: 'block' }));
    const { event, completed } = stubEvent();
    const p = handlers.onMessageSendHandler(event);
    await jest.advanceTimersByTimeAsync(4000);
    await p;
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith(failBlock);
  });

  test('nothing from the email reaches the console on failure paths', async () => {
    const spies = (['log', 'warn', 'error', 'info'] as const).map((m) => jest.spyOn(console, m).mockImplementation(() => undefined));
    const secret = { ...dupDraft, subject: 'Secret subject XYZ', bodyText: 'Body text QWERTY', faults: { 'body.getAsync': 'fail' as const } };
    const { stub, handlers } = setup(secret);
    await send(stub, handlers);
    await handlers.onMessageRecipientsChangedHandler(stubEvent().event);
    const printed = spies.flatMap((s) => s.mock.calls.flat().map(String)).join('\n');
    spies.forEach((s) => s.mockRestore());
    for (const leak of ['XYZ', 'QWERTY', 'jo.bloggs', 'sam@example.org', 'clerk@']) expect(printed).not.toContain(leak);
  });
});

describe('compose events: pre-compute into sessionData, notify, complete once', () => {
  const names = ['onMessageComposeHandler', 'onMessageRecipientsChangedHandler', 'onMessageAttachmentsChangedHandler', 'onMessageFromChangedHandler'] as const;

  test.each(names)('%s caches the recipient findings with a fingerprint and shows an insight with a task-pane action', async (name) => {
    const { stub, handlers } = setup(dupDraft);
    const { event, completed } = stubEvent();
    await handlers[name](event);
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0]).toEqual([]);
    const cached = JSON.parse(stub.state.session.get(SESSION.precomputed) ?? '{}');
    expect(cached.fp).toMatch(/^[0-9a-f]{16}/);
    expect(cached.findings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['recipients/duplicate']);
    const n = stub.state.notifications.get(NOTIFICATION_KEY) as { type: string; message: string; actions: { actionType: string; commandId: string }[] };
    expect(n.type).toBe('insightMessage');
    expect(n.message.length).toBeLessThanOrEqual(150);
    expect(n.actions[0]).toMatchObject({ actionType: 'showTaskPane', commandId: COMPOSE_PANE_COMMAND_ID });
  });

  test.each(names)('%s completes once when an Office call fails', async (name) => {
    const { handlers } = setup({ faults: { 'cc.getAsync': 'fail' } });
    const { event, completed } = stubEvent();
    await handlers[name](event);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test.each(names)('%s completes once at the budget when getAsync never answers', async (name) => {
    jest.useFakeTimers();
    const { handlers } = setup({ faults: { 'to.getAsync': 'hang' } });
    const { event, completed } = stubEvent();
    const p = handlers[name](event);
    await jest.advanceTimersByTimeAsync(3600);
    await p;
    expect(completed).toHaveBeenCalledTimes(1);
  });

  test('below Mailbox 1.10 the notification is a plain informational message', async () => {
    const { stub, handlers } = setup({ ...dupDraft, mailbox: '1.9' });
    await handlers.onMessageRecipientsChangedHandler(stubEvent().event);
    expect(stub.state.notifications.get(NOTIFICATION_KEY)).toMatchObject({ type: 'informationalMessage', persistent: false });
  });

  test('when the findings go away the notification is removed', async () => {
    const { stub, handlers } = setup(dupDraft);
    await handlers.onMessageRecipientsChangedHandler(stubEvent().event);
    stub.state.cc = [];
    await handlers.onMessageRecipientsChangedHandler(stubEvent().event);
    expect(stub.state.notifications.has(NOTIFICATION_KEY)).toBe(false);
  });

  test('send reuses a fresh cache instead of re-running the recipient rules', async () => {
    const spy = jest.fn(onlyDuplicate);
    const { stub, handlers } = setup(dupDraft, { check: spy });
    await handlers.onMessageRecipientsChangedHandler(stubEvent().event);
    spy.mockClear();
    const o = await send(stub, handlers);
    expect(o.allowEvent).toBe(false);
    expect(spy.mock.calls.map((c) => c[2])).toEqual([{ touching: ['subject', 'body', 'headers'] }]);
  });

  test('send ignores a stale cache: recipients changed after it was written', async () => {
    const { stub, handlers } = setup(dupDraft);
    await handlers.onMessageRecipientsChangedHandler(stubEvent().event);
    stub.state.cc = []; // the duplicate is gone, but no event updated the cache
    expect(await send(stub, handlers)).toEqual({ allowEvent: true });
  });

  test('send works without sessionData (clients below 1.11)', async () => {
    const { stub, handlers } = setup({ ...dupDraft, mailbox: '1.12', noSessionData: true });
    expect((await send(stub, handlers)).allowEvent).toBe(false);
    await flush();
  });
});
