// Tokens for tests and the playground: calls `mint` (e.g. the fake Graph server's issuer) and
// caches the result until a forced refresh, the way MSAL's cache behaves.
import type { TokenProvider, TokenRequest } from './token-provider';

export class FakeTokenProvider implements TokenProvider {
  private cached?: string;
  /** How many tokens were minted: tests assert a refresh happened exactly when needed. */
  minted = 0;

  constructor(private readonly mint: () => string | Promise<string> = () => `fake-token-${Date.now()}`) {}

  async getToken(request?: TokenRequest): Promise<string> {
    if (!this.cached || request?.forceRefresh) {
      this.cached = await this.mint();
      this.minted++;
    }
    return this.cached;
  }
}
