// Markers of personal opinion for disclaimer/personal-views (clauses 2.2, 3.1), and the key words
// that recognise a disclaimer written in other words. Regular-expression sources, non-capturing only.
//
// A marker is a candidate; who sends the email decides (the rule's judgement). Each marker has a tier:
// - `personal`: the writer says the view is their own ("in my personal view", "speaking for myself",
//   "personally, I think") — a personal view from anyone;
// - `view`: a stated opinion ("in my view", "my opinion is") — a personal view from a councillor or
//   an unlisted sender, an officer's professional opinion otherwise;
// - `hedge`: "I think", "I believe", "I reckon" — from a councillor a view on council business, from
//   an officer ordinary professional judgement ("I think the invoice is wrong").

export type OpinionTier = 'personal' | 'view' | 'hedge';

export const OPINION_MARKERS: readonly { source: string; tier: OpinionTier }[] = [
  { source: 'in my (?:own|personal|humble) (?:view|opinion)', tier: 'personal' },
  { source: 'my (?:own|personal) (?:view|views|opinion|opinions|feeling) (?:is|are)', tier: 'personal' },
  { source: '(?:just|only|purely|entirely|simply) my (?:own |personal )?(?:view|opinion)', tier: 'personal' },
  { source: 'my own (?:view|views|opinion)', tier: 'personal' },
  { source: 'speaking (?:personally|for myself|as a (?:local )?resident|as a private (?:individual|citizen))', tier: 'personal' },
  // "personally" only where it marks an opinion, not an action ("I will personally check the site").
  { source: "i personally (?:think|believe|feel|reckon|prefer|would|'d|agree|disagree|support|oppose|object|like|dislike|love|hate|am (?:against|for|in favour)|'m (?:against|for|in favour)|don't|do not|can't see|cannot see|favour|wouldn't|would not)", tier: 'personal' },
  { source: "personally(?=,? i (?:think|believe|feel|reckon|prefer|would|'d|agree|disagree|support|oppose|object|like|dislike|love|hate|am (?:against|for|in favour)|'m (?:against|for|in favour)|don't|do not|can't see|cannot see|favour|wouldn't|would not)\\b)", tier: 'personal' },
  { source: 'imho', tier: 'personal' },
  { source: 'in my (?:view|opinion)', tier: 'view' },
  { source: 'my (?:view|opinion) is', tier: 'view' },
  { source: 'imo', tier: 'view' },
  // Not a hedge on a fact: "the footpath number, which I believe is CHA/12/1", "the landowner, which I
  // think is you", "I believe it's on the 12th".
  { source: "i (?:think|believe)(?! (?:it['’]?s |it is |is |are |was )(?:on |at |in |by |until )?(?:the )?(?:you\\b|\\S*\\d))", tier: 'hedge' },
  { source: 'i feel (?:that|strongly|the|we|this|it|they)', tier: 'hedge' },
  { source: 'i reckon', tier: 'hedge' },
  // A view stated as plain fact, with nothing like "I think" (a councillor answering "what does the
  // council think?"): the speaker's candour ("frankly", "if you ask me") or a verdict on a scheme
  // ("is a nonsense", "wasting money", "we'd be far better off with…"). From an officer, ordinary
  // professional judgement, as for "I think".
  { source: "frankly|to be (?:honest|frank)|if you ask me|for what it'?s worth", tier: 'hedge' },
  { source: "(?:is|are|it'?s|that'?s) (?:a |an )?(?:complete |total |utter )?(?:nonsense|waste of (?:money|time)|farce|shambles)|wasting (?:\\w+ )?money|(?:we|they|the \\w+)(?:'d| would) be (?:far |much )?better off", tier: 'hedge' },
];

/**
 * Subjects on which any opinion is a personal one, whoever writes it: party politics, elections,
 * government and religion. An officer's "I think" about an invoice is professional judgement; an
 * officer's "I think the government …" is not the council's view.
 */
