// Issue #19 item 2, per Outlook client: a Forward of a message that was sent with a reason must not
// carry that reason (or the parent's retention choice) into the new draft's decision. The simulated
// Office models each client as metadata-for-an-outlook-add-in ("Platform behavior in messages")
// documents it: classic Outlook on Windows loads the parent's custom properties on Forward; Outlook
// on the web, new Outlook on Windows and Outlook on Mac start with none. The real handlers and the
// real compose port run against it.
import { OfficeComposePort } from '../../src/office';
import { createHandlers } from '../../src/launchevent/handlers';
import { builtInPolicy } from '../../src/policy/hosted';
import { PROP } from '../../src/policy/records';
import type { Platform, RequirementSet } from '../../src/playground/office-sim/store';
import { makeSim } from './sim';

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

const CLIENTS: [Platform, RequirementSet, boolean][] = [
  // [client, highest Mailbox set it reaches, loads the parent's custom properties on Forward]
  ['windows-classic', '1.15', true],
  ['windows-classic', '1.14', true],
  ['windows-new', '1.15', false],
  ['web', '1.15', false],
  ['mac', '1.14', false],
];

/**
 * Runs the send handler on fake timers stepped 10 ms at a time: its time budget passes on the test's
 * clock, so a busy machine (a slow first check) never makes it fall back to onError.
 */
async function send(handlers: ReturnType<typeof createHandlers>): Promise<Record<string, unknown>> {
  jest.useFakeTimers();
  try {
    let result: Record<string, unknown> | undefined;
    void handlers.onMessageSendHandler({ completed: (o?: Record<string, unknown>) => void (result = o ?? {}) });
    for (let i = 0; i < 1000 && !result; i++) await jest.advanceTimersByTimeAsync(10);
    if (!result) throw new Error('the send handler did not complete within 10 s of fake time');
    return result;
  } finally {
    jest.useRealTimers();
  }
}

describe.each(CLIENTS)('%s at Mailbox %s', (platform, set, inherits) => {
  it(`a forward ${inherits ? 'loads' : 'does not load'} the parent's records, and either way is warned again and sent without the parent's reason`, async () => {
    const { store, item } = makeSim(set, 'visible-external');
    store.platform = platform;
    const handlers = createHandlers({ item, loadPolicy: async () => ({ config: builtInPolicy(), source: 'built-in' }), supports: (v) => store.supports(v) });
    const port = new OfficeComposePort({ item: item() });

    // 1. The original: warned, the person records a reason and a retention label in the pane, presses Send.
    expect((await send(handlers)).allowEvent).toBe(false);
    await port.recordOverride({ reason: 'Residents agreed to share addresses.', rules: ['recipients/visible-external'], user: store.profile.emailAddress, at: new Date().toISOString() });
    await port.recordRetention({ labelId: 'complaints', by: 'user', at: new Date().toISOString() });
    expect(await send(handlers)).toEqual({ allowEvent: true });
    store.send('send');
    const parent = store.sent[0];
    expect(JSON.parse(String(parent.customProperties[PROP.override]))).toMatchObject({ reason: 'Residents agreed to share addresses.' });
    expect(JSON.parse(String(parent.customProperties[PROP.retention]))).toMatchObject({ labelId: 'complaints', by: 'user' });

    // 2. Forward it to the same visible external recipients.
    expect(store.forward(parent.id)).toBe(true);
    store.setRecipients('to', parent.to);
    expect(store.compose.composeType).toBe('forward');
    expect(PROP.override in store.compose.customProperties).toBe(inherits);
    const fwd = new OfficeComposePort({ item: item() });
    await expect(fwd.readOverride()).resolves.toBeUndefined();
    await expect(fwd.readRetention()).resolves.toBeUndefined();

    // 3. The send check warns again: the parent's reason does not cover this message.
    const o = await send(handlers);
    expect(o.allowEvent).toBe(false);
    // 4. Sent anyway (the Smart Alert's own button: the handler does not run again): no parent reason on it.
    store.send('send-anyway');
    const forwarded = store.sent[0];
    expect(forwarded.customProperties[PROP.override]).toBeUndefined();
    expect(JSON.parse(String(forwarded.customProperties[PROP.retention]))).toMatchObject({ by: 'rules' });
  });
});

describe('classic Outlook on Windows: a sent forward drops inherited properties that were never saved', () => {
  it('removes the parent\'s properties from the sent forward when nothing saved them', () => {
    const { store } = makeSim('1.15');
    store.platform = 'windows-classic';
    store.compose.subject = 'Hall';
    store.compose.customProperties = { [PROP.retention]: '{"labelId":"finance","by":"rules","at":""}' };
    store.send('send');
    store.forward(store.sent[0].id);
    expect(store.compose.customProperties[PROP.retention]).toBeDefined();
    store.send('send');
    expect(store.sent[0].customProperties).toEqual({});
  });
});
