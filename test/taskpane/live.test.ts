import { check } from '../../src/policy/engine';
import { changedInputs, recheck } from '../../src/taskpane/live/recheck';
import { LiveChecker } from '../../src/taskpane/live/live-checker';
import { CLERK, CLLR, RESIDENT, draft, policy } from '../helpers/draft';
import { FakeComposePort } from './fake-port';

const config = policy();
const dup = () => draft({ from: CLERK, to: [RESIDENT], cc: [RESIDENT], body: 'Hello' });

describe('recheck', () => {
  it('keeps the findings of rules that do not read the changed input (same objects, not re-run)', () => {
    const first = recheck(undefined, dup(), config, 'all');
    const kept = first.findings.find((f) => f.ruleId === 'recipients/duplicate');
    expect(kept).toBeDefined();
    const next = recheck(first, { ...dup(), body: { text: 'Hello again' } }, config, ['body']);
    expect(next.findings.find((f) => f.ruleId === 'recipients/duplicate')).toBe(kept);
  });

  it('replaces the findings of re-run rules, so a fixed problem disappears', () => {
    const first = recheck(undefined, dup(), config, 'all');
    const fixed = draft({ from: CLERK, to: [RESIDENT], body: 'Hello' });
    const next = recheck(first, fixed, config, ['recipients']);
    expect(next.findings.map((f) => f.ruleId)).not.toContain('recipients/duplicate');
    expect(next.verdict).toBe(check(fixed, config).verdict);
  });

  it('returns the previous result untouched when nothing changed', () => {
    const first = recheck(undefined, dup(), config, 'all');
    expect(recheck(first, dup(), config, [])).toBe(first);
  });
});

describe('changedInputs', () => {
  const base = dup();
  it.each([
    ['nothing', base, []],
    ['the body', { ...base, body: { text: 'x' } }, ['body']],
    ['the subject', { ...base, subject: 'x' }, ['subject']],
    ['a recipient', { ...base, cc: [] }, ['recipients']],
    ['a display name', { ...base, to: [{ address: RESIDENT, name: 'Jo' }] }, ['recipients']],
    ['the sender', { ...base, from: { address: 'cllr.tom.baker@waretowncouncil.gov.uk' } }, ['from']],
    ['an attachment', { ...base, attachments: [{ name: 'a.pdf', size: 1 }] }, ['attachments']],
  ])('detects a change to %s', (_, after, inputs) => {
    expect(changedInputs(base, after)).toEqual(inputs);
  });
});

