// An in-browser stand-in for Microsoft Graph over the simulated mailbox's Sent Items, so the
// playground's task pane runs its real retention reconciler (src/graph/retention/reconcile.ts)
// through the real GraphClient. It answers only the calls the reconciler makes, with Graph's
// shapes, and refuses any other query with Graph's 400 rather than guessing.
import type { AddinGraphSettings } from '../../graph/auth/addin-settings';
import { FakeTokenProvider } from '../../graph/auth/fake-token';
import type { TokenProvider } from '../../graph/auth/token-provider';
import type { FetchFn } from '../../graph/client/middleware';
import { canonicalPropertyId, customPropertiesId } from '../../graph/retention/props';
import type { PolicyConfig } from '../../policy/config';
import type { SchedulerOptions } from '../../taskpane/records/scheduler';
import type { MailboxStore, SentMessage } from './store';

export const SIM_GRAPH_URL = 'https://graph.playground.invalid/v1.0';

const LIST_FILTER = /^singleValueExtendedProperties\/any\(ep: ep\/id eq '([^']+)' and contains\(ep\/value, '([^']+)'\)\)(?: and sentDateTime ge (\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ))?$/;
const EXPAND = /^singleValueExtendedProperties\(\$filter=(.+)\)$/;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', 'request-id': `sim-${Date.now().toString(36)}` } });
}

function badRequest(message: string): Response {
  return json(400, { error: { code: 'BadRequest', message } });
}

/** The message's extended properties as Graph holds them: the add-in's custom properties plus whatever was written. */
function propsOf(m: SentMessage): Map<string, { id: string; value: string }> {
  const out = new Map<string, { id: string; value: string }>();
  if (Object.keys(m.customProperties).length) {
    const id = customPropertiesId();
    out.set(canonicalPropertyId(id), { id, value: JSON.stringify(m.customProperties) });
  }
  for (const [id, value] of Object.entries(m.extendedProperties ?? {})) out.set(canonicalPropertyId(id), { id, value });
  return out;
}

function expanded(m: SentMessage, expand: string | null): Record<string, unknown> {
  const out: Record<string, unknown> = { id: m.id, sentDateTime: m.sentAt.replace(/\.\d{3}Z$/, 'Z') };
  if (!expand) return out;
  const e = EXPAND.exec(expand);
  if (!e) throw new Error('unsupported $expand');
  const ids = e[1].split(' or ').map((c) => /^id eq '([^']+)'$/.exec(c.trim())?.[1]);
  if (ids.some((x) => !x)) throw new Error('unsupported $expand');
  const props = propsOf(m);
  const found = ids.map((id) => props.get(canonicalPropertyId(id!))).filter((p): p is { id: string; value: string } => !!p);
  if (found.length) out.singleValueExtendedProperties = found;
  return out;
}

/** `latencyMs`: a real network round trip takes time, and the pane must cope with that. */
export function graphFetch(store: MailboxStore, latencyMs = 150) {
  return async (input: string, init: RequestInit): Promise<Response> => {
    await new Promise((r) => setTimeout(r, latencyMs));
    const url = new URL(input);
    if (!input.startsWith(SIM_GRAPH_URL + '/me/')) return badRequest('The playground’s simulated Graph serves only /me.');
    const path = url.pathname.slice(new URL(SIM_GRAPH_URL).pathname.length);
    const q = url.searchParams;
    const method = (init.method ?? 'GET').toUpperCase();
    try {
      if (method === 'GET' && path === '/me/mailFolders/sentitems/messages') {
        const f = LIST_FILTER.exec(q.get('$filter') ?? '');
        if (!f) return badRequest('Invalid filter clause: the simulation supports the reconciler’s query only.');
        const top = Number(q.get('$top') ?? 10);
        if (!Number.isInteger(top) || top < 1 || top > 1000) return badRequest('The value of $top must be an integer between 1 and 1000.');
        const skip = Number(q.get('$skip') ?? 0);
        const since = f[3] ? Date.parse(f[3]) : -Infinity;
        const matching = store.sent.filter((m) => {
          const p = propsOf(m).get(canonicalPropertyId(f[1]));
          return !!p && p.value.toLowerCase().includes(f[2].toLowerCase()) && Date.parse(m.sentAt) >= since;
        });
        const page = matching.slice(skip, skip + top).map((m) => expanded(m, q.get('$expand')));
        const body: Record<string, unknown> = { value: page };
        if (skip + top < matching.length) {
          const next = new URLSearchParams(q);
          next.set('$skip', String(skip + top));
          body['@odata.nextLink'] = `${SIM_GRAPH_URL}/me/mailFolders/sentitems/messages?${next.toString().replace(/\+/g, '%20')}`;
        }
        return json(200, body);
      }
      const one = /^\/me\/messages\/([^/]+)$/.exec(path);
      if (one) {
        const id = decodeURIComponent(one[1]);
        const m = store.sent.find((x) => x.id === id);
        if (!m) return json(404, { error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } });
        if (method === 'GET') return json(200, expanded(m, q.get('$expand')));
        if (method === 'PATCH') {
          const body = JSON.parse(typeof init.body === 'string' ? init.body : '{}') as { singleValueExtendedProperties?: Array<{ id: string; value: string }> };
          const props: Record<string, string> = {};
          for (const p of body.singleValueExtendedProperties ?? []) props[p.id] = p.value;
          store.setExtendedProperties(id, props);
          return json(200, { id });
        }
      }
    } catch (e) {
      return badRequest(`Unsupported request (${e instanceof Error ? e.message : 'error'}).`);
    }
    return badRequest('Resource not found for the segment.');
  };
}

/** A stable GUID per label id (FNV-1a), standing in for the MRM personal tags a council creates. */
export function simulatedTagGuid(labelId: string): string {
  const words: string[] = [];
  for (let seed = 0; seed < 4; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < labelId.length; i++) h = Math.imul(h ^ labelId.charCodeAt(i), 0x01000193) >>> 0;
    words.push(h.toString(16).padStart(8, '0'));
  }
  const hex = words.join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** What the playground's task pane (src/playground/taskpane.tsx) gives its records job instead of signing in. */
export interface PlaygroundGraph {
  settings: AddinGraphSettings;
  tokens: { interactive: TokenProvider; silent: TokenProvider };
  fetch: FetchFn;
  scheduler?: Omit<SchedulerOptions, 'run' | 'store'>;
  /** The simulated tenant's MRM personal tag for a label (the shipped schedule names none). */
  tagGuidFor?: (labelId: string) => string;
}

export function graphSim(store: MailboxStore): PlaygroundGraph {
  const tokens = new FakeTokenProvider(() => `playground-token-${Date.now()}`);
  return {
    settings: { clientId: 'playground', authority: 'simulated', graphUrl: SIM_GRAPH_URL },
    tokens: { interactive: tokens, silent: tokens },
    fetch: graphFetch(store),
    // Quicker than in Outlook so the playground shows a send being labelled within seconds.
    scheduler: { startDelayMs: 1000, intervalMs: 15_000 },
    tagGuidFor: simulatedTagGuid,
  };
}

/** The policy with the simulated tenant's tag on every label that has none. */
export function withSimulatedTags(policy: PolicyConfig, tagGuidFor: ((labelId: string) => string) | undefined): PolicyConfig {
  if (!tagGuidFor) return policy;
  const labels = policy.retention.labels.map((l) => (l.exchangeTagGuid ? l : { ...l, exchangeTagGuid: tagGuidFor(l.id) }));
  return { ...policy, retention: { ...policy.retention, labels } };
}
