// Which policy an event uses, and when the network is asked (issue #18, finding 1). Waiting is
// harmless in OnMessageCompose and the other compose events, so they refresh the hosted file (and
// save the last good copy). The send handler must never wait on a slow host: it uses a policy this
// runtime has already loaded, else the saved copy at once, and only when there is neither does it
// give the network a small share of its budget before falling back to the built-in policy.
import { builtInPolicy, readSavedPolicy, type LoadedPolicy, type PolicyStorage } from '../policy/hosted';

export interface PolicySourceOptions {
  /** Fetch, validate and save the hosted file; falls back itself and never rejects (loadHostedPolicy). */
  load(): Promise<LoadedPolicy>;
  storage?: PolicyStorage;
  now?: () => number;
  /** A hosted policy is reused for this long within one runtime. */
  ttlMs?: number;
  /** A fallback load is remembered for this long, so every event does not wait on a dead host again. */
  fallbackTtlMs?: number;
  /** At most this long on the send path for the saved copy, and again for the network when nothing is saved. */
  sendWaitMs?: number;
}

export interface PolicySource {
  /** For events where waiting is harmless: refresh from the host (memoised), with its fallbacks. */
  refresh(): Promise<LoadedPolicy>;
  /** For the send handler: quick, never waits on the network beyond `sendWaitMs`. Never rejects. */
  forSend(): Promise<LoadedPolicy>;
}

export const POLICY_TTL_MS = 5 * 60 * 1000;
export const FALLBACK_TTL_MS = 60 * 1000;
/** About a fifth of the send handler's 2.9 s budget. */
export const SEND_POLICY_WAIT_MS = 600;

/** `p`, or undefined when it has not settled within `ms` (or rejected). */
function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve) => {
    const t = setTimeout(() => resolve(undefined), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      () => {
        clearTimeout(t);
        resolve(undefined);
      },
    );
  });
}

export function createPolicySource(o: PolicySourceOptions): PolicySource {
  const now = o.now ?? (() => Date.now());
  const ttl = o.ttlMs ?? POLICY_TTL_MS;
  const fallbackTtl = o.fallbackTtlMs ?? FALLBACK_TTL_MS;
  const wait = o.sendWaitMs ?? SEND_POLICY_WAIT_MS;
  let memo: { at: number; policy: Promise<LoadedPolicy>; settled?: LoadedPolicy } | undefined;

  function refresh(): Promise<LoadedPolicy> {
    const t = now();
    const keep = memo && (memo.settled ? t - memo.at <= (memo.settled.source === 'hosted' ? ttl : fallbackTtl) : true);
    if (!memo || !keep) {
      const entry: NonNullable<typeof memo> = { at: t, policy: o.load() };
      entry.policy.then(
        (p) => {
          entry.settled = p;
          entry.at = now();
        },
        () => {
          if (memo === entry) memo = undefined;
        },
      );
      memo = entry;
    }
    return memo.policy;
  }

  async function forSend(): Promise<LoadedPolicy> {
    if (memo?.settled?.source === 'hosted' && now() - memo.at <= ttl) return memo.settled;
    const saved = await within(readSavedPolicy(o.storage), wait);
    if (saved) return saved;
    const fresh = await within(refresh(), wait);
    if (fresh) return fresh;
    const config = builtInPolicy();
    return {
      config,
      source: 'built-in',
      notice: `The council's policy file did not arrive in time and no saved copy was found, so the built-in default policy is in force (version ${config.version}).`,
    };
  }

  return { refresh, forSend };
}
