// The Content-Security-Policy of every hosted page, and the pages allowed to frame the add-in.
'use strict';

// Scripts only from the add-in's own origin and Microsoft's Office.js CDN, network only to the
// origin, Graph and Entra ID sign-in, no plugins, no framing by others' pages beyond Office. Inline
// styles stay allowed: Fluent UI (Griffel) and the playground insert <style> elements. Email HTML is
// never put into a page, so no inline script is needed.
const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com",
  "frame-src 'self' https://login.microsoftonline.com",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** CSP with the configured Graph root's origin allowed too (a national cloud's Graph, ADDIN_GRAPH_URL). */
function cspFor(graphUrl) {
  const origin = new URL(graphUrl).origin;
  if (CSP.includes(` ${origin}`)) return CSP;
  return CSP.replace('connect-src \'self\'', `connect-src 'self' ${origin}`);
}

/**
 * Pages allowed to frame the add-in (CSP frame-ancestors, which only a header can carry). Outlook
 * on the web and new Outlook show add-ins in frames of their own pages; no Microsoft page lists
 * those hosts, so this default is UNDOCUMENTED (what Outlook used when this was written) and a
 * council can replace it with ADDIN_FRAME_ANCESTORS (space- or comma-separated https:// sources).
 */
const DEFAULT_FRAME_ANCESTORS = [
  "'self'",
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://*.outlook.com',
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.officeapps.live.com',
  'https://*.cloud.microsoft',
];

function frameAncestors(env = process.env) {
  const raw = (env.ADDIN_FRAME_ANCESTORS || '').trim();
  if (!raw) return DEFAULT_FRAME_ANCESTORS;
  const list = raw.split(/[\s,]+/).filter(Boolean);
  for (const s of list) {
    if (s !== "'self'" && !/^https:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?$/i.test(s)) {
      throw new Error(`ADDIN_FRAME_ANCESTORS: "${s}" is not an https:// host (e.g. https://outlook.office.com or https://*.office.com) or 'self'.`);
    }
  }
  return ["'self'", ...list.filter((s) => s !== "'self'")];
}

module.exports = { CSP, cspFor, DEFAULT_FRAME_ANCESTORS, frameAncestors };
