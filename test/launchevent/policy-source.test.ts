// Which policy each event uses (issue #18, finding 1): compose events refresh from the host; the
// send handler takes the loaded, saved or built-in policy without waiting on the network beyond
// its small share. Fake timers only.
import { CACHE_KEY, type LoadedPolicy } from '../../src/policy/hosted';
import { createPolicySource, FALLBACK_TTL_MS, SEND_POLICY_WAIT_MS } from '../../src/launchevent/policy-source';
import { policy } from '../helpers/draft';

afterEach(() => jest.useRealTimers());

function memoryStorage(entries: Record<string, string> = {}) {
  const m = new Map(Object.entries(entries));
  return { getItem: async (k: string) => m.get(k) ?? null, setItem: async (k: string, v: string) => void m.set(k, v) };
}
const savedEntry = (changes: Record<string, unknown>) =>
  JSON.stringify({ text: JSON.stringify({ organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] }, roles: { councillors: [], officers: [] }, ...changes }), savedAt: '2026-11-01T09:00:00Z' });

test('send uses the saved copy at once and does not call the network', async () => {
  const load = jest.fn(() => new Promise<LoadedPolicy>(() => undefined));
  const src = createPolicySource({ load, storage: memoryStorage({ [CACHE_KEY]: savedEntry({ onError: 'block' }) }) });
  const p = await src.forSend();
  expect(p.source).toBe('cached');
  expect(p.config.onError).toBe('block');
  expect(load).not.toHaveBeenCalled();
});

test('nothing saved and a host that never answers: the built-in policy after the small share', async () => {
  jest.useFakeTimers();
  const load = jest.fn(() => new Promise<LoadedPolicy>(() => undefined));
  const src = createPolicySource({ load, storage: memoryStorage() });
  let got: LoadedPolicy | undefined;
  void src.forSend().then((p) => (got = p));
  await jest.advanceTimersByTimeAsync(SEND_POLICY_WAIT_MS - 1);
  expect(got).toBeUndefined();
  await jest.advanceTimersByTimeAsync(1);
  expect(got?.source).toBe('built-in');
  expect(load).toHaveBeenCalledTimes(1);
});

test('a fallback load is remembered for a while, then retried', async () => {
  let t = 0;
  const load = jest.fn(async (): Promise<LoadedPolicy> => ({ config: policy(), source: 'built-in' }));
  const src = createPolicySource({ load, now: () => t });
  await src.refresh();
  t += FALLBACK_TTL_MS - 1;
  await src.refresh();
  expect(load).toHaveBeenCalledTimes(1);
  t += 2;
  await src.refresh();
  expect(load).toHaveBeenCalledTimes(2);
});

test('after a good refresh, send uses the hosted policy without reading storage', async () => {
  const storage = { getItem: jest.fn(async () => null), setItem: jest.fn(async () => undefined) };
  const hosted = policy({ onError: 'block' });
  const src = createPolicySource({ load: async () => ({ config: hosted, source: 'hosted' }), storage });
  await src.refresh();
  expect((await src.forSend()).config).toBe(hosted);
  expect(storage.getItem).not.toHaveBeenCalled();
});
