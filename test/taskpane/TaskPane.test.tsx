/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TaskPane } from '../../src/taskpane/TaskPane';
import { CLERK, RESIDENT, draft } from '../helpers/draft';
import { FakeComposePort, FakeReadPort } from './fake-port';
import { clauses, config } from './pane-env';

const info = { version: config.version };
const residents = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com', 'e@example.com', 'f@example.com'];

function compose(port: FakeComposePort, extra: Partial<Parameters<typeof TaskPane>[0]> = {}) {
  return render(<TaskPane mode="compose" theme="light" port={port} config={config} clauses={clauses} policy={info} pollMs={50} {...(extra as object)} />);
}
const findingsOf = () => [...document.querySelectorAll('li[data-rule]')].map((li) => li.getAttribute('data-rule'));

describe('compose view', () => {
  it('states the verdict in words and the policy version', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], cc: [RESIDENT], body: 'Hello' }));
    compose(port, { policy: { version: '2026-11-28.1', notice: 'The council’s policy file could not be loaded; the last good copy is in force.' } });
    await waitFor(() => expect(screen.getByTestId('verdict').dataset.verdict).toBe('warn'));
    expect(screen.getByTestId('verdict').textContent).toBe('Check before sending');
    expect(screen.getByText(/policy version 2026-11-28\.1/)).toBeTruthy();
    expect(screen.getByText(/could not be loaded/)).toBeTruthy();
  });

  it('groups findings by category with level words and expands the clause text', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], cc: [RESIDENT], body: 'Hello' }));
    compose(port);
    const group = await screen.findByRole('region', { name: 'Recipients' });
    const item = group.querySelector('li[data-rule="recipients/duplicate"]') as HTMLElement;
    expect(within(item).getByText('Check')).toBeTruthy();
    const toggle = within(item).getByRole('button', { name: /Show policy clause 4\.3c/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(item).getByText(/Only copy emails to others where appropriate and necessary/)).toBeTruthy();
  });

  it('updates live after typing, without an event (polling)', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], subject: 'Hello', body: 'Hello' }));
    compose(port);
    const select = (await screen.findByRole('combobox', { name: 'Keep this email as' })) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe(config.retention.defaultLabel));
    port.draft.subject = 'Invoice for the hall hire';
    await waitFor(() => expect(select.value).toBe('finance'));
    expect(port.calls).toContain('readSubject');
  });

  it('removes a duplicate recipient with one click; the finding clears; undo brings it back', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], cc: [RESIDENT], body: 'Hello' }));
    compose(port);
    fireEvent.click(await screen.findByRole('button', { name: `Remove ${RESIDENT} from Cc` }));
    await waitFor(() => expect(findingsOf()).not.toContain('recipients/duplicate'));
    expect(port.draft.cc).toEqual([]);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Done/));
    expect(document.activeElement?.id).toBe('findings-heading'); // focus is not lost with the button
    fireEvent.click(screen.getByRole('button', { name: /Undo remove/ }));
    await waitFor(() => expect(findingsOf()).toContain('recipients/duplicate'));
    expect(port.draft.cc.map((r) => r.address)).toEqual([RESIDENT]);
  });

  it('moves visible external recipients to Bcc and the finding clears', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: residents, body: 'Dear residents, the hall is closed on Monday.' }));
    compose(port);
    fireEvent.click(await screen.findByRole('button', { name: /recipients to Bcc/ }));
    await waitFor(() => expect(findingsOf()).not.toContain('recipients/visible-external'));
    expect(port.draft.bcc.map((r) => r.address)).toEqual(residents);
  });

  it.each(['1.12', '1.14', '1.15'] as const)('Mailbox %s: records the reason for this draft and tells the person to press Send (the pane never sends)', async (mailbox) => {
    const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], cc: [RESIDENT], body: 'Hello' }), mailbox);
    compose(port, { stopped: { verdict: 'warn', findings: [{ ruleId: 'recipients/duplicate', messageId: 'duplicate', category: 'recipients', level: 'warn', clause: '4.3c', message: 'Duplicate.' }] } });
    expect(await screen.findByText(/Your message was stopped/)).toBeTruthy();
    const record = await screen.findByRole('button', { name: 'Record my reason' });
    fireEvent.click(record);
    expect(await screen.findByText(/Please give a reason/)).toBeTruthy();
    expect(port.override).toBeUndefined();
    fireEvent.change(screen.getByRole('textbox', { name: /Reason for sending anyway/ }), { target: { value: 'The resident asked to be copied twice.' } });
    fireEvent.click(record);
    expect((await screen.findByTestId('reason-recorded')).textContent).toMatch(/press Send in your message/);
    expect(port.override).toMatchObject({ reason: 'The resident asked to be copied twice.', rules: ['recipients/duplicate'], user: CLERK });
    expect(Number.isNaN(Date.parse(port.override!.at))).toBe(false);
    expect(port.calls).not.toContain('send');
    // Nothing on any client says the reason cannot be kept, or to write it into the message.
    const text = document.body.textContent ?? '';
    expect(text).not.toMatch(/cannot (send|keep)|note the reason in the message|in the message or tell/i);
  });

  it('a reason recorded earlier in this compose session shows as recorded when the pane opens again', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], cc: [RESIDENT], body: 'Hello' }));
    port.override = { reason: 'Asked twice.', rules: ['recipients/duplicate'], user: CLERK, at: '2026-11-28T02:00:00Z' };
    compose(port);
    expect((await screen.findByTestId('reason-recorded')).textContent).toMatch(/recorded for this message/);
  });

  it('records a changed retention label with who chose it', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: [RESIDENT], subject: 'Invoice 42', body: 'Please find the invoice attached.' }));
    compose(port);
    const select = (await screen.findByRole('combobox', { name: 'Keep this email as' })) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe('finance'));
    const other = config.retention.labels.find((l) => l.id !== 'finance')!;
    await act(async () => {
      fireEvent.change(select, { target: { value: other.id } });
    });
    await waitFor(() => expect(port.retention).toMatchObject({ labelId: other.id, by: 'user' }));
    expect(screen.getByText(new RegExp(`Kept for ${other.period}`))).toBeTruthy();
  });

  it('quotes the writer\'s own words, not the masked text, and counts in plain English', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: ['jo.bloggs@example.co.uk'], body: 'Dear Jo,\n\nYour NI number is JK 12 34 56 C.\n\nRegards' }));
    compose(port);
    const item = await screen.findByText(/National Insurance number/);
    const li = item.closest('li')!;
    expect(within(li as HTMLElement).getByTestId('finding-quote').textContent).toBe('You wrote: “JK 12 34 56 C”');
    // The finding itself stays masked (it can travel in contextData or be logged).
    expect(li.textContent).toMatch(/National Insurance number \(J\*\*\*\)/);
    expect(li.textContent).toMatch(/1 recipient outside/);
    expect(screen.getByRole('heading', { name: /What to check/ }).textContent).toMatch(/^What to check: 1 point needs attention$/);
  });

  it('gives every button an accessible name', async () => {
    const port = new FakeComposePort(draft({ from: CLERK, to: residents, cc: [residents[0]], body: 'Hello' }));
    compose(port);
    await screen.findByRole('region', { name: 'Recipients' });
    for (const b of screen.getAllByRole('button')) expect(b.textContent?.trim() || b.getAttribute('aria-label')).toBeTruthy();
  });
});

