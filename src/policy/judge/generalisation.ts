// Is a sentence a judgement of people by a protected characteristic (Equality Act 2010 s.4: age,
// disability, gender reassignment, marriage, pregnancy and maternity, race, religion or belief, sex,
// sexual orientation) with no slur in it? The candidate is a reference to such a group ("older staff",
// "a woman", "the Romanian tenants", "someone that age", "a bloke in a dress", "she'll only go off and
// have a baby"); the judgement is a generalisation, a low opinion of the group's worth or ability, or
// a decision to exclude or treat its members worse, in the same sentence. Neutral and supportive
// mentions (equality duties, reasonable adjustments, a request, a thank-you, a question, someone's
// own request) are not judged. A few coded phrases ("not the right sort for this village", "with a
// name like that") stand on their own. Read from the council corpus's train split (issue #17);
// tone/discriminatory blocks, so a sentence needs both a group and a judgement.

/** Longer "sentences" are lists or pasted text, not one remark. */
const MAX_CHARS = 400;
const Q = "[’']";

/** Groups named with a lower-case word: religion, age, disability, sex, sexual orientation, gender, pregnancy, marriage. */
const GROUP_WORDS = [
  // Religion or belief (and its buildings and dress, as stand-ins for the people).
  'muslims?', 'islamic', 'hindus?', 'sikhs?', 'jews', 'jewish', 'catholics?', 'christians', 'buddhists?', 'pentecostal',
  `jehovah${Q}s witness(?:es)?`, 'religious (?:people|types|lot)', 'very religious', 'mosque', 'synagogue', 'gurdwara', 'the imam',
  'headscarf', 'turban', 'hijab', 'burqa', `ramadan-fasting`, '(?:his|her|their) (?:faith|religion)',
  // Age.
  '(?:older|old|elderly) (?:people|staff|residents|ones|members|councillors|lads|women|men|folk|applicants|candidates|workers|volunteers|employees|dears|boys?|timers|ladies|lot)',
  'pensioners?', 'the elderly', 'over-(?:fifties|sixties|seventies|eighties)', 'the over-?(?:50|55|60|65|70|75|80)s',
  '(?:anyone|anybody|someone|somebody|staff|people|members|those|stewards|workers|volunteers|applicants|candidates|councillors|drivers|tenants) (?:aged )?(?:over|under|past) (?:forty|fifty|sixty|seventy|eighty|[4-9]0)\\b(?! (?:pounds|quid|miles|mph|per ?cent|minutes|hours|days))',
  'young (?:people|lads|mothers|mums|ones|uns|women|men|girls?|staff|councillors|things)', 'youngsters', 'teenagers', 'boomers?', 'millennials',
  '(?:at|of) (?:his|her|their|that) (?:age|time of life)', '(?:someone|somebody|anyone|people) (?:of )?that age',
  'in (?:his|her|their) (?:(?:early|mid|late) )?(?:thirties|forties|fifties|sixties|seventies|eighties)', '(?:at|aged) (?:forty|fifty|sixty|seventy|eighty)-\\w+',
  `at (?:forty|fifty|sixty|seventy|eighty),? (?:she|he)`,
  'remembers? typewriters', 'digital native', 'fresh blood', '(?:close|near) to retirement', 'younger (?:ones|applicant|candidate)',
  // Disability.
  'disabled (?:people|person|staff|lad|man|woman|candidate|applicants?|residents?|children|kids|councillor|users?|drivers?|swimming|staff member|bays|parking)',
  'the disabled', 'able-bodied', 'wheelchairs?(?! (?:ramp|access|space|bay|toilet|user))', 'wheelchair users?', '(?:blind|deaf) (?:people|person|man|woman|candidate|applicant|clerk|residents?|lad)',
  'the deaf', 'autistic', 'learning difficult(?:y|ies)', 'mental health (?:history|problems|issues)', 'special needs', 'stammer', 'stutter',
  'hearing aids?', 'dyslexic', 'handicapped', 'autism', `down${Q}s syndrome`, 'learning disabilit\\w+', '(?:people|someone|anyone) like (?:him|her)',
  // Sex.
  'women', `a woman(?:${Q}s| would| isn${Q}t| can${Q}t| as| mayor| on her own| in charge| chair)`, 'no job for a woman', 'girls on', 'a girl',
  `a (?:man|fella|bloke|chap)(?:${Q}s (?:job|strength|work)| would| as| for the)`, `ladies(?!${Q}| and)`, 'a lady', 'that woman',
  '(?:female|male) (?:staff|operatives?|workers?|applicants?|candidates?|councillors?|drivers?)', '(?:married|single) (?:men|women|mums|mothers)', 'a widow', 'a male voice', '(?:a|the) bloke would', 'a married (?:woman|man)', 'all men',
  `men (?:are just|are better|are always|don${Q}t need|can${Q}t)`,
  // Sexual orientation and gender reassignment.
  'gays?', 'lesbians?', 'homosexuals?', 'bisexual', 'same-sex', 'lgbt\\w*', 'two (?:dads|mums|men at|fellas)', '(?:fellas|men|women|ladies|blokes|lads) who live together', 'her wife', 'his husband',
  'trans (?:people|person|wom[ae]n|m[ae]n|girl|lad|applicant|candidate|support|lady)', 'transgender', 'transitioning', 'transsexual', '(?:man|bloke|chap) in a (?:dress|frock|skirt)', 'used to be a (?:man|woman|bloke)',
  // Pregnancy and maternity; marriage.
  'pregnant', 'pregnancy', 'is expecting(?=[.;,])', `(?:she${Q}s|she is) expecting`, 'maternity', 'a bump', 'mums', 'mothers', 'a mum', 'with kids', 'two kids', 'three kids',
  `(?:have|having|had|go off and have)(?: a| another)? bab(?:y|ies)`, 'planning a family', 'first baby (?:arrives|will)', 'start\\w* a family', 'just (?:got )?(?:married|engaged)', `(?:he|she)(?:${Q}s| is) (?:[5-8]\\d|sixty)\\b(?! (?:minutes|pounds|%))`, 'newly ?wed',
];

