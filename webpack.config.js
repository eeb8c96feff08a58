// Builds the add-in into dist/ (ARCHITECTURE §3, §4). Two compilations:
//
//  1. `launchevent` — the Smart Alerts / event handlers. Classic Outlook on Windows runs this file in
//     its JavaScript-only runtime: ONE file, no chunk splitting, no runtime imports, ES2016 syntax
//     (webpack's own runtime included, dependencies transpiled by Babel), no dev-server client.
//     Its target deliberately omits 'web' so webpack-dev-server never injects hot-reload code.
//  2. `ui` — the task pane, the playground and their HTML pages (React; loaded in a browser).
//
// Also emitted: manifest.xml with https://localhost:3000 swapped for ADDIN_ORIGIN, the icons, the
// hosted policy file (policy.json), its schema and the policy text, and
// .well-known/microsoft-officeaddins-allowed.json listing the event bundle (the format in
// learn.microsoft.com "Use SSO or CORS in your event-based Outlook add-in").
'use strict';

const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const webpack = require('webpack');
const pkg = require('./package.json');

const DEV_ORIGIN = 'https://localhost:3000';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const root = __dirname;
// DIST_DIR lets tests build into a temporary folder without touching dist/.
const dist = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(root, 'dist');

// The one place that lists the entry files (several owners write them). The launchevent entry is
// the only one the JavaScript-only runtime loads.
const EVENT_ENTRY = { launchevent: './src/launchevent/index.ts' };
const UI_ENTRIES = {
  taskpane: './src/taskpane/index.tsx',
  playground: './src/playground/index.tsx',
  'playground-office': './src/playground/office-sim/index.ts',
  // The Office-dialog sign-in for Outlook clients without NestedAppAuth 1.1 (src/graph/auth/dialog-page.ts).
  'auth-dialog': './src/taskpane/auth-dialog/index.ts',
};
// HTML pages of the ui compilation. `office`: 'cdn' loads office.js from Microsoft, 'none' loads
// nothing (the simulated Office comes from the playground-office chunk, listed first).
const UI_PAGES = [
  { filename: 'taskpane.html', title: 'Council Email Policy', chunks: ['taskpane'], office: 'cdn' },
  { filename: 'playground.html', title: 'Council Email Policy — playground', chunks: ['playground'], office: 'none' },
  {
    filename: 'playground-taskpane.html',
    title: 'Council Email Policy (simulated Outlook)',
    chunks: ['playground-office', 'taskpane'],
    office: 'none',
  },
  // Opened by the task pane in an Office dialog; its address is registered as an SPA redirect URI.
  { filename: 'auth-dialog.html', title: 'Sign in — Council Email Policy', chunks: ['auth-dialog'], office: 'cdn' },
  // The playground's event runtime (a hidden iframe): the simulated Office, then the REAL event
  // bundle, as Outlook's HTML runtime loads launchevent.html.
  {
    filename: 'playground-events.html',
    title: 'Council Email Policy: event runtime (simulated Outlook)',
    chunks: ['playground-office'],
    office: 'none',
    scripts: ['launchevent.js'],
  },
];

/** The production origin from ADDIN_ORIGIN, normalised; undefined when unset or empty. */
function addinOrigin() {
  const raw = (process.env.ADDIN_ORIGIN || '').trim();
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

const GRAPH_URL = 'https://graph.microsoft.com/v1.0';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TENANT = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[a-z0-9-]+(?:\.[a-z0-9-]+)+|organizations|common)$/i;

/**
 * The task pane's Graph settings (docs/ADMIN.md §4.1), from ADDIN_CLIENT_ID (the add-in's app
 * registration; without it the pane never signs in), ADDIN_TENANT_ID (optional) and ADDIN_GRAPH_URL
 * (optional, for national clouds). The same rules as src/graph/auth/addin-settings.ts, which the
 * pane applies again at run time; a test keeps the two in step.
 */
