// Entry of auth-dialog.html: the Office-dialog sign-in for Outlook clients without
// NestedAppAuth 1.1 (see src/graph/auth/dialog-page.ts). Loaded only inside Office's dialog.
import { runDialogPage, type RedirectClient } from '../../graph/auth/dialog-page';
import { DELEGATED_SCOPES } from '../../graph/auth/token-provider';
import { buildGraphSettings } from '../records/settings';

function show(text: string): void {
  const root = document.getElementById('root') ?? document.body;
  root.textContent = text;
}

async function main(): Promise<void> {
  const settings = buildGraphSettings();
  await Office.onReady();
  const messageParent = (m: string) => Office.context.ui.messageParent(m);
  if (!settings?.clientId) {
    messageParent(JSON.stringify({ error: 'NotConfigured' }));
    return;
  }
  const redirectUri = window.location.origin + window.location.pathname;
  // Loaded here rather than imported at the top so MSAL stays out of the chunk every page shares.
  const { createStandardPublicClientApplication } = await import(/* webpackChunkName: "auth-dialog-msal" */ '@azure/msal-browser');
  // The standard (not nested) client: this is the path for clients without nested app auth.
  // Session storage: the dialog's cache ends with the window; the pane keeps only the token.
  const pca = await createStandardPublicClientApplication({
    auth: { clientId: settings.clientId, authority: settings.authority, redirectUri },
    cache: { cacheLocation: 'sessionStorage' },
  });
  const client: RedirectClient = {
    // The response comes back to this same page, so there is nowhere else to navigate to.
    handleRedirectPromise: () => pca.handleRedirectPromise({ navigateToLoginRequestUrl: false }),
    getAllAccounts: () => pca.getAllAccounts(),
    setActiveAccount: (a) => pca.setActiveAccount(a as never),
    acquireTokenSilent: (r) => pca.acquireTokenSilent({ scopes: r.scopes, account: r.account as never }),
    loginRedirect: (r) => pca.loginRedirect({ scopes: r.scopes, redirectUri: r.redirectUri, prompt: r.prompt }),
  };
  show('Signing in to Microsoft 365…');
  const outcome = await runDialogPage({ client, scopes: DELEGATED_SCOPES.mail, redirectUri, messageParent });
  if (outcome === 'posted') show('Signed in. You can close this window.');
}

main().catch((e: unknown) => {
  // The name only: MSAL messages can include the account name.
  show(`Signing in could not start (${e instanceof Error ? e.name : 'error'}). Close this window and try again.`);
});
