#!/usr/bin/env node
// `npm start`: build the add-in (development) and serve dist/ on localhost:3000 for the playground,
// which runs the real task pane and event handlers against a simulated Outlook.
//
// HTTPS when the Office Add-in developer certificates already exist (~/.office-addin-dev-certs,
// made by `npx office-addin-dev-certs install`, which also trusts their CA); otherwise plain HTTP,
// which browsers treat as a secure context on localhost, so the playground works the same. This
// script never installs certificates itself: that changes the machine's trust store and the
// package reports usage data, so it stays the developer's explicit choice.
//
// Options: --no-build (serve dist/ as it is), --port N (or PORT). `npm run stop` stops it.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { serve } = require('./lib/static-server');
const { PID_FILE } = require('./lib/server-pid');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const pkg = require('../package.json');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : process.env.PORT || pkg.config.dev_server_port || 3000);

function certificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  try {
    return Object.fromEntries(Object.entries(files).map(([k, f]) => [k, fs.readFileSync(path.join(dir, f))]));
  } catch {
    return undefined; // not installed: serve HTTP
  }
}

function build() {
  console.log('Building the add-in (webpack, development)…');
  const webpack = path.join(root, 'node_modules', '.bin', 'webpack');
  const r = spawnSync(webpack, ['--mode', 'development'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`The build failed (exit ${r.status}); nothing to serve.`);
    process.exit(r.status || 1);
  }
}

async function main() {
  if (!args.includes('--no-build')) build();
  if (!fs.existsSync(path.join(dist, 'playground.html'))) {
    console.error('dist/playground.html is missing: run `npm start` without --no-build.');
    process.exit(1);
  }
  const tls = certificates();
  let server;
  try {
    server = await serve(dist, { host: 'localhost', port, tls });
  } catch (e) {
    if (e && e.code === 'EADDRINUSE') {
      console.error(`Port ${port} is in use. If an earlier \`npm start\` is still running, stop it with \`npm run stop\`, or choose another port: npm start -- --port 3001`);
      process.exit(1);
    }
    throw e;
  }
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, JSON.stringify({ pid: process.pid, url: server.url }) + '\n');
  const stop = async () => {
    try {
      const saved = JSON.parse(fs.readFileSync(PID_FILE, 'utf8'));
      if (saved.pid === process.pid) fs.unlinkSync(PID_FILE);
    } catch {
      // already removed by `npm run stop`
    }
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  console.log(`\nServing dist/ over ${tls ? 'HTTPS (Office Add-in developer certificate)' : 'HTTP (no developer certificate found in ~/.office-addin-dev-certs)'}.`);
  console.log(`\n  Playground:  ${server.url}playground.html`);
  console.log(`  Manifest:    ${server.url}manifest.xml`);
  if (!tls) console.log('\n  For HTTPS (needed to sideload into a real Outlook): npx office-addin-dev-certs install, then npm start again.');
  console.log('\nStop with Ctrl+C or `npm run stop`.');
}

main().catch((e) => {
  console.error(`npm start failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
