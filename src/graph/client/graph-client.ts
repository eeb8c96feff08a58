// A typed, polite Microsoft Graph client over @microsoft/microsoft-graph-client: errors as
// classes, retries that honour Retry-After (capped, bounded), at most N concurrent requests per
// mailbox, one token refresh on 401, and an injectable clock so tests do not wait.
import { Client, GraphError as SdkGraphError } from '@microsoft/microsoft-graph-client';
import { errorFromStatus, isGraphError, NetworkError, RequestTimeoutError, type GraphError } from '../errors';
import { AuthError, TokenAuthProvider, type TokenProvider } from '../auth/token-provider';
import { systemClock, type Clock } from './clock';
import { BearerMiddleware, TransportMiddleware, type FetchFn } from './middleware';
import { DEFAULT_RETRY, isRetryable, parseRetryAfter, retryDelayMs, type RetryOptions } from './retry-policy';
import { Semaphore } from './semaphore';
import { stripTrailing } from '../../policy/text/trim';

export const GRAPH_URL = 'https://graph.microsoft.com/v1.0';

export interface GraphClientOptions {
  tokenProvider: TokenProvider;
  /** Root including the version, e.g. https://graph.microsoft.com/v1.0 or a fake server's URL. */
  graphUrl?: string;
  clock?: Clock;
  retry?: Partial<RetryOptions>;
  /** Deadline for one attempt, body included. */
  timeoutMs?: number;
  maxConcurrentPerMailbox?: number;
  fetch?: FetchFn;
}

/** An OData collection page. */
export interface Page<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

export type Query = Record<string, string | number>;

let requestCounter = 0;
function newClientRequestId(): string {
  // Not security-sensitive: it only correlates our logs with Graph's. crypto.randomUUID exists in
  // browsers and Node 20, but fall back so older webviews still work.
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  requestCounter = (requestCounter + 1) % 0xffffffff;
  return `00000000-0000-4000-8000-${(Date.now() % 1e12).toString(16).padStart(8, '0')}${requestCounter.toString(16).padStart(4, '0')}`.slice(0, 36);
}

export class GraphClient {
  readonly graphUrl: string;
  private readonly sdk: Client;
  private readonly auth: TokenAuthProvider;
  private readonly clock: Clock;
  private readonly retry: RetryOptions;
  private readonly perMailbox = new Map<string, Semaphore>();
  private readonly maxConcurrent: number;
  /** Bumped on each token refresh: a 401 for a request sent with an older token needs no new refresh. */
  private tokenGeneration = 0;
  /** Whether a request sent with the current token has succeeded (a refreshed token never accepted is dead). */
  private generationWorked = false;
  /** Set when a refreshed token was refused too: every later request fails at once (issue #18). */
  private deadToken?: GraphError;

  constructor(o: GraphClientOptions) {
    this.graphUrl = stripTrailing(o.graphUrl ?? GRAPH_URL, '/');
    const m = /^(https?:\/\/[^/]+)(?:\/(.*))?$/.exec(this.graphUrl);
    if (!m) throw new Error(`Not a Graph URL: ${this.graphUrl}`);
    if (m[1].startsWith('http://') && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(m[1])) {
      // A bearer token must never travel in clear text; plain HTTP is for the local fake server only.
      throw new Error('Graph URL must use https:// (plain http:// is allowed only for 127.0.0.1).');
    }
    this.clock = o.clock ?? systemClock;
    this.retry = { ...DEFAULT_RETRY, ...o.retry };
    this.maxConcurrent = o.maxConcurrentPerMailbox ?? 4;
    this.auth = new TokenAuthProvider(o.tokenProvider);
    const head = new BearerMiddleware(this.auth);
    const fetchFn: FetchFn = o.fetch ?? ((input, init) => fetch(input, init));
    head.setNext(new TransportMiddleware(fetchFn, o.timeoutMs ?? 30_000, this.clock));
    this.sdk = Client.initWithMiddleware({ middleware: head, baseUrl: m[1], defaultVersion: m[2] ?? '' });
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.send<T>('GET', path, query);
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PATCH', path, undefined, body);
  }

  /** Pages of a collection, following @odata.nextLink (which must stay on the same Graph root). */
  async *pages<T>(path: string, query?: Query): AsyncGenerator<T[]> {
    let page = await this.get<Page<T>>(path, query);
    for (;;) {
      yield page.value ?? [];
      const next = page['@odata.nextLink'];
      if (!next) return;
      page = await this.get<Page<T>>(this.relative(next));
    }
  }

  /** Highest number of requests that were ever in flight together for one mailbox (for tests and logs). */
  semaphoreFor(path: string): Semaphore {
    const key = mailboxKey(path);
    let s = this.perMailbox.get(key);
    if (!s) this.perMailbox.set(key, (s = new Semaphore(this.maxConcurrent)));
    return s;
  }

