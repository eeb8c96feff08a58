// Issue #18 finding 9: after a 401 the client refreshes the token once and retries once; when that
// fails too, it stops: no further request goes out with a dead token. And the app-only token is
// asked for the Graph the commands talk to (a national cloud's root gives its own .default scope).
import { GraphClient } from '../../src/graph/client/graph-client';
import { FakeTokenProvider } from '../../src/graph/auth/fake-token';
import { appScopeFor, authorityHostFor, ClientCredentialsTokenProvider } from '../../src/graph/auth/client-credentials';
import { tokenProviderFromEnv } from '../../src/cli/commands/graph-options';
import { UnauthorizedError } from '../../src/graph/errors';
import { FakeGraph } from './fake-graph/server';
import { FakeClock, MAILBOX, seed } from './helpers';

const server = new FakeGraph();
beforeAll(async () => {
  await server.start();
  seed(server, 30);
});
afterAll(() => server.stop());

const msg = (i: number) => `/users/${encodeURIComponent(MAILBOX)}/messages/${encodeURIComponent(`AAMkAD${String(i).padStart(6, '0')}=`)}`;

describe('a dead token', () => {
  it('70 requests one after another: one refresh, one retry, then no more requests', async () => {
    let n = 0;
    const tokens = new FakeTokenProvider(() => `revoked-${n++}`);
    const client = new GraphClient({ tokenProvider: tokens, graphUrl: server.url, clock: new FakeClock() });
    const before = server.stats.requests;
    const results = [];
    for (let i = 0; i < 70; i++) results.push(await client.get(msg(i)).catch((e: unknown) => e));
    expect(server.stats.requests - before).toBe(2);
    expect(tokens.minted).toBe(2);
    for (const r of results) expect(r).toBeInstanceOf(UnauthorizedError);
  });

  it('70 requests at once (4 in flight): at most one refresh, and no request after the retry failed', async () => {
    let n = 0;
    let forced = 0;
    const fake = new FakeTokenProvider(() => `revoked-${n++}`);
    // Counts forced refreshes (the first four requests may each mint a token: nothing is cached yet).
    const tokens = { getToken: (r?: { forceRefresh?: boolean }) => ((forced += r?.forceRefresh ? 1 : 0), fake.getToken(r)) };
    const client = new GraphClient({ tokenProvider: tokens, graphUrl: server.url, clock: new FakeClock() });
    const before = server.stats.requests;
    const results = await Promise.all(Array.from({ length: 70 }, (_, i) => client.get(msg(i)).catch((e: unknown) => e)));
    expect(forced).toBe(1);
    // The four already in flight with the first token, then at most four retries with the second.
    expect(server.stats.requests - before).toBeLessThanOrEqual(8);
    for (const r of results) expect(r).toBeInstanceOf(UnauthorizedError);
  });

  it('a token that expires while four requests are in flight is refreshed once for all of them', async () => {
    const tokens = new FakeTokenProvider(() => server.issueToken());
    const client = new GraphClient({ tokenProvider: tokens, graphUrl: server.url, clock: new FakeClock() });
    await client.get(msg(0));
    server.expireAllTokens();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => client.get(msg(i)).catch((e: unknown) => e)));
    for (const r of results) expect(r).not.toBeInstanceOf(Error);
    expect(tokens.minted).toBe(2);
  });
});

describe('the app-only token follows --graph-url (national clouds)', () => {
  it.each([
    ['https://graph.microsoft.com/v1.0', 'https://graph.microsoft.com/.default', 'https://login.microsoftonline.com'],
    ['https://graph.microsoft.us/v1.0', 'https://graph.microsoft.us/.default', 'https://login.microsoftonline.us'],
    ['https://dod-graph.microsoft.us/beta', 'https://dod-graph.microsoft.us/.default', 'https://login.microsoftonline.us'],
    ['https://microsoftgraph.chinacloudapi.cn/v1.0', 'https://microsoftgraph.chinacloudapi.cn/.default', 'https://login.chinacloudapi.cn'],
  ])('%s', (graphUrl, scope, authority) => {
    expect(appScopeFor(graphUrl)).toBe(scope);
    expect(authorityHostFor(graphUrl)).toBe(authority);
  });

  it('the CLI builds the client-credentials provider with that scope', async () => {
    const env = { COUNCIL_MAIL_TENANT_ID: 'contoso.onmicrosoft.us', COUNCIL_MAIL_CLIENT_ID: '11111111-2222-4333-8444-555555555555', COUNCIL_MAIL_CLIENT_SECRET: 'x' };
    const p = await tokenProviderFromEnv(env, process.cwd(), 'https://graph.microsoft.us/v1.0');
    expect(p).toBeInstanceOf(ClientCredentialsTokenProvider);
    expect((p as ClientCredentialsTokenProvider).scope).toBe('https://graph.microsoft.us/.default');
    expect((p as ClientCredentialsTokenProvider).authority).toBe('https://login.microsoftonline.us/contoso.onmicrosoft.us');
  });
});
