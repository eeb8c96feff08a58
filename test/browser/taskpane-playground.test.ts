// The real task pane (src/taskpane/start.tsx, bundled as playground-taskpane.js) in the playground's
// simulated Outlook: live updates while typing in the compose form, a fix writing back into the form,
// "Send with a reason" recording the override on the sent message, and the read view's sender checks
// — plus axe and screenshots.
import type { Frame, Page } from 'playwright-core';
import { AXE_PATH, fillDraft, hasChromium, screenshotPath, taskPaneFrame, usePlayground } from './helpers/playground';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(120_000); // a guard against a hang: the hooks only start Chromium and a static server (dist/ is built before the lanes)

// The full pane's verdict (inside <main>), not the plain first-verdict header shown before it (src/taskpane/first-verdict.ts).
const CHECKED = 'main [data-testid="verdict"]:not([data-verdict="checking"]), main [data-testid="sender-verdict"]';

run('task pane in the playground', () => {
  const playground = usePlayground();

  async function openPane(page: Page): Promise<Frame> {
    await page.click('#open-addin');
    const frame = await taskPaneFrame(page);
    await frame.waitForSelector(CHECKED);
    return frame;
  }
  const rules = (f: Frame) => f.$$eval('li[data-rule]', (els) => els.map((e) => e.getAttribute('data-rule')));

  it('updates live after typing in the body, and a suggested rewrite writes back into the message', async () => {
    const page = await playground.open();
    await fillDraft(page, { to: 'jo.bloggs@example.co.uk', subject: 'Hedge', body: 'Dear Jo,\n\nThank you for your letter.\n\nRegards' });
    const pane = await openPane(page);
    expect(await rules(pane)).not.toContain('tone/shouting');
    await page.fill('#field-body', 'Dear Jo,\n\nThank you for your letter. PLEASE DEAL WITH THE HEDGE NOW!!!\n\nRegards');
    await pane.waitForSelector('li[data-rule="tone/shouting"]', { timeout: 10_000 });
    await page.screenshot({ path: screenshotPath('taskpane-playground-compose.png'), fullPage: true });
    await pane.locator('li[data-rule="tone/shouting"]').getByRole('button', { name: 'Replace with a full stop' }).first().click();
    await page.waitForFunction(() => {
      const el = document.querySelector('#field-body') as HTMLTextAreaElement | HTMLElement | null;
      const text = el && 'value' in el ? el.value : el?.textContent;
      return typeof text === 'string' && !text.includes('!!!');
    });
    await pane.waitForFunction(() => ![...document.querySelectorAll('li[data-rule="tone/shouting"]')].some((li) => li.textContent?.includes('!!!')));
    await page.close();
  });

  it("notes a councillor's request the send check does not catch, once the tagger chunk has loaded, and it never stops sending", async () => {
    const page = await playground.open();
    await fillDraft(page, {
      from: 'cllr.ada.lovelace@waretowncouncil.gov.uk',
      to: 'clerk@waretowncouncil.gov.uk',
      subject: 'Report',
      body: 'Dear Clerk,\n\nI need the report on my desk by Monday.\n\nAda',
    });
    const pane = await openPane(page);
    const note = pane.locator('li[data-rule="instructions/councillor-review"]');
    await note.waitFor({ timeout: 15_000 });
    expect(await note.textContent()).toMatch(/may read as asking an officer or contractor to act, or as a promise/);
    expect(await pane.getByTestId('verdict').getAttribute('data-verdict')).not.toBe('block');
    await page.close();
  });

  it('moves visible external recipients to Bcc in the form, and the finding clears', async () => {
    const page = await playground.open({ example: 'visible-external' });
    const pane = await openPane(page);
    await pane.locator('li[data-rule="recipients/visible-external"]').getByRole('button', { name: /to Bcc/ }).click();
    await pane.waitForFunction(() => !document.querySelector('li[data-rule="recipients/visible-external"]'));
    await page.close();
  });

  it('records a reason, then Send: the sent message carries the override record and the retention record', async () => {
    const page = await playground.open({ requirementSet: '1.15', example: 'visible-external' });
    const pane = await openPane(page);
    await pane.getByRole('textbox', { name: /Reason for sending anyway/ }).fill('The residents agreed to share addresses at the meeting.');
    await pane.getByRole('button', { name: 'Record my reason' }).click();
    await pane.getByTestId('reason-recorded').waitFor();
    await page.click('#send');
    await page.waitForSelector('[data-testid="sent-item"]', { timeout: 15_000 });
    const props = JSON.parse((await page.locator('[data-testid="sent-custom-properties"]').first().textContent()) ?? '{}') as Record<string, unknown>;
    const record = JSON.parse(String(props['cep.override'])) as { reason: string; rules: string[] };
    expect(record.reason).toBe('The residents agreed to share addresses at the meeting.');
    expect(record.rules).toContain('recipients/visible-external');
    expect(props['cep.retention']).toBeDefined();
    await page.close();
  });

  it('read view: the passing district council is verified, the DMARC-failing look-alike is not', async () => {
    const page = await playground.open();
    await page.click('#tab-read');
    await page.getByRole('button', { name: /East Herts Planning/ }).click();
    let pane = await openPane(page);
    expect(await pane.getByTestId('sender-verdict').getAttribute('data-verdict')).toBe('verified');
    await page.getByRole('button', { name: /Cllr Ada Lovelace/ }).click();
    pane = await taskPaneFrame(page);
    await pane.waitForSelector('[data-testid="sender-verdict"][data-verdict="not-verified"]');
    expect(await pane.getByText(/check with the sender by phone/i).first().isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('taskpane-playground-read.png'), fullPage: true });
    await page.close();
  });

  it.each([
    ['compose', 'light'],
    ['compose', 'high-contrast'],
    ['read', 'light'],
    ['read', 'high-contrast'],
  ])('axe: no serious or critical violations in the %s pane (%s)', async (mode, theme) => {
    const page = await playground.open(mode === 'compose' ? { example: 'visible-external' } : {});
    // The playground's switch alone: it stands for a Windows contrast theme (forced colours).
    await page.selectOption('#switch-theme', theme);
    if (mode === 'read') {
      await page.click('#tab-read');
      await page.getByRole('button', { name: /Cllr Ada Lovelace/ }).click();
    }
    const pane = await openPane(page);
    await pane.waitForSelector(`[data-theme="${theme}"]`);
    const frameViolations = await axeInFrame(pane);
    expect(frameViolations).toEqual([]);
    await page.close();
  });
});

/** axe inside the task pane's iframe (the playground page around it is not the add-in's). */
async function axeInFrame(frame: Frame) {
  await frame.addScriptTag({ url: AXE_PATH });
  return frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
