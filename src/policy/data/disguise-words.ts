// Everyday words of council business that the shipped models happen not to have learnt, added to the
// vocabulary the normaliser may restore from letter spacing and leetspeak (src/policy/text/vocabulary.ts).
// General words only, never whole phrases: the vocabulary limits what a disguise may turn back into.
export const DISGUISE_EXTRA_WORDS: readonly string[] = [
  'councillor', 'councillors', 'clerk', 'mayor', 'resident', 'residents', 'parish', 'hall', 'street',
  'bench', 'allotment', 'allotments', 'pavilion', 'cemetery', 'playground', 'footpath', 'verge', 'hedge',
  'lease', 'licence', 'tenancy', 'tenant', 'landlord', 'precept', 'grant', 'tender', 'quote', 'quotation',
  'contractor', 'invoice', 'payment', 'refund', 'deposit', 'budget', 'accounts', 'auditor', 'insurance',
  'planning', 'application', 'objection', 'complaint', 'agenda', 'minutes', 'committee', 'meeting',
  'knew', 'useless', 'stupid', 'pathetic', 'incompetent', 'liar', 'disgrace', 'disgusting',
];

/**
 * Short function words, so that a spaced run splits around them ("w h a t a l o a d" → "what a load"),
 * and that the tone rules never read as a person or an insult. The list solicitation's word-salad
 * shape kept until 2026-12-08, up to "out", without the one-letter "a" and "i"
 * (test/policy/data/disguise-words.test.ts holds the words).
 */
export const DISGUISE_FUNCTION_WORDS: readonly string[] = [
  'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as',
  'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'we', 'you',
  'he', 'she', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'their', 'not', 'no',
  'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'all', 'any',
  'so', 'than', 'then', 'there', 'here', 'what', 'which', 'who', 'when', 'how', 'about', 'into', 'up', 'out',
];
