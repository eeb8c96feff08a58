// All-capital words that are not shouting in UK council mail (tone/shouting skips them: they neither
// count towards a run nor break one). Roman numerals (Part II) and the organisation's own name are
// skipped as well, in code.
export const ACRONYMS: readonly string[] = [
  'NALC', 'SLCC', 'CALC', 'HAPTC', 'FOI', 'FOIA', 'EIR', 'GDPR', 'UK', 'DPA', 'ICO', 'SAR', 'DSAR', 'CIL', 'S106',
  'AGM', 'EGM', 'HMRC', 'VAT', 'PAYE', 'NI', 'NHS', 'DWP', 'DVLA', 'MP', 'MEP', 'MBE', 'OBE', 'CBE', 'JP',
  'RFO', 'CEO', 'HR', 'IT', 'ICT', 'PC', 'PCC', 'PCSO', 'ASB', 'CCTV', 'DBS', 'KC', 'QC', 'LLP', 'LTD', 'PLC',
  'CIC', 'CIO', 'RSPB', 'RSPCA', 'NSPCC', 'WI', 'YMCA', 'RBL', 'TPO', 'TPOS', 'LBC', 'LDP', 'SPD', 'NDP',
  'SHLAA', 'HELAA', 'DEFRA', 'DLUHC', 'MHCLG', 'LGA', 'LGPS', 'ONS', 'BT', 'EE', 'BBC', 'ITV', 'AOB', 'TBC',
  'TBA', 'ASAP', 'FAQ', 'FYI', 'RSVP', 'NB', 'PS', 'PTO', 'ETA', 'AM', 'PM', 'GMT', 'BST', 'UTC', 'PDF', 'URL',
  'USB', 'WIFI', 'ID', 'OK', 'EV', 'HGV', 'LGV', 'MOT', 'SUV', 'A&E', 'GP', 'NHSE', 'CQC', 'SEND', 'SENCO',
  'EHCP', 'PTA', 'PCN', 'ULEZ', 'LED', 'HVAC', 'PAT', 'RIDDOR', 'COSHH', 'HSE', 'RAMS', 'PPE', 'CDM', 'JCT',
  'NEC', 'RIBA', 'RICS', 'SSSI', 'AONB', 'LNR', 'SUDS', 'EA', 'HCC', 'EHDC', 'WTC', 'TC', 'PCC', 'CPRE',
  'BID', 'LEP', 'UKSPF', 'HRA', 'PIN', 'KPI', 'SLA', 'SME', 'ITT', 'RFQ', 'PO', 'BACS', 'CHAPS', 'IBAN',
  'BIC', 'UPRN', 'OS', 'GIS', 'QGIS', 'EU', 'UN', 'USA', 'VE', 'VJ', 'RAF', 'RN', 'TA', 'ARP', 'ATM',
  'SMS', 'FW', 'FWD', 'RE', 'CC', 'BCC', 'PART', 'EXEMPT', 'CONFIDENTIAL', 'AGENDA', 'MINUTES',
];
