// The simulated Office against Office.js's shapes, and against the add-in's real adapters
// (src/office) and handlers (src/launchevent): what works in the playground works through them.
import { OfficeComposePort, OfficeReadPort } from '../../src/office';
import { readDraft } from '../../src/office/draft';
import { createHandlers } from '../../src/launchevent/handlers';
import { builtInPolicy } from '../../src/policy/hosted';
import { mailboxSupports } from '../../src/office/async';
import { receivedExamples } from '../../src/playground/examples';
import { createOffice } from '../../src/playground/office-sim/office';
import { addr, call, DOMAINS, makeSim } from './sim';

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('simulated Office: requirement sets', () => {
  it.each([
    ['1.12', false, false],
    ['1.14', true, false],
    ['1.15', true, true],
  ] as const)('at Mailbox %s: SendModeOverride present %s, sendAsync present %s', (set, enumPresent, sendAsync) => {
    const { Office, item } = makeSim(set);
    expect(Office.context.requirements.isSetSupported('Mailbox', '1.12')).toBe(true);
    expect(Office.context.requirements.isSetSupported('Mailbox', '1.14')).toBe(enumPresent);
    expect(Office.context.requirements.isSetSupported('Mailbox', '1.15')).toBe(sendAsync);
    expect('SendModeOverride' in Office.MailboxEnums).toBe(enumPresent);
    expect(typeof (item() as unknown as { sendAsync?: unknown }).sendAsync === 'function').toBe(sendAsync);
  });

  it.each([
    ['windows-classic', 'PC'],
    ['windows-new', 'OfficeOnline'],
    ['web', 'OfficeOnline'],
    ['mac', 'Mac'],
  ] as const)('platform %s reports Office.context.platform %s', (p, expected) => {
    const sim = makeSim('1.15');
    sim.store.platform = p;
    const fresh = createOffice(sim.store).Office as unknown as typeof Office;
    expect(String(fresh.context.platform)).toBe(expected);
    expect(fresh.context.diagnostics.platform).toBe(expected);
  });

  it('supports no requirement sets other than Mailbox (e.g. NestedAppAuth)', () => {
    const { Office } = makeSim('1.15');
    expect(Office.context.requirements.isSetSupported('NestedAppAuth', '1.1')).toBe(false);
  });

  it('refuses InitializationContextChanged below 1.15 with a failed AsyncResult', async () => {
    const { Office, item } = makeSim('1.14');
    const r = await call<void>((cb) => item().addHandlerAsync(Office.EventType.InitializationContextChanged, () => undefined, cb));
    expect(r.status).toBe('failed');
    expect(r.error.name).toBe('InvalidEventDispatch');
  });
});

describe('simulated Office: async semantics', () => {
  it('calls back later, never inside the call, and passes asyncContext through', async () => {
    const { item } = makeSim('1.15', 'clean');
    let sync = true;
    const r = await new Promise<Office.AsyncResult<string>>((resolve) => {
      item().subject.getAsync({ asyncContext: { n: 7 } }, (res) => {
        expect(sync).toBe(false);
        resolve(res);
      });
      sync = false;
    });
    expect(r).toMatchObject({ status: 'succeeded', value: 'Room booking for the allotments meeting', asyncContext: { n: 7 } });
  });

  it('body text coercion turns HTML into text; setAsync with Text escapes markup', async () => {
    const { Office, item, store } = makeSim('1.15');
    await call<void>((cb) => item().body.setAsync('a <b> & c\nline two', { coercionType: Office.CoercionType.Text }, cb));
    expect(store.compose.bodyHtml).toBe('<div>a &lt;b&gt; &amp; c</div><div>line two</div>');
    const text = await call<string>((cb) => item().body.getAsync(Office.CoercionType.Text, cb));
    expect(text.value).toContain('a <b> & c');
  });

  it('rejects a notification longer than 150 characters, as Outlook does', async () => {
    const { Office, item } = makeSim('1.15');
    const r = await call<void>((cb) =>
      item().notificationMessages.replaceAsync('k', { type: Office.MailboxEnums.ItemNotificationMessageType.InformationalMessage, message: 'x'.repeat(151), icon: 'i', persistent: false }, cb),
    );
    expect(r.status).toBe('failed');
  });

  it('getAttachmentContentAsync fails with InvalidAttachmentId for an unknown id', async () => {
    const { item } = makeSim('1.15');
    const r = await call<Office.AttachmentContent>((cb) => item().getAttachmentContentAsync('nope', cb));
    expect(r.error.name).toBe('InvalidAttachmentId');
  });

  it('custom properties are a local copy until saveAsync', async () => {
    const { item, store } = makeSim('1.15');
    const loaded = await call<Office.CustomProperties>((cb) => item().loadCustomPropertiesAsync(cb));
    loaded.value.set('cep.retention', '{"labelId":"finance"}');
    expect(store.compose.customProperties).toEqual({});
    await call<void>((cb) => loaded.value.saveAsync(cb));
    expect(store.compose.customProperties).toEqual({ 'cep.retention': '{"labelId":"finance"}' });
  });

  it('RecipientsChanged reaches a handler added with addHandlerAsync, and stops after removeHandlerAsync', async () => {
    const { Office, item, store } = makeSim('1.15');
    const seen: unknown[] = [];
    await call<void>((cb) => item().addHandlerAsync(Office.EventType.RecipientsChanged, (e: unknown) => seen.push(e), cb));
    await call<void>((cb) => item().to.addAsync(['jo@example.com'], cb));
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toEqual([{ type: Office.EventType.RecipientsChanged, changedRecipientFields: { to: true } }]);
    await call<void>((cb) => item().removeHandlerAsync(Office.EventType.RecipientsChanged, cb));
    store.setRecipients('cc', [addr('sam@example.org')]);
    await new Promise((r) => setTimeout(r, 5));
    expect(seen).toHaveLength(1);
  });
});

