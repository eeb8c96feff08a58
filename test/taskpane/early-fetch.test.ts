// The pane's policy file and text are requested before the rest of its bundle runs
// (src/taskpane/early-fetch.ts). Guarded without timing: what the module hands out, that the pane
// asks for the policy with the options it was started with, and that each entry evaluates it first.
import fs from 'fs';
import path from 'path';
import { PAGE_FILES_KEY, POLICY_INIT, POLICY_TEXT_FILE, TEXT_INIT, prefetcher, type EarlyFetch, type EarlyResponse, type Prefetcher } from '../../src/taskpane/early-fetch';
import { loadHostedPolicy } from '../../src/policy/hosted';
import { ROOT } from '../helpers/draft';

const response = (text: string): EarlyResponse => ({ ok: true, status: 200, text: () => Promise.resolve(text) });

function recorder() {
  const calls: { url: string; init?: { cache?: string; credentials?: string } }[] = [];
  const fetchLike: EarlyFetch = (url, init) => {
    calls.push({ url, init });
    return Promise.resolve(response(`${calls.length}`));
  };
  return { calls, fetchLike };
}

const POLICY = 'https://addin.example.org/policy.json';
const TEXT = `https://addin.example.org/${POLICY_TEXT_FILE}`;

describe('prefetcher', () => {
  it('starts the request at once and hands it to the first matching fetch, and only that one', async () => {
    const early = recorder();
    const late = recorder();
    const p = prefetcher(early.fetchLike);
    p.start(POLICY, POLICY_INIT);
    expect(early.calls).toEqual([{ url: POLICY, init: POLICY_INIT }]);
    const f = p.fetch(late.fetchLike);
    expect(await (await f(POLICY, { ...POLICY_INIT })).text()).toBe('1');
    expect(late.calls).toEqual([]);
    // A second ask (a retry) goes to the network.
    await f(POLICY, POLICY_INIT);
    expect(late.calls).toEqual([{ url: POLICY, init: POLICY_INIT }]);
    expect(early.calls).toHaveLength(1);
  });

  it.each([
    ['another address', TEXT, POLICY_INIT],
    ['other cache options', POLICY, { cache: 'reload', credentials: 'omit' }],
    ['other credentials', POLICY, { cache: 'no-cache', credentials: 'include' }],
    ['no options', POLICY, undefined],
  ])('does not answer a request with %s from the one started ahead', async (_, url, init) => {
    const early = recorder();
    const late = recorder();
    const p = prefetcher(early.fetchLike);
    p.start(POLICY, POLICY_INIT);
    await p.fetch(late.fetchLike)(url, init);
    expect(late.calls).toEqual([{ url, init }]);
  });

  it('starts nothing for an address that is not http(s), or without fetch', () => {
    const early = recorder();
    prefetcher(early.fetchLike).start('file:///C:/addin/policy.json', POLICY_INIT);
    expect(early.calls).toEqual([]);
    expect(() => prefetcher(undefined).start(POLICY, POLICY_INIT)).not.toThrow();
  });

  it('passes a failed request on to whoever asks, and a thrown one as a rejection', async () => {
    const p = prefetcher(() => Promise.reject(new TypeError('offline')));
    p.start(POLICY, POLICY_INIT);
    await expect(p.fetch(recorder().fetchLike)(POLICY, POLICY_INIT)).rejects.toThrow('offline');
    const q = prefetcher(() => {
      throw new TypeError('blocked');
    });
    q.start(TEXT, TEXT_INIT);
    await expect(q.fetch(recorder().fetchLike)(TEXT, TEXT_INIT)).rejects.toThrow('blocked');
  });
});

describe('the pane takes the policy request started ahead', () => {
  it('loadHostedPolicy asks with the options early-fetch starts it with', async () => {
    const seen: unknown[] = [];
    const text = fs.readFileSync(path.join(ROOT, 'policy/ware-town-council.json'), 'utf8');
    const loaded = await loadHostedPolicy({
      url: POLICY,
      fetch: (url, init) => {
        seen.push(init);
        return Promise.resolve(response(text));
      },
    });
    expect(loaded.source).toBe('hosted');
    expect(seen).toEqual([POLICY_INIT]);
  });

  it('start.tsx reads both files through the page fetch, with the text options early-fetch uses', () => {
    const src = fs.readFileSync(path.join(ROOT, 'src/taskpane/start.tsx'), 'utf8');
    expect(src).toMatch(/pageFetch\(new URL\(POLICY_TEXT_FILE, window\.location\.href\)\.href, TEXT_INIT\)/);
    expect(src).toMatch(/loadHostedPolicy\(\{[^}]*fetch: pageFetch/);
    expect(src).not.toMatch(/[^.\w]fetch\(|window\.fetch\((?!url, init)/);
  });
});

describe('each entry evaluates early-fetch before any other module', () => {
  const importsOf = (file: string) => [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(/^import\s+(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]);

  it.each([
    ['src/taskpane/index.tsx', './early-fetch'],
    ['src/playground/taskpane.tsx', '../taskpane/early-fetch'],
  ])('%s imports %s first', (file, first) => {
    expect(importsOf(file)[0]).toBe(first);
  });

  it('early-fetch.ts itself imports nothing, so nothing of the bundle runs before it', () => {
    expect(importsOf('src/taskpane/early-fetch.ts')).toEqual([]);
  });

  it('the pages’ early script (early-start.ts) imports early-fetch and nothing else', () => {
    expect(importsOf('src/taskpane/early-start.ts')).toEqual(['./early-fetch']);
  });
});

describe('the entry takes the requests the early script started', () => {
  const w = globalThis as unknown as { window?: unknown };
  afterEach(() => {
    delete w.window;
  });
  const load = (): Prefetcher => {
    let files: Prefetcher | undefined;
    jest.isolateModules(() => {
      files = (jest.requireActual('../../src/taskpane/early-fetch') as { pageFiles: Prefetcher }).pageFiles;
    });
    return files!;
  };

  it('the first copy starts both files and leaves them on the window; a second copy takes them and starts nothing', () => {
    const calls = recorder();
    const page: Record<string, unknown> = { fetch: calls.fetchLike, location: { href: 'https://addin.example.org/taskpane.html' } };
    w.window = page;
    const early = load();
    expect(calls.calls.map((c) => c.url)).toEqual([POLICY, TEXT]);
    expect(page[PAGE_FILES_KEY]).toBe(early);
    expect(load()).toBe(early);
    expect(calls.calls).toHaveLength(2);
  });

  it('without the early script the entry starts them itself, once', () => {
    const calls = recorder();
    w.window = { fetch: calls.fetchLike, location: { href: 'https://addin.example.org/taskpane.html' } };
    load();
    expect(calls.calls.map((c) => c.url)).toEqual([POLICY, TEXT]);
  });
});