/** Nationality, race and ethnicity: capitalised, so "utility poles" and "Chinese markets" are not people. */
const DEMONYMS = [
  'Africans?', 'Asians', 'Indians', 'Pakistanis', 'Bangladeshis?', 'Poles', 'Romanians', 'Eastern Europeans', 'Kurds', 'Nigerians', 'Somalis',
  'Afghans', 'Albanians', 'Bulgarians', 'Lithuanians', 'Jamaicans', 'Travellers', 'Gypsies', 'Roma',
];
const DEMONYM_ADJECTIVES = [
  'African', 'Asian', 'Indian', 'Pakistani', 'Bangladeshi', 'Polish', 'Romanian', 'Eastern European', 'Kurdish', 'Chinese', 'Irish', 'Nigerian',
  'Somali', 'Black', 'Traveller', 'Gypsy', 'Hindu', 'Sikh', 'Muslim', 'Jewish', 'Catholic', 'Christian', 'Orthodox Jewish', 'Bengali', 'Turkish',
  'Bulgarian', 'Albanian', 'Lithuanian', 'Roma',
];
const PERSON_NOUNS =
  '(?:people|person|famil(?:y|ies)|lads?|lot|tenants?|couples?|workers?|residents?|communit(?:y|ies)|wom[ae]n|m[ae]n|kids|children|ones|shops?|stall|businesses|candidates?|applicants?|group|club|cleaners|crowd|guests|lady|ladies|gentlem[ae]n|girls?|boys?|blokes?|chaps?|staff|neighbours|congregations?|church|centre|school|temple|mosque|firms?|drivers?|operatives?|restaurant)';
/** Other people, by where they come from or what they are, in lower case. */
const ORIGIN_WORDS = [
  'foreigners?', 'immigrants?', 'migrants?', 'refugees?', 'asylum seekers?', 'travellers', 'gypsies', 'from abroad', 'mixed-race',
  '(?:a |some )?different background', 'that part of the world', 'an accent', 'not from round here', `(?:aren${Q}t|isn${Q}t) from round here`,
  'born and bred', 'whose people have been here',
  // Newcomers from abroad as a kind ("a family that has only just come over here").
  `(?:famil(?:y|ies)|people|lot|ones|lads|workers|tenants) (?:that|who)(?:${Q}ve| has| have)? (?:only )?(?:just|recently) c[oa]me over here`, 'people like that', 'that crowd from',
  // "That community" pointed at, not a place or a project of it ("that community centre").
  '(?:that|those) communit(?:y|ies)(?! (?:centre|hall|group|council|fund|garden|project|event|building|shop|land|trust))', 'foreign (?:ones|lot|lads|workers|families|staff)',
  '(?:someone|somebody|anyone|people) (?:of|from) (?:that|a different|another) background', 'english(?:man|men)', '\\w+-run businesses', 'british-born', 'black (?:man|woman|lad|family|families|people)',
  // Pointed at as a kind ("that sort bring nothing but aggro", "our sort of people built this town").
  '(?:that|our) (?:sort|type)(?! of\\b)', 'our sort of (?:people|folk)',
];

