// How each word of the `obscenity` package's English dataset (words from `cuss`, MIT) is treated in
// UK council mail, plus a few British words that dataset lacks. Tiers:
//   strong    — unambiguous obscenity: tone/abusive blocks it wherever it appears (decency, 4.3c)
//   insult    — abuse when aimed at someone ("you prick", "the clerk is a dick"): tone/abusive blocks;
//               on its own it is vulgar and tone/vulgar warns (tone/impolite for bastard, slut, whore,
//               cuck), unless the sentence shows the innocent sense (Dick Whittington, blue tits, a
//               stopcock, a bitch in whelp)
//   vulgar    — crude slang that is also an ordinary word ("hoe"): tone/vulgar warns, never blocks
//   mild      — crude but common ("bloody", "crap", "pissed off"): tone/impolite warns
//   ignore    — anatomy, medicine, crime reporting, farming or place names (oilseed rape, Sussex,
//               Penistone): never reported
//   slur      — handled by tone/discriminatory from src/policy/data/slurs.ts, so ignored here
export type ProfanityTier = 'strong' | 'insult' | 'vulgar' | 'mild' | 'ignore' | 'slur';

/** obscenity `originalWord` → tier. A word missing here is treated as `ignore` (and a test lists it). */
export const OBSCENITY_TIERS: Record<string, ProfanityTier> = {
  abo: 'slur', abeed: 'slur', africoon: 'slur', arabush: 'slur', boonga: 'slur', chingchong: 'slur',
  chink: 'slur', kike: 'slur', nigger: 'slur', negro: 'slur', tranny: 'slur', retard: 'slur',
  spastic: 'slur', dyke: 'slur', fag: 'slur',
  fuck: 'strong', cunt: 'strong', wank: 'strong', twat: 'strong', blowjob: 'strong', handjob: 'strong',
  gangbang: 'strong', jizz: 'strong', buttplug: 'strong', dildo: 'strong', deepthroat: 'strong',
  felch: 'strong', fellatio: 'strong', fisting: 'strong', 'finger bang': 'strong', lubejob: 'strong', doggystyle: 'strong',
  'double penetration': 'strong', bestiality: 'strong', hentai: 'strong', 'jerk off': 'strong',
  dick: 'insult', cock: 'insult', prick: 'insult', tit: 'insult', bitch: 'insult', bastard: 'insult',
  cuck: 'insult', slut: 'insult', whore: 'insult', pussy: 'insult', boob: 'ignore',
  shit: 'mild', piss: 'mild', arse: 'mild', ass: 'mild', bollocks: 'mild', turd: 'mild',
  anal: 'ignore', anus: 'ignore', cum: 'ignore', ejaculate: 'ignore', hooker: 'ignore', incest: 'ignore',
  masturbate: 'ignore', orgasm: 'ignore', orgy: 'ignore', penis: 'ignore', porn: 'ignore', rape: 'ignore',
  scat: 'ignore', semen: 'ignore', sex: 'ignore', vagina: 'ignore',
};

/**
 * Extra words in obscenity pattern syntax (`[x]` optional, `|` word edge, `?` any one character).
 * The matcher collapses doubled letters in the text before matching (except b e o l s g), so patterns
 * are written collapsed: "efing" matches "effing", "damit" matches "dammit".
 */
