import { FUNCTION_WORDS } from './solicitation';

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
 * Short function words, so that a spaced run splits around them ("w h a t a l o a d" → "what a load"):
 * solicitation's function words up to "out", without the one-letter "a" and "i" (one list, not two
 * copies in the event bundle; test/policy/data/disguise-words.test.ts holds the words).
 */
export const DISGUISE_FUNCTION_WORDS: readonly string[] = FUNCTION_WORDS.slice(0, FUNCTION_WORDS.indexOf('over')).filter((w) => w.length > 1);
