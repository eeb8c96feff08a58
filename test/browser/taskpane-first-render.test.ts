// What the task pane waits for before its first verdict (issue #17: first render under 1 s), checked
// by order, never by time. In playground-taskpane.html (the real pane over the simulated Office):
//  - the policy file and the policy text are requested before Office exists (src/taskpane/early-fetch.ts
//    runs first), so their round trip overlaps the evaluation of the rest of the bundle instead of
//    following Office.onReady; each is requested once (the early request is the one the pane uses);
//  - nothing else is fetched before the first verdict: no lazy chunk (the pane-only rules, the
//    records job) is loaded in front of it, and the pane-only rules still arrive afterwards, in their
//    own chunk (they are not folded into the entry script).
import type { Browser } from 'playwright-core';
import { hasChromium, launchBrowser, serveDist, type Served } from './helpers/playground';

const run = hasChromium() ? describe : describe.skip;
jest.setTimeout(120_000); // a guard against a hang, not a timing assertion

// Runs in the page before any of its scripts: a log of fetch calls, the moment `Office` is installed
// (src/playground/office-sim/index.ts assigns window.Office) and the first checked verdict, with the
// scripts in the document at that moment.
const RECORD = `(() => {
  const log = (window.__order = []);
  const fetch0 = window.fetch;
  window.fetch = function (input, init) {
    log.push('fetch ' + new URL(typeof input === 'string' ? input : input.url, location.href).pathname.replace(/^.*\\//, ''));
    return fetch0.call(this, input, init);
  };
  let office;
  Object.defineProperty(window, 'Office', { configurable: true, get: () => office, set: (v) => { if (office === undefined) log.push('office'); office = v; } });
  const done = () => document.querySelector('[data-testid="verdict"]:not([data-verdict="checking"])');
  new MutationObserver((_, obs) => {
    if (!done()) return;
    log.push('verdict');
    window.__scriptsAtVerdict = [...document.scripts].map((s) => s.src.replace(/^.*\\//, ''));
    obs.disconnect();
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

  it('requests the policy file and text before Office starts, once each, and loads no other chunk before the verdict', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname.replace(/^.*\//, '')));
    await page.addInitScript(RECORD);
    const paneRules = page.waitForRequest((r) => /playground-pane-rules\.[0-9a-f]+\.js$/.test(r.url()));
    await page.goto(new URL('playground-taskpane.html', served.url).href);
    await page.waitForFunction(() => (window as unknown as { __order: string[] }).__order.includes('verdict'));
    const order = await page.evaluate(() => (window as unknown as { __order: string[] }).__order);
    const scripts = await page.evaluate(() => (window as unknown as { __scriptsAtVerdict: string[] }).__scriptsAtVerdict);

    // Both files are asked for before the simulated Office is installed, i.e. before anything waits on Office.onReady.
    const office = order.indexOf('office');
    expect(office).toBeGreaterThan(0);
    expect(order.slice(0, office).sort()).toEqual(['fetch policy.json', 'fetch ware-internet-email-policy.txt']);
    const beforeVerdict = order.slice(0, order.indexOf('verdict'));
    expect(beforeVerdict.filter((e) => e === 'fetch policy.json')).toHaveLength(1);
    expect(beforeVerdict.filter((e) => e === 'fetch ware-internet-email-policy.txt')).toHaveLength(1);

    // Only the entry script was in the page at the first verdict; the pane-only rules come afterwards, in their own chunk.
    expect(scripts).toEqual(['playground-taskpane.js']);
    await paneRules;
    expect(requests.filter((r) => r === 'policy.json')).toHaveLength(1);
    expect(requests.filter((r) => r === 'ware-internet-email-policy.txt')).toHaveLength(1);
    await context.close();
  });
});
