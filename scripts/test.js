#!/usr/bin/env node
// `npm test`: type-check, build dist/ once (webpack, production, with the task-pane test harness),
// then the four jest lanes in order — unit, integration, browser, hardening — stopping at the first
// lane that fails. The last line is always `N passed, N failed, N skipped`, summed over the lanes
// that ran (CI reads it). Lanes are defined in jest.config.js; `node scripts/test.js --lane unit`
// (or `npm run test:unit`) runs one. Other arguments go to jest.
'use strict';
const { spawn, spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const LANES = ['unit', 'integration', 'browser', 'hardening'];
/**
 * Workers per lane where it differs from jest.config.js (2). The browser lane uses both: each file
 * has its own Chromium, static server (port 0) and screenshots, and nothing in it waits on the wall
 * clock, while one file at a time left a core idle (issue19-fidelity: 33 s of CPU in 53 s).
 */
const WORKERS = {};
const HARNESS_CONFIG = 'test/browser/taskpane-harness.webpack.js';

const argv = process.argv.slice(2);
const laneAt = argv.indexOf('--lane');
const only = laneAt >= 0 ? argv[laneAt + 1] : undefined;
if (laneAt >= 0) argv.splice(laneAt, 2);
if (only !== undefined && !LANES.includes(only)) {
  console.error(`Unknown lane "${only}". Lanes: ${LANES.join(', ')}.`);
  process.exit(2);
}
const lanes = only ? [only] : LANES;

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
if (lanes.includes('browser') && !fs.existsSync(chromium)) {
  console.error(`The browser tests need Chromium at ${chromium}.\ninstall Chromium: apt-get install -y chromium`);
  process.exit(1);
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
function run(label, cmd, args, env = {}) {
  console.log(`\n> ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status}).`);
    console.log('\n0 passed, 0 failed, 0 skipped');
    process.exit(r.status || 1);
  }
}

/**
 * Runs steps side by side (each a separate process) and waits for all: each one's output is printed
 * in one piece when it ends, under its label, so the log reads as if they had run in turn. Any step
 * failing fails `npm test` as run() does, after every step has ended.
 */
async function runTogether(steps) {
  const results = await Promise.all(
    steps.map(
      ({ label, cmd, args, env = {} }) =>
        new Promise((resolve) => {
          const started = process.hrtime.bigint();
          const seconds = () => (Number(process.hrtime.bigint() - started) / 1e9).toFixed(0);
          const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0', ...env } });
          const out = [];
          child.stdout.on('data', (d) => out.push(d));
          child.stderr.on('data', (d) => out.push(d));
          child.on('error', (e) => resolve({ label, status: 1, out: [Buffer.from(String(e))], seconds: seconds() }));
          child.on('close', (status) => resolve({ label, status, out, seconds: seconds() }));
        }),
    ),
  );
  let failed = null;
  for (const r of results) {
    console.log(`\n> ${r.label}`);
    process.stdout.write(Buffer.concat(r.out));
    console.log(`(${r.label}: ${r.seconds} s, beside the other steps)`);
    if (r.status !== 0 && !failed) failed = r;
  }
  if (failed) {
    console.error(`\n${failed.label} failed (exit ${failed.status}).`);
    console.log('\n0 passed, 0 failed, 0 skipped');
    process.exit(failed.status || 1);
  }
}

async function main() {
  if (!only) {
    // The type-check (tsc, one core) runs beside the webpack build (one core for the compilation, with
    // bursts on more): on CI's two cores the two took 31 s + 168 s of CPU one after the other.
    // Both must pass before any lane runs, as before. One webpack run builds dist/ and the browser
    // tests' task-pane harness; suites never build.
    await runTogether([
      { label: 'type-check (tsc 5.9)', cmd: bin('tsc'), args: ['--noEmit', '-p', 'tsconfig.json'] },
      { label: 'build (webpack, production, once)', cmd: bin('webpack'), args: ['--mode', 'production', '--config', 'webpack.config.js', '--config', HARNESS_CONFIG], env: { ADDIN_ORIGIN: '' } },
    ]);
    run('build the CLI (lib/)', process.execPath, [path.join(root, 'scripts', 'build-cli.js')]);
  }
  lanesRun();
}

function lanesRun() {
  const outDir = path.join(root, 'test-output');
  fs.mkdirSync(outDir, { recursive: true });
  const total = { passed: 0, failed: 0, skipped: 0 };
  let status = 0;
  for (const lane of lanes) {
    console.log(`\n> ${lane} lane`);
    const out = path.join(outDir, `jest-${lane}.json`);
    fs.rmSync(out, { force: true });
    const args = ['--selectProjects', lane, '--json', `--outputFile=${out}`];
    if (WORKERS[lane]) args.push(`--maxWorkers=${WORKERS[lane]}`);
    // A path filter may leave a lane with nothing to run.
    if (argv.length) args.push('--passWithNoTests');
    const started = process.hrtime.bigint();
    const r = spawnSync(bin('jest'), [...args, ...argv], { cwd: root, stdio: 'inherit' });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    let s = null;
    try {
      s = JSON.parse(fs.readFileSync(out, 'utf8'));
    } catch {
      /* jest did not get far enough to write results */
    }
    if (s) {
      total.passed += s.numPassedTests;
      total.failed += s.numFailedTests;
      total.skipped += s.numPendingTests + s.numTodoTests;
      console.log(`${lane} lane: ${s.numPassedTests} passed, ${s.numFailedTests} failed, ${s.numPendingTests + s.numTodoTests} skipped in ${seconds.toFixed(0)} s`);
    }
    status = r.status === null ? 1 : r.status;
    if (status === 0 && !s) status = 1;
    if (status !== 0) {
      console.error(`\nThe ${lane} lane failed (exit ${r.status})${lanes.indexOf(lane) < lanes.length - 1 ? '; later lanes were not run' : ''}.`);
      break;
    }
  }
  console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  process.exit(status);
}

main();

