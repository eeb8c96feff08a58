// Retention labelling from the task pane in the playground (Chromium): the real pane runs the real
// reconciler and Graph client against the playground's in-browser Graph over the simulated Sent
// Items; after a send, the sent message gets its retention tag and the pane says so, with counts only.
import { hasChromium, pressSend, screenshotPath, taskPaneFrame, usePlayground } from './helpers/playground';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(120_000);

// The full pane's verdict (inside <main>), not the plain first-verdict header shown before it (src/taskpane/first-verdict.ts).
const CHECKED = 'main [data-testid="verdict"]:not([data-verdict="checking"])';

run('task pane records in the playground', () => {
  const playground = usePlayground();

  it('a message sent with the pane open is labelled in Sent Items, and the pane reports the count', async () => {
    const page = await playground.open({ example: 'clean' });
    await page.click('#open-addin');
    let pane = await taskPaneFrame(page);
    await pane.waitForSelector(CHECKED);
    await pane.waitForSelector('[data-testid="records-status"]');
    // Choosing a label records the decision on the draft; Send moves it to Sent Items.
    await pane.getByRole('combobox', { name: 'Keep this email as' }).selectOption('finance');
    await pane.getByText(/This email will be kept as/).waitFor();
    const sent = await pressSend(page);
    expect(sent.kind).toBe('sent');
    const props = JSON.parse((await page.locator('[data-testid="sent-custom-properties"]').first().textContent()) ?? '{}') as Record<string, unknown>;
    expect(props['cep.retention']).toBeDefined();
    await page.waitForFunction(() => /retention tag applied \(finance\)/.test(document.querySelector('[data-testid="sent-retention"]')?.textContent ?? ''), undefined, { timeout: 40_000 });
    pane = await taskPaneFrame(page);
    const status = pane.locator('[data-testid="records-status"] [role="status"]');
    await status.filter({ hasText: /sent message labelled|sent messages are all labelled/ }).waitFor({ timeout: 40_000 });
    const text = (await status.textContent()) ?? '';
    expect(text).not.toMatch(/@|Subject/i);
    await page.screenshot({ path: screenshotPath('taskpane-records.png'), fullPage: true });
    await page.close();
  });
});
