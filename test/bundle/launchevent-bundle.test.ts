// The built event bundle as classic Outlook's JavaScript-only runtime gets it: it must parse as
// ES2016, load in a context holding only Office, OfficeRuntime.storage, timers, fetch and console
// (no window, document, localStorage, require or module), associate every manifest FunctionName,
// and complete every event exactly once — also when an Office call fails or the engine throws.
import * as acorn from 'acorn';
import fs from 'fs';
import path from 'path';
import vm from 'vm';
import zlib from 'zlib';
import { DOMParser } from '@xmldom/xmldom';
import { requireBuilt, DIST, ROOT } from './build';
import { createOfficeStub, stubEvent, type OfficeStub, type StubOptions } from '../office/office-stub';

let code = '';
let manifestFunctionNames: string[] = [];

beforeAll(() => {
  requireBuilt();
  code = fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8');
  const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'), 'text/xml');
  manifestFunctionNames = Array.from(doc.getElementsByTagName('LaunchEvent')).map((e) => e.getAttribute('FunctionName') ?? '');
});

interface Runtime {
  stub: OfficeStub;
  storage: Map<string, string>;
  fetchCalls: string[];
  printed: string[];
}

/**
 * `classic`: the JavaScript-only runtime of classic Outlook on Windows (OfficeRuntime.storage, no
 * localStorage). `browser`: the HTML runtime of Outlook on the web, new Outlook and Mac, which has
 * localStorage and where OfficeRuntime.storage is not supported (its setItem/getItem reject here).
 */
function load(opts: StubOptions = {}, fetchMode: 'ok' | 'fail' | 'hang' = 'ok', hostedPolicy?: string, runtime: 'classic' | 'browser' = 'classic'): Runtime & { local: Map<string, string> } {
  const stub = createOfficeStub({
    from: { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' },
    to: [{ emailAddress: 'jo.bloggs@example.co.uk', displayName: 'Jo Bloggs' }],
    subject: 'Allotment waiting list',
    bodyText: 'Dear Jo,\n\nThank you for your letter about the allotment waiting list. You are now on the list.\n\nKind regards,\nTown Clerk',
    ...opts,
  });
  const storage = new Map<string, string>();
  const fetchCalls: string[] = [];
  const printed: string[] = [];
  const policyText = hostedPolicy ?? fs.readFileSync(path.join(DIST, 'policy.json'), 'utf8');
  const local = new Map<string, string>();
  const unsupported = () => Promise.reject(new Error('OfficeRuntime.storage is not supported in this client'));
  const sandbox: Record<string, unknown> = {
    Office: stub.Office,
    OfficeRuntime: {
      storage:
        runtime === 'classic'
          ? {
              getItem: async (k: string) => storage.get(k) ?? null,
              setItem: async (k: string, v: string) => void storage.set(k, v),
            }
          : { getItem: unsupported, setItem: unsupported },
    },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    // The handler's deadline arithmetic (Date.now() in src/launchevent/handlers.ts) reads the same fake
    // clock as its timers: with the context's own Date, a first check slowed by a busy machine used
    // up the real-time budget and the header was left unstamped (the test failed under load).
    Date,
    fetch: (url: string) => {
      fetchCalls.push(url);
      if (fetchMode === 'hang') return new Promise(() => undefined);
      if (fetchMode === 'fail') return Promise.reject(new TypeError('Failed to fetch'));
      return Promise.resolve({ ok: true, status: 200, text: async () => policyText });
    },
    console: {
      log: (...a: unknown[]) => printed.push(a.map(String).join(' ')),
      info: (...a: unknown[]) => printed.push(a.map(String).join(' ')),
      warn: (...a: unknown[]) => printed.push(a.map(String).join(' ')),
      error: (...a: unknown[]) => printed.push(a.map(String).join(' ')),
    },
  };
  if (runtime === 'browser') sandbox.localStorage = { getItem: (k: string) => local.get(k) ?? null, setItem: (k: string, v: string) => void local.set(k, v) };
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { filename: 'launchevent.js' });
  return { stub, storage, fetchCalls, printed, local };
}

// Every event runs on jest's fake timers and fake Date (the bundle's setTimeout and Date are whatever
// the globals are when the context is made, in each test): the handler's time budget then passes only
// as the test steps the clock, never because a busy machine ran the first check slowly.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

