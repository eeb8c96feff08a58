// Issue #18 finding 1: a policy host that sends its headers at once and then never finishes the
// body must not let a message out unchecked. The BUILT bundle (dist/launchevent.js) runs in a vm
// context whose clock is a fake one (@sinonjs/fake-timers: setTimeout, clearTimeout and Date), and
// whose fetch is Node's real fetch against a local 127.0.0.1 server that answers 200 with headers
// and then holds the body open. The send handler must complete exactly once with the verdict of the
// check on the SAVED policy (or the built-in one when nothing is saved); when the check itself
// cannot finish, the saved policy's onError decides. No wall-clock time is asserted: only the fake
// clock is read, and real time is only waited on so the socket can make progress.
import fs from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import vm from 'vm';
import { requireBuilt, DIST } from './build';
import { createOfficeStub, stubEvent, type StubOptions } from '../office/office-stub';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const FakeTimers = require('@sinonjs/fake-timers') as {
  createClock(now?: number): { setTimeout: typeof setTimeout; clearTimeout: typeof clearTimeout; Date: DateConstructor; now: number; tick(ms: number): number };
};

const CACHE_KEY = 'cep.policy.lastGood';
let code = '';
let hostedText = '';
let server: http.Server;
let origin = '';
/** What the slow host is doing: 'trickle' sends headers then holds the body open; 'ok' answers in full. */
let hostMode: 'trickle' | 'ok' = 'trickle';
const open = new Set<http.ServerResponse>();
/** Requests the slow host has received and not yet answered: it sends headers when the test says. */
const held: http.ServerResponse[] = [];
let received = 0;

function sendHeaders(res: http.ServerResponse): void {
  // Headers, one byte of body, then nothing: the body never completes.
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(hostedText.length) });
  res.write(hostedText.slice(0, 1));
  open.add(res);
}

