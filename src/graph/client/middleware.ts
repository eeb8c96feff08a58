// The two links of our middleware chain for @microsoft/microsoft-graph-client. We replace the
// SDK's default chain (its RetryHandler sleeps with real timers and retries writes whose outcome
// is unknown); retries, throttling and concurrency live in GraphClient instead.
import type { AuthenticationProvider, Context, Middleware } from '@microsoft/microsoft-graph-client';
import { realDeadline, type Clock } from './clock';

/** Adds the bearer token from the custom AuthenticationProvider. */
export class BearerMiddleware implements Middleware {
  private next?: Middleware;
  constructor(private readonly auth: AuthenticationProvider) {}

  setNext(next: Middleware): void {
    this.next = next;
  }

  async execute(context: Context): Promise<void> {
    const token = await this.auth.getAccessToken();
    const options = (context.options ??= {});
    const headers = (options.headers ?? {}) as Record<string, string>;
    options.headers = { ...headers, Authorization: `Bearer ${token}` };
    if (!this.next) throw new Error('BearerMiddleware has no next middleware.');
    await this.next.execute(context);
  }
}

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

/** Failures before a response arrives; the SDK turns a thrown Error into its GraphError with `code = name`. */
export class TransportFailure extends Error {
  constructor(override readonly name: 'RequestTimeoutError' | 'NetworkError', message: string) {
    super(message);
  }
}

/**
 * Sends the request with a deadline covering the whole response, body included (a server that
 * sends headers and then stalls must not hang a run), and hands the SDK a fully buffered Response.
 */
export class TransportMiddleware implements Middleware {
  constructor(
    private readonly fetchFn: FetchFn,
    private readonly timeoutMs: number,
    private readonly clock?: Clock,
  ) {}

  async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const headers = context.options?.headers as Record<string, string> | Headers | undefined;
    const tag = (headers instanceof Headers ? headers.get('client-request-id') : headers?.['client-request-id']) ?? '';
    const onTimeout = () => controller.abort();
    const cancel = this.clock?.deadline ? this.clock.deadline(this.timeoutMs, onTimeout, tag) : realDeadline(this.timeoutMs, onTimeout);
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    try {
      const res = await this.fetchFn(url, { ...(context.options as RequestInit), signal: controller.signal });
      const body = await res.arrayBuffer();
      const empty = res.status === 204 || res.status === 304 || body.byteLength === 0;
      context.response = new Response(empty ? null : body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } catch (e) {
      if (controller.signal.aborted) throw new TransportFailure('RequestTimeoutError', `No response within ${this.timeoutMs} ms.`);
      const cause = e instanceof Error ? ((e as Error & { cause?: { code?: string } }).cause?.code ?? e.message) : String(e);
      throw new TransportFailure('NetworkError', `The connection failed (${cause}).`);
    } finally {
      cancel();
    }
  }
}
