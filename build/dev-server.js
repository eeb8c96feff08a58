// `npm run dev-server`: one server for both compilations (webpack-cli gives every dev server all
// compilers), HTTPS with the Office Add-in developer certificate when it can be had.
'use strict';

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

async function devServer(port) {
  return {
    port,
    server: await devServerTransport(),
    static: false,
    headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': 'no-store' },
    hot: false, // React pages reload; no module hot-swapping code in any bundle
    liveReload: true,
    devMiddleware: { writeToDisk: false },
  };
}

/** True when webpack runs as `webpack serve` / webpack-dev-server. */
function isServe(argv = process.argv) {
  return argv.some((a) => a === 'serve' || a.endsWith('webpack-dev-server'));
}

module.exports = { devServer, isServe };