export const EXTRA_WORDS: { word: string; tier: ProfanityTier; patterns: string[] }[] = [
  { word: 'crap', tier: 'mild', patterns: ['|crap|', '|crapy|', '|craping|'] },
  { word: 'bloody', tier: 'mild', patterns: ['|bloody|'] },
  { word: 'damn', tier: 'mild', patterns: ['|damn', '|damit|'] },
  { word: 'bugger', tier: 'mild', patterns: ['|bugger|', '|buggered|', '|buggering|'] },
  { word: 'sod', tier: 'mild', patterns: ['|sod of|', '|sod it|', '|soding|'] },
  { word: 'wtf', tier: 'mild', patterns: ['|wtf|'] },
  { word: 'bellend', tier: 'insult', patterns: ['|bellend', '|bell end|'] },
  { word: 'tosser', tier: 'strong', patterns: ['|tosser'] },
  { word: 'fuck', tier: 'strong', patterns: ['|f*ck', '|f*king|', '|efing|', '|fcuk'] },
  { word: 'cunt', tier: 'strong', patterns: ['|c*nt', '|c*t|', '|c*ts|'] },
  { word: 'shit', tier: 'mild', patterns: ['|sh*t', '|s*it|'] },
  { word: 'twat', tier: 'strong', patterns: ['|tw*t|', '|tw*ts|'] },
  { word: 'wank', tier: 'strong', patterns: ['|w*nk', '|w*nker'] },
  { word: 'fuck', tier: 'strong', patterns: ['|mofo|', '|mofos|'] },
  // Twitter and American spellings the dataset lacks (the matcher keeps "ss" and "gg" doubled).
  { word: 'pussy', tier: 'insult', patterns: ['|pussies|', '|pusies|'] },
  { word: 'bitch', tier: 'insult', patterns: ['|biatch', '|beotch', '|biotch'] },
  { word: 'skank', tier: 'insult', patterns: ['|skank'] },
  { word: 'thot', tier: 'insult', patterns: ['|thot|', '|thots|'] },
  { word: 'douche', tier: 'insult', patterns: ['|douche|', '|douchebag', '|douches|'] },
  { word: 'hoe', tier: 'vulgar', patterns: ['|hoe|', '|hoes|', '|hoez|', '|hoeish|'] },
];

/**
 * What may stand around an insult or vulgar word, or an ambiguous slur, inside one written word
 * ("dumbass", "bitches", "retarded"); anything else makes it part of another word, usually a surname
 * (Fosdick, Haedicke, Overdyke, Fagen). Compared lower-cased; strong words have their own check.
 */
export const WORD_PREFIXES: readonly string[] = ['', 'dumb', 'lil', 'mother', 'stupid', 'fat', 'ugly', 'silly', 'punk', 'broke', 'bad'];
export const WORD_SUFFIXES: readonly string[] = [
  '', 's', 'es', 'z', 'ez', "'s", '’s', "s'", 'ed', 'ing', 'in', "in'", 'er', 'ers', 'ish', 'ass', 'asses', 'head', 'heads', 'hole', 'holes', 'face',
  'sucker', 'suckers', 'wad', 'wads', 'bag', 'bags',
];

/**
 * Insult-tier words that tone/impolite reports on their own as mild swearing (so tone/vulgar leaves
 * them alone; one finding per word).
 */
export const IMPOLITE_ALONE: readonly string[] = ['bastard', 'slut', 'whore', 'cuck'];

/**
 * A `strong` hit blocks, so the whole word must really be the word: after undoing leetspeak and
 * doubled letters it contains the dataset word, or it is masked with "*", or it has one of these
 * shapes. This drops the dataset's loose patterns in business mail ("fka", "FU", "Fukushima").
 */
export const STRONG_VARIANTS: readonly string[] = ['^fu+k+(?:in|ing|ed|er|ers|s)?$', '^fcuk', '^efing$', '^fking$'];

/**
 * Whole words that contain a listed word but are innocent: UK places, surnames, birds, plants,
 * plumbing. Compared lower-cased against the whole word around a match.
 */
export const INNOCENT_WORDS: readonly string[] = [
  'penistone', 'shitterton', 'twatt', 'scunthorpe', 'cockermouth', 'clitheroe', 'wetwang', 'cockfosters',
  'cockburnspath', 'cocking', 'cockington', 'cockpit', 'cockpits', 'cocktail', 'cocktails', 'cockle', 'cockles',
  'cockerel', 'cockerels', 'cockney', 'cockroach', 'cockroaches', 'stopcock', 'stopcocks', 'woodcock',
  'peacock', 'hancock', 'babcock', 'hitchcock', 'shuttlecock', 'ballcock', 'haycock', 'titchfield', 'titley',
  'titchmarsh', 'tithe', 'titmouse', 'titbit', 'titbits', 'dickens', 'dickinson', 'dickson', 'dickie', 'dickey',
  'pricked', 'pricking', 'prickle', 'prickles', 'prickly', 'shitake', 'shiitake', 'cumbria', 'cumnor',
  'arsenal', 'arsenic', 'bassett', 'bassingbourn', 'passing', 'glassware', 'assistant', 'assess',
  'assessment', 'scrapped', 'scrapping', 'scrapbook', 'bushey', 'pissarro', 'sodium', 'sodbury',
  'damnation', 'matlock', 'bugsworth', 'blackcock', 'moorcock', 'spitchcock',
  'cockshutt', 'cockett', 'cockayne', 'wankie', 'twatling', 'dickleburgh',
  'shittington', 'asst', 'assort', 'assorted', 'assortment', 'assortments', 'hoeing',
  // Miserly: an old English word, not a slur (the matcher reads a slur at its start).
  'niggard', 'niggards', 'niggardly', 'niggardliness',
];

