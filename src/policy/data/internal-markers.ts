// Phrases that mark a message as internal council business (recipients/cc-external-internal).
// Whole phrases only: "internal" alone is ordinary ("internal audit", "internal drainage board").
// Matched case-insensitively on word boundaries; spaces match any run of spaces or tabs.
export const INTERNAL_MARKERS: readonly string[] = [
  'staff only',
  'for staff only',
  'officers only',
  'internal only',
  'internal use only',
  'for internal use',
  'internal circulation only',
  'not for circulation',
  'not for external circulation',
  'not for wider circulation',
  'councillors only',
  'for councillors only',
  'members only',
  'for members only',
  'internal discussion',
  'internal matter',
  'do not forward',
  'not to be forwarded',
  'not to be shared outside the council',
];