describe('simulated Office through the add-in adapters (src/office)', () => {
  it('readDraft sees the example draft: external recipient types, compose type, attachment content', async () => {
    const { item, store } = makeSim('1.15', 'visible-external');
    store.addAttachment({ name: 'minutes.pdf', size: 4, contentType: 'application/pdf', content: 'JVBERg==', isInline: false });
    const d = await readDraft(item(), { maxContentBytes: 1000 });
    expect(d.from?.address).toBe('clerk@waretowncouncil.gov.uk');
    expect(d.to).toHaveLength(6);
    expect(d.to.every((a) => a.recipientType === 'externalUser')).toBe(true);
    expect(d.composeType).toBe('new');
    expect(d.attachments[0].name).toBe('minutes.pdf');
    expect(Array.from(d.attachments[0].content ?? [])).toEqual([0x25, 0x50, 0x44, 0x46]); // %PDF
    expect(d.body.text).toContain('allotment committee');
  });

  it('the task pane fix "move to Bcc" moves external recipients in the shared mailbox', async () => {
    const { store } = makeSim('1.15', 'visible-external');
    const port = new OfficeComposePort();
    await port.moveToBcc(store.compose.to.map((a) => a.emailAddress));
    expect(store.compose.to).toEqual([]);
    expect(store.compose.bcc).toHaveLength(6);
  });

  it('the read port gets the received headers (getAllInternetHeadersAsync)', async () => {
    const { store } = makeSim('1.15');
    store.received = receivedExamples(DOMAINS);
    store.selectedReceived = 1;
    store.mode = 'read';
    const m = await new OfficeReadPort().readMessage();
    expect(m.headers?.['authentication-results']?.[0]).toContain('dmarc=fail');
    expect(m.from?.address).toBe('cllr.ada.lovelace@waretowncounci1.co.uk');
  });

  it('mailboxSupports follows the selected requirement set', () => {
    makeSim('1.14');
    expect(mailboxSupports('1.14')).toBe(true);
    expect(mailboxSupports('1.15')).toBe(false);
  });
});

describe('simulated Office running the real send handler (src/launchevent)', () => {
  function handlersFor(sim: ReturnType<typeof makeSim>) {
    return createHandlers({ item: sim.item, loadPolicy: async () => ({ config: builtInPolicy(), source: 'built-in' }), supports: (v) => sim.store.supports(v) });
  }
  // Fake timers: the handler's time budget runs on the test's clock, stepped 10 ms at a time, so a
  // busy machine (a slow first check) never makes it fall back to onError.
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const complete = async (h: (e: { completed(o?: Record<string, unknown>): void }) => Promise<void>) => {
    let result: Record<string, unknown> | undefined;
    void h({ completed: (o) => void (result = o ?? {}) });
    for (let i = 0; i < 1000 && !result; i++) await jest.advanceTimersByTimeAsync(10);
    if (!result) throw new Error('the handler did not complete within 10 s of fake time');
    return result;
  };

  it('below 1.14 the first send of a warned draft is stopped (remembered in sessionData) and the unchanged second goes', async () => {
    const sim = makeSim('1.12', 'visible-external');
    const h = handlersFor(sim);
    const first = await complete(h.onMessageSendHandler);
    expect(first.allowEvent).toBe(false);
    expect(first.sendModeOverride).toBeUndefined();
    expect(Object.keys(sim.store.compose.sessionData).length).toBeGreaterThan(0);
    const second = await complete(h.onMessageSendHandler);
    expect(second.allowEvent).toBe(true);
  });

  it('at 1.14 a warned draft gets promptUser and a command button, and the RecipientsChanged handler leaves a notification', async () => {
    const sim = makeSim('1.14', 'visible-external');
    const h = handlersFor(sim);
    await complete(h.onMessageRecipientsChangedHandler);
    expect(Object.keys(sim.store.compose.notifications)).toHaveLength(1);
    const r = await complete(h.onMessageSendHandler);
    expect(r).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser', commandId: 'CouncilPolicy.ComposeTaskPane' });
  });
});
