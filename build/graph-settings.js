// The task pane's Graph settings (docs/ADMIN.md §4.1), from ADDIN_CLIENT_ID (the add-in's app
// registration; without it the pane never signs in), ADDIN_TENANT_ID (optional) and ADDIN_GRAPH_URL
// (optional, for national clouds). They are checked here, so a bad value fails the build with a
// message for the deploying officer, by the same code the pane runs on them again
// (src/graph/auth/addin-settings.ts), and written into the bundles as __ADDIN_GRAPH__.
'use strict';

const path = require('path');
const { requireTs } = require('./load-ts');

const SETTINGS_TS = path.join(__dirname, '..', 'src', 'graph', 'auth', 'addin-settings.ts');

/** What DefinePlugin writes as __ADDIN_GRAPH__; throws SettingsError naming the bad variable. */
function graphSettings(env = process.env) {
  const raw = { clientId: env.ADDIN_CLIENT_ID, tenantId: env.ADDIN_TENANT_ID, graphUrl: env.ADDIN_GRAPH_URL };
  const checked = requireTs(SETTINGS_TS).addinGraphSettings(raw);
  // The pane derives the authority itself; the build passes the tenant as given (trimmed).
  return { clientId: checked.clientId, tenantId: (raw.tenantId || '').trim() || undefined, graphUrl: checked.graphUrl };
}

module.exports = { graphSettings };
