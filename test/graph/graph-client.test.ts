// The Graph client's contract: typed errors with status, code and request id; Retry-After honoured
// and capped; bounded attempts; writes not repeated when their outcome is unknown; one token
// refresh on 401; at most four requests in flight per mailbox.
import { GraphClient } from '../../src/graph/client/graph-client';
import { FakeTokenProvider } from '../../src/graph/auth/fake-token';
import { StaticTokenProvider } from '../../src/graph/auth/static-token';
import { isGraphError, BadRequestError, GraphError, ThrottledError, RequestTimeoutError, NotFoundError, UnauthorizedError } from '../../src/graph/errors';
import { parseRetryAfter } from '../../src/graph/client/retry-policy';
import { Semaphore } from '../../src/graph/client/semaphore';
import { FakeGraph } from './fake-graph/server';
import { clientFor, FakeClock, MAILBOX, seed } from './helpers';

const server = new FakeGraph();
beforeAll(async () => {
  await server.start();
  seed(server, 30);
});
afterAll(() => server.stop());
afterEach(() => server.setFailures(undefined));

const msgPath = `/users/${encodeURIComponent(MAILBOX)}/messages/${encodeURIComponent('AAMkAD000000=')}`;

describe('errors', () => {
  it('a rejected query becomes a BadRequestError carrying status, Graph code and the server request id', async () => {
    const { client } = clientFor(server, new FakeClock());
    const e = await client.get(`/users/${MAILBOX}/mailFolders/sentitems/messages`, { $top: 1001 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(BadRequestError);
    expect(isGraphError(e)).toBe(true);
    const g = e as GraphError;
    expect([g.name, g.status, g.code]).toEqual(['BadRequestError', 400, 'BadRequest']);
    expect(server.stats.requestIds.has(g.requestId!)).toBe(true);
    expect(g.operation).toBe('GET /users/{id}/mailFolders/{folder}/messages');
  });

  it('an unknown message is a NotFoundError and is not retried', async () => {
    const { client } = clientFor(server, new FakeClock());
    const before = server.stats.requests;
    const e = await client.get(`/users/${MAILBOX}/messages/nope`).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(NotFoundError);
    expect(server.stats.requests - before).toBe(1);
  });

  it('isGraphError recognises an error from another realm by name and shape, and rejects look-alikes', () => {
    const foreign = Object.assign(new Error('x'), { name: 'ThrottledError', status: 429, code: 'TooManyRequests' });
    expect(isGraphError(foreign)).toBe(true);
    expect(isGraphError(Object.assign(new Error('x'), { name: 'TypeError', status: 429, code: 'x' }))).toBe(false);
    expect(isGraphError(Object.assign(new Error('x'), { name: 'ThrottledError' }))).toBe(false);
    expect(isGraphError('ThrottledError')).toBe(false);
  });

  it('a request that never gets an answer ends as a RequestTimeoutError with the client request id, after the bounded attempts', async () => {
    server.setFailures({ rate: 1, seed: 1, kinds: ['hang'] });
    const clock = new FakeClock();
    const { client } = clientFor(server, clock, { timeoutMs: 60, maxAttempts: 3 });
    const e = (await client.get(msgPath).catch((x: unknown) => x)) as GraphError;
    expect(e).toBeInstanceOf(RequestTimeoutError);
    expect(e.status).toBe(0);
    expect(e.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(server.stats.injected.hang).toBeGreaterThanOrEqual(3);
    expect(clock.slept).toEqual([1000, 2000]);
    expect(clock.expired).toBe(3); // each attempt timed out on the fake clock, not a real socket timeout
  });
});

describe('retries', () => {
  it('retries a 429 after the Retry-After delay', async () => {
    server.setFailures({ rate: 1, seed: 3, kinds: ['429'], retryAfterSeconds: 7 });
    const clock = new FakeClock();
    const { client } = clientFor(server, clock, { maxAttempts: 3 });
    const e = await client.get(msgPath).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ThrottledError);
    expect((e as ThrottledError).retryAfterMs).toBe(7000);
    expect(clock.slept).toEqual([7000, 7000]);
  });

  it('caps a Retry-After longer than the maximum delay', async () => {
    server.setFailures({ rate: 1, seed: 3, kinds: ['429'], retryAfterSeconds: 3600 });
    const clock = new FakeClock();
    const tokens = new FakeTokenProvider(() => server.issueToken());
    const client = new GraphClient({ tokenProvider: tokens, graphUrl: server.url, clock, retry: { maxAttempts: 2, maxDelayMs: 30_000 } });
    await client.get(msgPath).catch(() => undefined);
    expect(clock.slept).toEqual([30_000]);
  });

  it('succeeds once the throttling stops', async () => {
    server.setFailures({ rate: 0.5, seed: 11, kinds: ['429', '503'] });
    const { client } = clientFor(server, new FakeClock());
    const got = await Promise.all(Array.from({ length: 20 }, () => client.get<{ id: string }>(msgPath)));
    expect(got.every((m) => m.id === 'AAMkAD000000=')).toBe(true);
  });

  it('does not repeat a PATCH after a 504: its outcome is unknown, so the caller must read back first', async () => {
    server.setFailures({ rate: 1, seed: 5, kinds: ['504'] });
    const { client } = clientFor(server, new FakeClock());
    const before = server.stats.requests;
    const e = await client.patch(msgPath, { singleValueExtendedProperties: [] }).catch((x: unknown) => x);
    expect((e as GraphError).status).toBe(504);
    expect(server.stats.requests - before).toBe(1);
  });

  it('repeats a GET after a dropped connection', async () => {
    server.setFailures({ rate: 0.5, seed: 8, kinds: ['drop'] });
    const { client } = clientFor(server, new FakeClock());
    for (let i = 0; i < 6; i++) expect((await client.get<{ id: string }>(msgPath)).id).toBe('AAMkAD000000=');
    expect(server.stats.injected.drop).toBeGreaterThan(0);
  });
});

describe('tokens', () => {
  it('refreshes the token once when it expires mid-run', async () => {
    const clock = new FakeClock();
    const { client, tokens } = clientFor(server, clock);
    await client.get(msgPath);
    server.expireAllTokens();
    await client.get(msgPath);
    expect(tokens.minted).toBe(2);
    expect(clock.slept).toEqual([]);
  });

  it('a fixed token that expires ends with an AuthError saying it cannot be refreshed, after one request', async () => {
    const token = server.issueToken();
    const client = new GraphClient({ tokenProvider: new StaticTokenProvider(token), graphUrl: server.url, clock: new FakeClock() });
    await client.get(msgPath);
    server.expireAllTokens();
    const before = server.stats.requests;
    const e = await client.get(msgPath).catch((x: unknown) => x);
    expect((e as Error).name).toBe('AuthError');
    expect(server.stats.requests - before).toBe(1);
  });

  it('a missing token is refused with 401 InvalidAuthenticationToken in Graph’s error shape', async () => {
    const res = await fetch(`${server.url}${msgPath}`);
    const body = (await res.json()) as { error: { code: string; message: string; innerError: Record<string, string> } };
    expect(res.status).toBe(401);
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(Object.keys(body.error.innerError).sort()).toEqual(['date', 'request-id']);
    expect(res.headers.get('request-id')).toBe(body.error.innerError['request-id']);
  });

  it('an unknown token gets an UnauthorizedError once the refresh also fails', async () => {
    let n = 0;
    const client = new GraphClient({ tokenProvider: new FakeTokenProvider(() => `bogus-${n++}`), graphUrl: server.url, clock: new FakeClock() });
    const e = await client.get(msgPath).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(UnauthorizedError);
    expect(n).toBe(2);
  });
});

describe('concurrency', () => {
  it('never has more than four requests in flight for one mailbox', async () => {
    const { client } = clientFor(server, new FakeClock());
    const sem = client.semaphoreFor(msgPath);
    let max = 0;
    const watch = setInterval(() => (max = Math.max(max, sem.inUse)), 0);
    server.stats.maxInFlight.clear();
    server.latencyMs = 5; // requests take long enough to overlap
    await Promise.all(Array.from({ length: 40 }, () => client.get(msgPath)));
    server.latencyMs = 0;
    clearInterval(watch);
    expect(server.stats.maxInFlight.get(MAILBOX)).toBeLessThanOrEqual(4);
    expect(server.stats.maxInFlight.get(MAILBOX)).toBeGreaterThan(1);
    expect(max).toBeLessThanOrEqual(4);
  });

  it('a semaphore hands a released slot to the next waiter in order', async () => {
    const s = new Semaphore(1);
    const order: number[] = [];
    const r1 = await s.acquire();
    const p2 = s.acquire().then((r) => (order.push(2), r));
    const p3 = s.acquire().then((r) => (order.push(3), r));
    r1();
    (await p2)();
    (await p3)();
    expect(order).toEqual([2, 3]);
    expect(s.inUse).toBe(0);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['7', 7000],
    ['0', 0],
    ['Sat, 28 Nov 2026 09:00:30 GMT', 30_000],
    ['soon', undefined],
    [null, undefined],
  ])('%p → %p ms', (v, ms) => {
    expect(parseRetryAfter(v, Date.parse('2026-11-28T09:00:00Z'))).toBe(ms);
  });
});

it('refuses a plain-http Graph URL other than 127.0.0.1, so a token never travels in clear text', () => {
  expect(() => new GraphClient({ tokenProvider: new StaticTokenProvider('t'), graphUrl: 'http://graph.example.org/v1.0' })).toThrow(/https/);
});