describe('read view', () => {
  const AR = (r: string) => ({ 'authentication-results': [`mx.microsoft.com; ${r}`] });
  const message = (headers: Record<string, string[]>, body = 'Hello') =>
    draft({ from: { address: 'jo@example.co.uk', name: 'Jo Bloggs' }, to: [CLERK], body, headers, attachments: [{ id: 'a1', name: 'minutes.pdf', size: 10 }] });
  const read = (port: FakeReadPort) => render(<TaskPane mode="read" theme="dark" port={port} config={config} clauses={clauses} policy={info} />);

  it('shows a failing-DMARC sender as not verified, with the phone advice', async () => {
    read(new FakeReadPort(message(AR('dmarc=fail header.from=example.co.uk'))));
    await waitFor(() => expect(screen.getByTestId('sender-verdict').dataset.verdict).toBe('not-verified'));
    expect(screen.getByTestId('sender-verdict').textContent).toBe('Sender not verified');
    expect(screen.getAllByText(/check with the sender by phone/i).length).toBeGreaterThan(0);
  });

  it('shows a passing sender as verified and follows a pinned pane to the next message', async () => {
    const port = new FakeReadPort(message(AR('dmarc=pass header.from=example.co.uk')));
    read(port);
    await waitFor(() => expect(screen.getByTestId('sender-verdict').dataset.verdict).toBe('verified'));
    expect(screen.getByText(/The attachment is not a risky type of file/)).toBeTruthy();
    act(() => port.select(message(AR('dmarc=fail header.from=example.co.uk'))));
    await waitFor(() => expect(screen.getByTestId('sender-verdict').dataset.verdict).toBe('not-verified'));
  });

  it('an impostor with a risky attachment: the phone line appears once, the attachment advice is for a reader, and a name is labelled as a name', async () => {
    const m = draft({
      from: { address: 'cllr.ada.lovelace@waretowncounci1.co.uk', name: 'Cllr Ada Lovelace' },
      to: [CLERK],
      body: 'Please pay the attached invoice today.',
      headers: AR('spf=pass smtp.mailfrom=waretowncounci1.co.uk; dkim=pass header.d=waretowncounci1.co.uk; dmarc=pass header.from=waretowncounci1.co.uk'),
      attachments: [{ id: 'a1', name: 'invoice.pdf.exe', size: 10 }],
    });
    read(new FakeReadPort(m));
    await waitFor(() => expect(screen.getByTestId('sender-verdict').dataset.verdict).toBe('not-verified'));
    const text = document.body.textContent ?? '';
    expect(text.match(/by phone/gi)).toHaveLength(1);
    const exe = document.querySelector('li[data-rule="attachments/executable"]')!;
    expect(exe.textContent).toMatch(/Do not open “invoice\.pdf\.exe”/);
    expect(exe.textContent).not.toMatch(/Remove (it|the attachment)|before (you )?send/i);
    expect(exe.querySelector('button[class*="primary"]')).toBeNull();
    const impostor = document.querySelector('li[data-rule="authenticity/impersonation"] [data-testid="finding-quote"]');
    expect(impostor?.textContent).toMatch(/^Name shown as the sender: “Cllr Ada Lovelace”/);
  });

  it('never renders the message HTML: script and markup stay inert text or absent', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const m = message(AR('dmarc=pass header.from=example.co.uk'), hostile);
    m.body.html = hostile;
    m.from = { address: 'jo@example.co.uk', name: '<b onmouseover="window.__pwned=1">Jo</b>' };
    const { container } = read(new FakeReadPort(m));
    await screen.findByTestId('sender-verdict');
    expect(container.querySelector('img, script, b[onmouseover]')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(container.textContent).toContain('<b onmouseover');
  });
});
