// The real MSAL client for NaaTokenProvider: msal-browser's nested app authentication client,
// which signs in through Outlook itself. Imported by the task pane only.
import { createNestablePublicClientApplication } from '@azure/msal-browser';
import type { NaaClient } from './naa';

export async function createNaaClient(config: { auth: { clientId: string; authority: string } }): Promise<NaaClient> {
  const pca = await createNestablePublicClientApplication(config);
  return {
    acquireTokenSilent: (r) => pca.acquireTokenSilent({ scopes: r.scopes, forceRefresh: r.forceRefresh, account: (r.account ?? undefined) as never }),
    acquireTokenPopup: (r) => pca.acquireTokenPopup({ scopes: r.scopes }),
    getActiveAccount: () => pca.getActiveAccount() ?? pca.getAllAccounts()[0] ?? null,
  };
}
