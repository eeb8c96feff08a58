// Delegated tokens in Outlook through nested app authentication (@azure/msal-browser
// createNestablePublicClientApplication): silent first; a popup only when the caller is the task
// pane (interactive); where NestedAppAuth 1.1 is unsupported, the Office dialog API runs our
// sign-in page instead. App registration: SPA redirect URI `brk-multihub://<host[:port]>`.
import { AuthError, type TokenProvider, type TokenRequest } from './token-provider';
import type { OfficeAuthHost } from './office-auth-host';

/** The slice of msal-browser's IPublicClientApplication this provider uses. */
export interface NaaClient {
  acquireTokenSilent(request: { scopes: string[]; account?: unknown; forceRefresh?: boolean }): Promise<{ accessToken: string }>;
  acquireTokenPopup(request: { scopes: string[] }): Promise<{ accessToken: string }>;
  getActiveAccount(): unknown;
}

export interface NaaOptions {
  clientId: string;
  /** e.g. https://login.microsoftonline.com/<tenant id>; "organizations" when omitted. */
  authority?: string;
  scopes: readonly string[];
  host: OfficeAuthHost;
  /** True only in the task pane: the one place a popup or dialog may appear. */
  interactive: boolean;
  /** The sign-in page opened in the Office dialog when NAA is unsupported (same origin as the add-in). */
  dialogUrl?: string;
  /** Injected in tests; defaults to msal-browser's createNestablePublicClientApplication. */
  createClient?: (config: { auth: { clientId: string; authority: string } }) => Promise<NaaClient>;
}

export class NaaTokenProvider implements TokenProvider {
  private client?: Promise<NaaClient>;
  private dialogToken?: string;

  constructor(private readonly o: NaaOptions) {}

  async getToken(request?: TokenRequest): Promise<string> {
    if (!this.o.host.supportsNestedAppAuth()) return this.viaDialog(request);
    const client = await this.getClient();
    const scopes = [...this.o.scopes];
    try {
      const account = client.getActiveAccount() ?? undefined;
      const r = await client.acquireTokenSilent({ scopes, account, forceRefresh: request?.forceRefresh === true });
      return r.accessToken;
    } catch (silentError) {
      if (!this.o.interactive) {
        throw new AuthError('Signing in to Microsoft Graph needs you: open the add-in’s task pane to continue.', codeOf(silentError));
      }
      try {
        const r = await client.acquireTokenPopup({ scopes });
        return r.accessToken;
      } catch (popupError) {
        throw new AuthError('Signing in to Microsoft Graph did not complete. Try again from the task pane.', codeOf(popupError));
      }
    }
  }

  private getClient(): Promise<NaaClient> {
    if (!this.client) {
      const config = { auth: { clientId: this.o.clientId, authority: this.o.authority ?? 'https://login.microsoftonline.com/organizations' } };
      this.client = (this.o.createClient ?? defaultCreateClient)(config);
      // A failed initialisation should be retried next time, not cached forever.
      this.client.catch(() => (this.client = undefined));
    }
    return this.client;
  }

  private async viaDialog(request?: TokenRequest): Promise<string> {
    if (this.dialogToken && !request?.forceRefresh) return this.dialogToken;
    if (!this.o.interactive || !this.o.dialogUrl) {
      throw new AuthError('This version of Outlook cannot sign in silently: open the add-in’s task pane to sign in.', 'NestedAppAuthUnsupported');
    }
    const message = await this.o.host.openDialog(this.o.dialogUrl);
    const parsed = parseDialogMessage(message);
    if (!parsed) throw new AuthError('The sign-in window returned no token.', 'DialogNoToken');
    this.dialogToken = parsed;
    return parsed;
  }
}

/** The dialog page posts `{"accessToken":"..."}` or `{"error":"code"}`. */
export function parseDialogMessage(message: string): string | undefined {
  let v: unknown;
  try {
    v = JSON.parse(message);
  } catch {
    return undefined; // not our page's message: treated as no token
  }
  const token = v && typeof v === 'object' ? (v as { accessToken?: unknown }).accessToken : undefined;
  return typeof token === 'string' && token ? token : undefined;
}

function codeOf(e: unknown): string | undefined {
  return e && typeof e === 'object' && typeof (e as { errorCode?: unknown }).errorCode === 'string' ? (e as { errorCode: string }).errorCode : undefined;
}

async function defaultCreateClient(config: { auth: { clientId: string; authority: string } }): Promise<NaaClient> {
  // Loaded on demand so tests and the CLI never pull msal-browser in.
  const { createNestablePublicClientApplication } = await import('@azure/msal-browser');
  const pca = await createNestablePublicClientApplication(config);
  return {
    acquireTokenSilent: (r) => pca.acquireTokenSilent({ scopes: r.scopes, forceRefresh: r.forceRefresh, account: (r.account ?? undefined) as never }),
    acquireTokenPopup: (r) => pca.acquireTokenPopup({ scopes: r.scopes }),
    getActiveAccount: () => pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null,
  };
}
