// Support for the task pane's browser tests: finds the bundle of taskpane-harness.tsx (built with
// dist/ by `npm run build:test`), serves it with the policy text on 127.0.0.1, and launches Debian's Chromium through
// playwright-core. Small and self-contained because the playground's own helpers (test/browser/
// helpers/) did not exist when these tests were written; the playground test uses those when present.
import fs from 'fs';
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import type { Browser } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const OUT = path.join(ROOT, 'test-output');
const BUNDLE = path.join(OUT, 'taskpane-harness');

export const hasChromium = () => fs.existsSync(CHROMIUM);

/**
 * The harness bundle, built with dist/ in the one webpack run of `npm test` (`npm run build:test`,
 * config in taskpane-harness.webpack.js). Only checked here, never built.
 */
export async function buildHarness(): Promise<string> {
  const missing = ['index.html', 'harness.js', 'ware-internet-email-policy.txt'].filter((f) => !fs.existsSync(path.join(BUNDLE, f)));
  if (missing.length) {
    throw new Error(`${path.relative(ROOT, BUNDLE)}/ lacks ${missing.join(', ')}. Run \`npm run build:test\` first (it builds dist/ and this harness; \`npm test\` runs it once before the tests).`);
  }
  return BUNDLE;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

export async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path.join(dir, path.normalize(name));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** axe-core's serious and critical violations on the page (WCAG 2.1 A/AA rules). */
export async function axeViolations(page: import('playwright-core').Page): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

export function screenshotPath(name: string): string {
  const dir = path.join(OUT, 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