/** Coded phrases that judge people on their own ("not the right sort for this village"). */
const CODED = [
  'not the right sort for', `(?:isn${Q}t|is not|aren${Q}t|are not|never be|wasn${Q}t) (?:really )?one of us`, `(?:they${Q}re|they are|he${Q}s|she${Q}s) not like us`,
  'with a (?:name|surname) like (?:that|his|hers)', 'of that persuasion', '(?:their|his|her) sort(?! (?:of|code|order|key)\\b)',
  'proper (?:english|christmas) (?:families|decorations|people)', 'that lifestyle', 'that sort of thing in',
  `(?:she|he)${Q}ll (?:only )?(?:go off and )?(?:have|be having) (?:a )?bab(?:y|ies)`, `(?:she${Q}ll|she will) be pregnant`,
  `i${Q}?m not (?:prejudiced|racist|sexist|homophobic|ageist)`, 'i am not (?:prejudiced|racist|sexist|homophobic|ageist)', 'nothing against them personally',
  'a certain (?:look|type|sort|background)', `(?:it${Q}s|is) a man${Q}s job`, 'no job for a (?:woman|girl|lass)',
  `(?:won${Q}t|wouldn${Q}t|don${Q}t) (?:listen to|take orders from|respect) a (?:woman|girl|man)`,
];

/** A generalisation about the group. */
const GENERALISE = [
  'all the same', `they${Q}re all`, 'they are all', 'typical', 'everyone knows', 'you know (?:how|what) (?:they|it|those|that lot)',
  'if you (?:know|follow|get) (?:what i mean|me|my drift)', 'you know who i mean', 'these days', 'by nature', 'tend to', 'the likes of',
  'that lot', 'what you(?:[’\']d| would) expect', '(?:look after|care about|want) their own', 'keep to themselves', 'their sort', 'you know what they(?:[’\']re| are) like',
  'we know what they(?:[’\']re| are) like', 'not like us', 'them and their',
  // How "they" behave, as common knowledge ("we all know how that community treat land").
  `(?:we all|everyone) knows? (?:how|what) (?:they|that community|those people|that lot) (?:treat|behave|leave|live|are|do)`,
  // A trait put down to upbringing or nature ("that is how they are brought up", "it's just the way they are").
  `the way (?:they|that community|those people|that lot) (?:are|is|live)`, `(?:how|way) they(?:${Q}re| are| were) brought up`, 'brought up (?:that way|like that)', 'in (?:their|the) (?:blood|nature|genes)',
];

/**
 * Hedged and polite forms: the writer's experience or common knowledge standing in for the group ("in
 * my experience …", "experience shows …", "we all know how …", "we all know what happens next"), a
 * prejudice disowned in the same breath ("I've nothing against anybody personally, but …", "I'm not
 * being funny, but …"). On their own these open as many neutral remarks ("we all know the older
 * residents' club needs a new venue"), so they judge only with a forecast of what the people will do
 * (PREDICT). Praise of the group is innocent (INNOCENT below).
 */
const HEDGE = [
  '(?:we|you) all know', 'everybody knows', 'what happens next', `(?:it${Q}s|it is) only a matter of time`,
  'in (?:my|our) experience', 'experience (?:\\w+ )?(?:shows|tells)', `not being funny`, 'no offence', `nothing against (?:them|anybody|anyone)`,
];
/** A forecast of what the people will do ("they'll fill it with scrap", "she's off on maternity within a year", "before we're paying"), or how they always behave. */
const PREDICT = new RegExp(
  `\\b(?:always|never|(?:they|she|he)(?:${Q}ll| will| would| always| never| won${Q}t| just|${Q}s off|${Q}re off| is off)|(?:will|would)(?: \\w+)? (?:never|always)|before (?:she|he|they|we${Q}re))\\b`,
  'i',
);

