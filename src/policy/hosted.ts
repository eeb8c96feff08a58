// The hosted policy file (issue #7): fetched from the add-in's own origin so a council changes its
// settings without touching the manifest, validated like any policy file, the last good copy kept
// in storage, and fallbacks that never leave the add-in without a policy or hold up a send.
// Network and storage are injected: the event runtime passes `fetch` and OfficeRuntime.storage,
// the task pane passes `fetch` and localStorage, tests pass fakes. Nothing here touches globals.
import builtInJson from '../../policy/ware-town-council.json';
import { isPolicyError, parsePolicyText, resolvePolicy, type PolicyConfig } from './config';
import { stripTrailing } from './text/trim';

export type PolicySource = 'hosted' | 'cached' | 'built-in';

export interface LoadedPolicy {
  config: PolicyConfig;
  source: PolicySource;
  /** Plain UK English for the task pane when the hosted file was not used. */
  notice?: string;
  /** When the cached copy was saved (ISO 8601), for `cached`. */
  savedAt?: string;
}

/** The subset of OfficeRuntime.storage / a wrapped localStorage this module uses. */
export interface PolicyStorage {
  getItem(key: string): Promise<string | null | undefined>;
  setItem(key: string, value: string): Promise<void>;
}

export type FetchLike = (url: string, init?: { cache?: string; credentials?: string }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface LoadPolicyOptions {
  /** Absolute URL of policy.json (see policyUrl()). */
  url: string;
  fetch?: FetchLike;
  storage?: PolicyStorage;
  /** Give up on the network after this long: a send must never wait on it. */
  timeoutMs?: number;
  now?: () => Date;
}

export const CACHE_KEY = 'cep.policy.lastGood';
export const DEFAULT_POLICY_TIMEOUT_MS = 1500;

interface CacheEntry {
  text: string;
  savedAt: string;
}

let builtIn: PolicyConfig | undefined;
/** The default policy bundled with the add-in (policy/ware-town-council.json). */
export function builtInPolicy(): PolicyConfig {
  return (builtIn ??= resolvePolicy(builtInJson, 'built-in policy'));
}

/**
 * Where policy.json lives: beside the page or script that runs, else at the origin the add-in was
 * built for (the JavaScript-only runtime has no page location, and fetch there needs an absolute URL).
 */
export function policyUrl(pageHref: string | undefined, buildOrigin: string): string {
  if (pageHref && /^https?:/i.test(pageHref)) {
    try {
      return new URL('policy.json', pageHref).href;
    } catch {
      // fall through to the build origin
    }
  }
  return stripTrailing(buildOrigin, '/') + '/policy.json';
}

function timeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

/** Why the hosted file was not used, without quoting it. */
function reason(e: unknown): string {
  if (isPolicyError(e)) return `it has ${e.problems.length} problem${e.problems.length === 1 ? '' : 's'} (first: ${e.problems[0]?.path || 'top level'})`;
  if (e instanceof Error && /^HTTP \d+$/.test(e.message)) return `the server answered ${e.message}`;
  if (e instanceof Error && /no answer within/.test(e.message)) return 'the server did not answer in time';
  return 'the network request failed';
}

/** The last good copy saved by an earlier load, without going to the network; undefined when there is none. */
export async function readSavedPolicy(storage: PolicyStorage | undefined): Promise<LoadedPolicy | undefined> {
  const cached = await readCache(storage);
  return cached && { config: cached.config, source: 'cached', savedAt: cached.savedAt };
}

async function readCache(storage: PolicyStorage | undefined): Promise<{ config: PolicyConfig; savedAt: string } | undefined> {
  if (!storage) return undefined;
  try {
    const raw = await storage.getItem(CACHE_KEY);
    if (!raw) return undefined;
    const entry = JSON.parse(raw) as CacheEntry;
    if (typeof entry?.text !== 'string') return undefined;
    return { config: parsePolicyText(entry.text, 'cached policy'), savedAt: String(entry.savedAt ?? '') };
  } catch {
    return undefined; // a damaged cache is no cache: fall back to the built-in policy
  }
}

/** Fetch, validate and cache the hosted policy; fall back to the last good copy, then the built-in one. Never rejects. */
export async function loadHostedPolicy(o: LoadPolicyOptions): Promise<LoadedPolicy> {
  const now = o.now ?? (() => new Date());
  let failure: unknown;
  if (o.fetch) {
    try {
      const f = o.fetch;
      // One deadline for headers and body together: a host that sends its headers just in time and
      // then trickles the body must not double the wait (issue #18, finding 1).
      const text = await timeout(
        f(o.url, { cache: 'no-cache', credentials: 'omit' }).then((res) => {
          if (!res.ok) throw new Error(`HTTP ${res.status}`);
          return res.text();
        }),
        o.timeoutMs ?? DEFAULT_POLICY_TIMEOUT_MS,
      );
      const config = parsePolicyText(text, 'hosted policy.json');
      if (o.storage) {
        const entry: CacheEntry = { text, savedAt: now().toISOString() };
        // Caching is best effort; a full or missing store must not cost the fresh policy.
        await o.storage.setItem(CACHE_KEY, JSON.stringify(entry)).catch(() => undefined);
      }
      return { config, source: 'hosted' };
    } catch (e) {
      failure = e;
    }
  } else {
    failure = new Error('fetch unavailable');
  }
  const why = reason(failure);
  const cached = await readCache(o.storage);
  if (cached) {
    return {
      config: cached.config,
      source: 'cached',
      savedAt: cached.savedAt,
      notice: `The council's policy file could not be loaded (${why}), so the copy saved ${cached.savedAt ? `on ${cached.savedAt.slice(0, 10)}` : 'earlier'} is in force (version ${cached.config.version}).`,
    };
  }
  const config = builtInPolicy();
  return {
    config,
    source: 'built-in',
    notice: `The council's policy file could not be loaded (${why}) and no saved copy was found, so the built-in default policy is in force (version ${config.version}).`,
  };
}

/** Wrap window.localStorage (synchronous, may throw when disabled) as PolicyStorage. */
export function localStoragePolicyStorage(ls: Pick<Storage, 'getItem' | 'setItem'> | undefined): PolicyStorage | undefined {
  if (!ls) return undefined;
  return {
    getItem: (k) => {
      try {
        return Promise.resolve(ls.getItem(k));
      } catch (e) {
        return Promise.reject(e);
      }
    },
    setItem: (k, v) => {
      try {
        ls.setItem(k, v);
        return Promise.resolve();
      } catch (e) {
        return Promise.reject(e);
      }
    },
  };
}

export type PolicyStorageKind = 'OfficeRuntime.storage' | 'localStorage' | 'none';

/**
 * Where the event handlers keep the last good policy copy, by the runtime they run in
 * (learn.microsoft.com/office/dev/add-ins/testing/runtimes: Outlook's event-based tasks run in the
 * JavaScript-only runtime in classic Outlook on Windows, which "doesn't support local storage",
 * and in a browser runtime — which adds local storage — in Outlook on the web, new Outlook on
 * Windows and Outlook on Mac). OfficeRuntime.storage is supported in Outlook "only with the
 * event-based activation feature implemented in Outlook on Windows" and "isn't supported in
 * Outlook on Mac or on the web" (learn.microsoft.com/javascript/api/office-runtime/officeruntime.storage).
 * So: localStorage whenever the runtime has one (a browser runtime), else OfficeRuntime.storage.
 * Both are passed as getters: touching `localStorage` can throw (storage disabled), and the
 * JavaScript-only runtime has no such global at all.
 */
export function eventRuntimePolicyStorage(env: {
  localStorage?: () => Pick<Storage, 'getItem' | 'setItem'> | undefined;
  officeRuntimeStorage?: () => PolicyStorage | undefined;
}): { kind: PolicyStorageKind; storage: PolicyStorage | undefined } {
  let ls: Pick<Storage, 'getItem' | 'setItem'> | undefined;
  try {
    ls = env.localStorage?.();
  } catch {
    ls = undefined; // storage disabled by the browser: try the other store
  }
  if (ls && typeof ls.getItem === 'function' && typeof ls.setItem === 'function') return { kind: 'localStorage', storage: localStoragePolicyStorage(ls) };
  let ors: PolicyStorage | undefined;
  try {
    ors = env.officeRuntimeStorage?.();
  } catch {
    ors = undefined;
  }
  if (ors && typeof ors.getItem === 'function' && typeof ors.setItem === 'function') return { kind: 'OfficeRuntime.storage', storage: ors };
  return { kind: 'none', storage: undefined };
}
