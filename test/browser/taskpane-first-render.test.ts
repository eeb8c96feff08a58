// What the task pane waits for before its first verdict (issue #17: first render under 1 s), checked
// by order, never by time. In playground-taskpane.html (the real pane over the simulated Office):
//  - the policy file and the policy text are requested before Office exists, from the page's tiny
//    first script (src/taskpane/early-start.ts, early-fetch.ts), so their round trip overlaps the
//    evaluation of the entry; each is requested once (the early request is the one the pane uses);
//  - the first verdict is the send rules' own (start.tsx checks the draft before the pane's UI has
//    loaded, first-verdict.ts shows it): nothing else is fetched or loaded in front of it — not the
//    UI chunk (React, Fluent UI and the components), the records job (MSAL, Graph) or the pane-only
//    rules (the tagger) — and Fluent UI has not yet written a style sheet;
//  - after it, the UI chunk and the pane-only rules arrive in their own chunks (not folded into the
//    entry), and the full pane shows the same verdict.
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, serveDist, type Served } from './helpers/playground';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(120_000); // a guard against a hang, not a timing assertion

// Runs in the page before any of its scripts: one ordered log of fetch calls, scripts and style
// sheets added to the page, the moment `Office` is installed (src/playground/office-sim/index.ts
// assigns window.Office) and the first checked verdict.
const RECORD = `(() => {
  const log = (window.__order = []);
  const name = (url) => new URL(url, location.href).pathname.replace(/^.*\\//, '');
  const fetch0 = window.fetch;
  window.fetch = function (input, init) {
    log.push('fetch ' + name(typeof input === 'string' ? input : input.url));
    return fetch0.call(this, input, init);
  };
  let office;
  Object.defineProperty(window, 'Office', { configurable: true, get: () => office, set: (v) => { if (office === undefined) log.push('office'); office = v; } });
  let verdict = false;
  const done = () => document.querySelector('[data-testid="verdict"]:not([data-verdict="checking"])');
  new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) {
      if (n.nodeName === 'SCRIPT' && n.src) log.push('script ' + name(n.src));
      if (n.nodeName === 'STYLE') log.push('style');
      if (n.nodeName === 'LINK' && n.href) log.push('link ' + name(n.href));
    }
    if (!verdict && done()) {
      verdict = true;
      log.push('verdict ' + done().getAttribute('data-verdict'));
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;

run('task pane: what comes before the first verdict', () => {
  let browser: Browser;
  let served: Served;
  beforeAll(async () => {
    served = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('requests the policy file and text before Office starts, once each, and loads no other chunk, request or style before the verdict', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname.replace(/^.*\//, '')));
    await page.addInitScript(RECORD);
    const paneRules = page.waitForRequest((r) => /playground-pane-rules\.[0-9a-f]+\.js$/.test(r.url()));
    await page.goto(new URL('playground-taskpane.html', served.url).href);
    const order = () => page.evaluate(() => (window as unknown as { __order: string[] }).__order);
    await page.waitForFunction(() => (window as unknown as { __order: string[] }).__order.some((e) => e.startsWith('verdict')));

    // Both files are asked for before the simulated Office is installed, i.e. before anything waits on Office.onReady.
    // The page's own two scripts (from its HTML) are not counted: everything else is what the pane asked for.
    const PAGE = ['script playground-taskpane-early.js', 'script playground-taskpane.js'];
    const first = (await order()).filter((e) => !PAGE.includes(e));
    const office = first.indexOf('office');
    expect(office).toBeGreaterThan(0);
    expect(first.slice(0, office).sort()).toEqual(['fetch policy.json', 'fetch ware-internet-email-policy.txt']);

    // Before the verdict: those two requests and nothing else; no chunk script, no Fluent UI style sheet.
    const verdictAt = first.findIndex((e) => e.startsWith('verdict'));
    expect(first[verdictAt]).toBe('verdict ok'); // the playground opens on an empty draft from an officer
    expect(first.slice(0, verdictAt).filter((e) => e !== 'office')).toEqual(['fetch policy.json', 'fetch ware-internet-email-policy.txt']);

    // After it: the UI chunk, then the full pane (Fluent UI's style sheets) with the same verdict, and the pane-only rules.
    await page.waitForSelector('#findings-heading');
    await paneRules;
    const after = (await order()).filter((e) => !PAGE.includes(e)).slice(verdictAt + 1);
    const ui = after.findIndex((e) => /^script playground-pane-ui\.[0-9a-f]+\.js$/.test(e));
    expect(ui).toBeGreaterThanOrEqual(0);
    expect(after.indexOf('style')).toBeGreaterThan(ui);
    expect(after.some((e) => /^script playground-pane-rules\.[0-9a-f]+\.js$/.test(e))).toBe(true);
    expect(await page.locator('[data-testid="verdict"]').getAttribute('data-verdict')).toBe('ok');
    expect(await page.locator('[data-testid="verdict"]').count()).toBe(1);

    expect(requests.filter((r) => r === 'policy.json')).toHaveLength(1);
    expect(requests.filter((r) => r === 'ware-internet-email-policy.txt')).toHaveLength(1);
    expect(requests.filter((r) => r === 'playground-taskpane-early.js')).toHaveLength(1);
    await context.close();
  });
});
