// The heavy half of the pane's records job — MSAL, the Graph SDK and the reconciler — loaded by
// pane-records.ts with a dynamic import on the first run, so the pane's first render never waits
// for it.
import type { AddinGraphSettings } from '../../graph/auth/addin-settings';
import { createNaaClient } from '../../graph/auth/msal-naa';
import { NaaTokenProvider } from '../../graph/auth/naa';
import type { OfficeAuthHost } from '../../graph/auth/office-auth-host';
import { DELEGATED_SCOPES, type TokenProvider } from '../../graph/auth/token-provider';
import { GraphClient } from '../../graph/client/graph-client';
import type { FetchFn } from '../../graph/client/middleware';
import { reconcile, type ReconcileSummary } from '../../graph/retention/reconcile';
import type { PolicyConfig } from '../../policy/config';

/** Only recent sends: older ones are the scheduled admin job's (docs/ADMIN.md §7.1). */
export const PANE_WINDOW_DAYS = 30;

export interface PaneTokens {
  interactive: TokenProvider;
  silent: TokenProvider;
}

/** Tokens for the pane: silent in the background, interactive (popup or dialog) on "Sign in". */
export function naaTokens(settings: AddinGraphSettings & { clientId: string }, host: OfficeAuthHost, dialogUrl: string): PaneTokens {
  const p = new NaaTokenProvider({ clientId: settings.clientId, authority: settings.authority, scopes: DELEGATED_SCOPES.mail, host, interactive: true, dialogUrl, createClient: createNaaClient });
  return { interactive: p, silent: p.silentOnly() };
}

/** One reconcile pass over the user's own Sent Items (`/me`); what the scheduler calls. */
export function paneRun(o: { graphUrl: string; policy: PolicyConfig; tokens: PaneTokens; fetch?: FetchFn; now?: () => Date }): (interactive: boolean) => Promise<ReconcileSummary> {
  const now = o.now ?? (() => new Date());
  // Two clients so a background run can never reach the interactive provider.
  const make = (tokenProvider: TokenProvider) => new GraphClient({ tokenProvider, graphUrl: o.graphUrl, fetch: o.fetch });
  let silent: GraphClient | undefined;
  let interactive: GraphClient | undefined;
  return (wantsInteraction) => {
    const client = wantsInteraction ? (interactive ??= make(o.tokens.interactive)) : (silent ??= make(o.tokens.silent));
    const since = new Date(now().getTime() - PANE_WINDOW_DAYS * 86_400_000);
    return reconcile({ client, mailbox: 'me', policy: o.policy, since, now });
  };
}