/**
 * Words that make an ambiguous word innocent when a word of the same sentence starts with one: dog
 * breeders write about bitches, birdwatchers about tits, plumbers about cocks, allotment holders about
 * hoes. Applies to insult, vulgar and mild words and to ambiguous slurs, never to strong words.
 */
export const INNOCENT_CONTEXT: Record<string, readonly string[]> = {
  bitch: ['whelp', 'litter', 'pupp', 'pups', 'stud', 'breed', 'kennel', 'dog', 'crufts', 'season', 'spay', 'hound', 'vet'],
  tit: ['blue', 'great', 'coal', 'long-tailed', 'marsh', 'willow', 'crested', 'bird', 'nest', 'rspb', 'feeder', 'tit for tat'],
  cock: ['stop', 'ball', 'water', 'hen', 'pheasant', 'bird', 'valve', 'crow', 'cock-up'],
  dick: ['whittington', 'turpin', 'van dyke', 'king-smith', 'spotted dick', 'moby'],
  pussy: ['willow', 'cat', 'kitten', 'boots', 'foot'],
  // A finger prick, not "get his finger out".
  prick: ['needle', 'pin', 'thorn', 'conscience', 'finger prick', 'finger-prick', 'prick your finger', 'prick my finger', 'pricked finger', 'blood test'],
  // The garden tool; a hoedown; Dutch "hoe" (how), known by Dutch function words English does not use.
  hoe: [
    'allotment', 'garden', 'weed', 'shed', 'rake', 'spade', 'trowel', 'border', 'soil', 'plot', 'tool', 'sharpen', 'dutch', 'hedge', 'vegetable', 'flower', 'bed',
    'hoe down', 'merry', 'santa', 'het ', 'een ', 'niet ', 'moet ', 'ik ', 'je ', 'zo ', 'maar ', 'ook ', 'meer ', 'vaak', 'weet ', 'mij ', 'zij ',
    // More Dutch function words no English sentence uses (not "dat", "wat", "die", "ben": English or slang too).
    'dit ', 'geen ', 'nog ', 'hij ', 'jij ', 'jullie', 'wij ', 'zijn ', 'heb ', 'hebt ', 'heeft ', 'hebben ', 'wordt ', 'worden ',
    'gaat ', 'gaan ', 'waarom', 'omdat', 'voor ', 'naar ', 'uit ', 'bij ', 'zou ', 'zal ', 'toch ', 'eens ', 'veel ', 'mijn ',
    'jouw ', 'deze ', 'dus ', 'nou ', 'echt ', 'altijd', 'gewoon', 'iets ', 'niets', 'niks', 'kunnen', 'willen', 'doet ', 'tegen ', 'waar ', 'goed ',
  ],
  // Ambiguous slurs (src/policy/data/slurs.ts) in their ordinary sense: a fag break, faggots and peas,
  // Offa's Dyke, a chink of light, growth retarded by frost, a queer fish, an oriental rug.
  fag: ['break', 'cig', 'smok', 'light', 'tobacco', 'baccy', 'roll', 'packet', 'ash', 'fag end', 'peas', 'gravy', 'menu', 'onion', 'lunch', 'supper', 'dinner', 'butcher', 'mushy'],
  faggot: ['peas', 'gravy', 'menu', 'onion', 'lunch', 'supper', 'dinner', 'butcher', 'mushy', 'firewood', 'kindling', 'brains'],
  dyke: ['offa', 'drain', 'ditch', 'marsh', 'fen', 'embankment', 'flood', 'river', 'water', 'field', 'path', 'footpath', 'sea ', 'canal', 'dutch', 'polder'],
  chink: ['light', 'armour', 'armor', 'curtain', 'door', 'gap', 'wall', 'glass', 'cloud', 'coin'],
  retard: ['growth', 'flame', 'fire', 'progress', 'development', 'ignition', 'timing', 'concrete', 'drying', 'rate', 'spread', 'corrosion', 'plant', 'setting'],
  queer: ['street', 'fish', 'feel', 'theory', 'studies', 'community', 'lgbt', 'pride', 'folk', 'anarcho', 'trans ', 'bisexual', 'rights', 'history', 'film'],
  oriental: ['rug', 'carpet', 'restaurant', 'takeaway', 'poppy', 'road', 'street', 'hotel', 'museum', 'art', 'studies', 'cuisine', 'buffet', 'express', 'mandarin', 'plane', 'garden', 'shorthair'],
  cracker: ['christmas', 'xmas', 'cream', 'cheese', 'biscuit', 'party', 'pull', 'jacob', 'fire', 'nut', 'joke', 'hat', 'safe', 'graham', 'animal', 'jack',
    // Food: what a cracker is eaten with or from.
    'barrel', 'soup', 'snack', 'eat', 'ate ', 'crumb', 'butter', 'wheat'],
  homo: ['sapiens', 'erectus', 'habilis', 'neanderthal', 'genus'],
  // A coon cat, coon hound, Coon cheese; a raccoon (hunting, tracks, treed by a dog).
  coon: ['cat', 'maine', 'hound', 'cheese', 'squirrel', 'possum', 'opossum', 'tracks', 'hunt', 'trap', 'dog', 'pole', 'tree',
    // Other wildlife, and what a raccoon gets into.
    'skunk', 'fox', 'deer', 'critter', 'wildlife', 'animal', 'roadkill', 'garbage', 'attic'],
  // Gobbledygook written as two words.
  gook: ['gobbledy'],
  spastic: ['paralysis', 'diplegia', 'cerebral', 'muscle', 'hemiplegia', 'society'],
  abo: ['blood', 'group', 'type', 'incompatib'],
  // Spanish and Portuguese for black ("ojos negros", "el negro"), the Negro leagues of baseball.
  negro: ['rio', 'río', 'negroni', 'cabo', 'monte', 'spanish', 'wine', 'league', 'ojos', 'los ', 'las ', 'el ', 'tus ', 'mis ', 'que ', 'muy ', 'con ', 'para ',
    // More Spanish and Portuguese function words, and things that are black ("pelo negro", "café negro", "humor negro").
    'del ', 'por ', 'pero ', 'una ', 'como ', 'esta ', 'está', 'todo', 'hay ', 'soy ', 'eres ', 'nada', 'mucho', 'bien ', 'não', 'você', 'muito', 'mais ', 'uma ',
    'pelo', 'café', 'humor', 'mercado', 'vestido', 'gato', 'perro', 'oro ', 'color', 'cor ',
    // More everyday Spanish.
    'se ', 'mi ', 'pinche', 'gracias', 'hola', 'tengo', 'tiene', 'quiero'],
  honky: ['tonk'],
  // A gearbox, and a Transit van (fleet slang in the UK too).
  tranny: ['motor', 'engine', 'transmission', 'gear', 'auto ', 'manual', 'clutch', 'fluid', 'rebuil', 'van ', 'vans', 'transit', 'truck', 'car ', 'mechanic', 'garage'],
  whitey: ['tighty', 'tightey', 'tidy'],
  mong: ['kok'],
  midget: ['gem', 'car', 'submarine', 'tomato', 'variety', 'seed'],
  spook: ['ghost', 'halloween', 'haunt', 'spy', 'spies', 'mi5', 'mi6', 'cia', 'horror', 'scary', 'scare', 'thriller'],
  'cotton picker': ['machine', 'farm', 'harvest', 'tractor'],
  // Fixed everyday phrases and names holding a slur: spick and span; kaffir lime and kaffir lily
  // (plants); sambo, a wrestling sport.
  spic: ['and span', 'and-span', 'n span', '& span'],
  kaffir: ['lime', 'lily', 'lilies'],
  sambo: ['wrestl', 'martial', 'grappl', 'judo', 'combat'],
};

