// Azure Static Web Apps settings (dist/staticwebapp.config.json, docs/ADMIN.md §2).
'use strict';

const { DEFAULT_FRAME_ANCESTORS } = require('./csp');

/**
 * Every file revalidated on each load (file names are stable, so a new version must not hide behind
 * a cache), icons cached for a day, policy.json readable cross-origin by the event runtime, and
 * framing limited to Outlook's pages (frame-ancestors). Other hosts ignore this file: ADMIN.md gives
 * the same headers for them.
 */
function staticWebAppConfig(ancestors = DEFAULT_FRAME_ANCESTORS) {
  return {
    globalHeaders: { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': `frame-ancestors ${ancestors.join(' ')}` },
    routes: [
      { route: '/assets/*', headers: { 'Cache-Control': 'public, max-age=86400' } },
      { route: '/policy.json', headers: { 'Cache-Control': 'no-cache', 'Access-Control-Allow-Origin': '*' } },
      { route: '/.well-known/microsoft-officeaddins-allowed.json', headers: { 'Content-Type': 'application/json' } },
    ],
    mimeTypes: { '.json': 'application/json', '.xml': 'text/xml' },
  };
}

module.exports = { staticWebAppConfig };
