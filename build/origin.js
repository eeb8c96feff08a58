// Where the add-in is hosted: https://localhost:3000 in development, ADDIN_ORIGIN in production, and
// the manifest rewritten to match.
'use strict';

const DEV_ORIGIN = 'https://localhost:3000';

/** The production origin from ADDIN_ORIGIN, normalised; undefined when unset or empty. */
function addinOrigin(env = process.env) {
  const raw = (env.ADDIN_ORIGIN || '').trim();
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_ORIGIN "${raw}" is not a URL. Give the HTTPS address the add-in is hosted at, e.g. https://addin.example.org`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_ORIGIN must be an https:// address (Outlook loads add-ins only over HTTPS); got "${raw}".`);
  }
  // Keep a path prefix (a council may host under /addin) but never a trailing slash.
  return (url.origin + url.pathname).replace(/\/+$/, '');
}

/** Rewrites every localhost URL in the manifest to the hosting origin. */
function rewriteManifest(xml, origin) {
  return origin ? xml.split(DEV_ORIGIN).join(origin) : xml;
}

/** The copy-webpack-plugin pattern that writes dist/manifest.xml for `origin` (undefined: as is). */
function manifestPattern(origin) {
  return {
    from: 'manifest.xml',
    to: 'manifest.xml',
    transform: (content) => {
      const xml = rewriteManifest(content.toString('utf8'), origin);
      if (origin && xml.includes('localhost')) {
        throw new Error('dist/manifest.xml still names localhost after the ADDIN_ORIGIN rewrite; every URL must start with https://localhost:3000 in manifest.xml.');
      }
      return xml;
    },
  };
}

module.exports = { DEV_ORIGIN, addinOrigin, rewriteManifest, manifestPattern };
