// Multi-label public suffixes, for finding a domain's organisational domain (DMARC relaxed alignment)
// and the "name" part of a domain (look-alike checks). A short, hand-picked excerpt of the Public
// Suffix List (https://publicsuffix.org/, MPL 2.0) covering the UK in full (second-level domains
// under .uk) and the commonest elsewhere; any other domain's organisational domain is taken as its
// last two labels. Add suffixes here, not in code.
export const MULTI_LABEL_SUFFIXES: readonly string[] = [
  // United Kingdom (Nominet second-level domains and the closed public-sector ones)
  'co.uk', 'org.uk', 'me.uk', 'ltd.uk', 'plc.uk', 'net.uk', 'sch.uk', 'ac.uk', 'gov.uk', 'nhs.uk',
  'police.uk', 'mod.uk', 'nic.uk', 'parliament.uk',
  // Crown dependencies
  'co.im', 'org.im', 'gov.im', 'co.je', 'org.je', 'gov.je', 'co.gg', 'org.gg', 'gov.gg',
  // Elsewhere, common in business mail
  'com.au', 'net.au', 'org.au', 'gov.au', 'edu.au', 'co.nz', 'org.nz', 'govt.nz', 'co.za', 'org.za',
  'gov.za', 'co.in', 'org.in', 'gov.in', 'co.jp', 'ne.jp', 'or.jp', 'com.br', 'com.cn', 'com.hk',
  'com.sg', 'com.my', 'com.mx', 'com.tr', 'co.il', 'co.kr', 'com.ar', 'com.ng', 'co.ke', 'gov.ie',
];
