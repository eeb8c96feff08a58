// Threats for tone/threat (clause 3.1 "threatening messages"). Regular-expression sources, matched
// case-insensitively on the sender's own words; non-capturing groups only. Legitimate warnings
// ("the council will take enforcement action", "this threatens the bus service", "I will report
// this to the Monitoring Officer") are deliberately not here.
const I_WILL = "(?:i(?:'ll|’ll| will| am going to|'m going to|’m going to| shall)|we(?:'ll|’ll| will| are going to))";
const HARM = '(?:kill|hurt|smash|punch|batter|beat|stab|shoot|burn|strangle|thump|deck|knock|kick|glass|torch|end)';
const YOU = "(?:you|u|your|him|her|them|his|the clerk|the mayor)";

export const THREAT_PATTERNS: readonly string[] = [
  `${I_WILL} (?:make sure|see to it|ensure) (?:that )?you (?:lose|never|are sacked|get sacked|are fired|get fired|regret|pay|suffer)`,
  `${I_WILL} (?:have|get) (?:you|your job|you sacked|you fired|you removed)`,
  `${I_WILL} (?:get|sort|come for|come after|find|deal with|ruin|destroy|finish|end) you`,
  `${I_WILL} ${HARM} ${YOU}`,
  `${I_WILL} ${HARM} (?:your|his|her) (?:head|face|teeth|house|car|windows)`,
  "you(?:'ll|’ll| will| are going to|'re going to|’re going to) (?:regret|be sorry|pay for|live to regret)",
  '(?:watch|mind) your back',
  '(?:i|we) know where you (?:live|park|work)',
  "(?:i(?:'ll|’ll| will)|we(?:'ll|’ll| will)) find out where you live",
  'your days (?:here )?are numbered',
  "you(?:'d|’d| had) better (?:watch|be careful|look out|sleep with one eye open)",
  "you (?:haven't|have not) heard the last of (?:me|this|us)",
  "(?:something|anything) (?:bad|nasty|unfortunate) (?:will|might|could|may) happen to (?:you|your)",
  "(?:deserves?|ought) to (?:die|be shot|be hanged|be killed|be strung up)",
  "(?:go and |should )?(?:kill|hang|top) (?:yourself|yourselves)",
  "or else\\s*[.!]",
  "(?:there will|there'll|there’ll) be (?:consequences|trouble) for you",
  'if i (?:see|catch) you (?:again|near)',
];