/**
 * Text just before an insult that aims it at someone. Matched against the end of the words before the
 * insult (same sentence): "you", "you're a", "the clerk is an absolute", "what a", "such a".
 */
export const DIRECTED_BEFORE =
  "(?:\\byou(?:'re|’re| are| r)?|\\bu r|\\bur|\\bthey(?:'re|’re| are)|\\b(?:is|are|was|were|'s|’s) (?:an?|such an?|one|the biggest|a right|a proper|a complete|a total|an absolute|an utter)|\\bwhat an?|\\bsuch an?|\\bbunch of|\\blike an?|\\blot of|\\byour|\\bthose|\\bthese)\\s+(?:(?:an?|absolute|complete|total|utter|right|proper|bloody|fucking|effing|stupid|useless|pathetic|little|fat|ignorant|lazy|incompetent|arrogant|silly|old|thick|jumped-up|smug|lying|thieving|pompous|gormless|clueless|spineless|two-faced|bone-idle|idle|miserable)\\s+){0,3}$";

/** Words after a strong or mild word that aim it at someone ("fuck you", "piss off"). */
export const DIRECTED_PHRASES: readonly string[] = [
  "(?:fuck|f\\*+k|f\\*+ck|sod|piss|bugger|naff|eff) off",
  "(?:fuck|f\\*+k|f\\*+ck|screw|sod|damn|bugger) (?:you|u|yourself|yourselves|the lot of you|the clerk|the council|them|him|her)",
  'go (?:and )?(?:fuck|f\\*+ck|screw|jump in a lake|to hell)',
  'up yours',
  'kiss my (?:arse|ass)',
  '(?:stick|shove|ram) (?:it|that|this|(?:your|his|her|their) \\w+) up (?:your|his|her|their) (?:arse|ass)',
];

