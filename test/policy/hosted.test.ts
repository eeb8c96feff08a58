// The hosted policy file: fetched from the add-in's origin, validated, the last good copy cached,
// and fallbacks (cached, then built-in) with a notice, never a rejection, within a short timeout.
import fs from 'fs';
import path from 'path';
import { CACHE_KEY, loadHostedPolicy, localStoragePolicyStorage, policyUrl, type FetchLike, type PolicyStorage } from '../../src/policy/hosted';

const ROOT = path.resolve(__dirname, '../..');
const good = JSON.parse(fs.readFileSync(path.join(ROOT, 'policy/ware-town-council.json'), 'utf8'));
const text = (o: unknown) => JSON.stringify(o);
const URL_ = 'https://addin.example.org/policy.json';

function memoryStorage(initial: Record<string, string> = {}): PolicyStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return { data, getItem: async (k) => data.get(k) ?? null, setItem: async (k, v) => void data.set(k, v) };
}
const serve = (status: number, body: string): FetchLike => async () => ({ ok: status >= 200 && status < 300, status, text: async () => body });
const now = () => new Date('2026-11-28T02:00:00Z');

afterEach(() => jest.useRealTimers());

test('a good hosted file is used and cached as the last good copy', async () => {
  const storage = memoryStorage();
  const r = await loadHostedPolicy({ url: URL_, fetch: serve(200, text({ ...good, version: 'hosted-7' })), storage, now });
  expect(r).toMatchObject({ source: 'hosted' });
  expect(r.notice).toBeUndefined();
  expect(r.config.version).toBe('hosted-7');
  expect(JSON.parse(storage.data.get(CACHE_KEY)!)).toMatchObject({ savedAt: '2026-11-28T02:00:00.000Z' });
});

test('a broken hosted file (typo in a key) falls back to the last good copy with a visible notice', async () => {
  const storage = memoryStorage();
  await loadHostedPolicy({ url: URL_, fetch: serve(200, text({ ...good, version: 'good-1' })), storage, now });
  const r = await loadHostedPolicy({ url: URL_, fetch: serve(200, text({ ...good, modee: 'warn' })), storage, now });
  expect(r.source).toBe('cached');
  expect(r.config.version).toBe('good-1');
  expect(r.notice).toMatch(/could not be loaded.*1 problem.*modee.*2026-11-28.*good-1/);
  // The broken file did not replace the cached copy.
  expect(JSON.parse(storage.data.get(CACHE_KEY)!).text).toContain('good-1');
});

test.each([
  ['a server error', serve(500, 'oops'), /server answered HTTP 500/],
  ['invalid JSON', serve(200, '{ "version": '), /problem/],
  ['a network failure', (async () => Promise.reject(new TypeError('Failed to fetch'))) as FetchLike, /network request failed/],
])('%s with no cache falls back to the built-in policy with a notice', async (_n, fetch, why) => {
  const r = await loadHostedPolicy({ url: URL_, fetch, storage: memoryStorage() });
  expect(r.source).toBe('built-in');
  expect(r.config.organisation.name).toBe('Ware Town Council');
  expect(r.notice).toMatch(why);
});

test('a server that never answers gives up after the timeout (send is not held up)', async () => {
  jest.useFakeTimers();
  const p = loadHostedPolicy({ url: URL_, fetch: () => new Promise(() => undefined), storage: memoryStorage(), timeoutMs: 1500 });
  await jest.advanceTimersByTimeAsync(1500);
  await expect(p).resolves.toMatchObject({ source: 'built-in', notice: expect.stringMatching(/did not answer in time/) });
});

test('a damaged cache entry is ignored in favour of the built-in policy', async () => {
  const r = await loadHostedPolicy({ url: URL_, fetch: serve(404, ''), storage: memoryStorage({ [CACHE_KEY]: '{"text": 42' }) });
  expect(r.source).toBe('built-in');
});

test('storage that fails to save does not cost the fresh policy', async () => {
  const storage: PolicyStorage = { getItem: async () => null, setItem: () => Promise.reject(new Error('QuotaExceededError')) };
  await expect(loadHostedPolicy({ url: URL_, fetch: serve(200, text(good)), storage })).resolves.toMatchObject({ source: 'hosted' });
});

test('no fetch at all (unavailable runtime) uses the cache', async () => {
  const storage = memoryStorage();
  await loadHostedPolicy({ url: URL_, fetch: serve(200, text({ ...good, version: 'v9' })), storage, now });
  await expect(loadHostedPolicy({ url: URL_, storage })).resolves.toMatchObject({ source: 'cached', config: { version: 'v9' } });
});

test.each([
  ['https://addin.example.org/taskpane.html?x=1', 'https://localhost:3000', 'https://addin.example.org/policy.json'],
  ['https://council.example/addin/taskpane.html', 'https://localhost:3000', 'https://council.example/addin/policy.json'],
  [undefined, 'https://addin.example.org/', 'https://addin.example.org/policy.json'],
  ['about:blank', 'https://addin.example.org', 'https://addin.example.org/policy.json'],
])('policyUrl(%j, %j) → %j', (page, origin, url) => {
  expect(policyUrl(page, origin)).toBe(url);
});

test('localStorage adapter turns a throwing localStorage into rejections', async () => {
  const throwing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('SecurityError'); } };
  const s = localStoragePolicyStorage(throwing)!;
  await expect(s.getItem('k')).rejects.toThrow('SecurityError');
  await expect(s.setItem('k', 'v')).rejects.toThrow('SecurityError');
});