export const CONTESTED_TOPICS: readonly string[] = [
  'government',
  'politic(?:s|al|ally|ians?)',
  'parliament',
  'prime minister',
  'elections?',
  'referendum',
  'voters?',
  'tor(?:y|ies)',
  'conservative party',
  'labour party',
  'lib ?dems?',
  'liberal democrats?',
  'reform uk',
  'green party',
  'brexit',
  'immigra(?:tion|nts?)',
  'asylum',
  'god',
  'relig(?:ion|ious)',
  'abortion',
  'monarchy',
  'republic(?:ans?)?',
  'democrats',
  'president',
];

/**
 * A disclaimer in plain words (lower-cased body): the view said to be the writer's own and, with at
 * most a few linking words between, the council's voice disowned ("speaking for myself not the
 * council", "my own view, not the council's", "just me talking, not the council mind", "in a personal
 * capacity and not on behalf of the Council", "my own view as a ward councillor, not the town
 * council's position", "speaking as one councillor and not for the parish council", "as me, not the
 * council", "to me personally rather than to the parish council", "as a resident rather than as a
 * councillor"), or "I'm not speaking for the council". "My own view" alone disowns nothing (2.2 asks
 * for a disclaimer; 3.1 forbids passing a view off as the council's), and "my own view: not the
 * council's finest hour" is a view about the council, not a disclaimer.
 */
export const OWN_NOT_COUNCIL =
  /(?:(?:(?:own|personal|private) (?:view|opinion|capacity)s?|for myself|just me|me (?:talking|speaking)|individual(?: \w+)?|personally|as (?:me|(?:an? |one )?(?:\w+ )?(?:councillor|resident)))\W*(?:(?:mind|talking|speaking|here|and|but|councillor|this)\W+){0,3}(?:not(?: (?:speaking |writing )?(?:for|on behalf of)| (?:the (?:view|position|opinion)s? of)| (?:those) of)?|rather than(?: to| as)?)|(?:not|n['’]t) (?:speak|writ)\w* (?:for|on behalf of)) (?:the )?(?:[\w-]+ ){0,2}council(?!['’]?s? (?!(?:views?|position|opinion|mind|which|i|but|till|until|yet|here|on|and|so)\b)\w)/;

/**
 * The writer's own vote or motion to come ("I'll be voting in favour", "I intend to propose", "I will
 * second it"): with the council's decision said to be still to come (COUNCIL_UNDECIDED), a view given
 * as the reason for one councillor's vote is not passed off as the council's (3.1).
 */
export const OWN_VOTE =
  /\bi(?:['’]ll| will| intend to)(?: be)? (?:vot(?:e|ing) (?:in favour|for|against)|propos|second|support)/;

/**
 * The council's decision still to come, in the writer's words: "the parish council hasn't taken a
 * position", "it's a council decision", "it will be for the whole council to decide", "if the council
 * agrees", "nothing's agreed until then", "we haven't voted on it". Beside a view the writer marks as
 * their own ("speaking for myself", "I'll be voting against"), a disclaimer in other words.
 */
export const COUNCIL_UNDECIDED =
  /council has(?:n['’]t| not| yet to)(?: yet)? (?:taken|discuss|vote|decide)|council to decide|s a council decision|council['’]s decision will be|if the council agrees|nothing['’]?s agreed|we haven['’]t voted/;

/**
 * The writer's own illness ("I have had a bad case of flu … the doctor has told me to stay at home,
 * which I think is wise"): an opinion marker in the same sentence is about the writer's health, not
 * council business, unless the sentence names council business too (COUNCIL_MATTER: loose stems, so a
 * doubt keeps the warning).
 */
export const OWN_ILLNESS =
  /\b(?:flu|(?:a|stinking) cold|covid|unwell|poorly|the doctor|my gp|in hospital)\b/;
export const COUNCIL_MATTER =
  /council|precept|budget|plann|applica|consult|scheme|charge|grant|vot|agenda|committee/;

/** A disclaimer in other words: all of one group's phrases appear in the body (case-insensitive). */
export const DISCLAIMER_KEY_PHRASES: readonly (readonly string[])[] = [
  ['views expressed', 'own'],
  ['personal view', 'not necessarily'],
  ['do not necessarily represent', 'council'],
];
