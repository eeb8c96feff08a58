// The seam between Graph calls and however a token is obtained: nested app authentication in
// Outlook, client credentials in the CLI, a fake in tests and the playground. Nothing under
// src/launchevent may import this folder: the send path never waits on a token.
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';

export interface TokenRequest {
  /** Ignore any cached token (the server said the last one was invalid or expired). */
  forceRefresh?: boolean;
}

export interface TokenProvider {
  getToken(request?: TokenRequest): Promise<string>;
}

/** Delegated scopes the task pane asks for (see docs/ADMIN.md §4 for why each is needed). */
export const DELEGATED_SCOPES = {
  mail: ['Mail.ReadWrite'],
  /** Only when the picker lists the Purview label definitions. */
  labels: ['RecordsManagement.Read.All'],
} as const;

/** App-only tokens use the `.default` scope: the permissions granted to the app registration. */
export const APP_SCOPE = 'https://graph.microsoft.com/.default';

/** Adapts a TokenProvider to the SDK's AuthenticationProvider, with a one-shot forced refresh. */
export class TokenAuthProvider implements AuthenticationProvider {
  private forceNext = false;
  constructor(private readonly provider: TokenProvider) {}

  refreshNext(): void {
    this.forceNext = true;
  }

  async getAccessToken(): Promise<string> {
    const forceRefresh = this.forceNext;
    this.forceNext = false;
    return this.provider.getToken(forceRefresh ? { forceRefresh } : undefined);
  }
}

export class AuthError extends Error {
  override name = 'AuthError';
  constructor(
    message: string,
    /** MSAL's or Office's error code, when there is one. */
    readonly code?: string,
  ) {
    super(message);
  }
}
