// Build dist/ once when a test needs it and it is missing (npm test builds it before jest anyway).
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';

/** An uncached build of the task pane takes a few minutes, hence the long timeouts where this is used. */
export const BUILD_TIMEOUT_MS = 600000;

export const ROOT = path.resolve(__dirname, '../..');
export const DIST = path.join(ROOT, 'dist');

export function webpackBin(): string {
  return path.join(ROOT, 'node_modules', '.bin', 'webpack');
}

function isBuilt(): boolean {
  const present = ['launchevent.js', 'manifest.xml', 'taskpane.html'].every((f) => fs.existsSync(path.join(DIST, f)));
  // A development build (`npm run build:dev`) is unminified and carries webpack's bootstrap comments;
  // the runtime tests are about what ships, so rebuild for production then.
  return present && !fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8').includes('webpackBootstrap');
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Build once even when several jest workers ask at the same time (a lock directory serialises them). */
export function ensureBuilt(): void {
  if (isBuilt()) return;
  const lock = path.join(ROOT, 'test-output', 'dist-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${lock}; remove it if no build is running`);
      sleep(500);
    }
  }
  try {
    if (!isBuilt()) build();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function build(): void {
  const r = spawnSync(webpackBin(), ['--mode', 'production'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ADDIN_ORIGIN: '' } });
  if (r.status !== 0) throw new Error(`webpack failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
}
