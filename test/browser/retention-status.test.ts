// Issue #19 item 13, in Chromium: the retention status must not contradict itself. Before, the
// pane's first check (nothing sent yet) said "Your recent sent messages are all labelled." while
// Sent Items then showed the new message as "retention tag not applied yet"; and four labels in
// the picker (FOI request, Planning, HR and personnel, Complaints) showed no period.
import { DEFAULT_RETENTION_LABELS } from '../../src/policy/data/retention-schedule';
import { hasChromium, pressSend, screenshotPath, taskPaneFrame, usePlayground } from './helpers/playground';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(120_000);

// The full pane's verdict (inside <main>), not the plain first-verdict header shown before it (src/taskpane/first-verdict.ts).
const CHECKED = 'main [data-testid="verdict"]:not([data-verdict="checking"])';

run('retention status in the playground', () => {
  const playground = usePlayground();

  it('every label in the picker says how long it keeps the email', async () => {
    const page = await playground.open({ example: 'clean' });
    await page.click('#open-addin');
    const pane = await taskPaneFrame(page);
    await pane.waitForSelector(CHECKED);
    const options = await pane.getByRole('combobox', { name: 'Keep this email as' }).locator('option').allTextContents();
    expect(options).toHaveLength(DEFAULT_RETENTION_LABELS.length);
    options.forEach((text, i) => {
      const l = DEFAULT_RETENTION_LABELS[i];
      // The period itself, or the name already stating a number of years.
      expect({ text, saysHowLong: text.includes(l.period) || /\b\d+ years?\b/.test(text) }).toEqual({ text, saysHowLong: true });
    });
    await page.close();
  });

  it('before and after a send, the pane and Sent Items agree: nothing claimed as labelled that is not', async () => {
    // The page's clock is Playwright's, so the pane's next check (every 15 s in the playground) is
    // brought forward below rather than waited for.
    const page = await playground.open({ example: 'clean', clock: true });
    await page.click('#open-addin');
    let pane = await taskPaneFrame(page);
    await pane.waitForSelector(CHECKED);
    const status = pane.locator('[data-testid="records-status"] [role="status"]');
    // The first check runs with nothing sent: it must not say "all labelled".
    await status.filter({ hasText: /Checked at \d\d:\d\d/ }).waitFor({ timeout: 40_000 });
    const first = (await status.textContent()) ?? '';
    expect(first).toMatch(/^No sent messages were waiting for a label\. Checked at \d\d:\d\d; messages you send later are labelled on the next check\.$/);

    const sent = await pressSend(page);
    expect(sent.kind).toBe('sent');
    const pending = (await page.locator('[data-testid="sent-retention"]').first().textContent()) ?? '';
    // Straight after sending (the pane checks every 15 s in the playground): Sent Items says who
    // applies it, and the pane claims nothing about this message.
    expect(pending).toMatch(/not applied yet: the task pane applies it at its next check/);
    pane = await taskPaneFrame(page);
    expect((await pane.locator('[data-testid="records-status"] [role="status"]').textContent()) ?? '').not.toMatch(/all labelled/);
    await page.screenshot({ path: screenshotPath('retention-status-pending.png'), fullPage: true });
    // The pane's next check is due at most 15 s after its first: jump there.
    await page.clock.fastForward(15_000);
    await page.waitForFunction(() => /retention tag applied \(/.test(document.querySelector('[data-testid="sent-retention"]')?.textContent ?? ''), undefined, { timeout: 40_000 });
    pane = await taskPaneFrame(page);
    await pane.locator('[data-testid="records-status"] [role="status"]').filter({ hasText: /1 sent message labelled|all labelled/ }).waitFor({ timeout: 40_000 });
    await page.screenshot({ path: screenshotPath('retention-status-applied.png'), fullPage: true });
    await page.close();
  });
});