  /** A next link as a path on this client's Graph root (refusing links to anywhere else). */
  relative(nextLink: string): string {
    if (!nextLink.startsWith(this.graphUrl + '/')) {
      // Following a link elsewhere would hand our token to another host.
      throw new Error('Graph returned a next link outside the Graph root; refusing to follow it.');
    }
    return nextLink.slice(this.graphUrl.length);
  }

  private async send<T>(method: 'GET' | 'PATCH', path: string, query?: Query, body?: unknown): Promise<T> {
    const semaphore = this.semaphoreFor(path);
    const operation = `${method} ${templateOf(path)}`;
    let refreshed = false;
    for (let attempt = 1; ; attempt++) {
      const clientRequestId = newClientRequestId();
      let generation = this.tokenGeneration;
      try {
        return await semaphore.use(() => {
          // Checked when the permit is granted: requests queued behind the failing one never go out.
          if (this.deadToken) throw this.deadToken;
          generation = this.tokenGeneration;
          return this.once<T>(method, path, query, body, clientRequestId, operation).then((v) => {
            if (generation === this.tokenGeneration) this.generationWorked = true;
            return v;
          });
        });
      } catch (e) {
        // Sign-in failures are not Graph's: retrying the request cannot fix them.
        if (e instanceof AuthError) throw e;
        if (e === this.deadToken) throw e;
        const err = isGraphError(e) ? e : toGraphError(e, clientRequestId, operation, this.clock.now());
        if (err.status === 401) {
          if (this.deadToken) throw this.deadToken;
          const current = generation === this.tokenGeneration;
          if ((current && generation > 0 && !this.generationWorked) || (refreshed && current)) {
            // A freshly refreshed token refused as well: stop, rather than send every remaining request with it.
            this.deadToken = err;
            throw err;
          }
          // An expired token mid-run: refresh once (once for all requests sent with the same token)
          // and try again straight away.
          refreshed = true;
          if (current) {
            this.tokenGeneration++;
            this.generationWorked = false;
            this.auth.refreshNext();
          }
          continue;
        }
        if (attempt >= this.retry.maxAttempts || !isRetryable(err, method)) throw err;
        // The permit is released while we wait, so a throttled call does not hold up the others.
        await this.clock.sleep(retryDelayMs(err, attempt, this.retry));
      }
    }
  }

  private async once<T>(method: 'GET' | 'PATCH', path: string, query: Query | undefined, body: unknown, clientRequestId: string, operation: string): Promise<T> {
    let req = this.sdk.api(path).header('client-request-id', clientRequestId);
    if (query) {
      const encoded: Record<string, string> = {};
      for (const [k, v] of Object.entries(query)) encoded[k] = encodeURIComponent(String(v));
      req = req.query(encoded);
    }
    try {
      return (method === 'GET' ? await req.get() : await req.patch(body)) as T;
    } catch (e) {
      // The SDK wraps whatever the middleware threw; a token provider's AuthError comes back by name.
      if (e instanceof Error && (e as SdkGraphError).statusCode === -1 && (e as SdkGraphError).code === 'AuthError') throw new AuthError(e.message);
      throw toGraphError(e, clientRequestId, operation, this.clock.now());
    }
  }
}

/** `/users/a@b/messages/XYZ` → `/users/{id}/messages/{id}`: names the call without personal data. */
export function templateOf(path: string): string {
  const p = path.split('?')[0];
  return p.replace(/\/(users|messages|groups|mailFolders)\/[^/]+/g, (_, seg: string) => (seg === 'mailFolders' ? `/${seg}/{folder}` : `/${seg}/{id}`));
}

function mailboxKey(path: string): string {
  const m = /^\/?users\/([^/?]+)/i.exec(path);
  if (m) return decodeURIComponent(m[1]).toLowerCase();
  return /^\/?me(\/|$)/.test(path) ? 'me' : '(tenant)';
}

function toGraphError(e: unknown, clientRequestId: string, operation: string, now: number): GraphError {
  if (isGraphError(e)) return e;
  if (e instanceof SdkGraphError || (e instanceof Error && typeof (e as SdkGraphError).statusCode === 'number')) {
    const s = e as SdkGraphError;
    const headers = s.headers;
    const requestId = s.requestId || headers?.get('request-id') || clientRequestId;
    if (s.statusCode <= 0) {
      const Cls = s.code === 'RequestTimeoutError' ? RequestTimeoutError : NetworkError;
      return new Cls({ status: 0, code: s.code || 'NetworkError', message: s.message || 'No response from Graph.', requestId: clientRequestId, operation });
    }
    return errorFromStatus({
      status: s.statusCode,
      code: s.code || `Http${s.statusCode}`,
      message: `${operation} failed with ${s.statusCode} ${s.code ?? ''}: ${s.message}`.trim(),
      requestId,
      retryAfterMs: parseRetryAfter(headers?.get('retry-after'), now),
      operation,
    });
  }
  const message = e instanceof Error ? e.message : String(e);
  return new NetworkError({ status: 0, code: 'NetworkError', message, requestId: clientRequestId, operation });
}
