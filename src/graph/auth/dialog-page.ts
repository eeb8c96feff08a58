// The sign-in page opened in an Office dialog where NestedAppAuth 1.1 is unsupported
// (auth-dialog.html). It follows the pattern of Microsoft's Outlook NAA sample's fallback dialog:
// MSAL's standard (not nested) client runs the redirect flow inside the dialog —
// handleRedirectPromise on every load; with no result, a silent attempt for a known account, then
// loginRedirect — and the token goes back to the task pane with Office.context.ui.messageParent.
// Register this page's address as a single-page-application redirect URI (docs/ADMIN.md §4.1).
import type { DialogResult } from './naa';

/** The slice of msal-browser's IPublicClientApplication the page uses. */
export interface RedirectClient {
  handleRedirectPromise(): Promise<{ accessToken: string; expiresOn?: Date | null; account?: unknown } | null>;
  getAllAccounts(): unknown[];
  setActiveAccount(account: unknown): void;
  acquireTokenSilent(request: { scopes: string[]; account: unknown }): Promise<{ accessToken: string; expiresOn?: Date | null }>;
  loginRedirect(request: { scopes: string[]; redirectUri: string; prompt?: string }): Promise<void>;
}

export interface DialogPageOptions {
  client: RedirectClient;
  scopes: readonly string[];
  /** This page's own address without query or fragment: the redirect URI registered in Entra ID. */
  redirectUri: string;
  /** Office.context.ui.messageParent, once Office is ready. */
  messageParent: (message: string) => void;
}

/** What the page did: posted a result, or navigated away to sign in (it will load again after). */
export type DialogPageOutcome = 'posted' | 'redirected';

export async function runDialogPage(o: DialogPageOptions): Promise<DialogPageOutcome> {
  const scopes = [...o.scopes];
  const post = (r: DialogResult) => o.messageParent(JSON.stringify(r));
  let returned;
  try {
    returned = await o.client.handleRedirectPromise();
  } catch (e) {
    post({ error: codeOf(e) }); // e.g. the user declined consent: the pane shows why
    return 'posted';
  }
  if (returned) {
    if (returned.account) o.client.setActiveAccount(returned.account);
    post(result(returned));
    return 'posted';
  }
  const account = o.client.getAllAccounts()[0];
  if (account) {
    try {
      post(result(await o.client.acquireTokenSilent({ scopes, account })));
      return 'posted';
    } catch {
      // Expected when the session has lapsed or consent is missing: the redirect below asks the user.
    }
  }
  await o.client.loginRedirect({ scopes, redirectUri: o.redirectUri, prompt: 'select_account' });
  return 'redirected';
}

function result(r: { accessToken: string; expiresOn?: Date | null }): DialogResult {
  const expiresOn = r.expiresOn instanceof Date ? r.expiresOn.getTime() : undefined;
  return expiresOn !== undefined && Number.isFinite(expiresOn) ? { accessToken: r.accessToken, expiresOn } : { accessToken: r.accessToken };
}

/** MSAL's error code (e.g. "user_cancelled", "access_denied"); never the message, which may hold the address. */
function codeOf(e: unknown): string {
  const code = e && typeof e === 'object' ? (e as { errorCode?: unknown }).errorCode : undefined;
  return typeof code === 'string' && /^[\w.-]{1,64}$/.test(code) ? code : 'DialogSignInFailed';
}
