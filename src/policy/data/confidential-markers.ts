// Markers of confidential council material (confidential/external), and the wording of standard
// email footers that must NOT count as a marker ("This email may contain confidential information").
//
// Meetings: the Public Bodies (Admission to Meetings) Act 1960 s1(2) lets a council exclude the public
// for confidential business; agendas put such items in "Part II" (or "Part 2"), and principal councils
// use "exempt information" under the Local Government Act 1972 Schedule 12A.

/** Phrases that mark material as confidential wherever they appear (case-insensitive, whole words). */
export const CONFIDENTIAL_PHRASES: readonly string[] = [
  'private and confidential',
  'strictly confidential',
  'strictly private and confidential',
  'commercially confidential',
  'commercial in confidence',
  'in strict confidence',
  'in the strictest confidence',
  'in strictest confidence',
  'confidential item',
  'confidential items',
  'confidential session',
  'confidential minutes',
  'confidential report',
  'confidential appendix',
  'confidential annex',
  'confidential to councillors',
  'confidential to members',
  'keep this confidential',
  'keep it confidential',
  'treat this as confidential',
  'treat as confidential',
  'not for publication',
  'not for public circulation',
  'exempt information',
  'exempt item',
  'exempt report',
  'schedule 12a',
  'part ii item',
  'part ii items',
  'part ii business',
  'part ii session',
  'part ii minutes',
  'part ii report',
  'part 2 item',
  'part 2 items',
  'part 2 business',
  'part 2 session',
  'part 2 minutes',
  'part 2 report',
  // Spelt out (issue #18, finding 4); "Part Ⅱ" in a Unicode numeral reads as "Part II" after NFKC.
  'part two item',
  'part two items',
  'part two business',
  'part two session',
  'part two minutes',
  'part two report',
  'public and press be excluded',
  'press and public be excluded',
  'public be excluded',
  'public and press were excluded',
  'press and public were excluded',
  'legally privileged',
  'legal professional privilege',
  'subject to legal privilege',
  'subject to legal professional privilege',
  'privileged and confidential',
  'counsel’s opinion',
  "counsel's opinion",
  'the legal advice',
  'our legal advice',
  'this legal advice',
  'attached legal advice',
  'legal advice received',
  'legal advice provided',
  'legal advice obtained',
  'official-sensitive',
  'official sensitive',
];

/**
 * Case-sensitive markers: "CONFIDENTIAL" in capitals (a heading or stamp) and "Part II" written as
 * agendas write it. Lower-case "confidential" in running text is too common in footers to count.
 */
// "Part II of the Local Government Act 1972" cites a statute; it is not an agenda's Part II.
export const CONFIDENTIAL_STAMPS = /\b(?:CONFIDENTIAL|Part II(?! of\b))\b/g;

/** A line that is only "Confidential" (a heading), allowing punctuation around it. */
export const CONFIDENTIAL_HEADING = /^[ \t*_#:[(-]{0,6}confidential[ \t*_:.)\]-]{0,6}$/gim;

/** In a subject line "Confidential" counts in any case, except these ordinary council services. */
export const SUBJECT_CONFIDENTIAL = /\bconfidential\b(?![ \t]{1,3}(?:waste|shredding|bins?|paper|recycling|sacks?|collection)\b)/gi;

/** Sensitivity label names that mark the message confidential (compared lower-case, as substrings). */
export const CONFIDENTIAL_LABELS: readonly string[] = ['confidential', 'highly confidential', 'official-sensitive', 'official sensitive', 'secret', 'restricted'];

/**
 * Wording of standard disclaimer footers. A paragraph containing one of these is a footer, and
 * markers inside it are ignored: every council email "may contain confidential information".
 */
export const FOOTER_PHRASES: readonly string[] = [
  'if you are not the intended recipient',
  'if you have received this email in error',
  'if you have received this e-mail in error',
  'if you have received this message in error',
  'if you receive this email in error',
  'intended solely for the',
  'intended only for the',
  'intended for the addressee',
  'may contain confidential',
  'may contain privileged',
  'may contain information that is confidential',
  'may be confidential',
  'may be privileged',
  'is confidential and may be legally privileged',
  'is confidential and intended',
  'are confidential and intended',
  'any views or opinions expressed',
  'unauthorised use, disclosure',
  'unauthorized use, disclosure',
];
