/**
 * @jest-environment jsdom
 */
// The pane runs the reconciler by itself when it opens and says how it went, in a polite live
// region, with counts only; with records off it says so and never asks anyone to sign in.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AuthError } from '../../src/graph/auth/token-provider';
import type { ReconcileSummary } from '../../src/graph/retention/reconcile';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { RecordsScheduler } from '../../src/taskpane/records/scheduler';
import { CLERK, RESIDENT, draft } from '../helpers/draft';
import { FakeComposePort, FakeReadPort } from './fake-port';
import { clauses, config } from './pane-env';

const summary = (o: Partial<ReconcileSummary>): ReconcileSummary => ({ found: 0, tagged: 0, alreadyTagged: 0, wouldTag: 0, failed: 0, unmapped: 0, keptExisting: 0, failures: [], unmappedLabels: [], ...o });

function scheduler(run: (interactive: boolean) => Promise<ReconcileSummary>) {
  return new RecordsScheduler({ run, startDelayMs: 0, intervalMs: 60 * 60_000 });
}

const statusLine = () => screen.getByTestId('records-status').querySelector('[role="status"]')!;

it('compose pane: opening it triggers a silent reconcile and shows the count', async () => {
  const calls: boolean[] = [];
  const records = scheduler(async (interactive) => (calls.push(interactive), summary({ found: 4, tagged: 3, alreadyTagged: 1 })));
  const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], body: 'Hello' }));
  render(<TaskPane mode="compose" theme="light" port={port} config={config} clauses={clauses} policy={{ version: config.version }} pollMs={50} records={records} />);
  await waitFor(() => expect(statusLine().textContent).toBe('3 sent messages labelled.'));
  expect(calls).toEqual([false]);
  expect(statusLine().getAttribute('aria-live')).toBe('polite');
  expect(screen.getByRole('region', { name: 'Records' })).toBeTruthy();
});

it('read pane: Microsoft 365 unreachable says it will try again, without any message detail', async () => {
  const records = scheduler(async () => {
    throw new TypeError('Failed to fetch');
  });
  const port = new FakeReadPort(draft({ from: RESIDENT, to: [CLERK], subject: 'Planning objection', body: 'Hello' }));
  render(<TaskPane mode="read" theme="light" port={port} config={config} clauses={clauses} policy={{ version: config.version }} records={records} />);
  await waitFor(() => expect(screen.getByTestId('records-status').dataset.state).toBe('retrying'));
  expect(statusLine().textContent).toMatch(/^Could not reach Microsoft 365 — will try again at \d\d:\d\d\.$/);
  expect(screen.getByTestId('records-status').textContent).not.toMatch(/Planning|@/);
});

it('sign-in needed: a Sign in button, and pressing it runs interactively', async () => {
  const calls: boolean[] = [];
  const records = scheduler(async (interactive) => {
    calls.push(interactive);
    if (!interactive) throw new AuthError('needs you', 'interaction_required');
    return summary({ tagged: 1 });
  });
  const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], body: 'Hello' }));
  render(<TaskPane mode="compose" theme="light" port={port} config={config} clauses={clauses} policy={{ version: config.version }} pollMs={50} records={records} />);
  const button = await screen.findByRole('button', { name: 'Sign in' });
  expect(statusLine().textContent).toMatch(/^Sign in to Microsoft 365/);
  await act(async () => {
    fireEvent.click(button);
  });
  await waitFor(() => expect(statusLine().textContent).toBe('1 sent message labelled.'));
  expect(calls).toEqual([false, true]);
  expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
});

it('records off: the pane says IT’s scheduled job applies labels and offers no sign-in', async () => {
  const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], body: 'Hello' }));
  render(<TaskPane mode="compose" theme="light" port={port} config={config} clauses={clauses} policy={{ version: config.version }} pollMs={50} records={new RecordsScheduler(undefined)} />);
  expect(statusLine().textContent).toBe('Retention labels are applied by your IT team’s scheduled job.');
  expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();
  await waitFor(() => expect(screen.getByTestId('verdict').dataset.verdict).not.toBe('checking')); // let the live check settle
});

it('closing the pane stops the schedule (no run after unmount)', async () => {
  // Fake timers: the scheduled start (50 ms) is stepped past on the test's clock, not waited for.
  jest.useFakeTimers();
  let runs = 0;
  const records = new RecordsScheduler({ run: async () => (runs++, summary({})), startDelayMs: 50, intervalMs: 60 * 60_000 });
  const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], body: 'Hello' }));
  const view = render(<TaskPane mode="compose" theme="light" port={port} config={config} clauses={clauses} policy={{ version: config.version }} pollMs={50} records={records} />);
  view.unmount();
  await jest.advanceTimersByTimeAsync(1000);
  jest.useRealTimers();
  expect(runs).toBe(0);
});