beforeAll(async () => {
  requireBuilt();
  code = fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8');
  hostedText = fs.readFileSync(path.join(DIST, 'policy.json'), 'utf8');
  server = http.createServer((req, res) => {
    received++;
    if (hostMode === 'ok') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(hostedText);
      return;
    }
    held.push(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(() => {
  for (const res of open) res.destroy();
  open.clear();
  held.length = 0;
  hostMode = 'trickle';
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

/** A saved last good copy of the policy, as the add-in stores it after a good load. */
function saved(changes: Record<string, unknown>): string {
  const p = { ...JSON.parse(hostedText), ...changes };
  return JSON.stringify({ text: JSON.stringify(p), savedAt: '2026-11-01T09:00:00.000Z' });
}

function load(opts: StubOptions, savedEntry?: string) {
  const clock = FakeTimers.createClock(Date.UTC(2026, 11, 6, 9, 0, 0));
  const stub = createOfficeStub({
    from: { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' },
    to: [{ emailAddress: 'jo.bloggs@example.co.uk', displayName: 'Jo Bloggs' }],
    subject: 'Allotment waiting list',
    bodyText: 'Dear Jo,\n\nThank you for your letter about the allotment waiting list. You are now on the list.\n\nKind regards,\nTown Clerk',
    mailbox: '1.15',
    ...opts,
  });
  const storage = new Map<string, string>();
  if (savedEntry) storage.set(CACHE_KEY, savedEntry);
  const net = { calls: 0, pendingHeaders: 0, receivedBefore: received };
  const sandbox = {
    Office: stub.Office,
    OfficeRuntime: {
      storage: {
        getItem: async (k: string) => storage.get(k) ?? null,
        setItem: async (k: string, v: string) => void storage.set(k, v),
      },
    },
    setTimeout: clock.setTimeout,
    clearTimeout: clock.clearTimeout,
    setInterval: clock.setTimeout,
    clearInterval: clock.clearTimeout,
    Date: clock.Date,
    // The real fetch; the wrapper only notes when the headers have arrived, so the fake clock is
    // never advanced while a response is still on its way (that would make the test depend on speed).
    fetch: (url: string, init?: RequestInit) => {
      net.calls++;
      net.pendingHeaders++;
      const p = fetch(new URL(new URL(url).pathname, origin), init);
      p.then(
        () => net.pendingHeaders--,
        () => net.pendingHeaders--,
      );
      return p;
    },
    console: { log() {}, info() {}, warn() {}, error() {} },
  };
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { filename: 'launchevent.js' });
  return { stub, storage, clock, net };
}

const realTurn = () => new Promise((r) => setImmediate(r));

/**
 * Fire a handler and step the fake clock until it completes (or 10 fake seconds pass). The slow host
 * sends its headers when the fake clock reaches `headersAtMs` after the request (the case:
 * just inside the 1.5 s the old code waited for headers, after which it waited as long again for
 * the body).
 */
async function fire(rt: ReturnType<typeof load>, name: string, headersAtMs = 1400) {
  const { event, completed } = stubEvent();
  const handler = rt.stub.associated.get(name);
  if (!handler) throw new Error(`${name} is not associated`);
  const started = rt.clock.now;
  let doneAt = -1;
  void handler(event);
  for (let step = 0; step < 200 && doneAt < 0; step++) {
    for (let i = 0; i < 5; i++) await realTurn();
    // Let real I/O land first (bounded real waits): requests reach the server, and once the fake
    // clock says the headers are due, they are sent and reach the client before time moves on.
    for (let i = 0; i < 2000 && received - rt.net.receivedBefore < rt.net.calls; i++) await new Promise((r) => setTimeout(r, 5));
    if (rt.clock.now - started >= headersAtMs) for (const res of held.splice(0)) sendHeaders(res);
    for (let i = 0; i < 2000 && rt.net.pendingHeaders > 0 && !held.length; i++) await new Promise((r) => setTimeout(r, 5));
    for (let i = 0; i < 5; i++) await realTurn();
    if (completed.mock.calls.length) doneAt = rt.clock.now - started;
    else rt.clock.tick(50);
  }
  // Then let a lot more fake time pass: nothing may complete the event a second time.
  for (let i = 0; i < 20; i++) {
    rt.clock.tick(500);
    await realTurn();
  }
  return { completed, doneAt };
}

const DUP = { cc: [{ emailAddress: 'jo.bloggs@example.co.uk' }] };

describe('slow policy host (headers at once, body never finishes), built bundle', () => {
  test('saved policy (onError allow) that blocks duplicates: the check on the saved copy blocks', async () => {
    const rt = load(DUP, saved({ onError: 'allow', levels: { 'recipients/duplicate': 'block' } }));
    const { completed, doneAt } = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeGreaterThanOrEqual(0);
    expect(doneAt).toBeLessThanOrEqual(2900);
    const o = completed.mock.calls[0][0];
    expect(o.allowEvent).toBe(false);
    expect(o.sendModeOverride).toBeUndefined();
    expect(JSON.parse(o.contextData).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('recipients/duplicate');
  });

  test('saved policy (onError block) that turns duplicates off: the check on the saved copy allows', async () => {
    const rt = load(DUP, saved({ onError: 'block', levels: { 'recipients/duplicate': 'off' } }));
    const { completed, doneAt } = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeLessThanOrEqual(2900);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(rt.stub.state.notifications.size).toBe(0); // a real verdict, not the failure path's notice
  });

  test('the check cannot finish (body never answers): the saved onError "block" decides', async () => {
    const rt = load({ faults: { 'body.getAsync': 'hang' } }, saved({ onError: 'block' }));
    const { completed, doneAt } = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeLessThanOrEqual(2900);
    const o = completed.mock.calls[0][0];
    expect(o.allowEvent).toBe(false);
    expect(o.errorMessage).toMatch(/chosen not to send unchecked email/);
  });

  test('the check cannot finish (body never answers): the saved onError "allow" decides', async () => {
    const rt = load({ faults: { 'body.getAsync': 'hang' } }, saved({ onError: 'allow' }));
    const { completed, doneAt } = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeLessThanOrEqual(2900);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  test('nothing saved: the built-in policy checks the message (its duplicate warning stops the send)', async () => {
    const rt = load(DUP);
    const { completed, doneAt } = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeLessThanOrEqual(2900);
    const o = completed.mock.calls[0][0];
    expect(o.allowEvent).toBe(false);
    expect(o.sendModeOverride).toBe('promptUser');
  });

  test('nothing saved and the check cannot finish: the built-in onError (allow) decides', async () => {
    const rt = load({ faults: { 'body.getAsync': 'hang' } });
    const { completed, doneAt } = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeLessThanOrEqual(2900);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  });

  test('the send handler does not go to the network when a saved copy exists', async () => {
    const rt = load({}, saved({ onError: 'block' }));
    const { completed } = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(rt.net.calls).toBe(0);
  });

  test('OnMessageCompose refreshes the saved copy from a good host; the next send uses it', async () => {
    hostMode = 'ok';
    const rt = load(DUP, saved({ levels: { 'recipients/duplicate': 'off' } }));
    expect(JSON.parse(rt.storage.get(CACHE_KEY)!).text).toContain('"off"');
    const { completed: compose } = await fire(rt, 'onMessageComposeHandler');
    expect(compose).toHaveBeenCalledTimes(1);
    expect(rt.net.calls).toBe(1);
    expect(JSON.parse(rt.storage.get(CACHE_KEY)!).text).toBe(hostedText);
    hostMode = 'trickle';
    const { completed } = await fire(rt, 'onMessageSendHandler');
    // The refreshed (hosted) policy warns about the duplicate.
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  });

  test('OnMessageCompose against the slow host completes once and keeps the saved copy', async () => {
    const entry = saved({ onError: 'block' });
    const rt = load({}, entry);
    const { completed, doneAt } = await fire(rt, 'onMessageComposeHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeLessThanOrEqual(2900);
    expect(rt.storage.get(CACHE_KEY)).toBe(entry);
  });
});
