// Characters that look like ASCII letters in a domain name, mapped to the letter they imitate: a
// hand-picked excerpt of Unicode's confusables.txt (UTS #39, Unicode licence) covering the Cyrillic,
// Greek, Armenian and Latin-extension homoglyphs used in phishing domains. Accents are removed
// separately (NFD), and full-width forms by NFKC, so they are not listed here.
export const CONFUSABLE_CHARS: Readonly<Record<string, string>> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'с': 'c', 'ԁ': 'd', 'е': 'e', 'ё': 'e', 'һ': 'h', 'і': 'i', 'ї': 'i', 'ј': 'j',
  'к': 'k', 'ӏ': 'l', 'м': 'm', 'п': 'n', 'о': 'o', 'р': 'p', 'ԛ': 'q', 'г': 'r', 'ѕ': 's', 'т': 't',
  'ц': 'u', 'ս': 'u', 'ѵ': 'v', 'ԝ': 'w', 'х': 'x', 'у': 'y', 'ү': 'y', 'з': '3', 'ь': 'b', 'ɡ': 'g',
  // Greek
  'α': 'a', 'β': 'b', 'ϲ': 'c', 'δ': 'd', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o',
  'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'γ': 'y', 'ω': 'w', 'ϳ': 'j',
  // Armenian
  'օ': 'o', 'ո': 'n', 'հ': 'h', 'ց': 'g', 'զ': 'q',
  // Latin letters that NFD does not decompose, and IPA
  'ı': 'i', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ŧ': 't', 'ƅ': 'b', 'ɑ': 'a', 'ɩ': 'i', 'ʏ': 'y',
  'ɪ': 'i', 'ʀ': 'r', 'ᴄ': 'c', 'ᴏ': 'o', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ᴢ': 'z', 'ß': 'ss', 'æ': 'ae',
  'œ': 'oe',
  // ASCII digits used for letters
  '0': 'o', '1': 'l', '5': 's',
};

/** Letter sequences that read as one letter at a glance (applied to both sides of a comparison). */
export const CONFUSABLE_SEQUENCES: ReadonlyArray<readonly [string, string]> = [
  ['rn', 'm'],
  ['vv', 'w'],
  ['cl', 'd'],
  ['nn', 'm'],
  ['i', 'l'],
];

/** Words that impostors add to a real name ("ware-town-council-uk", "eastherts-council"). */
export const ADDED_DOMAIN_WORDS: readonly string[] = [
  'council', 'town', 'tc', 'gov', 'govuk', 'uk', 'official', 'mail', 'email', 'secure', 'online',
  'payments', 'pay', 'finance', 'accounts', 'invoice', 'invoices', 'portal', 'login', 'support', 'admin',
  'clerk', 'office', 'team', 'services', 'hq',
];

/** Display-name words that claim a council role or the council itself. */
export const ROLE_TITLES: readonly string[] = [
  'cllr', 'councillor', 'councilor', 'clerk', 'deputy clerk', 'town clerk', 'town council', 'mayor',
  'deputy mayor', 'responsible financial officer', 'rfo',
];
