// App-only tokens for the admin CLI (retention reconcile, policy sync-roles) through
// @azure/msal-node's client-credentials flow, with a client secret or a certificate.
import { ConfidentialClientApplication, type Configuration } from '@azure/msal-node';
import { AuthError, type TokenProvider, type TokenRequest } from './token-provider';
import { stripTrailing } from '../../policy/text/trim';

export interface ClientCredentials {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  /** PEM private key and the certificate's SHA-256 thumbprint (hex), instead of a secret. */
  certificate?: { privateKey: string; thumbprintSha256: string };
  /** Authority host; defaults to the one for `graphUrl`'s cloud (authorityHostFor). */
  authorityHost?: string;
  /** The Graph root the token is for; its origin gives the `.default` scope. Defaults to the global service. */
  graphUrl?: string;
}

// Microsoft Graph national cloud deployments (https://learn.microsoft.com/graph/deployments): each
// cloud has its own Graph root and Entra ID endpoint, and a `.default` scope must name the cloud's
// Graph host (https://learn.microsoft.com/graph/sdks/national-clouds, "Permission scopes").
const AUTHORITY_BY_GRAPH_HOST: Record<string, string> = {
  'graph.microsoft.com': 'https://login.microsoftonline.com',
  'graph.microsoft.us': 'https://login.microsoftonline.us',
  'dod-graph.microsoft.us': 'https://login.microsoftonline.us',
  'microsoftgraph.chinacloudapi.cn': 'https://login.chinacloudapi.cn',
};

/** The app-only scope for a Graph root: its origin + "/.default" (issue #18, finding 9). */
export function appScopeFor(graphUrl = 'https://graph.microsoft.com/v1.0'): string {
  return `${new URL(graphUrl).origin}/.default`;
}

/** The Entra ID endpoint for a Graph root's cloud; the global one for hosts not in Microsoft's table. */
export function authorityHostFor(graphUrl = 'https://graph.microsoft.com/v1.0'): string {
  return AUTHORITY_BY_GRAPH_HOST[new URL(graphUrl).hostname.toLowerCase()] ?? 'https://login.microsoftonline.com';
}

export class ClientCredentialsTokenProvider implements TokenProvider {
  private readonly app: ConfidentialClientApplication;
  readonly scope: string;
  readonly authority: string;

  constructor(c: ClientCredentials) {
    if (!c.tenantId || !c.clientId) throw new AuthError('Tenant id and client id are both needed for client credentials.');
    if (!c.clientSecret && !c.certificate) throw new AuthError('Give a client secret or a certificate for client credentials.');
    this.scope = appScopeFor(c.graphUrl);
    this.authority = `${stripTrailing(c.authorityHost ?? authorityHostFor(c.graphUrl), '/')}/${c.tenantId}`;
    const config: Configuration = {
      auth: {
        clientId: c.clientId,
        authority: this.authority,
        ...(c.certificate
          ? { clientCertificate: { thumbprintSha256: c.certificate.thumbprintSha256, privateKey: c.certificate.privateKey } }
          : { clientSecret: c.clientSecret }),
      },
    };
    this.app = new ConfidentialClientApplication(config);
  }

  async getToken(request?: TokenRequest): Promise<string> {
    // msal-node caches app tokens in memory and renews them before expiry.
    const result = await this.app.acquireTokenByClientCredential({ scopes: [this.scope], skipCache: request?.forceRefresh === true });
    if (!result?.accessToken) throw new AuthError('Microsoft Entra ID returned no access token for the app registration.');
    return result.accessToken;
  }
}

/** Reads COUNCIL_MAIL_TENANT_ID / _CLIENT_ID / _CLIENT_SECRET (or _CERT_KEY_FILE + _CERT_THUMBPRINT). */
export function credentialsFromEnv(env: NodeJS.ProcessEnv, readFile: (path: string) => string): ClientCredentials | undefined {
  const tenantId = env.COUNCIL_MAIL_TENANT_ID;
  const clientId = env.COUNCIL_MAIL_CLIENT_ID;
  if (!tenantId || !clientId) return undefined;
  const keyFile = env.COUNCIL_MAIL_CERT_KEY_FILE;
  const thumb = env.COUNCIL_MAIL_CERT_THUMBPRINT;
  if (keyFile && thumb) return { tenantId, clientId, certificate: { privateKey: readFile(keyFile), thumbprintSha256: thumb } };
  return { tenantId, clientId, clientSecret: env.COUNCIL_MAIL_CLIENT_SECRET };
}
