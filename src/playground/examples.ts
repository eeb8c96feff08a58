// Example data for the playground: senders from the policy file's roles, "Load example" drafts,
// canned attachments (real magic bytes, so the content checks see what they would in Outlook) and
// received messages with real-looking Authentication-Results for the read pane.
import type { ComposeState, ReceivedMessage, SimAddress, SimAttachment } from './office-sim/store';
import { simAddress } from './office-sim/store';

export interface Sender {
  label: string;
  address: SimAddress;
  /** A shared mailbox (info@): the signed-in officer sends from it. */
  shared?: boolean;
}

/** "cllr.ada.lovelace@…" → "Cllr Ada Lovelace"; "deputy.clerk@…" → "Deputy Clerk". */
export function nameFromAddress(address: string): string {
  const local = address.slice(0, address.indexOf('@'));
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}

export const RESIDENT_ADDRESS = 'pat.resident@gmail.com';

export function senders(roles: { councillors: string[]; officers: string[] }, domains: string[]): Sender[] {
  const list: Sender[] = [];
  for (const a of roles.officers) list.push({ label: `Officer — ${nameFromAddress(a)}`, address: simAddress(a, nameFromAddress(a), domains) });
  for (const a of roles.councillors) list.push({ label: `Councillor — ${nameFromAddress(a)}`, address: simAddress(a, nameFromAddress(a), domains) });
  list.push({ label: 'Resident — personal address', address: simAddress(RESIDENT_ADDRESS, 'Pat Resident', domains) });
  // Councils send much of their mail from shared mailboxes (issue #19 item 5).
  if (domains[0]) list.push({ label: `Shared mailbox — info@${domains[0]}`, address: simAddress(`info@${domains[0]}`, 'Council enquiries', domains), shared: true });
  return list;
}

const enc = (s: string) => (typeof btoa === 'function' ? btoa(s) : Buffer.from(s, 'binary').toString('base64'));

/** Attachments with real file signatures: a PDF, a Windows executable named as a PDF, a macro workbook (ZIP). */
export function cannedAttachments(): Omit<SimAttachment, 'id'>[] {
  const pdf = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';
  const exe = 'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program cannot be run in DOS mode.';
  const xlsm = 'PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml vbaProject.bin';
  return [
    { name: 'minutes.pdf', size: pdf.length, contentType: 'application/pdf', content: enc(pdf), isInline: false },
    { name: 'invoice.pdf.exe', size: exe.length, contentType: 'application/octet-stream', content: enc(exe), isInline: false },
    { name: 'budget.xlsm', size: xlsm.length, contentType: 'application/vnd.ms-excel.sheet.macroEnabled.12', content: enc(xlsm), isInline: false },
  ];
}

export interface Example {
  id: string;
  label: string;
  /** Address of the sender (must be one of the senders). */
  from: string;
  to: [string, string?][];
  cc?: [string, string?][];
  subject: string;
  body: string;
  composeType?: ComposeState['composeType'];
  attachments?: string[];
}

const para = (text: string) =>
  text
    .split('\n')
    .map((l) => `<div>${l ? l.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : '<br>'}</div>`)
    .join('');

export const EXAMPLES: Example[] = [
  {
    id: 'clean',
    label: 'Clean email',
    from: 'clerk@waretowncouncil.gov.uk',
    to: [['deputy.clerk@waretowncouncil.gov.uk', 'Deputy Clerk']],
    subject: 'Room booking for the allotments meeting',
    body: 'Hello,\n\nThe Priory room is booked for the allotments meeting on Tuesday at 7pm. Could you let me know if you need the projector?\n\nKind regards,\nTown Clerk',
  },
  {
    id: 'councillor-instruction',
    label: 'Councillor instruction',
    from: 'cllr.ada.lovelace@waretowncouncil.gov.uk',
    to: [['clerk@waretowncouncil.gov.uk', 'Town Clerk']],
    subject: 'Footpath repairs',
    body: 'Hello,\n\nPlease arrange for the contractor to start the footpath repairs on Monday. I have agreed that the council will pay the invoice in full.\n\nCllr Ada Lovelace',
  },
  {
    id: 'visible-external',
    label: 'Visible external recipients',
    from: 'clerk@waretowncouncil.gov.uk',
    to: [
      ['jo.bloggs@example.com', 'Jo Bloggs'],
      ['sam.smith@example.org', 'Sam Smith'],
      ['alex.jones@example.net', 'Alex Jones'],
      ['chris.taylor@example.co.uk', 'Chris Taylor'],
      ['morgan.brown@example.com', 'Morgan Brown'],
      ['riley.evans@example.org', 'Riley Evans'],
    ],
    subject: 'Allotment waiting list',
    body: 'Dear allotment holders,\n\nThe allotment committee will meet on Thursday 3 December to review the waiting list. You are welcome to attend.\n\nKind regards,\nTown Clerk',
  },
  {
    id: 'ni-number',
    label: 'NI number to a resident',
    from: 'finance@waretowncouncil.gov.uk',
    to: [[RESIDENT_ADDRESS, 'Pat Resident']],
    subject: 'Your payroll details',
    body: 'Dear Pat,\n\nFor your records, the National Insurance number we hold for you is JT 48 29 61 A.\n\nKind regards,\nFinance Officer',
  },
  {
    id: 'offensive-reply',
    label: 'Offensive reply',
    from: 'deputy.clerk@waretowncouncil.gov.uk',
    to: [[RESIDENT_ADDRESS, 'Pat Resident']],
    subject: 'RE: Bins not collected',
    body: 'Stop sending me this shit. You are a fucking idiot.\n\n-----Original Message-----\nFrom: Pat Resident\nMy bins have not been collected for two weeks.',
    composeType: 'reply',
  },
];

