// Issue #19 item 6: where the event handlers keep the last good policy copy, per Outlook client.
// OfficeRuntime.storage works in Outlook only for event-based add-ins on Windows (classic Outlook's
// JavaScript-only runtime); the browser runtime of Outlook on the web, new Outlook and Mac has
// localStorage instead.
import { CACHE_KEY, eventRuntimePolicyStorage, loadHostedPolicy, type PolicyStorage } from '../../src/policy/hosted';
import fs from 'fs';
import path from 'path';

const POLICY = fs.readFileSync(path.join(__dirname, '../../policy/ware-town-council.json'), 'utf8');

function memoryLocalStorage() {
  const m = new Map<string, string>();
  return { m, ls: { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) } };
}
function memoryOfficeStorage(): PolicyStorage & { m: Map<string, string> } {
  const m = new Map<string, string>();
  return { m, getItem: async (k) => m.get(k) ?? null, setItem: async (k, v) => void m.set(k, v) };
}
/** OfficeRuntime.storage where Outlook does not support it: present, but every call rejects. */
const unsupportedOfficeStorage: PolicyStorage = { getItem: () => Promise.reject(new Error('not supported')), setItem: () => Promise.reject(new Error('not supported')) };

describe.each([
  ['classic Outlook on Windows (JavaScript-only runtime)', 'OfficeRuntime.storage', () => ({ local: undefined, office: memoryOfficeStorage() })],
  ['Outlook on the web (browser runtime)', 'localStorage', () => ({ local: memoryLocalStorage(), office: unsupportedOfficeStorage })],
  ['new Outlook on Windows (browser runtime)', 'localStorage', () => ({ local: memoryLocalStorage(), office: undefined })],
  ['Outlook on Mac (browser runtime)', 'localStorage', () => ({ local: memoryLocalStorage(), office: unsupportedOfficeStorage })],
] as const)('%s', (_client, kind, make) => {
  it(`keeps the last good copy in ${kind} and falls back to it when the hosted file cannot be fetched`, async () => {
    const env = make();
    const picked = eventRuntimePolicyStorage({ localStorage: () => env.local?.ls, officeRuntimeStorage: () => env.office });
    expect(picked.kind).toBe(kind);
    const ok = await loadHostedPolicy({ url: 'https://addin.example.org/policy.json', fetch: async () => ({ ok: true, status: 200, text: async () => POLICY }), storage: picked.storage, now: () => new Date('2026-11-28T09:00:00Z') });
    expect(ok.source).toBe('hosted');
    const saved = env.local ? env.local.m.get(CACHE_KEY) : (env.office as ReturnType<typeof memoryOfficeStorage>).m.get(CACHE_KEY);
    expect(saved).toBeDefined();
    const offline = await loadHostedPolicy({ url: 'https://addin.example.org/policy.json', fetch: () => Promise.reject(new TypeError('Failed to fetch')), storage: picked.storage });
    expect(offline.source).toBe('cached');
    expect(offline.savedAt).toBe('2026-11-28T09:00:00.000Z');
  });
});

it('storage disabled in the browser (touching localStorage throws) and no OfficeRuntime.storage: no copy, the built-in policy', async () => {
  const picked = eventRuntimePolicyStorage({
    localStorage: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
    officeRuntimeStorage: () => undefined,
  });
  expect(picked).toEqual({ kind: 'none', storage: undefined });
  const p = await loadHostedPolicy({ url: 'https://addin.example.org/policy.json', fetch: () => Promise.reject(new TypeError('Failed to fetch')), storage: picked.storage });
  expect(p.source).toBe('built-in');
});
