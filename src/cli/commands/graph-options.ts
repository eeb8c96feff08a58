// What the Graph commands (retention reconcile, policy sync-roles) share: how they get a token and
// which Graph they talk to. App-only credentials come from the environment, never from arguments,
// so secrets do not end up in shell history or process listings.
import { readFileSync } from 'fs';
import { resolve } from 'path';
import type { TokenProvider } from '../../graph/auth/token-provider';
import type { GraphClient } from '../../graph/client/graph-client';
import type { Clock } from '../../graph/client/clock';
import { UsageError } from '../errors';
import type { ParsedArgs } from '../args';

export interface GraphDeps {
  env: NodeJS.ProcessEnv;
  clock?: Clock;
  timeoutMs?: number;
}

export const GRAPH_OPTIONS = ['graph-url'] as const;

export const GRAPH_HELP = [
  'Credentials (app registration, application permissions; see docs/ADMIN.md §4):',
  '  COUNCIL_MAIL_TENANT_ID, COUNCIL_MAIL_CLIENT_ID and COUNCIL_MAIL_CLIENT_SECRET,',
  '  or COUNCIL_MAIL_CERT_KEY_FILE (PEM private key) and COUNCIL_MAIL_CERT_THUMBPRINT (SHA-256, hex)',
  '  instead of the secret. COUNCIL_MAIL_GRAPH_TOKEN uses a ready-made bearer token instead (testing).',
  '  --graph-url URL   Graph root (default https://graph.microsoft.com/v1.0); http:// only for 127.0.0.1.',
].join('\n');

// MSAL and the Graph SDK are loaded only by the commands that need them, so `council-mail check`
// starts quickly.
export async function tokenProviderFromEnv(env: NodeJS.ProcessEnv, cwd: string, graphUrl?: string): Promise<TokenProvider> {
  if (env.COUNCIL_MAIL_GRAPH_TOKEN) {
    const { StaticTokenProvider } = await import('../../graph/auth/static-token');
    return new StaticTokenProvider(env.COUNCIL_MAIL_GRAPH_TOKEN);
  }
  const { ClientCredentialsTokenProvider, credentialsFromEnv } = await import('../../graph/auth/client-credentials');
  const creds = credentialsFromEnv(env, (p) => readFileSync(resolve(cwd, p), 'utf8'));
  if (!creds || (!creds.clientSecret && !creds.certificate)) {
    throw new UsageError('No Graph credentials: set COUNCIL_MAIL_TENANT_ID, COUNCIL_MAIL_CLIENT_ID and COUNCIL_MAIL_CLIENT_SECRET (or a certificate) for the app registration.');
  }
  // The token is for the Graph the command talks to: a national cloud's root gives its own scope and sign-in host.
  return new ClientCredentialsTokenProvider({ ...creds, ...(graphUrl ? { graphUrl } : {}) });
}

export async function graphClientFor(args: ParsedArgs, deps: GraphDeps, cwd: string): Promise<GraphClient> {
  const { GraphClient, GRAPH_URL } = await import('../../graph/client/graph-client');
  const graphUrl = args.options.get('graph-url') ?? deps.env.COUNCIL_MAIL_GRAPH_URL ?? GRAPH_URL;
  const tokenProvider = await tokenProviderFromEnv(deps.env, cwd, graphUrl);
  try {
    return new GraphClient({ tokenProvider, graphUrl, clock: deps.clock, timeoutMs: deps.timeoutMs });
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