function graphSettings(env = process.env) {
  const clientId = (env.ADDIN_CLIENT_ID || '').trim();
  if (clientId && !GUID.test(clientId)) {
    throw new Error(`ADDIN_CLIENT_ID "${clientId}" is not an application (client) id. Copy the GUID from the app registration's Overview page in the Entra admin centre.`);
  }
  const tenantId = (env.ADDIN_TENANT_ID || '').trim();
  if (tenantId && !TENANT.test(tenantId)) {
    throw new Error(`ADDIN_TENANT_ID "${tenantId}" is neither a directory (tenant) id nor a domain such as council.gov.uk.`);
  }
  const graphUrl = ((env.ADDIN_GRAPH_URL || '').trim() || GRAPH_URL).replace(/\/+$/, '');
  let url;
  try {
    url = new URL(graphUrl);
  } catch {
    throw new Error(`ADDIN_GRAPH_URL "${graphUrl}" is not a URL. Leave it unset for ${GRAPH_URL}.`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_GRAPH_URL must be an https:// address (a bearer token must not travel in clear text); got "${graphUrl}".`);
  return { clientId: clientId || undefined, tenantId: tenantId || undefined, graphUrl };
}

/** Rewrites every localhost URL in the manifest to the hosting origin. */
function rewriteManifest(xml, origin) {
  return origin ? xml.split(DEV_ORIGIN).join(origin) : xml;
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

/**
 * Azure Static Web Apps settings (docs/ADMIN.md §2): every file revalidated on each load (file
 * names are stable, so a new version must not hide behind a cache), icons cached for a day,
 * policy.json readable cross-origin by the event runtime, and framing limited to Outlook's pages
 * (frame-ancestors). Other hosts ignore this file: ADMIN.md gives the same headers for them.
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

/** Emits the well-known allow-list that names the event bundle (needed for CORS/SSO in classic Outlook). */
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

/** Dev-server HTTPS from office-addin-dev-certs; plain HTTP when certificates cannot be had. */
async function devServerTransport() {
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await Promise.race([
      devCerts.getHttpsServerOptions(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), 15000)),
    ]);
    console.log('[dev-server] HTTPS with the Office Add-in developer certificate (office-addin-dev-certs).');
    return { type: 'https', options };
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : String(e);
    console.log(`[dev-server] HTTP: no trusted developer certificate (${why}). Fine for the playground on localhost; Outlook needs HTTPS.`);
    return { type: 'http' };
  }
}

function babelRules(mode, { dependencies }) {
  // One loader per file type; node_modules are transpiled too so that nothing newer than ES2016
  // reaches the JavaScript-only runtime. sourceType 'unambiguous' keeps CommonJS packages CommonJS.
  // envName is explicit: a build started under jest inherits NODE_ENV=test, which would select
  // babel.config.js's Node target and let ES2018+ syntax through.
  const babel = {
    loader: 'babel-loader',
    options: { cacheDirectory: path.join(root, 'node_modules', '.cache', 'babel-loader'), sourceType: 'unambiguous', envName: mode },
  };
  const rules = [{ test: /\.tsx?$/, exclude: /node_modules/, use: babel }];
  // core-js and webpack's own helpers must not be re-transpiled (they would import themselves).
  if (dependencies) rules.push({ test: /\.[cm]?js$/, exclude: /node_modules[\\/](core-js|webpack|@babel[\\/]runtime)[\\/]/, use: babel });
  return rules;
}

function missing(entries) {
  return Object.entries(entries).filter(([, file]) => !fs.existsSync(path.join(root, file)));
}

