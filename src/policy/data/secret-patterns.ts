// Patterns for credentials/secret. Two kinds:
// - KEY_PATTERNS: credentials recognisable by their shape alone (vendor prefixes, key blocks). The
//   secret is the LAST capture group and ends the match, so the rule can place the span.
// - SECRET_LABELS: words that introduce a secret ("password", "PIN", "your code"); the rule then
//   looks for a separator ("is", ":", "has been reset to") and a value that looks like a secret.
// Every expression here is linear: no nested quantifiers, bounded repetition where classes overlap.

export type SecretKind = 'password' | 'pin' | 'code' | 'api-key' | 'private-key';

export interface KeyPattern {
  /** Human name, shown in the finding ("GitHub token"). */
  name: string;
  kind: SecretKind;
  re: RegExp;
}

export const KEY_PATTERNS: readonly KeyPattern[] = [
  { name: 'AWS access key', kind: 'api-key', re: /\b((?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16})\b/g },
  { name: 'GitHub token', kind: 'api-key', re: /\b(gh[pousr]_[A-Za-z0-9]{36,251})\b/g },
  { name: 'GitHub token', kind: 'api-key', re: /\b(github_pat_[A-Za-z0-9_]{22,255})\b/g },
  // Fixed-length bodies: a "-" inside an open-ended body would let "glpat-glpat-…" backtrack.
  { name: 'GitLab token', kind: 'api-key', re: /\b(glpat-[A-Za-z0-9_-]{20})/g },
  { name: 'Slack token', kind: 'api-key', re: /\b(xox[abposr]-[0-9]{8,13}-[0-9A-Za-z]{8,13}(?:-[0-9A-Za-z]{8,13})?-[0-9A-Za-z]{24,34})/g },
  { name: 'Google API key', kind: 'api-key', re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g },
  { name: 'Stripe key', kind: 'api-key', re: /\b((?:sk|rk)_live_[0-9A-Za-z]{24,99})\b/g },
  // Microsoft Entra ID (Azure AD / Microsoft 365) app client secret: 3 characters, a digit, "Q~", 31-34 more.
  { name: 'Microsoft Entra client secret', kind: 'api-key', re: /(^|[^A-Za-z0-9_~.-])([A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g },
  { name: 'Azure storage account key', kind: 'api-key', re: /\bAccountKey=([A-Za-z0-9+/]{86}==)/g },
  { name: 'Azure shared access signature', kind: 'api-key', re: /[?&]sig=([A-Za-z0-9%+/]{40,120})/g },
  { name: 'bearer token', kind: 'api-key', re: /\bBearer ([A-Za-z0-9._~+/-]{20,500})/g },
  { name: 'private key', kind: 'private-key', re: /(-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)/g },
];

/** Words that introduce a secret, by what the value must look like. Whole words, case-insensitive. */
export const SECRET_LABELS: Readonly<Record<'password' | 'pin' | 'code' | 'api-key', readonly string[]>> = {
  password: [
    'password', 'new password', 'temporary password', 'temp password', 'initial password', 'wifi password',
    'wi-fi password', 'passwd', 'pwd', 'passcode', 'passphrase', 'pass phrase', 'login password',
  ],
  pin: ['pin', 'pin number', 'pin code', 'pin no'],
  code: [
    'one-time code', 'one time code', 'one-time passcode', 'verification code', 'security code', 'access code',
    'authentication code', 'auth code', 'login code', 'log-in code', 'sign-in code', 'sign in code', '2fa code',
    'mfa code', 'sms code', 'otp', 'door code', 'alarm code', 'entry code', 'key safe code', 'keysafe code',
    'key code', 'lock code', 'padlock code', 'gate code', 'your code', 'confirmation code',
  ],
  'api-key': [
    'api key', 'api-key', 'apikey', 'api_key', 'api token', 'access token', 'secret key', 'client secret',
    'app secret', 'shared secret', 'secret access key', 'aws_secret_access_key', 'private token', 'auth token',
    'connection string',
  ],
};

/**
 * What may stand between a label and its value: an optional short "for the portal" phrase, then a
 * separator such as ":", "=", "is", "has been reset to". Applied to at most 80 characters after a label.
 */
export const SEPARATOR =
  /^(?:[ \t]{1,3}(?:for|to|on|of)[ \t][^\n:=]{1,30}?)?[ \t]{0,3}(?::|=|-{1,2}>?|\bis now\b|\bis\b[ \t]{0,3}:?|\bwas\b|\bwill be\b|\bare\b|\b(?:changed|reset|set|updated) to\b|\bhas been (?:changed |reset |set |updated )?to\b)[ \t]{0,3}/i;

/** The value after a separator: optionally quoted, no white space. */
export const VALUE = /^(["'“‘]?)([^\s"'“”‘’]{1,80})/;

/** Values that are words, not secrets ("password: unchanged", "PIN: Sent-separately"). */
export const PLAIN_WORD = /^[A-Za-z]+(?:[-'’][A-Za-z]+){0,4}$/;
