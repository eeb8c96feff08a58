#!/usr/bin/env node
// First render of the task pane in the playground (issue #4: under one second on the CI machine),
// measured in Debian's Chromium through playwright-core. A benchmark, not a timed test: it prints
// the figures. Usable alone (`node scripts/bench-taskpane.js [--runs N]`, after `npm run build`)
// or from scripts/bench.js through `benchTaskpane()`.
//
// "First render" = from navigation start to the first time the pane shows a checked verdict
// (compose: the verdict header leaves "Checking…"; read: the sender summary appears). That includes
// loading taskpane.js, Office.onReady of the simulated Office, the hosted policy fetch and the first
// full check of the draft.
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');

const root = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8', '.png': 'image/png', '.map': 'application/json', '.xml': 'application/xml' };

/** A static file server for dist/ on 127.0.0.1 and a free port. */
function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Runs in the page before any script: note when the pane first shows a checked result.
const OBSERVE = `(() => {
  const done = () => document.querySelector('[data-testid="verdict"]:not([data-verdict="checking"]), [data-testid="sender-verdict"]');
  new MutationObserver((_, obs) => {
    if (window.__firstRenderMs === undefined && done()) { window.__firstRenderMs = performance.now(); obs.disconnect(); }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1], samples };
}

/** Median/p95 first render (ms) of playground-taskpane.html over `runs` fresh page loads. */
async function benchTaskpane({ dist = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(root, 'dist'), runs = 10, page: pageName = 'playground-taskpane.html' } = {}) {
  if (!fs.existsSync(path.join(dist, pageName))) throw new Error(`${path.join(dist, pageName)} is missing: run "npm run build" first.`);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: install it with "apt-get install -y chromium".`);
  const { chromium } = require('playwright-core');
  const server = await serve(dist);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const { port } = server.address();
    const samples = [];
    const setup = [];
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext(); // fresh: no cached scripts or saved policy
      const page = await context.newPage();
      await page.addInitScript(OBSERVE);
      await page.goto(`http://127.0.0.1:${port}/${pageName}`);
      await page.waitForFunction(() => window.__firstRenderMs !== undefined, null, { timeout: 30000 });
      const [t, ready] = await page.evaluate(() => [window.__firstRenderMs, window.__taskpaneReadyMs]);
      // The first load warms Chromium itself, not the pane.
      if (i > 0) {
        samples.push(t);
        if (typeof ready === 'number') setup.push(ready);
      }
      await context.close();
    }
    return { ...stats(samples), setupMedian: setup.length ? stats(setup).median : undefined };
  } finally {
    await browser.close();
    server.close();
  }
}

module.exports = { benchTaskpane };

if (require.main === module) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) || 10 : 10;
  benchTaskpane({ runs }).then(
    (r) => {
      const f = (x) => x.toFixed(0);
      console.log(`task pane first render in the playground (Chromium, ${r.n} cold loads): median ${f(r.median)} ms, p95 ${f(r.p95)} ms, max ${f(r.max)} ms (target < 1000 ms)` +
          (r.setupMedian !== undefined ? `; of which policy, clause text and Smart Alert context after Office.onReady: median ${f(r.setupMedian)} ms` : ''));
    },
    (e) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 2;
    },
  );
}
