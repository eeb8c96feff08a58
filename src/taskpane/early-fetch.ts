// The task pane's two files from its own site — the hosted policy (policy.json) and the adopted
// policy text (for clause titles) — requested the moment the page's script starts, while the rest of
// the bundle (the send rules, React, Fluent) is still being evaluated and Office is starting. Before,
// both waited for Office.onReady and then held up the first check for a whole round trip (in the
// playground about a third of the first render was the main thread idle on them).
//
// Each entry imports this module FIRST and for its side effect (src/taskpane/index.tsx,
// src/playground/taskpane.tsx); it imports nothing, so it runs before any other module of the bundle
// (test/taskpane/early-fetch.test.ts checks both). start.tsx then asks for the same URL with the same
// options and gets the request already under way, once; any other request goes to the network as before.
//
// The pages also load a tiny script of their own before the entry (early-start.ts: taskpane-early.js,
// playground-taskpane-early.js) that evaluates this module first and leaves its requests on the
// window; the entry's copy then takes those instead of starting its own. Started from the entry, a
// request's call stack runs through the whole bundle's top-level code, and a browser with its
// developer tools attached (the playground benchmark's Chromium, through Playwright) then re-reads
// all of that code to record where the request came from; from the tiny script there is nothing to re-read.

/** The parts of a fetch Response the pane reads. */
export interface EarlyResponse {
  ok: boolean;
  status: number;
  text(): Promise<string>;
}

export type EarlyFetch = (url: string, init?: { cache?: string; credentials?: string }) => Promise<EarlyResponse>;

/** What loadHostedPolicy asks for (src/policy/hosted.ts) and what loadClauses asks for (start.tsx). */
export const POLICY_FILE = 'policy.json';
export const POLICY_TEXT_FILE = 'ware-internet-email-policy.txt';
export const POLICY_INIT = { cache: 'no-cache', credentials: 'omit' } as const;
export const TEXT_INIT = { credentials: 'omit' } as const;

const keyOf = (url: string, init: { cache?: string; credentials?: string } = {}) => `${init.cache ?? ''} ${init.credentials ?? ''} ${url}`;

/** Requests started ahead, each handed out once. */
export interface Prefetcher {
  /** Start `url` now (only http(s) pages: elsewhere the pane's own fetch decides what happens). */
  start(url: string, init?: { cache?: string; credentials?: string }): void;
  /** A fetch that answers a request started ahead with that request (the first time), else calls `fallback`. */
  fetch(fallback: EarlyFetch): EarlyFetch;
}

export function prefetcher(fetchNow: EarlyFetch | undefined): Prefetcher {
  const started = new Map<string, Promise<EarlyResponse>>();
  return {
    start(url, init) {
      if (!fetchNow || !/^https?:/i.test(url)) return;
      let p: Promise<EarlyResponse>;
      try {
        p = fetchNow(url, init);
      } catch (e) {
        p = Promise.reject(e);
      }
      // Nobody may ever ask for it (another page, a test): a failure then is no unhandled rejection.
      p.catch(() => undefined);
      started.set(keyOf(url, init), p);
    },
    fetch(fallback) {
      return (url, init) => {
        const key = keyOf(url, init);
        const early = started.get(key);
        if (!early) return fallback(url, init);
        started.delete(key); // a later fetch (a retry) goes to the network
        return early;
      };
    },
  };
}

function startPageFiles(): Prefetcher {
  const w = typeof window === 'undefined' ? undefined : window;
  const early = prefetcher(w && typeof w.fetch === 'function' ? (url, init) => w.fetch(url, init as RequestInit) : undefined);
  if (w) {
    try {
      const here = w.location.href;
      if (/^https?:/i.test(here)) {
        early.start(new URL(POLICY_FILE, here).href, POLICY_INIT);
        early.start(new URL(POLICY_TEXT_FILE, here).href, TEXT_INIT);
      }
    } catch {
      // no usable page address: start.tsx fetches as it always did
    }
  }
  return early;
}

/** Where the page's early script leaves its requests for the entry (see above). */
export const PAGE_FILES_KEY = '__councilEmailPolicyPageFiles';

function pageFilesOnce(): Prefetcher {
  const w = typeof window === 'undefined' ? undefined : (window as unknown as Record<string, Prefetcher | undefined>);
  const ahead = w?.[PAGE_FILES_KEY];
  if (ahead) return ahead;
  const early = startPageFiles();
  if (w) w[PAGE_FILES_KEY] = early;
  return early;
}

/** This page's two files, started when the page's first script evaluates this module (see above). */
export const pageFiles: Prefetcher = pageFilesOnce();
