// Shared by the playground's browser tests (send flow, task pane): check dist/ is built, serve
// it on 127.0.0.1, launch Debian's Chromium through playwright-core, and drive the playground page.
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Browser, Frame, Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '../../..');
/** DIST_DIR, as in webpack.config.js, points the tests at another build. */
export const DIST = process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(ROOT, 'test-output', 'screenshots');
export const hasChromium = (): boolean => fs.existsSync(CHROMIUM);

const NEEDED = ['playground.html', 'playground-events.html', 'playground-taskpane.html', 'playground-taskpane.js', 'playground-office.js', 'launchevent.js', 'manifest.xml', 'policy.json'];

/**
 * dist/ is built once per `npm test`, before the lanes run; the browser tests only check that it is
 * there and say how to make it when it is not.
 */
export function ensureDist(): void {
  const missing = NEEDED.filter((f) => !fs.existsSync(path.join(DIST, f)));
  if (missing.length) throw new Error(`${DIST} lacks ${missing.join(', ')}. Run \`npm run build\` first (\`npm test\` builds it once before the tests).`);
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

/**
 * Serve a snapshot of dist/ (copied to a temporary folder) so that a rebuild of dist/ while the
 * tests run (webpack cleans it first) cannot pull files from under the browser.
 */
/** Where serveDist puts axe-core, for `addScriptTag({ url: AXE_PATH })`. */
export const AXE_PATH = '/__test-axe.min.js';

export async function serveDist(dir = DIST): Promise<Served> {
  const missing = NEEDED.filter((f) => !fs.existsSync(path.join(dir, f)));
  if (missing.length) throw new Error(`${dir} lacks ${missing.join(', ')}. Run \`npm run build\` first (\`npm test\` builds it once before the tests).`);
  const snapshot = fs.mkdtempSync(path.join(os.tmpdir(), 'cep-dist-'));
  fs.cpSync(dir, snapshot, { recursive: true, filter: (src) => !src.endsWith('.map') });
  // axe is served from the page's own origin: the pages' Content-Security-Policy (rightly) refuses inline scripts.
  fs.copyFileSync(require.resolve('axe-core/axe.min.js'), path.join(snapshot, AXE_PATH.slice(1)));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { serve } = require('../../../scripts/lib/static-server.js') as { serve: (root: string, o: { host: string; port: number }) => Promise<Served> };
  const server = await serve(snapshot, { host: '127.0.0.1', port: 0 });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      fs.rmSync(snapshot, { recursive: true, force: true });
    },
  };
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright gives every launch a fresh temporary user-data-dir (and removes it on close). */
export async function launchBrowser(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export type RequirementSet = '1.12' | '1.14' | '1.15';

export interface OpenOptions {
  requirementSet?: RequirementSet;
  example?: string;
  /**
   * Install Playwright's clock before the page loads (time still flows as usual), so a test can move
   * the page's timers on with `page.clock.fastForward` instead of waiting for them.
   */
  clock?: boolean;
}

export async function openPlayground(browser: Browser, base: string, o: OpenOptions = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  if (o.clock) await page.clock.install();
  page.on('pageerror', (e) => console.error(`[playground page error] ${e.name}: ${e.message}`));
  await page.goto(new URL('playground.html', base).href);
  await page.waitForSelector('#send');
  if (o.requirementSet) await setRequirementSet(page, o.requirementSet);
  if (o.example) await loadExample(page, o.example);
  return page;
}

/**
 * One served dist/ and one Chromium for the enclosing describe block (started in beforeAll, closed
 * in afterAll); `open` loads the playground in a new page.
 */
export function usePlayground(): { open(o?: OpenOptions): Promise<Page> } {
  let browser: Browser | undefined;
  let served: Served | undefined;
  beforeAll(async () => {
    ensureDist();
    served = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  return {
    open: (o = {}) => {
      if (!browser || !served) throw new Error('usePlayground: the browser is not running (beforeAll failed)');
      return openPlayground(browser, served.url, o);
    },
  };
}

export async function setRequirementSet(page: Page, set: RequirementSet): Promise<void> {
  await page.selectOption('#switch-set', set);
}

export async function loadExample(page: Page, id: string): Promise<void> {
  await page.selectOption('#load-example', id);
  await page.waitForFunction(() => document.querySelector('[data-testid="status"]')?.textContent?.startsWith('Loaded the example'));
}

export interface DraftInput {
  /** Sender address (an option of the From list). */
  from?: string;
  to?: string;
  cc?: string;
  bcc?: string;
  subject?: string;
  body?: string;
}

export async function fillDraft(page: Page, d: DraftInput): Promise<void> {
  if (d.from) {
    const value = await page.$eval('#field-from', (el, addr) => Array.from((el as HTMLSelectElement).options).find((o) => o.text.includes(`(${addr})`))?.value, d.from);
    if (value === undefined) throw new Error(`no sender ${d.from} in the From list`);
    await page.selectOption('#field-from', value);
  }
  for (const k of ['to', 'cc', 'bcc'] as const) {
    if (d[k] !== undefined) {
      await page.fill(`#field-${k}`, d[k]!);
      await page.press(`#field-${k}`, 'Enter');
    }
  }
  if (d.subject !== undefined) await page.fill('#field-subject', d.subject);
  if (d.body !== undefined) await page.fill('#field-body', d.body);
}

export const sentCount = (page: Page): Promise<number> => page.locator('[data-testid="sent-item"]').count();

export interface DialogView {
  title: string;
  message: string;
  buttons: string[];
}

export type SendResult = { kind: 'sent'; sentCount: number } | { kind: 'dialog'; dialog: DialogView };

/** Press Send and wait for either the Smart Alert or a new message in Sent Items. */
export async function pressSend(page: Page, timeoutMs = 15000): Promise<SendResult> {
  const before = await sentCount(page);
  await page.click('#send');
  await page.waitForFunction(
    (n) => !!document.querySelector('[data-testid="smart-alert"]') || document.querySelectorAll('[data-testid="sent-item"]').length > n,
    before,
    { timeout: timeoutMs },
  );
  const dialog = await readDialog(page);
  return dialog ? { kind: 'dialog', dialog } : { kind: 'sent', sentCount: await sentCount(page) };
}

export async function readDialog(page: Page): Promise<DialogView | undefined> {
  const d = page.locator('[data-testid="smart-alert"]');
  if (!(await d.count())) return undefined;
  return {
    title: (await d.locator('h2').innerText()).trim(),
    message: (await d.locator('[data-testid="smart-alert-message"]').innerText()).trim(),
    buttons: (await d.locator('button').allInnerTexts()).map((t) => t.trim()),
  };
}

export async function clickDialogButton(page: Page, name: string): Promise<void> {
  await page.locator('[data-testid="smart-alert"]').getByRole('button', { name, exact: true }).click();
  await page.waitForSelector('[data-testid="smart-alert"]', { state: 'detached' });
}

/** The task pane iframe's frame, once its page has loaded. */
export async function taskPaneFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('[data-testid="taskpane-frame"]');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('the task pane iframe has no frame');
  await frame.waitForLoadState('load');
  return frame;
}

export function screenshotPath(name: string): string {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return path.join(SCREENSHOTS, name);
}