/** A low opinion of the group's worth, ability or character. */
const NEGATIVE = [
  `can(?:${Q}t|not) (?:cope|manage|keep up|be trusted|learn|handle|be impartial|park|control|command|lift|do (?:the|a|outdoor|that|this) job|possibly)`,
  `couldn${Q}t (?:cope|manage|be impartial|take minutes|handle|do the job|possibly)`, 'could not (?:cope|manage|be impartial)',
  `won${Q}t (?:cope|manage|fit|integrate|engage|understand|last|want to work|be with us|be interested|listen|respect|want|be able to handle|command|look right|upset)`,
  `wouldn${Q}t (?:cope|manage|fit|look right|be suitable|understand|listen|want|be able to)`,
  'no good', 'no use', '(?:too|so) \\w+ to (?:run|manage|chair|lead|cope|handle|deal|be trusted|do)', 'dodgy', 'muddle', 'get in the way',
  'hold (?:\\w+ ){0,3}up', 'stick together', 'their own way', 'put \\w+ first', 'take from', 'unsuitable', 'more supervision', 'need(?:s|ed)? (?:watching|supervising|checking up on)', 'like a hawk',
  // A quality the group is said to lack ("women don't have the stomach for enforcement").
  'the (?:stomach|temperament|nerve|backbone|brains|build|mindset) for', `(?:haven${Q}t|hasn${Q}t|not) got what it takes`, 'set in (?:their|his|her) ways',
  'not (?:up to|cut out for)', 'over the hill', 'naturally (?:good|better)', 'wind(?:ing)? down', 'useless', 'a liability', 'past it', 'slow (?:\\w+ ){0,3}down', 'slow and', 'slower', 'slowest', 'unreliable',
  // Unsuited as a class ("young mothers are never the reliable choice", "pensioners are not the right people for"); theft put on them.
  '(?:never|not)(?: \\w+){0,2} (?:reliable|right (?:fit|people))', 'nailed down',
  `would(?:n${Q}t| not)? feel comfortable`, 'uncomfortable', `thinking about retir\\w*`, '(?:this|that|the) trouble', 'out of touch',
  `can${Q}t see (?:him|her|them) (?:managing|coping|fitting|lasting)`, `can${Q}t (?:afford|risk|carry) the (?:disruption|upheaval|gap)`, 'cost (?:us|the council) a fortune', `can${Q}t be too careful`,
  'bending over backwards', '(?:ordinary|normal) (?:people|folk|families)', 'take (?:our|the) jobs', '(?<!(?:just|recently) )come over here',
  '(?:send|sending) (?:it|the money|all (?:their|the) money|it all) (?:all )?back home',
  '(?:too|very) (?:emotional|slow|old|loud|weak|soft|much for)', 'a bit much',
  `don${Q}t (?:really |usually |even )?(?:respect|integrate|want to work|understand|care|pay their way|look after|graft|fit|join in|talk|work|engage|want to be part)`,
  `doesn${Q}t (?:fit|understand)`, 'take over', 'taken over', 'special treatment', 'handouts', 'handed to them',
  'bring (?:\\w+ ){0,2}down', 'put (?:\\w+ ){0,3}off\\b', 'out of place', 'out of sight', 'looks? bad', `(?:doesn${Q}t|does not|won${Q}t) look`,
  'not (?:natural|appropriate|normal|the image|suitable|professional)', `(?:isn${Q}t|is not|it${Q}s not) (?:natural|normal|right|appropriate|the image)`,
  `(?:don${Q}t|do not) (?:share|have) our (?:standards|values)`, `(?:don${Q}t|do not|never) pay (?:on time|up|their (?:bills|rent))`,
  'upset (?:some|the|our|people|parents)', 'cause trouble', 'bring (?:\\w+ ){0,2}(?:trouble|aggro)', 'asking for trouble', 'end (?:up )?in trouble', 'brains have gone', 'dead before', 'always off',
  'forever (?:dashing|ringing|off)', 'excuses', 'distractions', 'chat all day', '(?:leave|left) (?:a|the) (?:mess|place in a state)',
  `(?:will|${Q}ll) only (?:leave|go off|cause|bring|want|be|represent|break|damage|moan|complain)`, 'think twice', 'not worth', 'no place', 'changing the (?:feel|character)',
  'wrong message', 'thieves', 'steal', 'lazy', 'a nightmare', 'a (?:\\w+ )?risk', 'frighten', 'flagging', 'counting the days', 'winding down',
  '(?:funny|odd) (?:vegetables|food|ways)', 'never talk', 'things go missing', 'funny business', 'not apprentice material', 'not (?:the )?(?:material|type)',
  'the problem', 'ruining', 'menace', 'half of them', 'waste of (?:time|money)', 'a waste', 'wasted', 'better suited', 'better at',
  'get more respect', 'take (?:\\w+ ){0,2}more seriously', `(?:isn${Q}t|is not|aren${Q}t|are not) going to command`, 'be dead', 'had their turn',
  `can${Q}t have`, 'ridiculous', 'too much', 'babysit', 'on her own', 'is for proper', 'back door like', 'their lookout',
  // "Put someone normal on the desk, not …": the group set against "normal" people.
  '(?:someone|somebody|anyone) normal', 'normal (?:people|families|family|couples?|folk|men|women)',
];