module.exports = async (env, options) => {
  const mode = options.mode || 'production';
  const dev = mode === 'development';
  const origin = addinOrigin();
  const publicOrigin = origin || DEV_ORIGIN;
  const port = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000);
  const isServe = process.argv.some((a) => a === 'serve' || a.endsWith('webpack-dev-server'));
  const graph = graphSettings();
  const csp = cspFor(graph.graphUrl);
  const ancestors = frameAncestors();

  const gone = missing({ ...EVENT_ENTRY, ...UI_ENTRIES });
  if (gone.length) {
    throw new Error(`Missing entry file(s): ${gone.map(([, f]) => f).join(', ')}. Every surface listed in webpack.config.js must exist.`);
  }

  const shared = {
    mode,
    context: root,
    devtool: dev ? 'source-map' : false,
    resolve: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
    performance: { hints: false },
    // Webpack's persistent cache keeps rebuilds fast; it is keyed on this file and the lockfile.
    cache: { type: 'filesystem', buildDependencies: { config: [__filename, path.join(root, 'package-lock.json')] } },
  };

  const launchevent = {
    ...shared,
    name: 'launchevent',
    // No 'web': the JS-only runtime is not a browser, and without it the dev server adds no client.
    target: ['es2016'],
    entry: EVENT_ENTRY,
    module: { rules: babelRules(mode, { dependencies: true }) },
    resolve: {
      ...shared.resolve,
      // Prefer browser builds of dependencies (no Node built-ins), without the 'browser' condition
      // that would make webpack-dev-server treat this compilation as a web page.
      mainFields: ['browser', 'module', 'main'],
      aliasFields: ['browser'],
      conditionNames: ['import', 'module', 'require', 'default'],
      fallback: { fs: false, path: false, crypto: false, buffer: false, stream: false, util: false },
    },
    node: { global: false, __filename: false, __dirname: false },
    output: {
      path: dist,
      filename: '[name].js',
      iife: true,
      clean: !isServe,
      environment: { module: false, dynamicImport: false },
      chunkFormat: 'array-push', // never used: one chunk, no loading
      chunkLoading: false,
      wasmLoading: false,
    },
    optimization: { splitChunks: false, runtimeChunk: false, minimize: !dev },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'launchevent.html',
        template: './src/launchevent/launchevent.html',
        templateParameters: { officeJs: OFFICE_JS_CDN, csp },
        inject: false,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'policy/ware-town-council.json', to: 'policy.json' },
          { from: 'policy/policy.schema.json', to: 'policy.schema.json' },
          { from: 'policy/ware-internet-email-policy.txt', to: 'ware-internet-email-policy.txt' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => {
              const xml = rewriteManifest(content.toString('utf8'), origin);
              if (origin && xml.includes('localhost')) {
                throw new Error('dist/manifest.xml still names localhost after the ADDIN_ORIGIN rewrite; every URL must start with https://localhost:3000 in manifest.xml.');
              }
              return xml;
            },
          },
        ],
      }),
      new AllowedAddinsPlugin(publicOrigin, ancestors),
      new webpack.DefinePlugin({ __ADDIN_ORIGIN__: JSON.stringify(publicOrigin) }),
    ],
  };

  const ui = {
    ...shared,
    name: 'ui',
    dependencies: ['launchevent'], // runs after the event compilation has cleaned dist/
    // The pages run in the browser engines Outlook uses for task panes (WebView2, current browsers),
    // so dependencies are used as published; our own code still goes through Babel.
    target: ['web', 'es2020'],
    entry: UI_ENTRIES,
    module: { rules: babelRules(mode, { dependencies: false }) },
    output: { path: dist, filename: '[name].js', chunkFilename: '[name].[contenthash:8].js', clean: false },
    optimization: {
      minimize: !dev,
      // Initial chunks only: what a page loads at once shares vendor.js, while code a page loads
      // later (the task pane's records job with MSAL and the Graph SDK) stays in its own chunk.
      splitChunks: { chunks: 'initial', name: 'vendor' },
    },
    plugins: [new webpack.DefinePlugin({ __ADDIN_ORIGIN__: JSON.stringify(publicOrigin), __ADDIN_GRAPH__: JSON.stringify(graph) })].concat(UI_PAGES.map(
      (page) =>
        new HtmlWebpackPlugin({
          filename: page.filename,
          chunks: page.chunks,
          chunksSortMode: 'manual',
          scriptLoading: 'defer',
          templateContent: pageTemplate(page, csp),
          minify: false,
        }),
    )),
  };

  if (isServe) {
    const transport = await devServerTransport();
    ui.devServer = {
      port,
      server: transport,
      static: false,
      headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' },
      hot: false, // React pages reload; no module hot-swapping code in any bundle
      liveReload: true,
      devMiddleware: { writeToDisk: false },
    };
    // One server serves both compilations (webpack-cli gives every dev server all compilers).
  }

  return [launchevent, ui];
};

// Content-Security-Policy for every hosted page: scripts only from the add-in's own origin and
// Microsoft's Office.js CDN, network only to the origin, Graph and Entra ID sign-in, no plugins,
// no framing by others' pages beyond Office. Inline styles stay allowed: Fluent UI (Griffel) and the
// playground insert <style> elements. Email HTML is never put into a page, so no inline script is needed.
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

function pageTemplate(page, csp = CSP) {
  const office = page.office === 'cdn' ? `\n    <script src="${OFFICE_JS_CDN}"></script>` : '';
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <title>${page.title}</title>${office}
  </head>
  <body>
    <div id="root"></div>${(page.scripts || []).map((src) => `\n    <script defer src="${src}"></script>`).join('')}
  </body>
</html>
`;
}

module.exports.rewriteManifest = rewriteManifest;
module.exports.CSP = CSP;
module.exports.cspFor = cspFor;
module.exports.frameAncestors = frameAncestors;
module.exports.staticWebAppConfig = staticWebAppConfig;
module.exports.graphSettings = graphSettings;
module.exports.DEV_ORIGIN = DEV_ORIGIN;
