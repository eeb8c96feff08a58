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
  /**
   * Makes the MSAL client: msal-naa.ts's `createNaaClient` in the task pane, a fake in tests. Injected
   * so this file never imports msal-browser (tests, the CLI and the event bundle stay free of it).
   */
  createClient: (config: { auth: { clientId: string; authority: string } }) => Promise<NaaClient>;
}

/** A dialog token is reused until this close to its expiry, then the dialog is needed again. */
const DIALOG_TOKEN_MARGIN_MS = 5 * 60_000;

export class NaaTokenProvider implements TokenProvider {
  private client?: Promise<NaaClient>;
  private dialogToken?: { token: string; expiresAt?: number };

  constructor(
    private readonly o: NaaOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** Silent first; interaction (popup or dialog) only when the options allow it. */
  getToken(request?: TokenRequest): Promise<string> {
    return this.acquire(request, this.o.interactive);
  }

  /**
   * The same provider that never shows anything: for background work in the task pane (the
   * reconciler on a timer), which must not open windows the user did not ask for. A run that needs
   * interaction fails with an AuthError, and the pane offers a "Sign in" button that calls getToken().
   */
  silentOnly(): TokenProvider {
    return { getToken: (request?: TokenRequest) => this.acquire(request, false) };
  }

  private async acquire(request: TokenRequest | undefined, interactive: boolean): Promise<string> {
    if (!this.o.host.supportsNestedAppAuth()) return this.viaDialog(request, interactive);
    const client = await this.getClient();
    const scopes = [...this.o.scopes];
    try {
      const account = client.getActiveAccount() ?? undefined;
      const r = await client.acquireTokenSilent({ scopes, account, forceRefresh: request?.forceRefresh === true });
      return r.accessToken;
    } catch (silentError) {
      if (!interactive) {
        throw new AuthError('Signing in to Microsoft Graph needs you: open the add-in’s task pane to continue.', codeOf(silentError));
      }
      try {
        const r = await client.acquireTokenPopup({ scopes });
        return r.accessToken;
      } catch (popupError) {
        throw new AuthError('Signing in to Microsoft 365 did not complete.', codeOf(popupError));
      }
    }
  }

  private getClient(): Promise<NaaClient> {
    if (!this.client) {
      const config = { auth: { clientId: this.o.clientId, authority: this.o.authority ?? 'https://login.microsoftonline.com/organizations' } };
      this.client = this.o.createClient(config);
      // A failed initialisation should be retried next time, not cached forever.
      this.client.catch(() => (this.client = undefined));
    }
    return this.client;
  }

  /**
   * Clients without NestedAppAuth 1.1: our sign-in page (auth-dialog.html) runs MSAL's redirect
   * flow inside an Office dialog and posts the token back with messageParent. The token lives in
   * this pane's memory only, until shortly before it expires.
   */
  private async viaDialog(request: TokenRequest | undefined, interactive: boolean): Promise<string> {
    const cached = this.dialogToken;
    if (cached && !request?.forceRefresh && (cached.expiresAt === undefined || cached.expiresAt - DIALOG_TOKEN_MARGIN_MS > this.now())) return cached.token;
    this.dialogToken = undefined;
    if (!interactive || !this.o.dialogUrl) {
      throw new AuthError('This version of Outlook cannot sign in silently: open the add-in’s task pane and choose Sign in.', 'NestedAppAuthUnsupported');
    }
    // openDialog rejects with an AuthError carrying Office's code (closed by the user, blocked).
    const message = await this.o.host.openDialog(this.o.dialogUrl);
    const parsed = parseDialogResult(message);
    if ('error' in parsed) throw new AuthError('Signing in to Microsoft 365 did not complete.', parsed.error);
    this.dialogToken = { token: parsed.accessToken, expiresAt: parsed.expiresOn };
    return parsed.accessToken;
  }
}

/** What auth-dialog.html posts: `{"accessToken":"...","expiresOn":ms}` or `{"error":"code"}`. */
export type DialogResult = { accessToken: string; expiresOn?: number } | { error: string };

export function parseDialogResult(message: string): DialogResult {
  let v: unknown;
  try {
    v = JSON.parse(message);
  } catch {
    return { error: 'DialogNoToken' }; // not our page's message
  }
  if (!v || typeof v !== 'object') return { error: 'DialogNoToken' };
  const o = v as { accessToken?: unknown; expiresOn?: unknown; error?: unknown };
  if (typeof o.accessToken === 'string' && o.accessToken) {
    return typeof o.expiresOn === 'number' && Number.isFinite(o.expiresOn) ? { accessToken: o.accessToken, expiresOn: o.expiresOn } : { accessToken: o.accessToken };
  }
  // An error code from MSAL is a short identifier; anything else is not shown or kept.
  return { error: typeof o.error === 'string' && /^[\w.-]{1,64}$/.test(o.error) ? o.error : 'DialogNoToken' };
}

/** The token in a dialog message, or undefined (kept for callers that only need the token). */
export function parseDialogMessage(message: string): string | undefined {
  const r = parseDialogResult(message);
  return 'accessToken' in r ? r.accessToken : undefined;
}

function codeOf(e: unknown): string | undefined {
  return e && typeof e === 'object' && typeof (e as { errorCode?: unknown }).errorCode === 'string' ? (e as { errorCode: string }).errorCode : undefined;
}