describe('LiveChecker', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));
  const demand = () => draft({ from: CLLR, to: [CLERK], body: 'I need the report on my desk by Monday.' });
  const settle = async (live: LiveChecker) => {
    for (let i = 0; i < 5; i++) await flush();
    await live.refresh();
  };

  it('picks up typing by polling and re-checks only when the text changed', async () => {
    const port = new FakeComposePort(dup());
    const live = new LiveChecker(port, config, { pollMs: 60_000 });
    live.start();
    await settle(live); // the first check, then the pane-only rules joining
    const before = live.getState().result;
    await live.poll();
    expect(live.getState().result).toBe(before); // unchanged text: no new result object
    port.type('Hello, a new sentence');
    await live.poll();
    expect(live.getState().draft?.body.text).toBe('Hello, a new sentence');
    expect(live.getState().result).not.toBe(before);
    live.stop();
  });

  describe('starting from the check made before the pane loaded (start.tsx, first-verdict.ts)', () => {
    const firstOf = (d: ReturnType<typeof dup>) => ({ draft: d, result: recheck(undefined, d, config, 'all') });

    it.each([
      ['a duplicate copy', dup()],
      ['a councillor’s demand', demand()],
      ['a clean note', draft({ from: CLERK, to: [RESIDENT], body: 'Thank you for your letter.' })],
      ['an empty draft', draft({ from: CLERK })],
      ['a councillor to a resident', draft({ from: CLLR, to: [RESIDENT], body: 'Please find the minutes attached.' })],
      ['a subject only', draft({ from: CLERK, to: [RESIDENT], subject: 'Allotments' })],
    ])('shows that check at once for %s, and keeps it (the same object) when the draft has not changed', async (_, d) => {
      const first = firstOf(d);
      const live = new LiveChecker(new FakeComposePort(d), config, { pollMs: 60_000, first, paneRules: () => new Promise(() => undefined) });
      expect(live.getState()).toEqual({ status: 'ready', draft: first.draft, result: first.result });
      live.start();
      await live.refresh();
      expect(live.getState().result).toBe(first.result);
      expect(live.getState().result?.verdict).toBe(check(d, config).verdict);
      live.stop();
    });

    it('re-checks what changed between that check and the pane starting', async () => {
      const first = firstOf(dup());
      const port = new FakeComposePort(dup());
      port.setRecipients('cc', []);
      const live = new LiveChecker(port, config, { pollMs: 60_000, first, paneRules: () => new Promise(() => undefined) });
      expect(live.getState().result?.findings.map((f) => f.ruleId)).toContain('recipients/duplicate');
      live.start();
      await live.refresh();
      expect(live.getState().result?.findings.map((f) => f.ruleId)).not.toContain('recipients/duplicate');
      live.stop();
    });

    it('still adds the pane-only rules afterwards', async () => {
      const d = demand();
      const live = new LiveChecker(new FakeComposePort(d), config, { pollMs: 60_000, first: firstOf(d) });
      expect(live.getState().result?.findings.map((f) => f.ruleId)).not.toContain('instructions/councillor-review');
      live.start();
      await settle(live);
      expect(live.getState().result?.findings.map((f) => f.ruleId)).toContain('instructions/councillor-review');
      live.stop();
    });
  });

  it('re-reads the draft when Outlook reports a recipients change', async () => {
    const port = new FakeComposePort(dup());
    const live = new LiveChecker(port, config, { pollMs: 60_000 });
    live.start();
    await live.refresh();
    expect(live.getState().result?.findings.map((f) => f.ruleId)).toContain('recipients/duplicate');
    port.setRecipients('cc', []);
    await flush();
    await live.refresh(); // waits for the queued event work too
    expect(live.getState().result?.findings.map((f) => f.ruleId)).not.toContain('recipients/duplicate');
    live.stop();
  });

  it('keeps the previous findings and reports a problem when a read fails', async () => {
    const port = new FakeComposePort(dup());
    const live = new LiveChecker(port, config, { pollMs: 60_000 });
    await live.refresh();
    const before = live.getState().result;
    port.failReads = true;
    port.type('changed');
    await live.poll();
    expect(live.getState().result).toBe(before);
    expect(live.getState().status).toBe('ready');
    expect(live.getState().problem).toMatch(/TypeError/);
    expect(live.getState().problem).not.toMatch(/simulated/); // no error text that could quote the item
  });

  it('stops listening when stopped', async () => {
    const port = new FakeComposePort(dup());
    const live = new LiveChecker(port, config, { pollMs: 60_000 });
    live.start();
    await live.refresh();
    live.stop();
    const reads = port.calls.length;
    port.setRecipients('cc', []);
    await flush();
    expect(port.calls.length).toBe(reads);
  });


  it('adds the pane-only rules after the first check and checks the draft again with them', async () => {
    const port = new FakeComposePort(demand());
    const live = new LiveChecker(port, config, { pollMs: 60_000 });
    const seen: string[][] = [];
    live.subscribe((s) => seen.push((s.result?.findings ?? []).map((f) => f.ruleId)));
    live.start();
    await settle(live);
    expect(seen[0]).not.toContain('instructions/councillor-review'); // the first check: send rules only
    expect(live.getState().result?.findings.map((f) => f.ruleId)).toContain('instructions/councillor-review');
    live.stop();
  });

  it('keeps checking with the send rules when the pane-only chunk fails to load', async () => {
    const port = new FakeComposePort(demand());
    const live = new LiveChecker(port, config, { pollMs: 60_000, paneRules: () => Promise.reject(new Error('chunk failed')) });
    live.start();
    await settle(live);
    expect(live.getState().status).toBe('ready');
    expect(live.getState().problem).toBeUndefined();
    expect(live.getState().result?.findings.map((f) => f.ruleId)).not.toContain('instructions/councillor-review');
    live.stop();
  });
});
