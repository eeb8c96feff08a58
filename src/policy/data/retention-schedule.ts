// The default retention schedule, modelled on the schedules councils publish (most follow NALC
// Legal Topic Note 40), HMRC record keeping and the Limitation Act 1980. Sources per label are
// listed in docs/ADMIN.md. A council replaces this in its policy file (`retention.labels`).
import type { RetentionLabel } from '../types';

export const DEFAULT_RETENTION_LABELS: RetentionLabel[] = [
  {
    id: 'finance',
    name: 'Finance – 6 years after end of financial year',
    period: '6 years after the end of the financial year',
    days: 2557,
    keywords: ['invoice', 'invoices', 'payment', 'payments', 'purchase order', 'receipt', 'VAT', 'budget', 'precept', 'bank reconciliation', 'payroll', 'expenses', 'grant'],
    source: 'HMRC record keeping (6 years); NALC LTN 40',
  },
  {
    id: 'foi-request',
    name: 'FOI request',
    period: '2 years after the request is closed',
    days: 730,
    keywords: ['freedom of information', 'FOI request', 'FOI', 'subject access request', 'environmental information regulations'],
    source: 'Lord Chancellor’s Code of Practice under FOI Act s46 (no fixed period); common council schedules',
  },
  {
    id: 'planning',
    name: 'Planning',
    period: '6 years after the application is decided',
    days: 2192,
    keywords: ['planning application', 'planning', 'neighbourhood plan', 'listed building consent'],
    source: 'Limitation Act 1980 s5 (6 years); NALC LTN 40',
  },
  {
    id: 'personnel',
    name: 'HR and personnel',
    period: '6 years after employment ends',
    days: 2192,
    keywords: ['disciplinary', 'grievance', 'sickness absence', 'appraisal', 'contract of employment', 'personnel', 'recruitment', 'job application'],
    source: 'Limitation Act 1980 s5 (6 years for contract claims); NALC LTN 40',
  },
  {
    id: 'complaints',
    name: 'Complaints',
    period: '6 years after the complaint is closed',
    days: 2192,
    keywords: ['complaint', 'complaints', 'formal complaint', 'code of conduct complaint'],
    source: 'Limitation Act 1980 s2 and s5 (6 years)',
  },
  {
    id: 'correspondence',
    name: 'Council correspondence',
    period: '2 years',
    days: 730,
    source: 'No statutory period found; a common council default',
  },
];
