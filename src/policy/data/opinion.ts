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
  { source: 'i think', tier: 'hedge' },
  { source: 'i believe', tier: 'hedge' },
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

/** A disclaimer in other words: all of one group's phrases appear in the body (case-insensitive). */
export const DISCLAIMER_KEY_PHRASES: readonly (readonly string[])[] = [
  ['views expressed', 'own'],
  ['personal view', 'not necessarily'],
  ['do not necessarily represent', 'council'],
];
