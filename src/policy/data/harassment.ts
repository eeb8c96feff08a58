// Phrases for tone/harassment (clause 3.1 "harassing messages"; Equality Act 2010 s.26) that are
// unwelcome personal attention in almost any sentence: sexual remarks and innuendo, a pressed
// invitation that will not hear a no, rivalry over someone's partner, prying about who visits their
// home. A hit is a candidate: tone/harassment skips words the sender reports. Everything subtler
// (a remark on looks, a question about private life) is the learnt judgement's (../rules/tone/judged.ts).
// Regular-expression sources, matched case-insensitively on the sender's own words; non-capturing
// groups only; every repetition is bounded. Written from the council corpus's dev misses (issue #17).
const YOU_ARE = "(?:you(?:'re|’re| are)|she(?:'s|’s| is)|you look(?:ed)?|she look(?:s|ed))";
const CLOTHES = '(?:dress|skirt|top|swimsuit|bikini|heels|uniform|jeans|leggings|shorts|outfit)';

export const HARASSMENT_PATTERNS: readonly string[] = [
  // Looks used to belittle or as a come-on: "far too attractive to be doing the minutes".
  `${YOU_ARE} (?:far |much |way |just |simply |really )?too (?:attractive|pretty|gorgeous|beautiful|good-looking|sexy|lovely) (?:to be|to waste|for (?:a|an|the|this|that|council|local|your|an office))`,
  `${YOU_ARE} (?:absolutely |very |so |really |quite )?(?:ravishing|sexy)`,
  // Bodies and bending.
  '(?:bent|bending|bend|bends) over (?:the|that|this|your|a|my) (?:desk|filing cabinet|photocopier|printer|table|counter|drawer|cabinet)',
  '(?:watch|watching|see|seeing) (?:you|her) bend(?:ing)? over',
  'sit on my (?:lap|knee)',
  "your (?:underwear|knickers|bra|lingerie)|what (?:are you|you're|you’re) wearing under",
  // Bodies, written once before measuring on the train split.
  "(?:nice|lovely|great|long|fantastic|gorgeous|sexy|shapely|cracking) legs|legs like (?:that|those|yours|hers)|(?:your|her|nice|lovely|great|cracking) (?:bum|boobs|curves|cleavage|backside|arse)",
  // Clothes and thoughts about them.
  `(?:thinking|think|thought|dreaming|dreamt|dreamed) (?:about|of) (?:you in (?:that|those|your|the|a)(?: \\w+)? ${CLOTHES}|(?:that|your) (?:dress|skirt|legs|body|figure|lips|bum))`,
  '(?:see|expect to see|want to see|picture) (?:it|that|them) on you',
  '(?:wear|wearing) (?:it|that|this|them) for me',
  // Touching asked for.
  'give (?:me|us) a (?:kiss|cuddle|snog)|kiss under the mistletoe',
  // A no that is not heard.
  "(?:won'?t|won’t|will not|shan'?t|shan’t|not going to) let you say no",
  '(?:take|taking|took) (?:your )?silence as a yes',
  "a (?:gentleman|real man|man like me) (?:doesn'?t|doesn’t|never|does not) (?:give up|take no)",
  // Rivalry over someone's partner; calling round to console.
  "what (?:he|she)(?:'s|’s| has) got that i (?:haven'?t|haven’t|have not|don'?t|don’t)",
  "(?:boyfriend|husband|fella|girlfriend|partner|wife)[^.!?\\n]{0,40}?when you(?:'ve|’ve| have)? got me",
  '(?:come|pop|drop|call) (?:round|over|by)(?: to yours| tonight| later)? (?:and|to) (?:cheer you up|keep you company|comfort you|console you)',
  // Company offered while the writer's own partner is away: "if you fancy some company, the wife's away
  // most weekends" (not company for the dog).
  "you(?:'d|’d)? (?:ever )?(?:fancy|want|need|like) (?:some )?company[^.!?\\n]{0,80}?(?:wife|husband|missus|other half|partner)(?:'s|’s| is) away",
  '(?:drop|pop|call|come) (?:by|round|over|in) (?:to |at )?(?:your|her) (?:house|home|flat|place)[^.!?\\n]{0,60}?(?:wine|champagne|flowers|a bottle)',
  // Who visits someone's home.
  "(?:whose|who'?s|who’s) (?:is )?(?:the |that )?car (?:is |was |that'?s )?(?:outside|parked outside|parked on|on) (?:your|her|his|\\w+'s|\\w+’s) (?:house|drive|flat|place)",
];