/** A decision to exclude or treat worse. */
const EXCLUDE = [
  'not having', 'not letting',
  `(?:don${Q}t|do not|wouldn${Q}t|won${Q}t|shouldn${Q}t|should not) (?:want|have|hire|appoint|shortlist|employ|let|allow|give|put|send|take|roster|use|bother|nominate|extend|lend|be (?:allowed|funding|letting|giving))`,
  `(?:i${Q}d|we${Q}d|i would|we would) (?:rather|prefer|steer|keep|avoid|mark|go with|not)`, 'rather not', `rather (?:we|they|he|she|it) (?:didn${Q}t|wasn${Q}t|went|met)`,
  `let${Q}s (?:not|be realistic|be honest)`, 'go with (?:someone|the other|the lad|a man|a woman|the chap|the bloke)', `(?:kept|left|taken|keep|leave) (?:\\w+(?:['’]s)? ){0,5}(?:off|away|out|apart)\\b`, 'step aside', 'stop (?:giving|letting|funding|sending|translating|hiring)', 'should (?:not|never|stay|be kept|step|stick|be encouraged not|be all)',
  `shouldn${Q}t be (?:on|in|at|chairing|running|allowed|employed|given)`, `i(?:${Q}m| am) against (?:a|an|any|having)`, 'no business', 'say no', 'said no', `told them we${Q}re (?:full|fully booked)`, 'somewhere else', 'steer clear', 'mark(?:ed)? (?:\\w+ )?down', 'not (?:let|give|shortlist|appoint|hire|nominate|co-opt|translate)',
  `won${Q}t be using`, 'stopped using', 'skip the (?:[\\w-]+ ){0,2}(?:applicant|candidate|lad|family)', 'no more', 'swap (?:\\w+ ){0,3}off\\b', 'moved (?:him|her) to',
  'only (?:send|hire|take|use|want|have)', 'let (?:\\w+ ){0,3}lapse', 'quietly drop', 'the (?:commercial|higher) rate', 'full deposit', 'at the end of the day so', 'on the back', 'voted for the lad',
  'somebody else', 'someone else', '(?:stick|stay) (?:to|with) (?:\\w+-bodied|\\w+-born|english|british|younger|older|male|female)', '(?:scored?|gave|marked) (?:him|her|them) (?:\\w+ )?(?:low\\w*|down)', 'the other (?:one|candidate)', `there${Q}s no point`, 'over my dead body', 'should be a rule',
  'not (?:our|the) (?:sort|type|kind|image)', 'not (?:somebody|someone|anyone) (?:from|of|like)', 'better (?:he|she|they) stay', 'no sense',
];

/** A neutral or supportive mention: an equality duty, an adjustment, a request, thanks, a question. */
const INNOCENT = [
  `must(?:n${Q}t| not)`, 'unlawful', 'illegal', 'protected characteristic', 'equality', 'discriminat', 'adjustments?',
  'accessible', 'welcome', 'in favour', 'supportive', 'support(?! group)', 'lovely', 'brilliant', 'wonderful', 'marvellous', 'excellent', 'well done',
  'congratulat', 'thank(?! us)', 'midwife', 'doctor', 'occupational health', 'advised', 'guaranteed', 'make sure', 'happy to', 'delighted', 'helpful',
  `i${Q}m (?:pregnant|disabled|deaf|blind|a )`, 'i am (?:pregnant|disabled|deaf|blind|a )', 'her (?:idea|request|choice)', 'his (?:idea|request|choice)',
  '(?:at|by) (?:her|his|their) (?:own )?request', 'has asked', 'have asked', 'asked (?:for|whether|if|to)', 'risk assessment', 'maternity (?:leave|pay|cover is)',
  'specification', 'criteria', 'essential', 'scored(?! (?:her|him|them))', 'experience', 'objection',
  // Praise of a group is not the low opinion this rule is about ("we all know how hard they work").
  'hard[- ]?working', 'how hard (?:\\w+ ){0,3}work', '(?:so|very|most|how) (?:reliable|polite|kind)', 'beautiful\\w*', 'i object', '(?:kept|reserved|set aside|priority) for', 'they asked', 'host(?:s|ed|ing)?', 'as (?:requested|agreed)', 'grand job', 'great',
];

function alternation(words: readonly string[]): string {
  return `\\b(?:${words.join('|')})\\b`;
}

const GROUP = new RegExp(`${alternation(GROUP_WORDS)}|${alternation(ORIGIN_WORDS)}`, 'i');
const GROUP_CAPITALISED = new RegExp(`${alternation(DEMONYMS)}|\\b(?:${DEMONYM_ADJECTIVES.join('|')}) (?:[a-z]+ )?${PERSON_NOUNS}\\b`);
/**
 * Concepts, not phrases (issue #17, eighth round): a person or group made identifiable by a role ("the
 * applicant", "operatives", "the family on plot 9") and described by a protected characteristic: a
 * characteristic word before the role ("the older applicant", "a deaf operative", "trans stewards"), or
 * a condition or treatment after it ("the candidate with MS", "anyone who's had a breakdown").
 */
