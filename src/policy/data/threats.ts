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
  // Veiled threats without a violent verb (issue #17), written from the council corpus's dev misses.
  // Knowing someone's movements or home, and telling others where they live.
  "(?:i|we) know (?:exactly )?where you (?:live|park|work|walk|drink|go)",
  "(?:i|we) know (?:which|what) (?:nights?|evenings?) (?:you(?:'re|’re| are)?|the house is) (?:out|away|empty|go|leave|get home)",
  "(?:i|we) know (?:his|her|your|their) (?:car|van)[.!]\\s{0,3}",
  "(?:knows?|know) exactly where you live|(?:everyone|everybody)[^.!?\\n]{0,40}?knows? where you live",
  "not the only one who can find out where (?:you|people|he|she|they) lives?",
  "sleep with one eye open",
  "(?:wants?|needs?|ought|had better|'d better|’d better) (?:to )?watch (?:himself|herself|themselves|yourself)",
  // A visit after dark, a promise of damage "seen to", the same night.
  "(?:i|we)(?:'ll|’ll| will| shall)(?: be)? pay(?:ing)? (?:you|him|her|them|your \\w+|his \\w+|her \\w+) a (?:little |late-night |night-time |quiet )?visit",
  "won'?t last (?:a|the) (?:week|night|month|winter)[.!,;]?\\s*(?:i'?ll|i’ll|we'?ll|we’ll) (?:see to|make sure of) (?:that|it)",
  "(?:it|they)(?:'ll|’ll| will) come down (?:again )?(?:the same night|that night|overnight)",
  // Damage foretold to someone's things ("be a shame to see it keyed").
  "(?:shame|pity) (?:if|when|to see) (?:it|they|them|that|those|your \\w+|his \\w+|her \\w+|anything|something)(?: \\w+)?(?: \\w+)? (?:keyed|smashed|broken|burnt|burned|torched|scratched|slashed|vandalised|damaged|went up in (?:flames|smoke)|came down|come down|fell down|went missing|go missing|got hurt|get hurt)",
  "won'?t be the only (?:thing|one) (?:that )?(?:gets?|getting) (?:broken|smashed|damaged|hurt|burnt|keyed)",
  "(?:might|may|could|will|'ll|’ll) find (?:itself|themselves|himself|herself|yourself) with (?:a few |some |a couple of )?(?:holes|dents|scratches|no (?:tyres|windows|roof|wheels))",
  "(?:might|may|could|will|'ll|’ll) find (?:their|your|his|her|its) [\\w' -]{1,30}?(?:in the (?:pond|river|canal|ditch|lake|brook|cut)|on fire|slashed|smashed|keyed|torched|vandalised|let down)",
  "be a (?:job|struggle|nightmare) to get (?:it|them) out of the (?:river|canal|pond|lake|ditch)",
  "(?:are|is|'re|’re|'s|’s) (?:very |so |awfully )?easy to (?:reach|get at|get to) over (?:the|your|that|my) (?:wall|fence|hedge|gate)",
  "if you want to keep your (?:wing mirrors|windows|windscreen|tyres|teeth|kneecaps|legs|fingers)[.!,]\\s{0,3}",
  `${I_WILL} (?:make sure|see to it|ensure) (?:that )?(?:your|his|her) (?:little )?(?:business|café|cafe|shop|pub|firm|company|stall|allotment|garden) (?:gets?|goes|is|will be|stays?) (?:very |really )?(?:quiet|empty|ruined|wrecked|finished|closed down|under|bust|out of business)`,
  // Families written once, before measuring on the train split: knowing someone's home, family or
  // routine; "a shame if something happened"; people who cross the writer; friends who do the damage.
  "(?:i|we) know (?:exactly )?where (?:your|his|her|their) (?:kids|children|son|daughter|lad|girls?|boys?|wife|husband|mum|mother|dad|family) (?:go|goes|live|lives|work|works|park|parks|play|plays|walk|walks)",
  "(?:i|we) know which (?:house|car|van|door|bedroom|window) is (?:yours|his|hers|theirs)",
  "(?:i|we) know (?:which|what) way (?:you|he|she|they) (?:walk|walks)",
  "(?:shame|pity) if (?:anything|something) (?:happened|were to happen|was to happen|should happen) to (?:it|them|you|your|him|her|his|the)",
  "(?:shame|pity) (?:if|for) (?:your|his|her|their) (?:kids|children|family|wife|husband|dog|cat|son|daughter|lad) (?:got|get|were|was|had)",
  "(?:people|anyone|folk|those|councillors) who (?:cross|crossed|upset|annoy|ignore) (?:me|us)|when (?:people|folk|anyone|councillors) (?:cross|upset|annoy) (?:me|us)",
  "(?:can'?t|can’t|cannot|won'?t|won’t) (?:be held responsible for|answer for|promise|vouch for|control) what (?:my|the|some of my|his|her) (?:lads|mates|friends|supporters|boys|pals|people|dogs?) (?:do|does|might do|will do|get up to)",
  "(?:aren'?t|aren’t|are not|isn'?t|isn’t) as (?:nice|friendly|patient|reasonable|polite) as me",
  // Friends who remember; trouble at home.
  "long memor(?:y|ies)\\b[^!?\\n]{0,80}?\\b(?:think (?:about|on)|remember (?:that|this)|before you vote|when you vote)",
  "(?:could|might|will|would) (?:cause|bring|make) (?:you|him|her|them) (?:a lot of |some |real |serious )?trouble at home",
];
