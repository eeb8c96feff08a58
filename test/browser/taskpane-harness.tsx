// A page that renders the real <TaskPane> against the in-memory port of the component tests, for
// browser tests that must not wait on the playground's simulated Office (axe, keyboard, screenshots,
// live updates). Bundled by taskpane-support.ts. `?mode=compose|read&scenario=…&theme=…`.
import { createRoot } from 'react-dom/client';
import policyJson from '../../policy/ware-town-council.json';
import { resolvePolicy } from '../../src/policy/config';
import type { MailDraft } from '../../src/policy/types';
import { emptyDraft } from '../../src/policy/engine';
import { parseClauses } from '../../src/taskpane/clauses';
import { TaskPane } from '../../src/taskpane/TaskPane';
import type { ThemeKind } from '../../src/taskpane/theme';
import { FakeComposePort, FakeReadPort } from '../taskpane/fake-port';

const q = new URLSearchParams(location.search);
const CLERK = { address: 'clerk@waretowncouncil.gov.uk', name: 'Town Clerk' };
const residents = ['a', 'b', 'c', 'd', 'e', 'f'].map((x) => ({ address: `resident.${x}@example.co.uk` }));

const COMPOSE: Record<string, () => MailDraft> = {
  findings: () =>
    emptyDraft({
      from: CLERK,
      to: residents,
      cc: [residents[0]],
      subject: 'Hedge on Church Street',
      body: { text: 'Dear all,\n\nPersonally, I think the hedge on Church Street is far too high. PLEASE DEAL WITH THIS NOW!!!\n\nRegards,\nTown Clerk' },
      attachments: [{ id: 'att-1', name: 'photo.jpg.exe', size: 2048, contentType: 'application/octet-stream' }],
    }),
  clean: () => emptyDraft({ from: CLERK, to: [residents[0]], subject: 'Allotments', body: { text: 'Dear Jo,\n\nThank you for your letter.\n\nRegards' } }),
  // Hostile content everywhere the pane might show it: findings quote it back (`actual`).
  hostile: () =>
    emptyDraft({
      from: { address: 'cllr.ada.lovelace@waretowncouncil.gov.uk', name: 'Cllr <img src=x onerror="window.__pwned=1">' },
      to: [{ address: 'jo@example.co.uk', name: '<script>window.__pwned=1</script>' }, ...residents],
      subject: 'URGENT <script>window.__pwned=1</script> PLEASE READ THIS NOW!!!',
      body: {
        text: 'Please arrange payment <img src=x onerror="window.__pwned=1"> today. The password is <svg onload="window.__pwned=1">Xy9!kk2. <a href="javascript:window.__pwned=1">click</a> I think this is a fucking disgrace.',
        html: '<p onmouseover="window.__pwned=1">Please arrange payment <img src=x onerror="window.__pwned=1"> today.</p><script>window.__pwned=1</script><a href="javascript:window.__pwned=1">click</a>',
      },
      attachments: [{ id: 'att-x', name: '"><img src=x onerror="window.__pwned=1">.pdf.exe', size: 10, contentType: 'text/html' }],
    }),
};

const AR = (r: string) => ({ 'authentication-results': [`mx.microsoft.com; ${r}`] });
const READ: Record<string, () => MailDraft> = {
  hostile: () =>
    emptyDraft({
      from: { address: 'clerk@waretowncounci1.gov.uk', name: 'Town Clerk <img src=x onerror="window.__pwned=1">' },
      to: [CLERK],
      subject: '<script>window.__pwned=1</script>Invoice',
      body: { text: 'Pay now', html: '<body onload="window.__pwned=1"><iframe src="javascript:window.__pwned=1"></iframe><script>window.__pwned=1</script></body>' },
      headers: AR('spf=fail smtp.mailfrom=waretowncounci1.gov.uk; dmarc=fail header.from=waretowncounci1.gov.uk (<script>window.__pwned=1</script>)'),
      attachments: [{ id: 'rx', name: '<img src=x onerror="window.__pwned=1">.html', size: 10 }],
    }),
  'dmarc-fail': () =>
    emptyDraft({
      from: { address: 'payments@suppliers-example.co.uk', name: 'Supplier Payments' },
      to: [CLERK],
      subject: 'New bank details',
      body: { text: 'Please update our bank details.', html: '<p onclick="alert(1)">Please update our bank details.</p><script>alert(1)</script>' },
      headers: AR('spf=fail smtp.mailfrom=suppliers-example.co.uk; dkim=none; dmarc=fail action=quarantine header.from=suppliers-example.co.uk'),
      attachments: [{ id: 'r1', name: 'remittance.pdf.exe', size: 4096 }],
    }),
  'dmarc-pass': () =>
    emptyDraft({
      from: { address: 'planning@eastherts.gov.uk', name: 'East Herts Planning' },
      to: [CLERK],
      subject: 'Consultation',
      body: { text: 'Please find the consultation attached.' },
      headers: AR('spf=pass smtp.mailfrom=eastherts.gov.uk; dkim=pass header.d=eastherts.gov.uk; dmarc=pass action=none header.from=eastherts.gov.uk'),
      attachments: [{ id: 'r2', name: 'consultation.pdf', size: 4096 }],
    }),
};

async function main() {
  const config = resolvePolicy(policyJson);
  const text = await fetch('ware-internet-email-policy.txt').then((r) => (r.ok ? r.text() : ''));
  const clauses = parseClauses(text);
  const theme = (q.get('theme') ?? 'light') as ThemeKind;
  const policy = { version: config.version, source: 'test harness' };
  const root = createRoot(document.getElementById('root')!);
  const w = window as unknown as { __port: unknown };
  if (q.get('mode') === 'read') {
    const port = new FakeReadPort(READ[q.get('scenario') ?? 'dmarc-pass']());
    w.__port = port;
    root.render(<TaskPane mode="read" theme={theme} port={port} config={config} clauses={clauses} policy={policy} />);
  } else {
    const port = new FakeComposePort(COMPOSE[q.get('scenario') ?? 'findings'](), (q.get('mailbox') ?? '1.15') as '1.15');
    w.__port = port;
    root.render(<TaskPane mode="compose" theme={theme} port={port} config={config} clauses={clauses} policy={policy} pollMs={300} />);
  }
}

void main();
