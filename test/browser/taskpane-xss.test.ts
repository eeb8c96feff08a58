// Hostile email content in the task pane renders inert: script tags, event handlers and
// `javascript:` links in names, subjects, bodies, headers and attachment names. The harness page has
// no Content-Security-Policy on purpose, so this proves the pane itself never turns text into HTML.
import type { Browser, Page } from 'playwright-core';
import { buildHarness, hasChromium, launch, screenshotPath, serve } from './taskpane-support';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(120_000); // a guard against a hang: the hooks only start Chromium and a static server (dist/ is built before the lanes)

run('hostile content in the task pane (Chromium)', () => {
  let browser: Browser;
  let server: { url: string; close: () => Promise<void> };

  beforeAll(async () => {
    server = await serve(await buildHarness());
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openHostile(mode: 'compose' | 'read'): Promise<{ page: Page; dialogs: string[] }> {
    const page = await browser.newPage({ viewport: { width: 360, height: 1200 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.url}index.html?mode=${mode}&scenario=hostile`);
    await page.waitForSelector('[data-testid="verdict"]:not([data-verdict="checking"]), [data-testid="sender-verdict"]');
    // Hover and click over everything, as a curious user would.
    for (const el of (await page.$$('li, p')).slice(0, 25)) await el.hover({ timeout: 500 }).catch(() => undefined);
    return { page, dialogs };
  }

  async function expectInert(page: Page, dialogs: string[]) {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const dom = await page.evaluate(() => ({
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => /^on/i.test(a.name))).length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i], iframe').length,
    }));
    expect(dom).toEqual({ injectedImages: 0, scripts: 0, handlers: 0, jsLinks: 0 });
  }

  it('shows a hostile draft\'s findings as text, running nothing', async () => {
    const { page, dialogs } = await openHostile('compose');
    // The hostile text is on screen, quoted as text.
    expect(await page.locator('body').innerText()).toMatch(/onerror|script|\.pdf\.exe/);
    expect(await page.$$('li[data-rule]')).not.toHaveLength(0);
    await page.screenshot({ path: screenshotPath('taskpane-hostile-compose.png'), fullPage: true });
    await expectInert(page, dialogs);
    await page.close();
  });

  it('shows a hostile received message\'s sender checks as text, running nothing', async () => {
    const { page, dialogs } = await openHostile('read');
    await page.screenshot({ path: screenshotPath('taskpane-hostile-read.png'), fullPage: true });
    await expectInert(page, dialogs);
    await page.close();
  });
});
