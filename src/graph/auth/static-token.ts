// A fixed bearer token (`--token` or COUNCIL_MAIL_GRAPH_TOKEN): an escape hatch for the fake Graph
// server and for an admin who already holds a token. It cannot refresh.
import { AuthError, type TokenProvider, type TokenRequest } from './token-provider';

export class StaticTokenProvider implements TokenProvider {
  private used = false;
  constructor(private readonly token: string) {
    if (!token.trim()) throw new AuthError('The token given is empty.');
  }

  async getToken(request?: TokenRequest): Promise<string> {
    if (request?.forceRefresh && this.used) {
      throw new AuthError('The token given was rejected or has expired, and a fixed token cannot be refreshed. Get a new one, or use client credentials.');
    }
    this.used = true;
    return this.token;
  }
}