export function exampleState(e: Example, domains: string[], from: SimAddress): Partial<ComposeState> {
  const addr = (list: [string, string?][] | undefined) => (list ?? []).map(([a, n]) => simAddress(a, n, domains));
  const canned = cannedAttachments();
  return {
    from,
    to: addr(e.to),
    cc: addr(e.cc),
    subject: e.subject,
    bodyHtml: para(e.body),
    composeType: e.composeType ?? 'newMail',
    attachments: (e.attachments ?? []).map((name, i) => ({ ...(canned.find((c) => c.name === name) as Omit<SimAttachment, 'id'>), id: `example-${i}` })),
  };
}

export function receivedExamples(domains: string[]): ReceivedMessage[] {
  const a = (email: string, name: string) => simAddress(email, name, domains);
  const me = a('clerk@waretowncouncil.gov.uk', 'Town Clerk');
  return [
    {
      id: 'rcv-district',
      from: a('planning@eastherts.gov.uk', 'East Herts Planning'),
      to: [me],
      cc: [],
      subject: 'Planning application 3/26/1234/FUL: consultation',
      bodyHtml: para('Dear Clerk,\n\nPlease find the consultation for application 3/26/1234/FUL on the planning portal. Comments are due by 18 December.\n\nEast Herts Council Planning'),
      headers: [
        'Received: from EX1.eastherts.gov.uk (10.1.2.3) by mail.protection.outlook.com; Fri, 27 Nov 2026 09:12:01 +0000',
        'Authentication-Results: spf=pass (sender IP is 203.0.113.25) smtp.mailfrom=eastherts.gov.uk; dkim=pass (signature was verified) header.d=eastherts.gov.uk;dmarc=pass action=none header.from=eastherts.gov.uk;compauth=pass reason=100',
        'From: East Herts Planning <planning@eastherts.gov.uk>',
        'To: Town Clerk <clerk@waretowncouncil.gov.uk>',
        'Subject: Planning application 3/26/1234/FUL: consultation',
        'Date: Fri, 27 Nov 2026 09:11:58 +0000',
        'Message-ID: <rcv-district@eastherts.gov.uk>',
        '',
      ].join('\r\n'),
      attachments: [],
      received: '2026-11-27T09:12:01Z',
    },
    {
      id: 'rcv-spoof',
      from: a('cllr.ada.lovelace@waretowncounci1.co.uk', 'Cllr Ada Lovelace'),
      to: [me],
      cc: [],
      subject: 'Urgent payment needed today',
      bodyHtml: para('Hi,\n\nI need you to pay the attached invoice today, before the meeting. I am in a conference and cannot take calls.\n\nAda'),
      headers: [
        'Received: from mail.waretowncounci1.co.uk (198.51.100.7) by mail.protection.outlook.com; Fri, 27 Nov 2026 10:02:44 +0000',
        'Authentication-Results: spf=fail (sender IP is 198.51.100.7) smtp.mailfrom=waretowncounci1.co.uk; dkim=none (message not signed) header.d=none;dmarc=fail action=quarantine header.from=waretowncounci1.co.uk;compauth=fail reason=000',
        'From: Cllr Ada Lovelace <cllr.ada.lovelace@waretowncounci1.co.uk>',
        'To: Town Clerk <clerk@waretowncouncil.gov.uk>',
        'Subject: Urgent payment needed today',
        'Date: Fri, 27 Nov 2026 10:02:40 +0000',
        'Message-ID: <rcv-spoof@waretowncounci1.co.uk>',
        '',
      ].join('\r\n'),
      attachments: [{ id: 'rcv-spoof-1', name: 'invoice.pdf.exe', size: 48213, contentType: 'application/octet-stream' }],
      received: '2026-11-27T10:02:44Z',
    },
    {
      id: 'rcv-internal',
      from: a('deputy.clerk@waretowncouncil.gov.uk', 'Deputy Clerk'),
      to: [me],
      cc: [],
      subject: 'Minutes of the November meeting',
      bodyHtml: para('Hello,\n\nThe minutes of the November meeting are attached for your review.\n\nDeputy Clerk'),
      headers: [
        'Received: from AM0PR01MB1234.eurprd01.prod.outlook.com by AM0PR01MB5678.eurprd01.prod.outlook.com; Fri, 27 Nov 2026 11:20:00 +0000',
        'Authentication-Results: dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=waretowncouncil.gov.uk;',
        'X-MS-Exchange-Organization-AuthAs: Internal',
        'X-MS-Exchange-Organization-AuthSource: AM0PR01MB1234.eurprd01.prod.outlook.com',
        'From: Deputy Clerk <deputy.clerk@waretowncouncil.gov.uk>',
        'To: Town Clerk <clerk@waretowncouncil.gov.uk>',
        'Subject: Minutes of the November meeting',
        'Date: Fri, 27 Nov 2026 11:19:57 +0000',
        'Message-ID: <rcv-internal@waretowncouncil.gov.uk>',
        '',
      ].join('\r\n'),
      attachments: [{ id: 'rcv-internal-1', name: 'minutes.pdf', size: 183220, contentType: 'application/pdf' }],
      received: '2026-11-27T11:20:00Z',
    },
  ];
}
