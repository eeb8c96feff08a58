// The default retention schedule. Periods follow the tables town and parish councils publish,
// most of them "compiled using NALC Legal Topic Note 40", plus HMRC record keeping and the
// Limitation Act 1980. docs/ADMIN.md §7 names the source of every period and says plainly where
// no source was found. A council replaces this in its policy file (`retention.labels`) and adds
// the Exchange tag GUID (or Purview label id) of each label it creates.
//
// `days` is what Exchange counts from the message's date (PR_RETENTION_PERIOD). Where a period
// runs from an event (the end of a financial year, the end of employment), `days` is chosen so
// the message is kept at least that long; the human `period` says what the rule really is.
// Schedule order matters: the first label whose keyword appears wins, so narrower labels come first.
import type { RetentionLabel } from '../types';

export const DEFAULT_RETENTION_LABELS: RetentionLabel[] = [
  {
    id: 'payroll',
    name: 'Payroll and wages – 12 years',
    period: '12 years',
    days: 4383,
    keywords: ['payroll', 'payslip', 'payslips', 'wages', 'salary', 'salaries', 'P60', 'P45', 'pension contributions', 'superannuation'],
    source: 'NALC LTN 40 table as published by councils: "Wages books – 12 years – Superannuation"',
  },
  {
    id: 'finance',
    name: 'Finance – 6 years after end of financial year',
    period: '6 years after the end of the financial year',
    // Up to a year can pass before the financial year ends: 7 years from sending covers it.
    days: 2557,
    keywords: ['invoice', 'invoices', 'payment', 'payments', 'purchase order', 'receipt', 'receipts', 'VAT', 'budget', 'precept', 'bank reconciliation', 'expenses', 'grant', 'petty cash'],
    source: 'NALC LTN 40 table ("Paid invoices – 6 years – VAT"; "VAT records – 6 years"; "Paid cheques – 6 years – Limitation Act 1980"); HMRC: keep VAT records for at least 6 years',
  },
  {
    id: 'tenders',
    name: 'Quotations and tenders – 6 years',
    period: '6 years',
    days: 2192,
    keywords: ['quotation', 'quotations', 'tender', 'tenders', 'invitation to tender', 'procurement'],
    source: 'NALC LTN 40 table: "Quotations and tenders – 6 years – Limitation Act 1980 (as amended)"',
  },
  {
    id: 'foi-request',
    name: 'FOI request',
    period: '2 years after the request is closed',
    days: 730,
    keywords: ['freedom of information', 'FOI request', 'FOI', 'subject access request', 'environmental information regulations'],
    source: 'No source found for a fixed period (the FOI Act s46 Code of Practice requires a schedule but sets none); 2 years is this project’s placeholder for the council to confirm',
  },
  {
    id: 'planning',
    name: 'Planning',
    period: 'until the development is completed (granted) or the appeal period has passed (refused)',
    days: 2192,
    keywords: ['planning application', 'planning', 'neighbourhood plan', 'listed building consent'],
    source: 'NALC LTN 40 (2010) as published by councils: responses to planning applications kept until completion of the development, or until the appeal period has expired; the 6-year figure in days is not from a source (Exchange needs a fixed age)',
  },
  {
    id: 'personnel',
    name: 'HR and personnel',
    period: '6 years after employment ends',
    days: 2192,
    keywords: ['disciplinary', 'grievance', 'sickness absence', 'appraisal', 'contract of employment', 'personnel', 'recruitment', 'job application'],
    source: 'Limitation Act 1980 s5 (6 years for claims founded on contract); no LTN 40 entry found; days count from sending, so the period after employment ends must be managed by the clerk',
  },
  {
    id: 'complaints',
    name: 'Complaints',
    period: '6 years after the complaint is closed',
    days: 2192,
    keywords: ['complaint', 'complaints', 'formal complaint', 'code of conduct complaint'],
    source: 'No council schedule source found; 6 years follows the Limitation Act 1980 s2 (tort) and s5 (contract) periods for claims that may follow a complaint',
  },
  {
    id: 'correspondence',
    name: 'Council correspondence – 6 years',
    period: '6 years',
    days: 2192,
    source: 'A council schedule based on NALC LTN 40 (Corfe Castle Parish Council, 2018): "Correspondence other than that in categories outlined above – 6 years – Public Task"',
  },
];
