// Slurs and discriminatory terms for tone/discriminatory (clauses 2.3, 3.1 "discriminatory").
// Words from the `obscenity` dataset marked `slur` in profanity.ts are used as well; this list adds
// British and other slurs it lacks. Patterns are in obscenity syntax (see profanity.ts) and are
// matched after leetspeak and stretched letters are undone, so "p@ki" and "n1gga" are caught.
//
// `ambiguous` words have an ordinary meaning in UK council mail (a fag break, faggots and peas,
// Offa's Dyke, a chink of light, fire retardant, a coon cat): they are reported only when aimed at
// a person ("you …", "those …", "bloody …"), never on their own.

export interface SlurEntry {
  word: string;
  patterns: string[];
  ambiguous?: boolean;
}

export const SLURS: SlurEntry[] = [
  { word: 'paki', patterns: ['|paki|', '|pakis|', '|pakki|'] },
  { word: 'wog', patterns: ['|wog|', '|wogs|', '|golliwog'] },
  { word: 'coon', patterns: ['|coon|', '|coons|'], ambiguous: true },
  { word: 'gypo', patterns: ['|gypo|', '|gypos|', '|gyppo', '|gypy|', '|gypies|'] },
  { word: 'pikey', patterns: ['|pikey', '|pikie'] },
  { word: 'spic', patterns: ['|spic|', '|spics|'] },
  { word: 'wetback', patterns: ['|wetback'] },
  { word: 'raghead', patterns: ['|raghead', '|towelhead'] },
  { word: 'nignog', patterns: ['|nignog', '|nig nog'] },
  { word: 'nigga', patterns: ['|nigga|', '|niggas|', '|niggaz|'] },
  { word: 'chinky', patterns: ['|chinky', '|chinkie'] },
  { word: 'gook', patterns: ['|gook|', '|gooks|'] },
  { word: 'kaffir', patterns: ['|kafir|', '|kafirs|'] },
  { word: 'sambo', patterns: ['|sambo|', '|sambos|'], ambiguous: true },
  { word: 'jap', patterns: ['|jap|', '|japs|'], ambiguous: true },
  { word: 'yid', patterns: ['|yid|', '|yids|'], ambiguous: true },
  { word: 'poofter', patterns: ['|pofter', '|poofter'] },
  { word: 'poof', patterns: ['|poof|', '|poofs|'], ambiguous: true },
  { word: 'batty boy', patterns: ['|baty boy', '|batty boy', '|batyman|'] },
  { word: 'shemale', patterns: ['|shemale'] },
  { word: 'mong', patterns: ['|mong|', '|mongs|', '|mongoloid'], ambiguous: true },
  { word: 'cripple', patterns: ['|cripple|', '|cripples|'], ambiguous: true },
  { word: 'libtard', patterns: ['|libtard'] },
];

/** Words of the obscenity dataset (tier `slur`) that are ambiguous in UK council mail. */
export const AMBIGUOUS_OBSCENITY_SLURS: readonly string[] = ['fag', 'dyke', 'chink', 'negro', 'retard', 'spastic', 'abo'];

/** Innocent whole words that contain a slur pattern (added to the profanity innocent list). */
export const SLUR_INNOCENT_WORDS: readonly string[] = [
  'retardant', 'retardants', 'retarded', 'retardation', 'spastics', 'japan', 'japanese', 'coonhound',
  'racoon', 'raccoon', 'cocoon', 'mongolia', 'mongolian', 'mongrel', 'mongers', 'monger', 'pakistan',
  'pakistani', 'pakistanis', 'wogan', 'spice', 'spicy', 'yiddish', 'dykes',
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
