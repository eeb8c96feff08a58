// Accusations for tone/defamation-risk (clause 3.1 "defamatory", 4.2 "claims for defamation").
// A term alone never triggers ("fraud prevention", "report fraud to Action Fraud"): it must follow
// a subject (a person, a pronoun, a role or the council) and a verb that asserts it of them.
// Regular-expression sources, non-capturing groups only.

/** Who an accusation can be about (any case). Use spaces, not \\s, inside these sources. */
export const SUBJECT_WORDS =
  "(?:he|she|they|you|the (?:town |parish |district |county )?council|the (?:deputy |town |parish )?clerk|the mayor|the (?:deputy )?chair(?:man|woman|person)?|the treasurer|the rfo|the (?:finance |planning )?officers?|the staff|the contractors?|the developers?|the (?:whole )?committee|(?:all )?(?:the )?councillors)";

/** Titles before a name: "Cllr Smith", "Mrs Jones" (any case). */
export const TITLES = '(?:cllr|councillor|mr|mrs|ms|miss|dr)';

/** Verbs that assert a quality of the subject. */
export const COPULA = '(?:is|are|was|were|has been|have been|had been|is being|are being)';

/** Words between the verb and the term. */
export const FILLERS =
  '(?:(?:a|an|such an?|so|very|completely|totally|utterly|clearly|obviously|blatantly|plainly|simply|just|nothing but|nothing more than|absolute|complete|total|proven|known|serial|compulsive|bare-faced|barefaced|downright|thoroughly|hopelessly|bloody|corrupt|lying|little|dishonest|and)\\s+){0,4}';

/** What, asserted of someone, can defame them. */
export const ACCUSATION_TERMS: readonly string[] = [
  'frauds?', 'fraudsters?', 'fraudulent', 'corrupt', 'liars?', 'lying', 'incompetent', 'crooks?', 'crooked',
  'thie(?:f|ves)', 'criminals?', 'dishonest', 'embezzlers?', 'embezzling', 'bent', 'on the take', 'in the pocket of',
  'taking (?:bribes|backhanders|kickbacks)', 'stealing', 'fiddling (?:the books|expenses|the accounts)', 'cheats?', 'cheating',
  'con (?:men|artists?)', 'swindlers?', 'racists?', 'paedophiles?', 'pedophiles?', 'abusers?', 'bullies', 'a bully',
];

/** Verbs that accuse in themselves ("the clerk stole", "he has lied"). */
export const ACCUSING_VERBS: readonly string[] = [
  'stole', 'has stolen', 'have stolen', 'lied', 'has lied', 'have lied', 'embezzled', 'has embezzled',
  'defrauded', 'has defrauded', 'fiddled', 'pocketed', 'took (?:bribes|backhanders|kickbacks)',
  'has taken (?:bribes|backhanders|kickbacks)', 'cooked the books', 'has cooked the books', 'is lying',
  'are lying', 'has been lying', 'has been stealing', 'falsified', 'has falsified', 'rigged', 'has rigged',
];

/** Capitalised words that are not names (sentence starts such as "This is a fraud"). */
export const NOT_NAMES: readonly string[] = [
  'this', 'that', 'it', 'there', 'what', 'which', 'who', 'here', 'everything', 'nothing', 'something', 'which',
  'the', 'a', 'an', 'our', 'your', 'my', 'his', 'her', 'their', 'its', 'one', 'each', 'all', 'some', 'any',
  'email', 'report', 'claim', 'scheme', 'system', 'process', 'data', 'figure', 'figures', 'invoice', 'form',
  'action', 'fraud', 'prevention', 'policy', 'why', 'how', 'when', 'where', 'if', 'so', 'but', 'and', 'thanks',
];
