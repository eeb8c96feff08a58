// Every rule id the policy file may name. The registry (rules/index.ts) must implement exactly
// these; a parity test holds the schema, this list, the registry, tests and docs together.
export const RULE_IDS = [
  'tone/abusive',
  'tone/threat',
  'tone/discriminatory',
  'tone/impolite',
  'tone/shouting',
  'tone/defamation-risk',
  'tone/vulgar',
  'recipients/visible-external',
  'recipients/cc-external-internal',
  'recipients/reply-all-large',
  'recipients/duplicate',
  'recipients/personal-address',
  'instructions/councillor',
  'instructions/councillor-review',
  'disclaimer/personal-views',
  'confidential/external',
  'personal-data/external',
  'personal-data/special-category',
  'credentials/secret',
  'attachments/executable',
  'attachments/risky',
  'attachments/unverified-forward',
  'attachments/missing',
  'solicitation/chain-letter',
  'solicitation/advertising',
  'authenticity/unverified-sender',
  'authenticity/lookalike-domain',
  'authenticity/impersonation',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
