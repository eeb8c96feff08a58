// The task pane's Microsoft Graph settings, fixed at build time from the deploying officer's
// environment (ADDIN_CLIENT_ID, ADDIN_TENANT_ID, ADDIN_GRAPH_URL; webpack's DefinePlugin writes them
// into __ADDIN_GRAPH__, see docs/ADMIN.md §4.1). The build checks them with this same module
// (build/graph-settings.js). Without a client id the pane never asks for a token:
// the records job is then the admin command's alone.
import { stripTrailing } from '../../policy/text/trim';
import { GRAPH_URL } from '../client/graph-client';

export interface AddinGraphSettings {
  /** Application (client) id of the add-in's Entra app registration; undefined when not configured. */
  clientId?: string;
  /** e.g. https://login.microsoftonline.com/<tenant id>; "organizations" when no tenant was given. */
  authority: string;
  /** Graph root including the version. */
  graphUrl: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(?:\.[a-z0-9-]+)+|organizations|common)$/i;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/**
 * Validates the raw values (as the build passes them, possibly empty strings). Throws SettingsError
 * with a message for the person running the build; the pane calls it on values already checked.
 */
export function addinGraphSettings(raw: { clientId?: string; tenantId?: string; graphUrl?: string; authorityHost?: string }): AddinGraphSettings {
  const clientId = raw.clientId?.trim() || undefined;
  if (clientId && !GUID.test(clientId)) {
    throw new SettingsError(`ADDIN_CLIENT_ID "${clientId}" is not an application (client) id. Copy the GUID from the app registration's Overview page in the Entra admin centre.`);
  }
  const tenant = raw.tenantId?.trim() || 'organizations';
  if (!TENANT.test(tenant)) {
    throw new SettingsError(`ADDIN_TENANT_ID "${tenant}" is neither a directory (tenant) id nor a domain such as council.gov.uk.`);
  }
  const graphUrl = stripTrailing(raw.graphUrl?.trim() || GRAPH_URL, '/');
  let url: URL;
  try {
    url = new URL(graphUrl);
  } catch {
    throw new SettingsError(`ADDIN_GRAPH_URL "${graphUrl}" is not a URL. Leave it unset for ${GRAPH_URL}.`);
  }
  if (url.protocol !== 'https:') throw new SettingsError(`ADDIN_GRAPH_URL must be an https:// address (a bearer token must not travel in clear text); got "${graphUrl}".`);
  const host = stripTrailing(raw.authorityHost?.trim() || 'https://login.microsoftonline.com', '/');
  return { clientId, authority: `${host}/${tenant}`, graphUrl };
}
