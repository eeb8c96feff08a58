// Slurs and discriminatory terms for tone/discriminatory (clauses 2.3, 3.1 "discriminatory").
// The matcher folds doubled letters other than b e o l s g before matching ("cripple" → "criple"),
// so each pattern with such a double has its folded spelling beside it.
// Words from the `obscenity` dataset marked `slur` in profanity.ts are used as well; this list adds
// British and other slurs it lacks. Patterns are in obscenity syntax (see profanity.ts) and are
// matched after leetspeak and stretched letters are undone, so "p@ki" and "n1gga" are caught.
//
// `ambiguous` words have an ordinary meaning in UK council mail (a fag break, faggots and peas,
// Offa's Dyke, a chink of light, growth retarded by frost, a coon cat, a queer fish, an oriental rug)
// or are reclaimed: aimed at a person ("you …", "those …", "bloody …") tone/discriminatory blocks
// them; on their own tone/vulgar warns, and not at all when the sentence shows the ordinary sense
// (INNOCENT_CONTEXT in profanity.ts). So are slurs written as a short capitalised acronym ("NIG", "ABO").

export interface SlurEntry {
  word: string;
  patterns: string[];
  ambiguous?: boolean;
  /**
   * An insult for a kind of person by class or region, not a slur for a group the Equality Act 2010
   * protects: like "idiot", it counts only when aimed at someone ("you redneck", "those hillbillies").
   */
  aimedOnly?: boolean;
}

/** "Coloured" is a dated slur for people, an ordinary word for everything else. */
const COLOURED_PEOPLE = ['colored', 'coloured'].flatMap((c) =>
  ['people', 'person', 'folk', 'folks', 'man', 'men', 'woman', 'women', 'boy', 'boys', 'girl', 'girls', 'guy', 'guys'].map((n) => `|${c} ${n}|`),
);

export const SLURS: SlurEntry[] = [
  // Racial and ethnic.
  { word: 'paki', patterns: ['|paki|', '|pakis|', '|pakki|'] },
  { word: 'wog', patterns: ['|wog|', '|wogs|', '|golliwog'] },
  { word: 'coon', patterns: ['|coon|', '|coons|'], ambiguous: true },
  { word: 'gypo', patterns: ['|gypo|', '|gypos|', '|gyppo', '|gypy|', '|gypies|'] },
  { word: 'pikey', patterns: ['|pikey', '|pikie'] },
  { word: 'spic', patterns: ['|spic|', '|spics|', '|spick|', '|spicks|'] },
  { word: 'wetback', patterns: ['|wetback'] },
  { word: 'beaner', patterns: ['|beaner|', '|beaners|'] },
  { word: 'raghead', patterns: ['|raghead', '|towelhead', '|towel head', '|camel jockey'] },
  { word: 'nignog', patterns: ['|nignog', '|nig nog'] },
  { word: 'nigga', patterns: ['|nigga|', '|niggas|', '|niggaz|', '|niggah|', '|niggahs|', '|nigguh|', '|nigguhs|', '|niglet', '|nigglet', '|nigress', '|niggress'] },
  // "nicca" (the matcher folds "cc") is also a name; "nig" is also an abbreviation.
  { word: 'nicca', patterns: ['|nica|', '|nicas|', '|nicaz|'], ambiguous: true },
  { word: 'jigaboo', patterns: ['|jigaboo', '|jiggaboo', '|jigga boo', '|jiga boo', '|porch monkey', '|porch monkies', '|jungle bunny', '|jungle buny'] },
  { word: 'darkie', patterns: ['|darkie', '|darky|', '|darkies|'] },
  { word: 'honky', patterns: ['|honky|', '|honkies|', '|honkey|', '|honkeys|'] },
  { word: 'muzzie', patterns: ['|muzie|', '|muzies|', '|muzrat'] },
  { word: 'wigger', patterns: ['|wiger|', '|wigers|', '|whiger|', '|whigers|', '|wigger|', '|wiggers|', '|whigger|', '|whiggers|'], ambiguous: true },
  { word: 'spook', patterns: ['|spook|', '|spooks|'], ambiguous: true },
  { word: 'cotton picker', patterns: ['|cotton picker', '|coton picker'], ambiguous: true },
  { word: 'half-breed', patterns: ['|half breed', '|halfbreed', '|half-breed'], ambiguous: true },
  { word: 'hillbilly', patterns: ['|hillbilly', '|hillbillies'], ambiguous: true, aimedOnly: true },
  { word: 'chinky', patterns: ['|chinky', '|chinkie', '|ching chong'] },
  { word: 'gook', patterns: ['|gook|', '|gooks|', '|zipperhead', '|ziperhead', '|slant eye', '|slanty'] },
  { word: 'kaffir', patterns: ['|kafir|', '|kafirs|'] },
  { word: 'sambo', patterns: ['|sambo|', '|sambos|'], ambiguous: true },
  { word: 'jap', patterns: ['|jap|', '|japs|'], ambiguous: true },
  { word: 'yid', patterns: ['|yid|', '|yids|'], ambiguous: true },
  { word: 'hymie', patterns: ['|hymie|', '|hymies|', '|heeb|', '|heebs|'] },
  { word: 'dago', patterns: ['|dago|', '|dagos|', '|dagoes|'] },
  { word: 'polack', patterns: ['|polack|', '|polacks|'] },
  { word: 'whitey', patterns: ['|whitey|', '|whiteys|', '|whities|'], ambiguous: true },
  { word: 'cracker', patterns: ['|cracker|'], ambiguous: true },
  { word: 'white trash', patterns: ['|white trash|', '|whitetrash|', '|trailer trash|', '|trailer park trash|'], ambiguous: true },
  { word: 'coloured', patterns: [...COLOURED_PEOPLE, '|coloreds|', '|coloureds|'], ambiguous: true },
  { word: 'redneck', patterns: ['|redneck|', '|rednecks|'], ambiguous: true, aimedOnly: true },
  { word: 'half-caste', patterns: ['|half caste', '|half-caste', '|halfcaste'], ambiguous: true },
  { word: 'oriental', patterns: ['|oriental|', '|orientals|'], ambiguous: true },
  // Homophobic and transphobic.
  { word: 'faggot', patterns: ['|faggot', '|faggit', '|fagget', '|fagot'], ambiguous: true },
  { word: 'poofter', patterns: ['|pofter', '|poofter'] },
  { word: 'poof', patterns: ['|poof|', '|poofs|'], ambiguous: true },
  { word: 'batty boy', patterns: ['|baty boy', '|batty boy', '|batyman|'] },
  { word: 'shemale', patterns: ['|shemale'] },
  { word: 'lesbo', patterns: ['|lesbo|', '|lesbos|', '|leza|', '|lezas|', '|lezer'] },
  { word: 'fudge packer', patterns: ['|fudgepacker', '|fudge packer', '|rug muncher'] },
  { word: 'queer', patterns: ['|queer|', '|queers|'], ambiguous: true },
  { word: 'homo', patterns: ['|homo|', '|homos|'], ambiguous: true },
  // Disability.
  { word: 'mong', patterns: ['|mong|', '|mongs|', '|mongoloid'], ambiguous: true },
  { word: 'cripple', patterns: ['|cripple|', '|cripples|', '|criple|', '|criples|'], ambiguous: true },
  { word: 'spaz', patterns: ['|spaz|', '|spazes|', '|spazy|', '|spaza|'] },
  { word: 'midget', patterns: ['|midget|', '|midgets|'], ambiguous: true },
  { word: 'tard', patterns: ['|tard|', '|tards|'], ambiguous: true },
  { word: 'libtard', patterns: ['|libtard'] },
];

