// A small static file server over dist/ for `npm start` and the browser tests: GET/HEAD only,
// no directory listings, no path escapes, the content types Office and browsers expect
// (JavaScript as text/javascript, the manifest as XML), and no caching so a rebuild shows at once.
'use strict';
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

function contentType(file) {
  return TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/** The request handler: `/` redirects to the playground. */
function handler(root) {
  const base = path.resolve(root);
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (pathname === '/') {
      res.writeHead(302, { location: '/playground.html' }).end();
      return;
    }
    const file = path.resolve(base, '.' + pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': contentType(file),
        'content-length': st.size,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else fs.createReadStream(file).pipe(res);
    });
  };
}

/**
 * Serve `root` on host:port (port 0 = any free port). `tls` ({ key, cert, ca }) for HTTPS.
 * Resolves with the base URL and a close function.
 */
function serve(root, { host = '127.0.0.1', port = 0, tls } = {}) {
  const server = tls ? https.createServer(tls, handler(root)) : http.createServer(handler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const shown = host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' ? (tls ? 'localhost' : host) : host;
      resolve({
        url: `${tls ? 'https' : 'http'}://${shown}:${address.port}/`,
        port: address.port,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

module.exports = { serve, contentType, handler };
