// The build's Graph settings (webpack DefinePlugin writes __ADDIN_GRAPH__ from ADDIN_CLIENT_ID,
// ADDIN_TENANT_ID and ADDIN_GRAPH_URL; docs/ADMIN.md §4.1). Read by the pane and the sign-in page.
import { addinGraphSettings, type AddinGraphSettings } from '../../graph/auth/addin-settings';

declare const __ADDIN_GRAPH__: { clientId?: string; tenantId?: string; graphUrl?: string } | undefined;

/** Undefined when the build carries no settings or they do not validate (then nothing signs in). */
export function buildGraphSettings(): AddinGraphSettings | undefined {
  const raw = typeof __ADDIN_GRAPH__ === 'object' && __ADDIN_GRAPH__ ? __ADDIN_GRAPH__ : {};
  try {
    return addinGraphSettings(raw);
  } catch (e) {
    // webpack.config.js validates the same values, so this is a hand-edited bundle: stay quiet.
    console.warn(`[records] Graph settings ignored (${e instanceof Error ? e.name : 'error'})`);
    return undefined;
  }
}

/** auth-dialog.html beside the page that is running (the dialog must share the pane's origin). */
export function dialogPageUrl(pageHref: string): string {
  return new URL('auth-dialog.html', pageHref).href;
}
