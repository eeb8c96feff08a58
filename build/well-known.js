// The hosting files emitted beside the bundles: the well-known allow-list that names the event
// bundle (needed for CORS/SSO in classic Outlook; the format in learn.microsoft.com "Use SSO or CORS
// in your event-based Outlook add-in") and the Static Web Apps settings.
'use strict';

const { staticWebAppConfig } = require('./static-web-app');

/**
 * Where the well-known allow-list goes. Outlook reads it only at the ORIGIN ROOT:
 * "<origin>/.well-known/microsoft-officeaddins-allowed.json", where the origin is scheme + host +
 * port (learn.microsoft.com/office/dev/add-ins/develop/use-sso-in-event-based-activation). When
 * ADDIN_ORIGIN has a path, dist/ is uploaded under that path, so a copy inside dist/.well-known/
 * would sit at <origin>/<path>/.well-known/ where Outlook never looks. Then the file goes to
 * dist/origin-root/.well-known/ (to be uploaded to the site root) and the build warns; with
 * ADDIN_WELL_KNOWN=strict it fails instead.
 */
function wellKnownPlacement(publicOrigin) {
  const url = new URL(publicOrigin);
  const file = '.well-known/microsoft-officeaddins-allowed.json';
  if (url.pathname === '/' || url.pathname === '') return { asset: file };
  const message =
    `ADDIN_ORIGIN ${publicOrigin} has a path (${url.pathname}). Outlook reads the add-in allow-list only from ` +
    `${url.origin}/${file} (the origin root), not from under ${url.pathname}. The build wrote it to ` +
    `dist/origin-root/${file}: upload that file to the web site's root (merge its "allowed" entry into the ` +
    'existing file if the site already has one), or host the add-in at its own origin (e.g. https://addin.example.org). ' +
    'Without it, classic Outlook on Windows blocks the send check\'s policy fetch (docs/ADMIN.md §2).';
  return { asset: `origin-root/${file}`, message };
}

/** Emits the well-known allow-list and staticwebapp.config.json. */
class AllowedAddinsPlugin {
  constructor(origin, ancestors) {
    this.origin = origin;
    this.ancestors = ancestors;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('AllowedAddinsPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'AllowedAddinsPlugin', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const place = wellKnownPlacement(this.origin);
          if (place.message) {
            if ((process.env.ADDIN_WELL_KNOWN || '').trim() === 'strict') {
              compilation.errors.push(new compiler.webpack.WebpackError(place.message));
              return;
            }
            compilation.warnings.push(new compiler.webpack.WebpackError(place.message));
          }
          const json = JSON.stringify({ allowed: [`${this.origin}/launchevent.js`] }, null, 2) + '\n';
          compilation.emitAsset(place.asset, new RawSource(json));
          compilation.emitAsset('staticwebapp.config.json', new RawSource(JSON.stringify(staticWebAppConfig(this.ancestors), null, 2) + '\n'));
        },
      );
    });
  }
}

module.exports = { AllowedAddinsPlugin, wellKnownPlacement };