/**
 * Insults that are not swear words: candidates only. src/policy/rules/tone/insults.ts judges each hit
 * (aimed at a person, or a thing, a title, the writer themselves, a quotation, an ordinary sense);
 * aimed at someone, an abuse word (`mild: false`: name-calling that says a person is stupid,
 * worthless or vile) is tone/abusive's (block), a discourtesy word (`mild: true`: scorn for how
 * someone does a job, or "useless") tone/impolite's (warn); alone they are ordinary words.
 */
export interface InsultNoun {
  /** Regular-expression source, matched as a whole word, case-insensitive. */
  word: string;
  /** Discourtesy (tone/impolite, warn) rather than abuse (tone/abusive, block). */
  mild: boolean;
  /** Words of the same sentence that show an ordinary sense (a circus clown, a shepherd's crook, a git repository). */
  senses?: readonly string[];
  /** An adjective ("useless", "gormless"): only when said of a person, never of a thing. */
  describing?: boolean;
  /** An everyday word (or phrase) kept out of the swear-word vocabulary of src/policy/text/vocabulary.ts. */
  everyday?: boolean;
}

export const INSULT_NOUNS: InsultNoun[] = [
  { word: 'idiots?', mild: false }, { word: 'morons?', mild: false }, { word: 'imbeciles?', mild: false },
  { word: 'cretins?', mild: false }, { word: 'halfwits?', mild: false }, { word: 'scumbags?', mild: false },
  { word: 'scum', mild: false, senses: ['pond', 'water', 'pool', 'tank', 'surface', 'soap', 'filter', 'algae', 'skim', 'boil', 'stock', 'fat', 'line'] },
  { word: 'parasites?', mild: false, senses: ['worm', 'flea', 'tick', 'mite', 'vet', 'host', 'plant', 'mistletoe', 'wasp', 'infect', 'gut', 'lice', 'treatment'] },
  { word: 'dickheads?', mild: false },
  { word: 'knobheads?', mild: false }, { word: 'arseholes?', mild: false }, { word: 'assholes?', mild: false },
  { word: 'dimwits?', mild: false }, { word: 'nitwits?', mild: false }, { word: 'slags?', mild: false, senses: ['heap', 'furnace', 'iron', 'steel', 'coal', 'ash', 'mine', 'colliery'] },
  { word: 'pricks', mild: false }, { word: 'nonces?', mild: false },
  { word: 'vermin', mild: false, senses: ['rat', 'mice', 'mouse', 'pest', 'squirrel', 'pigeon', 'trap', 'bait', 'poison', 'infest', 'control', 'bins', 'food'] },
  // Name-calling: a person called stupid or worthless (issue #17: "you pillock" is abuse, not a curt word).
  { word: 'muppets?', mild: false, senses: ['show', 'film', 'movie', 'christmas carol', 'treasure island', 'kermit', 'piggy', 'henson', 'puppet', 'most wanted'] },
  { word: 'numpty', mild: false }, { word: 'numpties', mild: false },
  { word: 'plonkers?', mild: false }, { word: 'prats?', mild: false }, { word: 'pillocks?', mild: false },
  { word: 'gits?', mild: false, senses: ['github', 'gitlab', 'repo', 'repository', 'commit', 'branch', 'clone', 'merge', 'push', 'pull', 'version', 'source', 'code', 'checkout'] },
  { word: 'crooks?', mild: false, everyday: true, senses: ['shepherd', 'bishop', 'crozier', 'staff', 'arm', 'elbow', 'neck', 'finger', 'hook', 'lock', 'stick', 'tree', 'branch', 'feel', 'felt', 'feeling'] },
  { word: 'waste of (?:space|oxygen|skin)', mild: false, describing: true, everyday: true },
  { word: 'lowlifes?', mild: false },
  { word: 'tosspots?', mild: false }, { word: 'shit(?:bag|head)s?', mild: false }, { word: 'pissants?', mild: false }, { word: 'a(?:ss|rse)hats?', mild: false },
  // Discourtesy: scorn for how someone does a job, or a person called useless or gormless.
  { word: 'losers?', mild: true, senses: ['winner', 'match', 'game', 'final', 'raffle', 'draw', 'tie', 'round', 'vote', 'ballot', 'election', 'bet', 'quiz', 'tournament', 'league'] },
  // "these clowns": mockery of how people do a job, not name-calling for stupidity.
  { word: 'clowns?', mild: true, senses: ['circus', 'party', 'parties', 'entertain', 'magician', 'juggl', 'balloon', 'face paint', 'fun day', 'fete', 'fête', 'costume', 'nose', 'shoes', 'fish', 'loach', 'booked', 'act', 'show', 'children', 'workshop', 'theatre', 'panto'] },
  { word: 'jobsworths?', mild: true },
  { word: 'pen[- ]?pushers?', mild: true, everyday: true },
  { word: 'dinosaurs?', mild: true, senses: ['museum', 'fossil', 'bones', 'skeleton', 'exhibit', 'park', 'trail', 'jurassic', 'extinct', 'toy', 'egg', 'footprint', 'model', 'children', 'kids', 'school', 'dig'] },
  { word: 'wasters?', mild: true },
  { word: 'useless', mild: true, describing: true, everyday: true },
  { word: 'gormless', mild: true, describing: true, everyday: true },
];