const ROLE = `(?:${PERSON_NOUNS}|volunteers?|stewards?|members?|apprentices?|anyone)`;
const TRAITS = ['deaf', 'blind', 'disabled', 'autistic', 'female', 'male', 'older', 'elderly', 'younger', 'pregnant', 'married', 'gay', 'trans', 'religious', 'foreign', '[a-z]+-born'];
const CONDITION =
  "(?:with|who(?:['’]s| has) had) (?:an? )?(?:ms|autism|epilepsy|dementia|depression|breakdown|stammer|disabilit\\w+|mental health|foreign[- ]sounding)";
// Built beside GROUP_CAPITALISED, which shares PERSON_NOUNS, so the bundle's gzip finds the copy near.
const PERSON_TRAIT = new RegExp(`${alternation(TRAITS)}[ -](?:[a-z]+ )?${ROLE}\\b|\\b${ROLE} ${CONDITION}|\\bfrom (?:africa|asia|overseas)\\b`, 'i');
export const CODED_RE = new RegExp(alternation(CODED), 'i');
export const JUDGEMENT = new RegExp(`${alternation(GENERALISE)}|${alternation(NEGATIVE)}|${alternation(EXCLUDE)}`, 'i');
const HEDGE_RE = new RegExp(alternation(HEDGE), 'i');
const judges = (s: string) => JUDGEMENT.test(s) || (HEDGE_RE.test(s) && PREDICT.test(s));
/** A question is innocent when it asks for something ("Could the hall …?"); a rhetorical one ("why should we pay for their festival?") is not. */
const INNOCENT_RE = new RegExp(`${alternation(INNOCENT)}|^\\s*(?:is|are|do|does|did|has|have|will|would|when|where|what|how|who|which|may|might|shall)\\b[^?]*\\?`, 'i');
/**
 * A request ("could we …", "can the …", "please …"): innocent when it asks for something, not when
 * what it asks is a decision against the group it names ("Can we leave the chap with Down's syndrome
 * off the rota?", "could the Roma family be asked to move …").
 */
const REQUEST = /\b(?:could|can) (?:we|the|you)\b|\bplease\b/i;
const DECIDE = new RegExp(alternation(EXCLUDE), 'i');
/**
 * A question that names its subject ("Pregnant?", "Travellers at the fun day?"): the sentence after
 * gives the verdict on it. Read back from the end over spaces and punctuation only, since /\?\W*$/
 * is quadratic on a long run of question marks (each start scans to the end).
 */
function endsAsking(s: string): boolean {
  for (let i = s.length - 1; i >= 0 && !/\w/.test(s[i]); i--) if (s[i] === '?') return true;
  return false;
}
const BUT = /\bbut\b/gi;
/**
 * A refusal dressed up as something else ("a polite way of saying we're full", "can we just say it's
 * booked?", "quietly favour the others"): with a group named in the sentence or the one before, a
 * decision taken because of the characteristic, even asked as a question. Not where the writer rules it out.
 */
const PRETEXT = new RegExp(
  `\\b(?:a (?:polite|tactful|discreet) way (?:of|to) (?:say|tell|turn|refus|keep|declin)|quietly (?:favour|prefer|drop|turn|refus|lose|reject|declin|priorit)|(?:we|let${Q}s|we${Q}ll) (?:could |can )?just (?:say|tell them) (?:that )?(?:it${Q}s|we${Q}re|there${Q}s|there are|the \\w+ is) (?:already |fully )?(?:full|booked|taken|closed|no))`,
  'i',
);
/** Ruled out by the writer, or a refusal that offers something else (an ordinary booking reply). */
const RULED_OUT = new RegExp(
  `\\b(?:can(?:${Q}t|not)|shouldn${Q}t|won${Q}t|must(?:n${Q}t| not)|never|unlawful|illegal|discriminat|equality|offer|instead|alternative|another (?:date|day|night)|waiting list)`,
  'i',
);
/**
 * "Experience" is innocent as a hiring criterion ("relevant experience"); as the writer's own ("in my
 * experience …", "experience shows …") it is the ground of a generalisation, so it is read past.
 */
const OWN_EXPERIENCE = /\bin (?:my|our) experience\b|\bexperience (?:\w+ )?(?:shows|tells|says|has (?:shown|taught))\b/gi;
/**
 * A sentence that goes on about a group the sentence before named: "… bussing in Romanians. They simply
 * do not share our standards …". The pronoun stands for the group; the judgement must be its own.
 */
