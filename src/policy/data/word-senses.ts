// Domain senses: trades, food, birds, plants and insects whose names hold a word the lexicon lists.
// Merged into the lexicon's innocent contexts (src/policy/rules/tone/lexicon.ts): when a word of the
// same sentence starts with one of these, the listed word is read in its everyday sense. A cue covers
// every word it starts ("garden" covers "gardening"), so no list repeats what another cue for the same
// word covers (test/policy/data/word-senses.test.ts).
export const DOMAIN_SENSES: Readonly<Record<string, readonly string[]>> = {
  // The bloody-nosed beetle (Timarcha tenebricosa), bloody cranesbill, a Bloody Mary.
  bloody: ['beetle', 'cranesbill', 'mary', 'nose', 'dock', 'sorrel'],
  // Plumbing and birds: a ball-cock or stop-cock valve, a cock pheasant, woodcock, cock robin.
  cock: ['cistern', 'tap', 'plumb', 'robin', 'sparrow', 'blackbird', 'grouse', 'partridge', 'chicken', 'poultry', 'cockerel', 'bantam', 'flock'],
  // Spotted dick (a pudding), Dick Whittington (a pantomime).
  dick: ['pudding', 'custard', 'panto', 'dessert'],
  tit: ['chick'],
  hoe: ['seedlings', 'potato', 'onion'],
  faggot: ['meat', 'pork', 'liver', 'recipe', 'pie'],
  bitch: ['dam ', 'greyhound', 'lurcher', 'spaniel', 'terrier', 'labrador', 'collie'],
  shit: ['shitake', 'shiitake'],
  ass: ['donkey', 'mule'],
};

/**
 * A mild word (shit, ass, piss, crap) inside a longer word counts only with one of these around it
 * ("bullshit", "dumbass", "pissed", "crappy"); anything else makes it another word, usually a name
 * (Dikshit, Akshita, Rakshit, Shitole, Assefa, Hassan, Assam).
 */
export const MILD_PREFIXES: readonly string[] = [
  '', 'bull', 'horse', 'dog', 'bat', 'chicken', 'ape', 'apes', 'holy', 'dip', 'dumb', 'jack', 'bad', 'smart', 'fat', 'lazy', 'kiss',
  'half', 'hard', 'tight', 'wise', 'lame', 'big', 'sweet', 'crazy', 'stupid', 'bitch', 'mother', 'piss', 'lard', 'kick', 'sorry',
  'broke', 'punk', 'ugly', 'silly', 'lil', 'cheap', 'chicken', 'pain in the', 'no', 'dumb', 'super', 'mega', 'candy', 'sour',
  'hot', 'cluster', 'sh', 'fuck', 'fck', 'f', 'dumm', 'feck', 'god', 'gd', 'goddam', 'cheap', 'pussy', 'hell',
];
export const MILD_SUFFIXES: readonly string[] = [
  '', 's', 'es', "'s", '’s', 'ty', 'tty', 'y', 'ie', 'ies', 'ier', 'iest', 'ed', 'ing', 'in', "in'", 'er', 'ers', 'head', 'heads',
  'hole', 'holes', 'hat', 'hats', 'load', 'loads', 'bag', 'bags', 'face', 'faced', 'ter', 'ters', 'show', 'storm', 'stain',
  'hit', 'hits', 'tastic', 'less', 'wipe', 'wipes', 'kisser', 'kissers', 'kissing', 'ole', 'pot', 'weasel', 'wad', 'clown',
  'hats', 'holery', 'hol', 'hoe', 'hoes', 'hound', 'ton', 'tons', 'ting', 'tin', 'talk', 'z', 'ez', 'take', 'takes',
  'poor', 'd', 'e', 'ey', 'tt', 'ting', 'tier', 'tiest', 'kicking', 'kick', 'it', 'nit', 'sucker', 'lick', 'licker', 'licking', 'munch', 'hurt', 'whole', 'trap', 'box', 'house', 'bird',
];

/**
 * Words for a kind of person that also describe a style of thing ("a redneck pool", "hillbilly
 * music", "honky bread"): used of a thing they are not aimed at anyone (src/policy/rules/tone/word-use.ts).
 * Slurs for a race, a disability or a sexuality are not here: used of a thing they still insult
 * the people they name ("that idea is retarded").
 */
export const DESCRIBING_SLURS: readonly string[] = ['redneck', 'hillbilly', 'honky', 'cracker'];

/** Nouns for people: after a DESCRIBING_SLURS word they keep it about a person ("a redneck family"). */
export const PERSON_NOUNS: readonly string[] = [
  'man', 'men', 'woman', 'women', 'boy', 'boys', 'bois', 'girl', 'girls', 'guy', 'guys', 'people', 'person', 'persons', 'folk',
  'folks', 'kid', 'kids', 'child', 'children', 'baby', 'babies', 'family', 'families', 'husband', 'husbands', 'wife', 'wives',
  'partner', 'friend', 'friends', 'cousin', 'cousins', 'brother', 'brothers', 'sister', 'sisters', 'mom', 'mum', 'mother',
  'dad', 'father', 'parent', 'parents', 'son', 'sons', 'daughter', 'daughters', 'uncle', 'aunt', 'grandma', 'grandpa',
  'neighbour', 'neighbours', 'neighbor', 'neighbors', 'cop', 'cops', 'fan', 'fans', 'lad', 'lads', 'bloke', 'blokes',
  'chick', 'chicks', 'lady', 'ladies', 'dude', 'dudes', 'mate', 'mates', 'crew', 'gang', 'teen', 'teens', 'student',
  'students', 'player', 'players', 'driver', 'drivers', 'voter', 'voters', 'constituents', 'resident', 'residents',
  'tenant', 'tenants', 'officer', 'officers', 'clerk', 'councillor', 'councillors', 'member', 'members', 'staff',
  'worker', 'workers', 'type', 'types', 'sort', 'kind', 'self', 'wannabe', 'wannabes', 'hick', 'hicks', 'trash', 'scum',
  'idiot', 'idiots', 'moron', 'morons', 'ass', 'arse', 'fool', 'fools', 'loser', 'losers', 'bastard', 'bastards',
  'peckerwood', 'peckerwoods', 'okie', 'okies', 'yokel', 'yokels', 'hayseed', 'hayseeds', 'inbred', 'inbreds',
];

/**
 * Listed words that are also verbs ("cuts that would cripple the service", "books spook me"): they
 * name a person only as a noun, after a determiner or a describing word ("a cripple", "you little
 * spook"); anywhere else they are read as the verb (src/policy/rules/tone/word-use.ts).
 */
export const VERB_SENSES: readonly string[] = ['cripple', 'spook'];
/** Listed nouns that are also verbs of a trade ("we hoe the beds"): straight after "I" or "we" they are the verb. */
export const SUBJECT_VERBS: readonly string[] = ['hoe'];
/** Words before a noun that make a VERB_SENSES word the noun. */
export const NOUN_BEFORE: readonly string[] = [
  'a', 'an', 'the', 'that', 'this', 'those', 'these', 'some', 'you', 'your', 'my', 'his', 'her', 'their', 'our', 'ur', 'u',
  'little', 'lil', 'poor', 'old', 'fat', 'stupid', 'bloody', 'fucking', 'damn', 'dumb', 'ugly', 'useless', 'pathetic',
];