/**
 * Name-calling built from ordinary words (src/policy/rules/tone/insults.ts, `insultStrings`): describing
 * words that run a person down, animals called at a person, and nouns of contempt for one. None is abuse
 * alone ("a lazy afternoon", "a weasel in the hedge", "the state of the verge is a disgrace"); said of a
 * person, two together are ("you lying little weasel", "a lazy, useless man", "you're a disgrace").
 */
export const RUN_DOWN: readonly string[] = [
  'stupid', 'useless', 'pathetic', 'ignorant', 'lazy', 'incompetent', 'arrogant', 'thick', 'jumped-up', 'smug', 'lying', 'thieving', 'pompous',
  'gormless', 'clueless', 'spineless', 'two-faced', 'idle', 'nasty', 'vile', 'sneaky', 'spiteful', 'dishonest', 'greedy', 'worthless',
  'self-important', 'petty', 'slimy', 'despicable', 'half-witted', 'brainless', 'gutless', 'feckless', 'dozy',
  'grubby', 'small-minded',
];
export const ANIMAL_INSULTS: readonly string[] = ['weasel', 'snake', 'rat', 'toad', 'slug', 'worm', 'leech', 'pig', 'vulture', 'cow'];
export const CONTEMPT_NOUNS: readonly string[] = ['disgrace', 'embarrassment', 'hypocrite', 'coward'];