const GROUP_PRONOUN = new RegExp(`^\\W*(?:they|they${Q}(?:re|ll|ve|d)|these people|those people|them)\\b`, 'i');
/** "We all know what that means": common knowledge of what the group the sentence before named will bring; it judges only with a low opinion named. */
const MEANS = /^\W*(?:we|you)(?: all)? know what that means/i;
/**
 * One person the sentence before described by a characteristic ("she's just married and in her early thirties"),
 * and a forecast of what she or he will do, in a decision on a post: "Give him two years and he'll be thinking about retirement".
 */
const ONE = /\b(?:she|he|her|him)\b/i;
const POST = /\b(?:appoint|shortlist|hir|interview|candidate|applicant|promot|recruit|post\b|role\b|job\b)/i;
const foretold = (s: string, previous: string) => ONE.test(s) && PREDICT.test(s) && POST.test(previous + s) && namesGroup(previous);

/**
 * Decisions an employer, a hall or a plot manager takes against a person (a closed class of HR and
 * allocation processes in their adverse form): the shortlist's reserve pile, a score down, a contract
 * finished or let go, passed to someone else.
 */
const ADVERSE = new RegExp(
  `${alternation(EXCLUDE)}|\\b(?:reserve pile|(?:score|mark)\\w* (?:\\w+ ){0,2}(?:down|low)|finish\\w* (?:her|him)|let (?:\\w+ )?go|(?:isn${Q}t|not) (?:\\w+ )?for (?:him|her)|never (?:put|hire|take|give|let|send|use|book)|(?:leave|keep|kept|left) (?:[\\w'’]+ ){0,8}?(?:off|away from))\\b`,
  'i',
);
/**
 * A group as the subject of a claim about what its members do or cannot do ("the foreigners don't",
 * "these firms don't usually keep proper books", "the takeaway family never join in", "are always the
 * ones"): the grammar of a generalisation, whatever the verb. Not circumstances ("don't have", "can't
 * get to", "don't pay" a fee): hardship or an entitlement, not a judgement.
 */
/** What a group has or can reach, not what it is: "can't get to the surgery", "don't have anywhere to go", "don't pay" a fee. */
const CIRCUMSTANCE = 'have|get(?! to grips)|need|use|pay(?! (?:their|up|on time))|see|hear|reach|access|afford|drive|know';
/** The same with its subject, when that is not the writer ("we don't use that firm" is a decision). */
// Each run of letters and apostrophes is tried from its start only: from every \b in it, a run of "'Y" pairs was quadratic.
const CIRCUMSTANTIAL = new RegExp(`(?<![\\w'’])['’]*(?!(?:we|i|you|let)\\b)\\w[\\w'’]* (?:don${Q}t|do not|can${Q}t|cannot) (?:\\w+ )?(?:${CIRCUMSTANCE})\\b`, 'gi');
const HABIT = new RegExp(
  `^[\\s,]*(?:(?!and |but |or |so )[\\w-]+ ){0,2}?(?:(?:don${Q}t|do not|doesn${Q}t|can${Q}t|cannot|won${Q}t|never)(?! (?:\\w+ )?(?:${CIRCUMSTANCE}|always)\\b)|(?:are|is) (?:all(?! (?:\\w+ )?\\w+ed\\b)|always|never|too)\\b|always)`,
  'i',
);
/** The writer's own characteristic ("I'm Jewish and won't …", "as a mum I can't …"), or both sexes or ages together: not a claim about others. */
const SELF = new RegExp(`\\b(?:i${Q}m|i am|as(?: an?)?|(?:men|women) (?:and|or)) (?:\\w+ )?$`, 'i');
/** The group lists, global: also ../models/council.ts's (each use resets lastIndex). */
export const GROUPS_ALL = [GROUP, GROUP_CAPITALISED, PERSON_TRAIT].map((r) => new RegExp(r.source, r.flags + 'g'));
/**
 * Figures about a group (a survey, a rate, a share, a study: "the census shows women …") or goods for them
 * ("women's and men's health"): a report or an offer, not the writer's claim. Also the learnt judgement's
 * (../rules/tone/discriminatory.ts).
 */
