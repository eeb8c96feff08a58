// Issue #19 (items 1, 2, 9, 10, 11, 12, 14, 15) in Chromium against the built playground: the real
// handler and task pane, the Smart Alert per Outlook client, and what a clerk reads in the pane.
import type { Frame, Page } from 'playwright-core';
import { AXE_PATH, clickDialogButton, fillDraft, hasChromium, pressSend, screenshotPath, sentCount, taskPaneFrame, usePlayground, type RequirementSet } from './helpers/playground';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(180_000);

type Platform = 'windows-classic' | 'windows-new' | 'web' | 'mac';
// The full pane's verdict (inside <main>), not the plain first-verdict header shown before it (src/taskpane/first-verdict.ts).
const CHECKED = 'main [data-testid="verdict"]:not([data-verdict="checking"]), main [data-testid="sender-verdict"]';
const SIX = 'jo.bloggs@example.com; sam.smith@example.org; alex.jones@example.net; chris.taylor@example.co.uk; morgan.brown@example.com; riley.evans@example.org';

run('issue 19: Outlook fidelity in the playground', () => {
  const playground = usePlayground();

  async function client(page: Page, platform: Platform, set: RequirementSet): Promise<void> {
    await page.selectOption('#switch-platform', platform);
    await page.selectOption('#switch-set', set);
  }
  async function openPane(page: Page): Promise<Frame> {
    await page.click('#open-addin');
    const frame = await taskPaneFrame(page);
    await frame.waitForSelector(CHECKED);
    return frame;
  }
  const focusInDialog = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('[data-testid="smart-alert"]'));

  describe.each([
    ['web', '1.15', ['Send Anyway', 'Review', "Don't Send"], false],
    ['windows-new', '1.15', ['Send Anyway', 'Review', "Don't Send"], false],
    ['windows-classic', '1.15', ['Send Anyway', 'Review', "Don't Send"], false],
    ['windows-classic', '1.14', ['Send Anyway', 'Review'], true],
    ['mac', '1.14', ['Send Anyway', 'Review'], false],
    ['windows-classic', '1.12', ["Don't Send"], false],
  ] as const)('item 9/10: %s at Mailbox %s', (platform, set, buttons, closeOpensPane) => {
    it(`shows ${buttons.join(' / ')}, keeps focus inside, Escape closes it${closeOpensPane ? ' and opens the pane' : ''}, and the message names only those buttons`, async () => {
      const page = await playground.open();
      await client(page, platform, set);
      await page.selectOption('#load-example', 'visible-external');
      const r = await pressSend(page);
      if (r.kind !== 'dialog') throw new Error('expected the Smart Alert');
      expect(r.dialog.buttons).toEqual(buttons);
      await page.locator('[data-testid="smart-alert"]').screenshot({ path: screenshotPath(`smart-alert-${platform}-${set}.png`) });
      // Named buttons exist: in the dialog, or (below 1.14) the ribbon button the message sends people to.
      const ribbon = (await page.locator('#open-addin').innerText()).trim();
      for (const name of ['Review', 'Send Anyway', "Don't Send", 'Check this email', 'Open add-in', 'Take Action']) {
        if (r.dialog.message.includes(name)) expect([...r.dialog.buttons, ribbon]).toContain(name);
      }
      expect(await focusInDialog(page)).toBe(true);
      for (let i = 0; i < buttons.length + 2; i++) {
        await page.keyboard.press('Tab');
        expect(await focusInDialog(page)).toBe(true);
      }
      for (let i = 0; i < buttons.length + 2; i++) {
        await page.keyboard.press('Shift+Tab');
        expect(await focusInDialog(page)).toBe(true);
      }
      await page.keyboard.press('Escape');
      await page.waitForSelector('[data-testid="smart-alert"]', { state: 'detached' });
      expect(await sentCount(page)).toBe(0);
      expect(await page.locator('[data-testid="taskpane-frame"]').count()).toBe(closeOpensPane ? 1 : 0);
      await page.close();
    });
  });

  it('item 10: at Mailbox 1.12 a blocked message sends people to buttons that exist, never "Review"', async () => {
    const page = await playground.open({ requirementSet: '1.12', example: 'councillor-instruction' });
    const r = await pressSend(page);
    if (r.kind !== 'dialog') throw new Error('expected the Smart Alert');
    expect(r.dialog.buttons).toEqual(["Don't Send"]);
    expect(r.dialog.message).not.toMatch(/\bReview\b/);
    expect(r.dialog.message).toContain("Don't Send");
    expect(r.dialog.message).toContain('“Check this email”');
    expect((await page.locator('#open-addin').innerText()).trim()).toBe('Check this email');
    await clickDialogButton(page, "Don't Send");
    await page.close();
  });

  // Which clients load the parent's custom properties on Forward is checked on the simulated Office
  // in test/playground/forward-records.test.ts; here the whole flow runs per client.
  it.each([
    ['windows-classic', '1.15'],
    ['web', '1.15'],
    ['mac', '1.14'],
  ] as const)('item 2: %s at Mailbox %s — a forward of a message sent with a reason is warned again and keeps no parent reason', async (platform, set) => {
    const page = await playground.open();
    await client(page, platform, set);
    await page.selectOption('#load-example', 'visible-external');
    const pane = await openPane(page);
    await pane.getByLabel('Reason for sending anyway').fill('Residents agreed to share addresses at the meeting.');
    await pane.getByRole('button', { name: 'Record my reason' }).click();
    await pane.getByTestId('reason-recorded').waitFor();
    expect(await pressSend(page)).toEqual({ kind: 'sent', sentCount: 1 });
    await page.click('#open-addin'); // close the pane
    await page.locator('[data-testid="forward"]').first().click();
    await fillDraft(page, { to: SIX });
    const r = await pressSend(page);
    if (r.kind !== 'dialog') throw new Error('the forward went without a warning: it inherited the reason');
    await page.locator('[data-testid="smart-alert"]').getByRole('button', { name: 'Send Anyway' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="sent-item"]').length === 2);
    const props = JSON.parse((await page.locator('[data-testid="sent-custom-properties"]').first().textContent()) ?? '{}') as Record<string, string>;
    expect(props['cep.override']).toBeUndefined();
    expect(JSON.parse(props['cep.retention'])).toMatchObject({ by: 'rules' });
    await page.close();
  });

  it('item 11: read mode tells a reader what to do, says "by phone" once, and labels the display name as a name', async () => {
    const page = await playground.open();
    await page.click('#tab-read');
    await page.getByRole('button', { name: /Cllr Ada Lovelace/ }).click();
    const pane = await openPane(page);
    await pane.waitForSelector('[data-testid="sender-verdict"][data-verdict="not-verified"]');
    const text = await pane.locator('main').innerText();
    expect(text.match(/by phone/gi)).toHaveLength(1);
    const exe = pane.locator('li[data-rule="attachments/executable"]');
    expect(await exe.innerText()).toMatch(/Do not open “invoice\.pdf\.exe”/);
    expect(await exe.innerText()).not.toMatch(/Remove it|Remove the attachment/);
    const imp = pane.locator('li[data-rule="authenticity/impersonation"] [data-testid="finding-quote"]');
    if (await imp.count()) expect(await imp.innerText()).toMatch(/^Name shown as the sender:/);
    await page.screenshot({ path: screenshotPath('issue19-read-pane.png'), fullPage: true });
    await page.close();
  });

  it('item 12: the disclaimer goes after "Dear all,", the SHOUTING rewrite reads as a sentence, and the status says what was done', async () => {
    const page = await playground.open();
    await fillDraft(page, { to: 'jo.bloggs@example.co.uk', subject: 'Hall', body: 'Dear all,\n\nPersonally, I think the hall should close. I HAVE TOLD YOU THREE TIMES ALREADY!!!\n\nJo' });
    const pane = await openPane(page);
    const body = () => page.$eval('#field-body', (el) => (el as HTMLElement).innerText);
    await pane.locator('li[data-rule="disclaimer/personal-views"]').getByRole('button', { name: /disclaimer/ }).click();
    await page.waitForFunction(() => /Ware Town Council/.test((document.querySelector('#field-body') as HTMLElement).innerText));
    const lines = (await body()).split('\n').filter((l) => l.trim());
    expect(lines[0]).toBe('Dear all,');
    expect(lines[1]).toMatch(/^The views expressed in this email are my own/);
    await pane.locator('li[data-rule="tone/shouting"][data-message-id="shouting"]').getByRole('button', { name: /^Replace with/ }).click();
    await page.waitForFunction(() => (document.querySelector('#field-body') as HTMLElement).innerText.includes('I have told you three times already'));
    await pane.locator('li[data-rule="tone/shouting"][data-message-id="exclamation"]').getByRole('button', { name: 'Replace with a full stop' }).click();
    await pane.waitForFunction(() => document.querySelector('main [role="status"]')?.textContent === 'Done: replaced “!!!” with a full stop.');
    expect(await body()).toContain('I have told you three times already.');
    await page.screenshot({ path: screenshotPath('issue19-fixes.png'), fullPage: true });
    await page.close();
  });

  it('item 14: "High contrast" gives the pane Fluent\'s high-contrast theme (black, not the dark grey palette) and axe passes', async () => {
    const page = await playground.open({ example: 'visible-external' });
    await page.selectOption('#switch-theme', 'high-contrast');
    const pane = await openPane(page);
    await pane.waitForSelector('[data-theme="high-contrast"]');
    const bg = await pane.$eval('[data-theme]', (el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(0, 0, 0)');
    await pane.addScriptTag({ url: AXE_PATH });
    const violations = await pane.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await page.screenshot({ path: screenshotPath('issue19-high-contrast.png'), fullPage: true });
    // Back to dark: the dark palette, not high contrast.
    await page.selectOption('#switch-theme', 'dark');
    await pane.waitForSelector('[data-theme="dark"]');
    await page.close();
  });

  it('item 14: a long Authentication-Results line wraps: the read view stays within the window', async () => {
    const page = await playground.open();
    await page.click('#tab-read');
    await page.getByRole('button', { name: /East Herts Planning/ }).click();
    await page.locator('.message-view summary').click();
    await openPane(page);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    const pane = await taskPaneFrame(page);
    const paneWidths = await pane.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(paneWidths.page).toBeLessThanOrEqual(paneWidths.view);
    await page.screenshot({ path: screenshotPath('issue19-read-headers.png'), fullPage: true });
    await page.close();
  });

  it("item 15: the pane quotes the writer's own words and counts in plain English", async () => {
    const page = await playground.open();
    await fillDraft(page, { to: 'jo.bloggs@example.co.uk', subject: 'Your form', body: 'Dear Jo,\n\nYour NI number is JK 12 34 56 C.\n\nRegards' });
    const pane = await openPane(page);
    const li = pane.locator('li[data-rule="personal-data/external"]');
    await li.waitFor();
    expect(await li.getByTestId('finding-quote').innerText()).toBe('You wrote: “JK 12 34 56 C”');
    expect(await li.innerText()).toMatch(/1 recipient outside/);
    expect(await pane.locator('#findings-heading').innerText()).not.toMatch(/\(s\)|1 of 1/);
    await page.close();
  });
});