/** Words of the obscenity dataset (tier `slur`) that are ambiguous in UK council mail. */
export const AMBIGUOUS_OBSCENITY_SLURS: readonly string[] = ['fag', 'dyke', 'chink', 'negro', 'retard', 'spastic', 'abo', 'tranny'];

/** Innocent whole words that contain a slur pattern (added to the profanity innocent list). */
export const SLUR_INNOCENT_WORDS: readonly string[] = [
  'retardant', 'retardants', 'retardation', 'spastics', 'japan', 'japanese', 'coonhound',
  'racoon', 'raccoon', 'cocoon', 'mongolia', 'mongolian', 'mongrel', 'mongers', 'monger', 'pakistan',
  'pakistani', 'pakistanis', 'wogan', 'spice', 'spicy', 'yiddish', 'homogeneous', 'homophone',
];

/**
 * Discriminatory statements that need no slur (regular-expression sources, case-insensitive,
 * non-capturing groups only).
 */
export const DISCRIMINATORY_PHRASES: readonly string[] = [
  "go back (?:to|home to) (?:your own|your|where you|where they) (?:country|came from|come from)",
  "(?:send|ship|kick) (?:them|the lot of them|them all|all of them) (?:back|out)(?: (?:home|where they came from))?",
  "(?:bloody|filthy|dirty|stinking|thieving) (?:foreigners|immigrants|gypsies|travellers|muslims|jews|gays|blacks|asians|poles|romanians)",
  "(?:no|not any) (?:blacks|gypsies|travellers|irish|foreigners|immigrants|gays),? (?:no|not any)",
  "(?:people|someone|somebody) (?:like|of) (?:that|your|their) (?:colour|color|kind|sort|race)",
  "(?:gays|immigrants|gypsies|travellers|muslims|jews|foreigners|disabled people|women) (?:should not|shouldn't|should never) be allowed",
];
