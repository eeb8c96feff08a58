// The task pane in Chromium (real React, Fluent and engine) against the in-memory port: fixes,
// live updates, override, read view, keyboard use, axe and screenshots.
import type { Browser, Page } from 'playwright-core';
import { axeViolations, buildHarness, hasChromium, launch, screenshotPath, serve } from './taskpane-support';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(120_000); // a guard against a hang: the hooks only start Chromium and a static server (dist/ is built before the lanes)

interface PortView {
  draft: { to: { address: string }[]; cc: { address: string }[]; bcc: { address: string }[]; body: { text: string }; subject: string; attachments: { name: string }[] };
  override?: { reason: string; rules: string[]; user: string; at: string };
  retention?: { labelId: string };
  calls: string[];
}

run('task pane in Chromium', () => {
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

  async function open(query: string, options: { forcedColors?: boolean } = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    if (options.forcedColors) await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(`${server.url}index.html?${query}`);
    await page.waitForSelector('[data-testid="verdict"]:not([data-verdict="checking"]), [data-testid="sender-verdict"]');
    return page;
  }
  const port = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __port: PortView }).__port)) as PortView);
  const rules = (page: Page) => page.$$eval('li[data-rule]', (els) => els.map((e) => e.getAttribute('data-rule')));
  const clickFix = async (page: Page, rule: string, name: RegExp) => {
    await page.locator(`li[data-rule="${rule}"]`).first().getByRole('button', { name }).click();
    await page.waitForFunction((r) => !document.querySelector(`li[data-rule="${r}"]`), rule);
  };

  it('shows compose findings grouped by category, with the verdict in words (screenshot)', async () => {
    const page = await open('mode=compose&scenario=findings');
    expect(await page.getByTestId('verdict').textContent()).toBe('Cannot be sent as it is');
    for (const r of ['recipients/visible-external', 'recipients/duplicate', 'disclaimer/personal-views', 'tone/shouting', 'attachments/executable']) {
      expect(await rules(page)).toContain(r);
    }
    await page.screenshot({ path: screenshotPath('taskpane-compose-findings.png'), fullPage: true });
    await page.close();
  });

  it('updates live after typing: the personal-view finding goes when the opinion is reworded', async () => {
    const page = await open('mode=compose&scenario=findings');
    expect(await rules(page)).toContain('disclaimer/personal-views');
    await page.evaluate(() => {
      const p = (window as unknown as { __port: { type(t: string): void } }).__port;
      p.type('Dear all,\n\nThe hedge on Church Street is higher than the bylaw allows.\n\nRegards,\nTown Clerk');
    });
    await page.waitForFunction(() => !document.querySelector('li[data-rule="disclaimer/personal-views"]'));
    expect(await rules(page)).not.toContain('tone/shouting');
    await page.close();
  });

  it('each fix changes the draft and clears its finding', async () => {
    const page = await open('mode=compose&scenario=findings');
    await clickFix(page, 'recipients/duplicate', /Remove .* from Cc/);
    expect((await port(page)).draft.cc).toEqual([]);
    await clickFix(page, 'recipients/visible-external', /to Bcc/);
    const moved = (await port(page)).draft;
    expect(moved.to).toEqual([]);
    expect(moved.bcc).toHaveLength(6);
    await clickFix(page, 'disclaimer/personal-views', /disclaimer/);
    expect((await port(page)).draft.body.text).toContain('do not necessarily represent those of Ware Town Council');
    await clickFix(page, 'attachments/executable', /Remove attachment photo\.jpg\.exe/);
    expect((await port(page)).draft.attachments).toEqual([]);
    while ((await rules(page)).includes('tone/shouting')) {
      const before = (await port(page)).draft.body.text;
      await page.locator('li[data-rule="tone/shouting"]').first().getByRole('button', { name: /Replace with/ }).first().click();
      await page.waitForFunction((b) => (window as unknown as { __port: PortView }).__port.draft.body.text !== b, before);
      await page.waitForFunction(() => document.querySelector('[role="status"]')?.textContent?.startsWith('Done'));
    }
    expect((await port(page)).draft.body.text).not.toMatch(/!!!|DEAL WITH THIS/);
    expect(await page.getByTestId('verdict').textContent()).toBe('Ready to send');
    await page.close();
  });

  it('undo after "move to Bcc" moves the recipients back', async () => {
    const page = await open('mode=compose&scenario=findings');
    await clickFix(page, 'recipients/visible-external', /to Bcc/);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await page.waitForSelector('li[data-rule="recipients/visible-external"]');
    expect((await port(page)).draft.to).toHaveLength(6);
    await page.close();
  });

  it('works by keyboard alone: Tab reaches a fix, Enter applies it, focus lands on the list heading', async () => {
    const page = await open('mode=compose&scenario=findings');
    const target = page.locator('li[data-rule="recipients/duplicate"]').getByRole('button', { name: /Remove .* from Cc/ });
    for (let i = 0; i < 40 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await target.evaluate((el) => el === document.activeElement)).toBe(true);
    // The focused control shows a visible focus indicator (Fluent draws it for keyboard focus only).
    expect(await target.evaluate((el) => getComputedStyle(el, '::after').content !== 'none' || getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !document.querySelector('li[data-rule="recipients/duplicate"]'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('findings-heading');
    // A handle, not a locator: once expanded the button is named "Hide…" and a locator would move on.
    const toggle = (await page.getByRole('button', { name: /Show policy clause/ }).first().elementHandle())!;
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.close();
  });

  it('override: records the reason and the rules for this draft; the person then presses Send (the pane never sends)', async () => {
    const page = await open('mode=compose&scenario=findings');
    await clickFix(page, 'attachments/executable', /Remove attachment/); // the only block finding
    await page.getByRole('button', { name: 'Record my reason' }).waitFor();
    await page.getByRole('textbox', { name: /Reason for sending anyway/ }).fill('Residents asked to see who else was written to.');
    await page.getByRole('button', { name: 'Record my reason' }).click();
    await page.getByTestId('reason-recorded').waitFor();
    const p = await port(page);
    expect(p.calls).not.toContain('send');
    expect(p.override?.reason).toBe('Residents asked to see who else was written to.');
    expect(p.override?.rules).toEqual(expect.arrayContaining(['recipients/visible-external', 'recipients/duplicate', 'disclaimer/personal-views', 'tone/shouting']));
    expect(p.override?.user).toBe('clerk@waretowncouncil.gov.uk');
    await page.close();
  });

  it('read view: a failing-DMARC sender is not verified, a passing one is verified (screenshots)', async () => {
    const fail = await open('mode=read&scenario=dmarc-fail');
    expect(await fail.getByTestId('sender-verdict').getAttribute('data-verdict')).toBe('not-verified');
    expect(await fail.getByText(/check with the sender by phone/i).first().isVisible()).toBe(true);
    expect(await fail.$('script:not([src]), [onclick]')).toBeNull(); // the message HTML never reaches the DOM
    await fail.screenshot({ path: screenshotPath('taskpane-read-unverified.png'), fullPage: true });
    await fail.close();
    const pass = await open('mode=read&scenario=dmarc-pass');
    expect(await pass.getByTestId('sender-verdict').getAttribute('data-verdict')).toBe('verified');
    await pass.screenshot({ path: screenshotPath('taskpane-read-verified.png'), fullPage: true });
    await pass.close();
  });

  it.each([
    ['compose', 'light', 'mode=compose&scenario=findings&theme=light', false],
    ['compose', 'high contrast', 'mode=compose&scenario=findings&theme=high-contrast', true],
    ['compose', 'dark', 'mode=compose&scenario=findings&theme=dark', false],
    ['read', 'light', 'mode=read&scenario=dmarc-fail&theme=light', false],
    ['read', 'high contrast', 'mode=read&scenario=dmarc-fail&theme=high-contrast', true],
    ['read', 'dark', 'mode=read&scenario=dmarc-pass&theme=dark', false],
  ])('axe finds no serious or critical violations in the %s view (%s)', async (_, theme, query, forced) => {
    const page = await open(query, { forcedColors: forced });
    // Expand a clause so its text is checked too.
    const toggle = page.getByRole('button', { name: /Show policy clause/ }).first();
    if (await toggle.count()) await toggle.click();
    const violations = await axeViolations(page);
    if (theme === 'high contrast') await page.screenshot({ path: screenshotPath(`taskpane-${_}-high-contrast.png`), fullPage: true });
    expect(violations).toEqual([]);
    await page.close();
  });
});