async function fire(rt: Runtime, name: string): Promise<jest.Mock> {
  return (await fireOnFakeClock(rt, name)).completed;
}

test('parses as ES2016 (acorn ecmaVersion 2016), as a script with no import/export', () => {
  expect(() => acorn.parse(code, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
});

test('reports its size (raw and gzipped) within the budget (≤ 600 KB minified, ≤ 200 KB gzipped)', () => {
  const raw = Buffer.byteLength(code);
  const gz = zlib.gzipSync(code, { level: 9 }).length;
  fs.mkdirSync(path.join(ROOT, 'test-output'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'test-output', 'launchevent-size.json'), JSON.stringify({ raw, gzip: gz }) + '\n');
  console.log(`dist/launchevent.js: ${(raw / 1024).toFixed(1)} KB raw, ${(gz / 1024).toFixed(1)} KB gzipped`);
  expect(raw).toBeLessThanOrEqual(600 * 1024);
  expect(gz).toBeLessThanOrEqual(200 * 1024);
});

test('holds no hot-reload, DOM storage, MSAL or Graph client code', () => {
  // localStorage is referenced, guarded by typeof: the browser runtime keeps the last good policy there (issue #19 item 6).
  for (const s of ['webpackHotUpdate', 'module.hot', 'sessionStorage', 'indexedDB', 'msal', 'graph.microsoft.com', 'sockjs', 'WebSocket']) expect(code).not.toContain(s);
});

test('loads in the bare runtime and associates exactly the manifest FunctionNames', () => {
  const rt = load();
  expect(manifestFunctionNames.length).toBe(5);
  expect([...rt.stub.associated.keys()].sort()).toEqual([...manifestFunctionNames].sort());
});

test('a clean email is allowed, with the hosted policy fetched from an absolute URL and cached', async () => {
  const rt = load();
  const completed = await fire(rt, 'onMessageSendHandler');
  expect(completed).toHaveBeenCalledTimes(1);
  expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  expect(rt.fetchCalls).toEqual(['https://localhost:3000/policy.json']);
  expect(rt.storage.has('cep.policy.lastGood')).toBe(true);
  expect(rt.local.size).toBe(0);
});

test('in the browser runtime (web, new Outlook, Mac) the last good policy is kept in localStorage, not OfficeRuntime.storage (issue #19 item 6)', async () => {
  const rt = load({}, 'ok', undefined, 'browser');
  const completed = await fire(rt, 'onMessageSendHandler');
  expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  expect(JSON.parse(rt.local.get('cep.policy.lastGood')!).text).toContain('"organisation"');
  expect(rt.storage.size).toBe(0);
});

test('a duplicate recipient is stopped with the Smart Alert options (Mailbox 1.15)', async () => {
  const rt = load({ cc: [{ emailAddress: 'jo.bloggs@example.co.uk' }] });
  const completed = await fire(rt, 'onMessageSendHandler');
  expect(completed).toHaveBeenCalledTimes(1);
  const o = completed.mock.calls[0][0];
  expect(o.allowEvent).toBe(false);
  expect(o.commandId).toBe('CouncilPolicy.ComposeTaskPane');
  expect(JSON.parse(o.contextData).findings.map((f: { ruleId: string }) => f.ruleId)).toContain('recipients/duplicate');
});

test.each([
  ['body.getAsync fails', { faults: { 'body.getAsync': 'fail' as const } }],
  ['getAttachmentsAsync throws', { faults: { getAttachmentsAsync: 'throw' as const } }],
  ['the engine throws (subject is not a string)', { subject: Symbol('not text') as unknown as string }],
])('send completes once and allows (onError allow) when %s', async (_name, opts) => {
  const rt = load(opts);
  const completed = await fire(rt, 'onMessageSendHandler');
  expect(completed).toHaveBeenCalledTimes(1);
  expect(completed).toHaveBeenCalledWith({ allowEvent: true });
  expect(rt.printed.join('\n')).not.toContain('jo.bloggs');
});

/**
 * Fires `name` with jest's fake timers behind the bundle's setTimeout (the context is made after
 * they are installed) and steps them 100 ms at a time: returns the completion mock and the fake time
 * at which the event completed, so "in time" never depends on how busy the machine is.
 */
async function fireOnFakeClock(rt: Runtime, name: string): Promise<{ completed: jest.Mock; doneAt: number }> {
  const { event, completed } = stubEvent();
  const handler = rt.stub.associated.get(name);
  if (!handler) throw new Error(`${name} is not associated`);
  const p = handler(event);
  let doneAt = -1;
  for (let t = 100; t <= 6000 && doneAt < 0; t += 100) {
    await jest.advanceTimersByTimeAsync(100);
    if (completed.mock.calls.length) doneAt = t;
  }
  await p;
  await jest.advanceTimersByTimeAsync(10000);
  return { completed, doneAt };
}

describe('on the fake clock, when the event completes', () => {
  test('send completes within the budget when the policy fetch never answers (built-in policy)', async () => {
    const rt = load({}, 'hang');
    const { completed, doneAt } = await fireOnFakeClock(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledWith({ allowEvent: true });
    expect(doneAt).toBeGreaterThan(0);
    expect(doneAt).toBeLessThan(3000);
  });

  test('send completes once, before 5 s, when an Office call never answers', async () => {
    const rt = load({ faults: { 'body.getAsync': 'hang' } });
    const { completed, doneAt } = await fireOnFakeClock(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(doneAt).toBeGreaterThan(0);
    expect(doneAt).toBeLessThan(4500);
  });
});

test.each(['onMessageComposeHandler', 'onMessageRecipientsChangedHandler', 'onMessageAttachmentsChangedHandler', 'onMessageFromChangedHandler'])(
  '%s completes once, normally and when an Office call fails',
  async (name) => {
    const ok = load({ cc: [{ emailAddress: 'jo.bloggs@example.co.uk' }] }, 'fail');
    expect(await fire(ok, name)).toHaveBeenCalledTimes(1);
    expect(ok.stub.state.session.has('cep.pre')).toBe(true);
    const bad = load({ faults: { 'to.getAsync': 'fail' } });
    expect(await fire(bad, name)).toHaveBeenCalledTimes(1);
  },
);

describe('the backstop\'s "checked" header (policy backstop.stampHeader)', () => {
  const withBackstop = (stampHeader: boolean) => {
    const p = JSON.parse(fs.readFileSync(path.join(DIST, 'policy.json'), 'utf8'));
    return JSON.stringify({ ...p, version: '2026-12-06.1', backstop: { stampHeader } });
  };

  test('a completed check stamps the header: the add-in and policy version, nothing about the message', async () => {
    const rt = load({}, 'ok', withBackstop(true));
    const completed = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: true });
    expect([...rt.stub.state.internetHeaders]).toEqual([['X-Council-Policy-Checked', 'checked; by=Council Email Policy; policy=2026-12-06.1']]);
  });

  test('a warned message is stamped too: the check completed and the sender saw its findings', async () => {
    const rt = load({ cc: [{ emailAddress: 'jo.bloggs@example.co.uk' }] }, 'ok', withBackstop(true));
    const completed = await fire(rt, 'onMessageSendHandler');
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: false });
    expect(rt.stub.state.internetHeaders.get('X-Council-Policy-Checked')).toMatch(/^checked; /);
  });

  test('without the setting nothing is stamped', async () => {
    const rt = load({}, 'ok', withBackstop(false));
    await fire(rt, 'onMessageSendHandler');
    expect(rt.stub.calls).not.toContain('internetHeaders.setAsync');
    expect(rt.stub.state.internetHeaders.size).toBe(0);
  });

  test('a check that failed open removes a header an earlier check left, and stamps nothing', async () => {
    const rt = load({}, 'ok', withBackstop(true));
    await fire(rt, 'onMessageSendHandler');
    expect(rt.stub.state.internetHeaders.size).toBe(1);
    rt.stub.faults['body.getAsync'] = 'fail';
    const completed = await fire(rt, 'onMessageSendHandler');
    expect(completed).toHaveBeenCalledTimes(1);
    expect(completed.mock.calls[0][0]).toMatchObject({ allowEvent: true });
    expect(rt.stub.state.internetHeaders.size).toBe(0);
  });
});