// `\d ?%`, not `\d+ ?%`: the same texts pass `.test`, without rescanning a long run of digits from each one.
export const FIGURES = /(?:\b(?:per ?cent|prevalence|surveys?|surveyed|stud(?:y|ies)|research(?:ers)?|statistics?|census|estimated|respondents|(?:number|proportion|share|rate|percentage) of)\b|\d ?%)/i;
function generalises(s: string): boolean {
  if (FIGURES.test(s)) return false;
  for (const g of GROUPS_ALL) {
    g.lastIndex = 0;
    for (let m = g.exec(s); m; m = g.exec(s)) if (!SELF.test(s.slice(Math.max(0, m.index - 20), m.index)) && HABIT.test(s.slice(g.lastIndex, g.lastIndex + 40))) return true;
  }
  return false;
}

/** Does the sentence say what a group cannot reach or has not got ("can't get to the surgery")? */
export function circumstantial(sentence: string): boolean {
  CIRCUMSTANTIAL.lastIndex = 0;
  return CIRCUMSTANTIAL.test(sentence);
}
/**
 * Does the sentence take a stance on people at all: a judgement, a decision, a claim about a group, a
 * hedge, the writer's preference, obligation or refusal ("I'd", "should", "rather", "not"), or a low
 * opinion ("hopeless")? A plain statement of fact about named people ("the Polish tenants are late
 * again") takes none.
 */
const PREFER = new RegExp(`\\b(?:(?:i|we)(?:${Q}d| would)|should(?:n${Q}t)?|rather|prefer|better|let${Q}s|only|never|(?:can|won|wouldn|don)${Q}t|not|no|hopeless|bad|poor|problem\\w*)\\b`, 'i');
export function takesStance(sentence: string): boolean {
  return PREFER.test(sentence) || JUDGEMENT.test(sentence) || ADVERSE.test(sentence) || HEDGE_RE.test(sentence) || generalises(sentence);
}

/**
 * Does the sentence name people by a protected characteristic (a group, a coded phrase for one), as
 * against things ("old bills", "black bars", "youth hostel")? The learnt judgement's aim check.
 */
export function namesGroup(sentence: string): boolean {
  return sentence.length <= MAX_CHARS && (GROUP.test(sentence) || GROUP_CAPITALISED.test(sentence) || CODED_RE.test(sentence));
}

/**
 * How the sentence reads people named by a protected characteristic (`previous` is the sentence before,
 * for a group this one calls "they"): 'judges' them, or only 'hedges' about them ("in my experience
 * older applicants …" with no low opinion or forecast named: the unsure tier), or neither.
 */
export function readsGroup(sentence: string, previous = ''): 'judges' | 'hedges' | undefined {
  if (sentence.length > MAX_CHARS) return undefined;
  // "She's a lovely girl, but …": a kind word before the last "but" does not make what follows innocent.
  let but = 0;
  BUT.lastIndex = 0;
  for (let m = BUT.exec(sentence); m; m = BUT.exec(sentence)) but = m.index;
  if (PRETEXT.test(sentence) && !RULED_OUT.test(sentence) && (namesGroup(sentence) || namesGroup(previous))) return 'judges';
  const rest = sentence.slice(but);
  if (INNOCENT_RE.test(rest.replace(OWN_EXPERIENCE, '')) || (REQUEST.test(rest) && !DECIDE.test(rest))) return undefined;
  if (CODED_RE.test(sentence)) return 'judges';
  if (MEANS.test(sentence) && namesGroup(previous) && JUDGEMENT.test(sentence)) return 'judges';
  const topic = endsAsking(previous) && namesGroup(previous);
  const named = GROUP.test(sentence) || GROUP_CAPITALISED.test(sentence) || PERSON_TRAIT.test(sentence);
  // A group's circumstance ("young people don't have anywhere to go") is not a decision against it.
  const decided = ADVERSE.test(sentence.replace(CIRCUMSTANTIAL, ''));
  if (named && (decided || generalises(sentence))) return 'judges';
  if (!named && !topic && !(GROUP_PRONOUN.test(sentence) && namesGroup(previous)) && !foretold(sentence, previous)) return undefined;
  if (judges(sentence.replace(CIRCUMSTANTIAL, ''))) return 'judges';
  return HEDGE_RE.test(sentence) ? 'hedges' : undefined;
}

/** Does the sentence judge people by a protected characteristic? */
export function judgesByCharacteristic(sentence: string, previous = ''): boolean {
  return readsGroup(sentence, previous) === 'judges';
}

export const GENERALISATION_REGEXES: RegExp[] = [GROUP, GROUP_CAPITALISED, CODED_RE, JUDGEMENT, INNOCENT_RE, BUT, OWN_EXPERIENCE, GROUP_PRONOUN, PRETEXT, RULED_OUT, HEDGE_RE, PREDICT, MEANS, ONE, POST, REQUEST, DECIDE, PERSON_TRAIT, ADVERSE, HABIT, CIRCUMSTANTIAL, FIGURES, SELF, PREFER];
