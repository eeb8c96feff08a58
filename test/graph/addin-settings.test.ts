// The deploying officer's settings: the build (build/graph-settings.js) checks ADDIN_CLIENT_ID /
// ADDIN_TENANT_ID / ADDIN_GRAPH_URL with the pane's own code (src/graph/auth/addin-settings.ts) and
// writes what it accepted into the bundles; the pane checks that again at run time.
import { addinGraphSettings } from '../../src/graph/auth/addin-settings';

/* eslint-disable @typescript-eslint/no-require-imports */
const build = {
  ...(require('../../build/graph-settings.js') as { graphSettings(env: Record<string, string | undefined>): { clientId?: string; tenantId?: string; graphUrl: string } }),
  ...(require('../../build/csp.js') as { cspFor(graphUrl: string): string }),
};
/* eslint-enable @typescript-eslint/no-require-imports */

const ID = '11111111-2222-4333-8444-555555555555';
type Env = { ADDIN_CLIENT_ID?: string; ADDIN_TENANT_ID?: string; ADDIN_GRAPH_URL?: string };

it.each([
  ['nothing set: records off, public Graph', {}, { clientId: undefined, authority: 'https://login.microsoftonline.com/organizations', graphUrl: 'https://graph.microsoft.com/v1.0' }],
  ['client id and tenant domain', { ADDIN_CLIENT_ID: ` ${ID} `, ADDIN_TENANT_ID: 'waretowncouncil.gov.uk' }, { clientId: ID, authority: 'https://login.microsoftonline.com/waretowncouncil.gov.uk', graphUrl: 'https://graph.microsoft.com/v1.0' }],
  ['a national cloud’s Graph, trailing slash dropped', { ADDIN_CLIENT_ID: ID, ADDIN_GRAPH_URL: 'https://graph.microsoft.us/v1.0/' }, { clientId: ID, authority: 'https://login.microsoftonline.com/organizations', graphUrl: 'https://graph.microsoft.us/v1.0' }],
  ['empty strings count as unset', { ADDIN_CLIENT_ID: '', ADDIN_TENANT_ID: '', ADDIN_GRAPH_URL: '' }, { clientId: undefined, authority: 'https://login.microsoftonline.com/organizations', graphUrl: 'https://graph.microsoft.com/v1.0' }],
])('valid: %s', (_n, env: Env, want) => {
  const built = build.graphSettings(env);
  expect(addinGraphSettings(built)).toEqual(want);
  expect(addinGraphSettings({ clientId: env.ADDIN_CLIENT_ID, tenantId: env.ADDIN_TENANT_ID, graphUrl: env.ADDIN_GRAPH_URL })).toEqual(want);
});

it.each([
  ['a client id that is not a GUID', { ADDIN_CLIENT_ID: 'my-app' }, /ADDIN_CLIENT_ID/],
  ['a tenant that is neither GUID nor domain', { ADDIN_CLIENT_ID: ID, ADDIN_TENANT_ID: 'ware council' }, /ADDIN_TENANT_ID/],
  ['a Graph URL over plain HTTP', { ADDIN_CLIENT_ID: ID, ADDIN_GRAPH_URL: 'http://graph.example.org/v1.0' }, /ADDIN_GRAPH_URL must be an https/],
  ['a Graph URL that is not a URL', { ADDIN_CLIENT_ID: ID, ADDIN_GRAPH_URL: 'graph' }, /ADDIN_GRAPH_URL "graph" is not a URL/],
])('invalid: %s is refused by the build and by the pane', (_n, env: Env, re) => {
  expect(() => build.graphSettings(env)).toThrow(re);
  expect(() => addinGraphSettings({ clientId: env.ADDIN_CLIENT_ID, tenantId: env.ADDIN_TENANT_ID, graphUrl: env.ADDIN_GRAPH_URL })).toThrow(re);
});

it.each([
  ['https://graph.microsoft.com/v1.0', "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com"],
  ['https://graph.microsoft.us/v1.0', "connect-src 'self' https://graph.microsoft.us https://graph.microsoft.com https://login.microsoftonline.com"],
])('the pages’ CSP lets the pane reach %s', (url, connect) => {
  expect(build.cspFor(url)).toContain(connect);
});
