// The send flow in the playground, in Chromium: the REAL built handler (dist/launchevent.js) runs
// against the simulated Outlook and its completion is shown as Outlook's Smart Alert would be.
import type { Browser, Page } from 'playwright-core';
import {
  AXE_PATH,
  clickDialogButton,
  ensureDist,
  fillDraft,
  hasChromium,
  launchBrowser,
  openPlayground,
  pressSend,
  screenshotPath,
  sentCount,
  serveDist,
  taskPaneFrame,
  type Served,
} from './helpers/playground';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(120_000);

run('playground send flow (Chromium)', () => {
  let browser: Browser;
  let server: Served;
  let page: Page | undefined;

  beforeAll(async () => {
    ensureDist();
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('sends a clean email straight to Sent Items without a dialog', async () => {
    page = await openPlayground(browser, server.url, { example: 'clean' });
    const r = await pressSend(page);
    expect(r).toEqual({ kind: 'sent', sentCount: 1 });
    await expect(page.locator('[data-testid="sent-item"]').first().getAttribute('data-via')).resolves.toBe('send');
  });

  it('blocks a councillor instruction with no "Send anyway", citing clause 4.3c', async () => {
    page = await openPlayground(browser, server.url, { example: 'councillor-instruction' });
    const r = await pressSend(page);
    if (r.kind !== 'dialog') throw new Error('expected the Smart Alert, but the message was sent');
    expect(r.dialog.title).toBe('Council Email Policy');
    expect(r.dialog.message).toMatch(/can't be sent/);
    expect(r.dialog.message).toContain('4.3c');
    expect(r.dialog.buttons).not.toContain('Send Anyway');
    expect(r.dialog.buttons).toEqual(['Review', "Don't Send"]);
    await page.locator('[data-testid="smart-alert"]').screenshot({ path: screenshotPath('smart-alert-blocked.png') });
    await clickDialogButton(page, "Don't Send");
    expect(await sentCount(page)).toBe(0);
  });

  it('warns about visible external recipients and sends with "Send anyway" (Mailbox 1.14+)', async () => {
    page = await openPlayground(browser, server.url, { requirementSet: '1.14', example: 'visible-external' });
    const r = await pressSend(page);
    if (r.kind !== 'dialog') throw new Error('expected the Smart Alert, but the message was sent');
    expect(r.dialog.message).toContain('4.3c');
    expect(r.dialog.buttons).toEqual(['Send Anyway', 'Review', "Don't Send"]);
    await page.locator('[data-testid="smart-alert"]').screenshot({ path: screenshotPath('smart-alert-warned.png') });
    await clickDialogButton(page, 'Send Anyway');
    expect(await sentCount(page)).toBe(1);
    await expect(page.locator('[data-testid="sent-item"]').first().getAttribute('data-via')).resolves.toBe('send-anyway');
  });

  it('below Mailbox 1.14 stops the first send of a warned draft and lets the unchanged second send go', async () => {
    page = await openPlayground(browser, server.url, { requirementSet: '1.12', example: 'visible-external' });
    const first = await pressSend(page);
    if (first.kind !== 'dialog') throw new Error('expected the first send to be stopped');
    // Outlook below 1.14 ignores sendModeOverride and commandId: only "Don't send" remains.
    expect(first.dialog.buttons).toEqual(["Don't Send"]);
    expect(first.dialog.message).toMatch(/send again/i);
    await clickDialogButton(page, "Don't Send");
    expect(await sentCount(page)).toBe(0);
    const second = await pressSend(page);
    expect(second).toEqual({ kind: 'sent', sentCount: 1 });
  });

  it("opens the task pane with the alert's findings from the dialog's Review button", async () => {
    page = await openPlayground(browser, server.url, { example: 'councillor-instruction' });
    const r = await pressSend(page);
    if (r.kind !== 'dialog') throw new Error('expected the Smart Alert');
    await clickDialogButton(page, 'Review');
    const pane = await taskPaneFrame(page);
    await pane.waitForSelector('li[data-rule="instructions/councillor"]', { timeout: 20000 });
    expect(await sentCount(page)).toBe(0);
  });

  it.each(['1.12', '1.14', '1.15'] as const)('Mailbox %s: a reason recorded in the task pane lets the next Send go, and the reason travels to Sent Items', async (set) => {
    page = await openPlayground(browser, server.url, { requirementSet: set, example: 'visible-external' });
    const pane = await (async () => {
      await page!.click('#open-addin');
      return taskPaneFrame(page!);
    })();
    await pane.getByLabel('Reason for sending anyway').fill('The residents asked to be copied in openly at the public meeting.');
    await pane.getByRole('button', { name: 'Record my reason' }).click();
    await pane.getByTestId('reason-recorded').waitFor();
    expect(await sentCount(page)).toBe(0); // the pane never sends
    const r = await pressSend(page);
    expect(r).toEqual({ kind: 'sent', sentCount: 1 });
    await expect(page.locator('[data-testid="sent-item"]').first().getAttribute('data-via')).resolves.toBe('send');
    const props = JSON.parse(await page.locator('[data-testid="sent-custom-properties"]').first().textContent() ?? '{}') as Record<string, string>;
    const override = JSON.parse(props['cep.override']) as { reason: string; rules: string[] };
    expect(override.rules).toContain('recipients/visible-external');
    expect(override.reason).toMatch(/asked to be copied/);
  });

  it('has no serious or critical axe violations on the compose page with the Smart Alert open', async () => {
    page = await openPlayground(browser, server.url, { example: 'councillor-instruction' });
    await pressSend(page);
    await page.addScriptTag({ url: AXE_PATH });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const res = await axe.run(document, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('editing To dispatches OnMessageRecipientsChanged to the real handler, which shows an info bar before Send', async () => {
    page = await openPlayground(browser, server.url, { example: 'clean' });
    await fillDraft(page, { to: 'a@example.com; b@example.org; c@example.net; d@example.co.uk; e@example.com; f@example.org' });
    await page.waitForFunction(() => document.querySelector('[data-testid="event-log"]')?.textContent?.includes('OnMessageRecipientsChanged → onMessageRecipientsChangedHandler completed'));
    const bar = page.locator('[data-testid="notification"]');
    await bar.waitFor();
    expect(await bar.innerText()).toContain('4.3c');
    expect(await sentCount(page)).toBe(0);
  });
});
