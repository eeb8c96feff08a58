#!/usr/bin/env node
// `npm test`: type-check, build the add-in (the bundle, manifest and browser tests need dist/),
// then run every jest suite: unit, manifest, runtime, Graph and browser tests.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (!fs.existsSync(chromium)) {
  console.error(`The browser tests need Chromium at ${chromium}.\ninstall Chromium: apt-get install -y chromium`);
  process.exit(1);
}

function run(label, cmd, args, env = {}) {
  console.log(`\n> ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status}).`);
    process.exit(r.status || 1);
  }
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
run('type-check (tsc 5.9)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
if (fs.existsSync(path.join(root, 'webpack.config.js'))) {
  run('build (webpack, production)', bin('webpack'), ['--mode', 'production'], { ADDIN_ORIGIN: '' });
}
const out = path.join(root, 'test-output', 'jest-results.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
const jest = spawnSync(bin('jest'), ['--json', `--outputFile=${out}`, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
let summary = null;
try {
  summary = JSON.parse(fs.readFileSync(out, 'utf8'));
} catch {
  /* jest did not get far enough to write results */
}
if (summary) {
  console.log(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed, ${summary.numPendingTests} skipped`);
}
process.exit(jest.status === null ? 1 : jest.status);
