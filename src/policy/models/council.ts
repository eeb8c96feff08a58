// Compact learnt judgements for what councils actually write (issue #17): one logistic regression
// per class of the council corpus (data/council-corpus/, PROTOCOL.md there), trained on its train
// split by scripts/train-council.ts (`npm run train:council`); weights and each class's threshold in
// src/policy/data/council-weights.json. No tagger: regular expressions, token shapes and word lists,
// linear in the text, so it runs at send time. PURE.
//
// Two kinds of class:
// - sentence classes (instruction, harassment, threat, discrimination) judge one sentence at a time,
//   and only a candidate sentence (a cue of the class's kind: modal and passive obligation, "I'd like
//   … done", deadlines; looks, private life, pressing; property and veiled threats; a protected
//   characteristic in the shape of a generalisation);
// - window classes (impolite, confidential, special-category, credentials, advertising) judge windows
//   of one or two sentences (a leak often spreads over two: "Keep this to yourself. The solicitor
//   thinks we'd lose."), and only when the class's cheap gate passes (a code-like value for
//   credentials, a closed-session, legal, HR or secrecy cue for confidential, a health, HR, faith or
//   criminal cue about someone else for special-category, a selling cue for advertising). Each
//   positive judgement returns the window (the writer's own words, for the message) and the cue
//   families that drove it (src/policy/data/council-judgements-cues.ts).
import WEIGHTS from '../data/council-weights.json';
import { CUE_FAMILIES } from '../data/council-judgements-cues';
import { ACT_CUES, ACT_PAIRS, ACT_PARTS } from '../data/council-act-cues';
import { scoreVector, sigmoid, type FeatureVector, type LogisticModel } from './logistic';
import { politenessCues, politenessLogOdds } from './politeness';
import { namesGroup, GROUPS_ALL, CODED_RE as CODED_PHRASE, JUDGEMENT as JUDGED_PHRASE } from '../judge/generalisation';
import { ALWAYS_CAPITALISED } from '../data/proper-nouns';

export const SENTENCE_CLASSES = ['instruction', 'harassment', 'threat', 'discrimination'] as const;
export const WINDOW_CLASSES = ['impolite', 'confidential', 'special-category', 'credentials', 'advertising'] as const;
export type SentenceClass = (typeof SENTENCE_CLASSES)[number];
export type WindowClass = (typeof WINDOW_CLASSES)[number];
export type CouncilClass = SentenceClass | WindowClass;
/** Every class a policy file may list under learntJudgements. */
export const COUNCIL_CLASSES: readonly CouncilClass[] = [...SENTENCE_CLASSES, ...WINDOW_CLASSES];

export function isSentenceClass(cls: CouncilClass): cls is SentenceClass {
  return (SENTENCE_CLASSES as readonly string[]).indexOf(cls) >= 0;
}

// ---- Sentence classes: cues over the lower-cased sentence ----

const PC_GROUPS: Record<string, string> = {
  sex: "wom[ae]n|m[ae]n|blokes?|chaps?|lads|lasses?|girls?|ladies|females?|males?|gentlemen|sex|gender",
  family: 'mothers?|mums?|dads?|single (?:mothers?|dads?|parents?)|married|marriage|wife|husband|widows?|civil partners?|childcare',
  pregnancy: 'pregnant|pregnancy|maternity|baby|babies',
  age: "old(?:er)?|elderly|over-\\w+|over (?:sixty|seventy|fifty|fifties|sixties|seventies)|young(?:er|sters)?|youth|age|aged|pensioners?|retir\\w+|past it|at (?:his|her|your|their) age",
  disability: 'disabled|disability|disabilities|wheelchairs?|blind|deaf|autistic|autism|mental(?:ly)? ill\\w*|mental illness|stammer|hearing aid|mobility|learning difficult\\w+|handicapped',
  religion: 'muslims?|islam\\w*|jews?|jewish|christians?|catholics?|protestants?|hindus?|sikhs?|buddhists?|mosques?|church|synagogues?|temples?|headscarf|hijab|turbans?|prayers?|faith|religio\\w+|rome',
  race: 'foreign(?:ers?)?|immigrants?|migrants?|newcomers? from abroad|from abroad|come over here|polish|poles|romanians?|eastern europeans?|africans?|africa|asians?|black|chinese|irish|pakistanis?|indians?|roma|travellers?|gypsy|gypsies|english spoken|our sort|different background|ethnic\\w*',
  orientation: 'gay|gays|lesbians?|homosexuals?|bisexual|pride|rainbow|same-sex|his wife|her wife|his husband',
  trans: 'trans|transgender|trans women|trans men|in a dress|non-binary',
};
const PC = new RegExp(`\\b(?:${Object.values(PC_GROUPS).join('|')})\\b`, 'i');
const PC_EACH = Object.entries(PC_GROUPS).map(([k, v]) => [k, new RegExp(`\\b(?:${v})\\b`, 'i')] as const);

/** Verbs that start a command in a later clause (./detect.ts's list reads only the sentence's first word). */
const CLAUSE_VERBS = 'sort|cancel|book|order|pay|add|tell|ask|get|move|put|fix|remove|chase|ring|phone|send|arrange|change|stop|close|lock|clear|empty|cut|paint|print|update|take|bring|leave|keep|give|let';
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|next week|the end of|half term|easter|christmas|the \\w+ meeting)';
/** Hand-built cues: name → expression over the lower-cased sentence. */
const CUES: Record<string, RegExp> = {
  'should-be': /\b(?:should|must|ought to|needs? to|has to|have to|wants?|needs?) (?:be|go|come|stay|remain|\w+ing)\b/,
  'is-to-be': /\b(?:is|are|am) (?:not )?to (?:be|go|come|remain|stay|begin|start)\b/,
  'want-done': /\b(?:i'?d (?:really )?like|i would like|i want|i'?d want|i'?d expect|i expect|i'?ll (?:be )?expect\w*|i'?m expecting|i need|we'?ll (?:be )?need\w*|i'?d prefer|i should like|it is my wish|i trust|i should be obliged|it would be (?:great|appreciated|perfect))\b(?! to (?:know|thank|propose|ask|see|raise|discuss|say|hear|understand))/,
  'make-sure': /\b(?:make sure|ensure|see to it|see that|get (?:the|that|those|it|them|your)\b|let'?s (?:get|have|make)|kindly|would you (?:get|make|see|sort))/,
  told: /\b(?:i'?ve|i have|i) (?:told|said to|said|agreed|promised|assured|informed|arranged|booked|asked (?:the|him|her|them)|instructed|okayed|ok'?d|given (?:the|him|her|them) the)\b/,
  'can-have': /\b(?:can|may|will) (?:have|use|start|park|keep|go ahead)\b|\bthe council (?:will|won'?t) (?:mind|pay|meet)/,
  deadline: new RegExp(`\\b(?:by|before|until|no later than|from) ${DAY}|\\b(?:today|tomorrow|asap|this week|first thing|from now on|immediately|without (?:further )?delay|straight away|right away|by then|before (?:the|he|she|they|anyone|it))\\b`),
  money: /£\s?\d|\b\d+k\b|\bpounds?\b|\bfree of charge\b|\bwaived?\b|\bpay(?:ing|ment)?\b/,
  'ask-info': /\b(?:let me know|do you know|do we know|is there|has anyone|have we|have you|when (?:is|are|does|do|will)|how (?:many|much|often)|who (?:is|holds|put|runs|decided)|what time|any news|i wonder|i'?d (?:like|love|be interested) to know|could you tell me|may i (?:ask|enquire)|might i|is it|are the|was the|were the)\b/,
  agenda: /\b(?:agenda|committee|propos\w+|vote|voting|motion|raise it|put (?:it )?to|full council|meeting|consider)\b/,
  report: /\b(?:asked (?:me|whether|if|about)|mentioned|tells me|told me|rang me|has asked|have asked|wants to know|i noticed|just flagging|for what it'?s worth|just so you'?re aware)\b/,
  thanks: /\b(?:thank|thanks|well done|congratulations|lovely|brilliant|grateful|apologies|sorry)\b/,
  // A command after a comma, "so" or a dash, where ./detect.ts reads only a sentence's opening
  // ("…should be on a timer by now, sort it", "…, so cancel the other order").
  'clause-imperative': new RegExp(`(?:[,;:]|\\s[-–—])\\s*(?:(?:so|and|then|just|please|now)\\s+)*(?!keep (?:it|that|this) up)(?:${CLAUSE_VERBS})\\s+(?:the|them|it|that|this|those|these|a|an|him|her|our|all|everything|up|out|off)\\b`),
  // Forbidding or holding work back on the writer's say-so: "Don't let them close the lane until I've seen the plan".
  'hold-back': /\b(?:don'?t|do not|doesn'?t|mustn'?t) let (?:them|him|her|anyone|any|the|that|those)\b|^(?:no more|nobody|no-one|no one) \w+|\b(?:nobody|no-one|no one|nothing) (?:is|are) to\b|\buntil i(?:'?ve| have)? (?:seen|approved|checked|signed|agreed|looked|had|say|said)\b/,
  // Something done or set up for the writer: "get the boiler looked at", "needing the hall set out".
  causative: /\b(?:get|getting|have|having|needing|need|want|wanting) (?:the|that|those|it|them|this|these|our) (?:[\w']+ ){0,3}?(?:\w+ed|done|set out|set up|cut|put up|taken down|seen to|sorted|fixed|sent|made|swept|emptied|painted|shut|locked)\b/,
  // A decision announced as settled: "We're going with the cheaper printer", "the rota is going back to how it was".
  settled: /\b(?:we'?re|we are|it'?s|it is|is|are) going (?:back to|with|ahead)\b|\bwe'?re (?:switching|changing|moving) (?:to|over)\b/,
  you: /\b(?:you|your|you'?re|yours|yourself)\b/,
  i: /\b(?:i|i'?m|i'?ve|i'?d|i'?ll|me|my)\b/,
  we: /\b(?:we|we'?re|we'?ll|us|our)\b/,
  she: /\b(?:she|her|he|him|his|they|them)\b/,
  looks: /\b(?:looks?|looked|looking|pretty|gorgeous|beautiful|stunning|attractive|ravishing|fetching|sexy|shapely|figure|legs|body|boobs|bum|hair|lips|smile more|weight|make-?up|dress|skirts?|top|jeans|bikini|swimsuit|wear|wearing|view|bending|provocative\w*|frigid)\b/,
  private: /\b(?:husband|wife|boyfriend|girlfriend|fella|chap|partner|married|single|divorce|split up|affair|dating|seeing (?:each other|someone|the)|wedding ring|pregnant|ivf|gay|lesbian|kiss|home|flat|lonely|live with|sister|daughter|children|clinic|drinks)\b/,
  pressing: /\b(?:again|keep (?:asking|messaging|texting|ringing|calling|coming|bringing)|until you|till you|won'?t take no|no for an answer|(?:third|fourth|fifth) time|times now|every (?:day|week|friday)|still (?:waiting|no|haven'?t)|ignor\w+|blocked|avoid\w*|don'?t say|not give up|persistent|playing hard to get|you can'?t stop)\b/,
  presence: /\b(?:your (?:house|flat|home|address|door|car|street|office window)|outside|waiting (?:in|by|for|outside)|followed|watching|drove past|been past|popped round|come round|drop by|find you|alone|just (?:the two of us|you and me)|after (?:hours|work|dark)|privately)\b/,
  endearment: /\b(?:darling|love|babe|sweetheart|gorgeous|my dear|young lady|girl|lass|nice girl|blonde)\b/,
  invite: /\b(?:drink|dinner|supper|lunch|coffee|date|theatre|dancing|pint|table|tickets)\b/,
  property: /\b(?:car|van|motor|tyres?|windows?|glass|shed|greenhouse|house|home|fence|roof|garden|bikes?|boat|allotment|plot|polytunnel|pavilion|bench|noticeboard|lights|lamp posts?|trees?|planters?|cage|drains?|gutters?|scaffold|sheds?|mowers?|porch|conservatory|shop|café|business|property)\b/,
  'shame-if': /\b(?:shame|pity) (?:if|about|to see)\b|\b(?:be a|would be a|real) (?:shame|pity)\b|\b(?:would|i'?d) hate (?:for|to see) (?:your|it|him|her|anything|something)\b/,
  'i-know': /\b(?:i|we) know (?:where|which|what|your|the|who|how)\b|\bi know (?:it|she|he)\b|\bi'?ve (?:seen|found|been past|got your)\b|\bwe'?ve got your\b|\bknow the code\b|\bi still (?:have|know|got)\b|\bstill got keys\b/,
  veiled: /\b(?:accidents happen|just saying|just (?:an observation|mentioning)|i'?d (?:keep an eye|watch|check|think (?:very )?carefully|sleep)|if i were you|watch (?:yourself|himself|what)|think on|you'?ll (?:regret|be sorry|find)|careful|unlucky|things (?:happen|have a habit|go missing)|be a job|don'?t be (?:surprised|shocked)|won'?t (?:last|make it|survive|like it)|might (?:not|find)|could (?:come|go) (?:down|up)|see (?:what|how) happens|i'?ll (?:see to|make sure)|for its own good|long memor\w+|people remember)\b/,
  fragile: /\b(?:fragile|easy to|easily|dark|at night|overnight|after dark|quiet|flimsy|one good push|petrol|matches|weedkiller|brick|diesel|melts?|keyed|flat overnight|go flat|come down|comes? (?:off|apart|down))\b/,
  family: /\byour (?:kids|children|daughter|son|wife|husband|dog|cat|sister|mother)\b/,
  lawful: /\b(?:ombudsman|solicitor|police|complaint|court|election|ballot|appeal|legal|report\w*|interest|inspectorate|monitoring officer|campaign\w*|paper|mp)\b/,
  generalise: /\b(?:all|always|never|every|just|simply|these|those|they|them|their own|that lot|everyone knows|can'?t|don'?t|won'?t|aren'?t|isn'?t|too|no good|no place|no business|better|worse|lazy|useless|real|normal)\b/,
  decide: /\b(?:appoint\w*|shortlist\w*|hire|hiring|job|employ\w*|give (?:him|her|them|the job)|should(?:n'?t)? be allowed|keep (?:them|him|her) off|not having|won'?t have|don'?t want|i'?d rather|prefer|stop (?:giving|employing)|let them|mark (?:him|her) down|not bother|step aside|put (?:him|her|them)|left (?:him|her) off)\b/,
  supportive: /\b(?:welcome\w*|support\w*|accessible|accessibility|adjustments?|inclusive|equality|celebrat\w+|congratulations|proud|lovely|brilliant|great|well done|thank\w*|invit\w+|must not|mustn'?t|unlawful|protected|all (?:faiths|backgrounds)|whatever their)\b/,
};

/** A remark on someone's property that carries a menace ("Nice house. Big windows.", "Your tyres look soft"). */
const YOUR_PROPERTY = /\byour (?:\w+ )?(?:car|van|tyres|windows?|shed|greenhouse|house|fence|roof|garden|bikes?|boat|allotment|plot|polytunnel|tools|fruit cage|compost|porch|conservatory|shop|curtains|front door|marrows|leeks|mower|café|cafe|gnomes|sign|stall|cat|dog|wing mirrors|kids|children|daughter|son)\b/;
const MENACE = /\b(?:shame|pity|fragile|easy to (?:get|reach|crack|break)|very easy|dark|at night|overnight|after dark|petrol|matches|weedkiller|brick|keyed|(?:go|goes|look|looking) (?:flat|soft)|broken|accidents?|unlucky|just saying|hate for|regret|won'?t last|melts?|holes?|busy road|out of the river|one good push|every night|big windows|know (?:where|which)|(?:might|may|won'?t) not last|not last long|round here)\b/;
const PROPERTY_MENACE = { test: (s: string) => YOUR_PROPERTY.test(s) && MENACE.test(s) };
/** Advice and requests are not veiled threats ("Please don't leave tools in your van overnight"). */
const ADVICE = /^(?:please|can you|could you|would you)\b|\b(?:do not|don'?t|never) leave\b|\bthere (?:have|has) been (?:thefts?|break-ins?)/;

/**
 * Does a sentence the learnt threat judgement fired on stand as a threat to block, read with the
 * sentences either side (`around`, lower-cased)? The judgement learnt the corpus voices' words; on
 * ordinary mail it fires on a lone word of theirs ("I know some of you…", "your family", "damage").
 * It stands where harm, menace or knowing where someone is is named, aimed at a person or what is
 * theirs (their own account or decision is not a target), and where something says the writer or
 * someone may bring it about (THREAT_MENACE: a hedge, knowing, "a shame if"; or `menace`, the rule's
 * reading: ../rules/tone/threat-concepts.ts threatMenace); kind,
 * protective and business words are cleared by the rule (../rules/tone/threat-concepts.ts).
 */
const THREAT_HINT = /\b(?:if i were you|think (?:on|twice)|watch (?:your back|yourself|himself|herself|what|where)|be careful|don'?t be (?:surprised|shocked)|see (?:what|how) happens|long memor\w+|just saying|won'?t (?:last|survive)|not the only thing|a (?:very )?bad (?:night|day|week)|(?:something|anything) (?:bad )?happen\w* to|a habit of|of yours|a lot to lose|(?:lots?|plenty) of friends|word gets (?:round|around)|small town|master key|alarm code|trouble at home|can'?t (?:answer|vouch) for|be held responsible|i know (?:some )?people who|(?:i|we)(?:'ve| have)? (?:still )?(?:know|seen|found out) (?:where|which|what time))\b/;
const THREAT_MENACE = [CUES.veiled, CUES['i-know'], CUES['shame-if'], ACT_CUES['act-hedge'], THREAT_HINT];
const THREAT_STANDS = [ACT_CUES['act-harm'], ACT_CUES['act-target'], ACT_CUES['act-presence'], THREAT_HINT];
export function learntThreatStands(around: string, menace = false): boolean {
  const aimed = around.replace(/\b(?:your|his|her) own\b/g, '');
  return (menace || THREAT_MENACE.some((re) => re.test(aimed))) && (THREAT_STANDS.some((re) => re.test(aimed)) || CUES['shame-if'].test(aimed) || CUES.family.test(aimed) || PROPERTY_MENACE.test(aimed));
}

/**
 * The instruction class's gate, by name: the shapes of an instruction or a commitment the cue patterns
 * (../rules/instructions/detect.ts) do not read. instructions/councillor asks which of them a judged
 * sentence has (instructionForms), since a time phrase alone ("before Christmas") is no obligation.
 */
const INSTRUCTION_FORMS: Record<string, { test(s: string): boolean }> = {
  // "You must be joking", "you both must be shattered"; "the council should be doing more" is a view on what the council decides, not an order to its officers;
  // "…not a single fuse blown, which must be a first", "the quiz should be a good night" are guesses at what is or will be so.
  'should-be': {
    test: (s: string) => {
      const t = s.replace(/\b(?:which|that) must be (?:a|an|the|some)\b(?! priority)|\b(?:should|must) be (?:a |quite |really |very |so )?(?:good|great|lovely|grand|fun|brilliant|spectacular|busy|nice|fine|wonderful|interesting|worth|well attended)\b/g, '');
      return CUES['should-be'].test(t) && !/\b(?:you|council)(?: both| all| two)? (?:must|should|needs? to|have to|ought to) be\b/.test(t);
    },
  },
  'is-to-be': CUES['is-to-be'],
  // "I would expect the verges to be cut" as "I'd expect…" (a foretelling one, "…the hall to be busy", is
  // the writer's own: ../rules/instructions/judged.ts).
  'want-done': { test: (s: string) => CUES['want-done'].test(s.replace('i would', "i'd")) },
  'make-sure': CUES['make-sure'],
  told: CUES.told,
  'can-have': CUES['can-have'],
  deadline: CUES.deadline,
  'clause-imperative': CUES['clause-imperative'],
  'hold-back': CUES['hold-back'],
  causative: CUES.causative,
  settled: CUES.settled,
};
/** The names of the instruction gate's shapes a sentence has (see INSTRUCTION_FORMS). */
export function instructionForms(text: string): string[] {
  const lower = lowered(text);
  return Object.keys(INSTRUCTION_FORMS).filter((k) => INSTRUCTION_FORMS[k].test(lower));
}

/** Sentence gates: the judgement runs only on a sentence with a cue of its class's kind (tighter than the features). */
const SENTENCE_GATES: Record<SentenceClass, { test(s: string): boolean }[]> = {
  // Imperatives and "you must" are ./detect.ts's (instructions/councillor): what it let through
  // ("Send my apologies", "You must be joking") is not judged again.
  instruction: Object.values(INSTRUCTION_FORMS),
  harassment: [
    /\b(?:(?:you|she) (?:look|looked|looks) (?:so |very |really )?pretty|pretty (?:face|girl|thing|woman|lady|young)|gorgeous|beautiful|stunning|(?:you|she|he)(?:'re|'s| are| is| look| looked)? (?:very |so |far too |too |really )?attractive|attractive (?:girl|woman|lady|young|figure)|sexy|shapely|your figure|(?:your|her|nice|lovely|long|those) legs|legs like|boobs|bum|lips|smile more|lost weight|put on weight|make-?up|(?:that|your|in a|wear a|wore a|red|tight) dress|skirts?|jeans|bikini|swimsuit|fetching|ravishing|provocative\w*|frigid|you look(?:ed)? (?:very|so|lovely|stunning|gorgeous|beautiful|fit|sexy|hot|nice|good)|nice view|bending over|bent over|something to wear|see it on you|wear (?:it|that|this) (?:for|to) me)\b/,
    /\b(?:your (?:husband|wife|boyfriend|girlfriend|fella|chap|divorce|flat)|(?:boyfriend|girlfriend|fella|divorce|split up|affair|dating|wedding ring|ivf|give (?:me|us) a kiss|kiss (?:me|you)|lonely|(?:who|do) you live with|live with (?:him|her|them|your))|(?:are you|you'?re|still|is she|is he) (?:married|single|seeing)|seeing (?:each other|someone|the)|(?:is|she'?s) pregnant)\b/,
    /\b(?:keep (?:asking|messaging|texting|ringing|calling) (?:you|her|him)|(?:asking|asked) you out|until you (?:say|agree|reply|answer|do)|till you (?:answer|say)|won'?t take no|no for an answer|time of asking|times now|blocked my number|avoiding me|playing hard to get|you can'?t stop me|(?:i'?ll|i will|i won'?t|i shan'?t) (?:not )?give up)\b/,
    /\b(?:outside your|waiting (?:for you|by your|outside|in the car park)|followed (?:you|her|your)|watching (?:you|your)|drove past your|been past your|popped round|come round (?:to yours|tonight|and cheer)|drop by your|alone with|just (?:the two of us|you and me)|after hours, just|come and find you)\b/,
    /\b(?:darling|babe|sweetheart|my dear|young lady|gorgeous)\b/,
    /\b(?:asked you out|you said no|silence as a yes|pick you up at|won'?t you answer|give me your number|your (?:personal )?facebook|personal facebook|keep me company|better view|lovely voice|at (?:her|your) door|i know (?:where|which|when) you|in that (?:top|dress|skirt|jumper)|sitting opposite|clinic|(?:is|be) (?:gay|pregnant)|(?:his|her) (?:new )?partner|whose car|half (?:his|her) age|on the pull|having it off|at it with)\b/,
  ],
  threat: [
    /\b(?:i|we) know (?:where|which|who you|when you|what (?:time|nights?|days?) you|your (?:car|van|house|address|kids|children|wife|husband|shift|route|dog|cat)|(?:his|her|their) (?:car|van|house|address|kids|children|wife|husband|shift|route))\b|\bwhere (?:you|people|he|she|they) live\b|\bof yours\b|\b(?:might|may|could) find (?:itself|themselves|himself|herself|yourself|their|your|his|her)\b|\bbe a job\b|\bthe same night\b|\ba lot of trouble\b|\bgets? broken\b|\bwon'?t last (?:a|the|long)\b|\bknow the (?:code|alarm)|\bi still (?:have|know|got) (?:a |the )?(?:key|code)|\bi'?ve got your\b|\bi'?ve (?:seen|found) (?:where|your)\b/,
    CUES['shame-if'],
    /\b(?:accidents happen|just saying\.?$|just an observation|think on|you'?ll regret|things (?:have a habit|go missing)|for its own good|watch (?:yourself|himself|herself)|one eye open|i'?ll see to that|won'?t see me coming|be a pity|unlucky things)/,
    PROPERTY_MENACE,
  ],
  discrimination: [],
};
/** Protected-characteristic words that are rarely anything else (the gate); the features use the wider PC. */
const PC_GATE = new RegExp(
  '\\b(?:' +
    [
      "wom[ae]n|blokes?|lads|lasses|girls|ladies(?! and gentlemen)|females|mothers|mums|single (?:mothers?|dads?|parents?)|widows?|pregnant",
      '(?:the )?older (?:staff|people|workers|lads|ones|residents|councillors|members|folk|employees|applicants|candidates|soldiers)|elderly|over-(?:fifties|sixties|seventies|eighties)|over (?:sixty|seventy|fifty|fifties|sixties|seventies)',
      'youngsters|young (?:people|women|men|mothers|lads|girls|ones)|pensioners|at (?:his|her|your) age|past it',
      'disabled (?:people|person|lad|residents|staff|councillor|tenants|candidate|applicant|ones?)|the disabled|with (?:a )?disabilit(?:y|ies)|wheelchair users?|in (?:a|the) wheelchair|(?:the )?(?:blind|deaf) (?:people|person|man|woman|residents|tenants|applicant|candidate|one)|the (?:blind|deaf)|autistic|mental(?:ly)? ill\\w*|mental illness|stammer|hearing aid',
      'muslims?|islam|jews|jewish (?:families|people|community|lot)|christians|catholics|a catholic|hindus|a hindu|sikhs?|mosques?|synagogues?|headscarf|hijab|turbans?',
      'foreigners|foreign (?:people|workers|families|family|lads|nationals|names|sounding)|immigrants?|migrants|from abroad|poles|polish (?:people|lads|workers|families|club|community|residents)|romanians|eastern europeans|africans|asians|(?:african|asian|romanian) (?:people|families|lads|shopkeepers|community|lot)|black (?:people|lads|man|men|families)|chinese (?:people|families|takeaways?|lot)|irish (?:families|people|lot)|pakistanis|roma|the travellers|travellers(?:\'| site| will| always| never)|gypsy|gypsies|english spoken|our sort|different background',
      "gay (?:people|couples?|men|man|bloke|lad|one)|(?:is|'s|he'?s|she'?s) gay|gays|lesbians?|homosexuals?|trans (?:people|women|men|person|applicant|one|lot)|transgender|in a dress",
      "a (?:man|woman) (?:would|should|isn'?t|can'?t)|men are|men (?:just|simply)|man (?:for|on) the",
    ].join('|') +
    ')\\b',
  'i',
);
/** Does the sentence name people by a protected-characteristic word that is rarely anything else ("older staff", "women", "travellers")? */
export function namesProtectedGroup(text: string): boolean {
  return PC_GATE.test(lowered(text));
}
/**
 * A feature: a protected-characteristic term in the shape of a generalisation or a decision about people:
 * the term followed by a verb or generalising word ("women are…", "older staff just can't…",
 * "travellers will only…"), or preceded by a deciding word ("don't appoint anyone pregnant",
 * "keep them off", "too many foreigners").
 */
const PC_GATE_ALL = new RegExp(PC_GATE.source, 'gi');
const PC_AFTER = /^[\s,;]*(?:[\w'’]+\s+){0,3}?(?:(?:are|is|were|was)(?! (?:\w+ed|\w+ing|now|here|there|at|in|on|to|from|with|for|due|available|able|invited|welcome|entitled|eligible|responsible|required|expected|also|that|who|which|when|where|and|or|but|been)\b)(?!\s*(?:[,.;:!?]|$))|can'?t|cannot|couldn'?t|don'?t|doesn'?t|won'?t|wouldn'?t|aren'?t|isn'?t|always|never|just|simply|should(?:n'?t)?|have no|has no|only|all|too|must|ruin\w*|lot)\b/;
const PC_BEFORE = /\b(?:appoint\w*|hire|hiring|shortlist\w*|employ\w*|give|let|having|want|keep|stop|allow\w*|trust\w*|put|mark|prefer|rather|no place|wouldn'?t|shouldn'?t|too many|fewer|these|those|no more|not having|because)\b/;
const POSSESSIVE_NEXT = /^\s?['’]\s?s?\b/;
const VOCATIVE_NEXT = /^\s*[,!:]/;
// Read on at most the 30 characters before the group word, so bounding each repetition at 30 changes
// nothing it matches and keeps the expression linear on any input (test/hardening/regex-safety).
const VOCATIVE_BEFORE = /(?:^|[\n.!?]\s{0,30})(?:(?:hi|hey|hello|dear|morning|evening|thanks|thank you|come on|well)[ ,]{1,30}(?:all|the|you|all you|my)?\s{0,30})?(?:\w{1,30} and )?$/;
const RELATIVE_NEXT = /^[\s,]*(?:who|that|which|whose|whom)\b/;
function generalisesAboutPeople(text: string, groups: RegExp = PC_GATE_ALL, lower = text): boolean {
  groups.lastIndex = 0;
  for (let m = groups.exec(text); m; m = groups.exec(text)) {
    const end = m.index + m[0].length;
    // Words before it in the same clause: after the last full stop, question or exclamation mark.
    let before = lower.slice(Math.max(0, m.index - 50), m.index);
    const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
    if (stop >= 0) before = before.slice(stop + 1);
    const after = lower.slice(end, end + 40);
    // "The women's network is…": what the verb is about is the thing that is theirs. "Ladies, the…": the readers addressed.
    if (POSSESSIVE_NEXT.test(after) || (VOCATIVE_NEXT.test(after) && VOCATIVE_BEFORE.test(lower.slice(Math.max(0, m.index - 30), m.index)))) continue;
    // "Women who want to…", "girls that…": a relative clause picks some of them out; its verb says nothing of the group.
    if ((PC_AFTER.test(after) && !RELATIVE_NEXT.test(after)) || PC_BEFORE.test(before)) return true;
  }
  return false;
}
/** The rule's group lists, lower case and capitalised, global (shared: each use resets lastIndex). */
const [GROUP_LOWER_ALL, GROUP_CAPS_ALL] = GROUPS_ALL;
/**
 * A statement about people by a protected characteristic, not a mention of them: a coded phrase, a
 * judgement the rule's lists name (../judge/generalisation.ts), or a group (by the narrow word list or
 * the rule's group lists, capitals as written) followed by a verb or generalising word, or preceded by
 * a deciding word ("older staff just can't", "the Catholic lad will only", "don't appoint anyone over sixty").
 * `text` is the sentence as written.
 */
export function statesAboutGroup(text: string): boolean {
  if (CODED_PHRASE.test(text) || JUDGED_PHRASE.test(text)) return true;
  const lower = lowered(text);
  return generalisesAboutPeople(lower, PC_GATE_ALL) || generalisesAboutPeople(lower, GROUP_LOWER_ALL) || generalisesAboutPeople(text, GROUP_CAPS_ALL, lower);
}

/** Does the sentence end with "?" (before closing quotes, brackets and spaces)? A scan, not a pattern. */
function endsWithQuestion(s: string): boolean {
  let e = s.length;
  while (e > 0 && ' \t\r\n"\')”’'.indexOf(s[e - 1]) >= 0) e--;
  return e > 0 && s[e - 1] === '?';
}

const lowered = (text: string) => text.toLowerCase().replace(/’/g, "'");

/** Sentence-level hand-built cues of a window: the cue patterns, a question, protected characteristics. */
function addSentenceCues(x: FeatureVector, lower: string): void {
  for (const [name, re] of Object.entries(CUES)) if (re.test(lower)) x.set(`h:${name}`, 1);
  addActCues(x, lower);
  if (endsWithQuestion(lower)) x.set('h:question', 1);
  if (PROPERTY_MENACE.test(lower)) x.set('h:property-menace', 1);
  if (ADVICE.test(lower)) x.set('h:advice', 1);
  if (YOU_SUBJECT.test(lower)) x.set('h:you-subject', 1);
  if (PASSIVE.test(lower)) x.set(CUES.deadline.test(lower) ? 'h:passive-deadline' : 'h:passive', 1);
  if (PC.test(lower)) {
    x.set('h:pc', 1);
    if (PC_GATE.test(lower)) x.set('h:pc-group', 1);
    if (generalisesAboutPeople(lower)) x.set('h:pc-shape', 1);
    for (const [k, re] of PC_EACH) if (re.test(lower)) x.set(`h:pc=${k}`, 1);
  }
}
/** The act cues (../data/council-act-cues.ts) and their pairs with whom or what they are aimed at. */
function addActCues(x: FeatureVector, lower: string): void {
  const found = new Set<string>();
  for (const [name, re] of Object.entries(ACT_CUES)) if (re.test(lower)) found.add(name);
  const person = x.has('h:you') || x.has('h:she') || x.has('h:capitalised');
  const has = (k: string) => found.has(k) || x.has(`h:${k}`);
  for (const [a, b, name] of ACT_PAIRS) if (has(a) && (b === 'person' ? person : has(b))) x.set(`h:${name}`, 1);
  for (const k of found) if (!ACT_PARTS.has(k)) x.set(`h:${k}`, 1);
}

/** The reader addressed as the subject: "you look…", "you should…", "you'll regret…". */
const YOU_SUBJECT = /(?:^|[,;:.!?]\s*)(?:and |but |so |now |well )?you(?:'re|'ll|'d|'ve)? (?!know\b|can\b|could\b|might\b|may\b)\w+/;
/** Passive obligation or arrangement: "is to be padlocked", "should be moved", "needs cutting". */
const PASSIVE = /\b(?:is|are|be|been|being|get|gets|got) (?:\w+ed|done|made|put|cut|kept|shut|left|set|paid|sent|taken|given|seen|sorted|fixed)\b|\bneeds? (?:\w+ing)\b/;

/** Is the sentence a candidate for this class's judgement? */
export function isCandidate(cls: SentenceClass, text: string, wide = COUNCIL_MODELS[cls].wide === true): boolean {
  return isCandidateLower(cls, lowered(text), wide, text);
}

/**
 * Wider candidates for the tone classes: any cue of the class's kind in the features (looks, private
 * life, pressing, presence, endearments, invitations; property, veiled words, menace, family; a
 * protected characteristic with a generalising or deciding word). The narrow gates above were
 * written from the train and dev voices' own phrasings and held too few unseen writers' remarks;
 * the wider ones leave the deciding to the model, whose threshold keeps ordinary text quiet.
 */
const WIDE_GATES: Partial<Record<SentenceClass, { test(s: string): boolean }[]>> = {
  // The act cues, not the single words of looks, home or drinks: a word alone opened the gate on one
  // business sentence in seven (the held-back Enron intent sentences).
  harassment: [...['act-body', 'act-looks', 'act-private', 'act-after-no', 'act-presence', 'act-intimate', 'act-innuendo', 'act-endearment'].map((k) => ACT_CUES[k])],
  threat: [
    // Not any property or "dark" word alone (a house, a car, a window): a hedge, harm or menace.
    CUES.veiled, CUES['i-know'], CUES['shame-if'], PROPERTY_MENACE, ACT_CUES['act-harm'], ACT_CUES['act-hedge'],
    // Possession and vulnerability: the reader's (or a named person's) property beside an "if" or a weakness.
    { test: (s: string) => (ACT_CUES['act-target'].test(s) || YOUR_PROPERTY.test(s)) && (ACT_CUES['act-condition'].test(s) || CUES.fragile.test(s)) },
  ],
};

/**
 * A question asking whether or when something happens ("Will the bins be emptied before the fair?",
 * "Is the chain being cleaned, or is it fine?"): a councillor asking for information, not an instruction.
 * "Can you…", "Could you…", "Would you…" and "Do you think you could…" ask for action and stay candidates.
 */
const INFO_QUESTION = /^(?:(?:and|but|so|also|oh|just|sorry)[, ]+)?(?:is|are|was|were|will (?!you\b)|would (?!you\b)|has|have|had|do (?!you (?:think|mind)\b)|does|did|when|what|who|why|how|which|where|whether|any)\b/;

/**
 * A candidate the class's judgement must not report, whatever its score (the model is still trained
 * on it as innocent text, which teaches it what such a sentence looks like).
 */
function ruledOut(cls: CouncilClass, lower: string): boolean {
  if (cls === 'harassment') return THING_WAITS.test(lower);
  return cls === 'instruction' && ((endsWithQuestion(lower) && INFO_QUESTION.test(lower.trimStart())) || ASKS_FOR_PAPERS.test(lower) || EXPECTS_BETTER.test(lower));
}
/**
 * A thing waiting for the reader ("your parcel is waiting for you at the office", "these messages are
 * still waiting for you on our server"): an errand, not someone waiting about for them.
 */
const THING_WAITS =
  /\b(?:message|e-?mail|voicemail|parcel|package|post|letter|document|paper|key|form|order|deliver(?:y|ie)|file|invoice|cheque|ticket|result|cop(?:y|ie)|certificate|prescription|book|pass|badge|goods|stock|refund)s?\b[^.!?\n]{0,40}\bwaiting for (?:you|u)\b/;
/** A complaint about a standard, with nothing to do named ("Frankly I expect better."): not an instruction. */
const EXPECTS_BETTER = /\bi(?:'d| would)? expect(?:ed)? (?:\w+ )?(?:better|more)\s*(?:[.!,;]|$|of\b|from\b|than\b)/;
/** Asking for papers or information for oneself ("send me the report by Monday", "I need a copy of the quote"): information, not an instruction. */
const ASKS_FOR_PAPERS = /\b(?:send|give|forward|email|pass|show|bring) me\b|\b(?:on|to) my desk\b|\b(?:a copy|copies|sight) of\b/;

/** `text` is the sentence as written (the rule's group lists read capitals: "Poles", "the Chinese tenants"). */
function isCandidateLower(cls: SentenceClass, lower: string, wide: boolean, text: string): boolean {
  // People named by the characteristic: the narrow word list, or the rule's own group and coded-phrase
  // lists (../judge/generalisation.ts: "somebody from a different background", "that persuasion").
  // A group the rule's lists name is a candidate in any shape ("the Sikhs have taken over the club").
  // Then a statement about them (statesAboutGroup), not a mention: "older residents' lunch club" is not judged.
  if (cls === 'discrimination') return (namesGroup(text) || PC_GATE.test(lower) || (wide && PC.test(lower))) && statesAboutGroup(text);
  if (cls === 'threat' && ADVICE.test(lower)) return false;
  // A lawful consequence (a complaint, the ombudsman, the police, the voters) with no harm or target named.
  if (cls === 'threat' && wide && ACT_CUES['act-lawful'].test(lower) && !ACT_CUES['act-harm'].test(lower) && !ACT_CUES['act-target'].test(lower)) return false;
  return SENTENCE_GATES[cls].some((re) => re.test(lower)) || (wide && (WIDE_GATES[cls] ?? []).some((re) => re.test(lower)));
}

// ---- Window classes: tokens, value shapes and cue families ----


export interface CouncilToken {
  /** Lower-cased word, or a value's shape ("#d4", "#pwsym", "#money"). */
  t: string;
  start: number;
  end: number;
  /** Starts with a capital letter (names). */
  cap: boolean;
}

const LEAD = '"\'“”‘’([{<*_';
const TRAIL = '.,;:!?"\'”’)]}>*_';
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
const SYMBOL = /[!#$%&*@_+=~^]/;
const SHORT_FORMS = new Set(["it's", "he's", "she's", "that's", "what's", "there's", "here's", "let's", "who's", "where's", "one's"]);

/** The shape of a chunk holding a digit or a symbol inside letters, or undefined for plain words. */
export function shapeOf(v: string): string | undefined {
  const digit = /[0-9]/.test(v);
  // Letters around a symbol count only when long enough to be a password ("AT&T" and "Q&A" are not).
  if (!digit && !(SYMBOL.test(v) && /[A-Za-z]/.test(v) && v.length >= 6)) return undefined;
  if (v.includes('@')) return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v) ? '#email' : '#mixsym';
  if (/^(?:https?:|www\.)/i.test(v)) return '#url';
  if (/^[£$€]/.test(v)) return '#money';
  if (/^[0-9]{1,2}(?:[:.][0-9]{2})?(?:am|pm)$/i.test(v) || /^[0-9]{1,2}:[0-9]{2}$/.test(v)) return '#time';
  if (/^[0-9]+(?:\.[0-9]+)?%$/.test(v)) return '#pct';
  if (/^[0-9]+(?:st|nd|rd|th)$/i.test(v)) return '#ord';
  if (/^(?:19|20)[0-9]{2}$/.test(v)) return '#year';
  if (/^[0-9]+$/.test(v)) return v.length <= 2 ? '#d2' : v.length === 3 ? '#d3' : v.length === 4 ? '#d4' : v.length <= 6 ? '#d56' : '#d7';
  if (/^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/.test(v) || /^[0-9]+\.[0-9]+$/.test(v)) return '#num';
  if (/^[0-9]+(?:\/[0-9]+)+$/.test(v)) return '#date';
  if (/^[0-9]+(?:-[0-9]+)+$/.test(v)) return '#dgrp';
  if (/^[0-9][A-Z]{2}$/.test(v)) return '#postin';
  if (/^[0-9]+[a-z]{1,3}$/i.test(v)) return '#unit';
  if (/^[A-Z]{1,6}[-/]?[0-9][A-Z0-9/-]*$/.test(v) && !/[a-z]/.test(v)) return /-/.test(v) ? '#ref' : '#caps';
  if (SYMBOL.test(v)) return '#pwsym';
  if (/[a-z]/.test(v) && /[A-Z]/.test(v)) return '#pwmixed';
  return '#pw';
}

/** Words, and one shape token for each chunk that holds a digit or a symbol between letters. */
export function councilTokens(text: string, from = 0, to = text.length): CouncilToken[] {
  const out: CouncilToken[] = [];
  const chunk = /\S+/g;
  chunk.lastIndex = from;
  for (let m = chunk.exec(text); m && m.index < to; m = chunk.exec(text)) {
    let s = m.index;
    let e = Math.min(m.index + m[0].length, to);
    while (s < e && LEAD.includes(text[s])) s++;
    let trail = '';
    while (e > s && TRAIL.includes(text[e - 1])) {
      if (text[e - 1] === '?' || text[e - 1] === '!') trail = text[e - 1];
      e--;
    }
    if (s < e) {
      const v = text.slice(s, e);
      const shape = shapeOf(v);
      if (shape) out.push({ t: shape, start: s, end: e, cap: false });
      else {
        WORD.lastIndex = 0;
        for (let w = WORD.exec(v); w; w = WORD.exec(v)) {
          const lower = w[0].toLowerCase();
          const t = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
          const start = s + w.index;
          const cap = /^[A-Z]/.test(w[0]);
          // "gate's 2001", "the council's": the noun and its "'s" (but "it's", "he's" stay whole).
          if (t.length > 3 && t.endsWith("'s") && !SHORT_FORMS.has(t)) {
            out.push({ t: t.slice(0, -2), start, end: start + w[0].length - 2, cap });
            out.push({ t: "'s", start: start + w[0].length - 2, end: start + w[0].length, cap: false });
          } else out.push({ t, start, end: start + w[0].length, cap });
        }
      }
    }
    if (trail) out.push({ t: trail, start: e, end: e + 1, cap: false });
  }
  // "SG12 9AB": a postcode, not a code.
  for (let i = 1; i < out.length; i++) {
    if (out[i].t === '#postin' && /^[A-Z]{1,2}[0-9][0-9A-Z]?$/.test(text.slice(out[i - 1].start, out[i - 1].end))) out[i - 1].t = out[i].t = '#postcode';
  }
  return spacedDigits(text, out);
}

/**
 * "tap in 5 8 3 1 and then the tick": single digits typed one space apart, as a keypad code is read
 * out, are one value of that many digits (three or more), shaped as if written together.
 */
function spacedDigits(text: string, tokens: CouncilToken[]): CouncilToken[] {
  const single = (t: CouncilToken) => t.t === '#d2' && t.end - t.start === 1;
  let out: CouncilToken[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    let j = i;
    while (j + 1 < tokens.length && single(tokens[j]) && single(tokens[j + 1]) && tokens[j + 1].start === tokens[j].end + 1 && text[tokens[j].end] === ' ') j++;
    if (j - i >= 2) {
      out ??= tokens.slice(0, i);
      out.push({ t: shapeOf('0'.repeat(j - i + 1))!, start: tokens[i].start, end: tokens[j].end, cap: false });
      i = j;
    } else out?.push(tokens[i]);
  }
  return out ?? tokens;
}

interface CuePhrase {
  family: string;
  words: string[];
}

const CUES_BY_FIRST = new Map<string, CuePhrase[]>();
for (const [family, phrases] of Object.entries(CUE_FAMILIES)) {
  for (const p of phrases) {
    // "#pct off": a shape name stands for itself.
    const words = p.split(' ').flatMap((w) => (w[0] === '#' ? [w] : councilTokens(w).map((t) => t.t)));
    if (!words.length) continue;
    const list = CUES_BY_FIRST.get(words[0]) ?? [];
    list.push({ family, words });
    CUES_BY_FIRST.set(words[0], list);
  }
}

export interface CueHit {
  family: string;
  /** Token indexes [first, last]. */
  first: number;
  last: number;
}

/** Every cue-family phrase in a token list. */
export function cueHits(tokens: readonly CouncilToken[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = CUES_BY_FIRST.get(tokens[i].t);
    if (!list) continue;
    for (const p of list) {
      let j = 0;
      while (j < p.words.length && tokens[i + j] && tokens[i + j].t === p.words[j]) j++;
      if (j === p.words.length) out.push({ family: p.family, first: i, last: i + j - 1 });
    }
  }
  return out;
}

const PASSWORD_SHAPES = new Set(['#pwsym', '#pwmixed']);
const CODE_SHAPES = new Set(['#d3', '#d4', '#d56', '#dgrp', '#pw', '#pwsym', '#pwmixed', '#mixsym', '#caps', '#year']);
/** Capitalised words that are not names (sentence starts are skipped anyway). */
const NOT_NAMES = new Set(['i', 'the', 'council', 'councillor', 'councillors', 'mayor', 'chair', 'clerk', 'part', 'ii', 'hi', 'dear', 'hello', 'regards', 'thanks', 'best', 'cllr']);
/** Months, days and feasts: capitalised, but no one ("away from 17 to 28 March for a small operation on my knee"). */
const DATE_WORDS = new Set(ALWAYS_CAPITALISED);

/** A capitalised word inside a sentence that is not a known non-name ("Mrs Hale", "Colin"). */
function hasName(tokens: readonly CouncilToken[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].cap && !NOT_NAMES.has(tokens[i].t) && !/[.?!]/.test(tokens[i - 1].t)) return true;
  return false;
}

const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'll", "i'd", 'my', 'me', 'myself']);
const OTHER_PERSON = new Set(['person-title', 'staff-role', 'third-person']);

/**
 * Whose details: the nearest person before the cue in its sentence (up to twelve words back), or
 * failing that the nearest after it. The writer ("I", "my") is not someone else.
 */
/** Where each cue family's hits start in a window, indexed once per window: lookups stay linear in a long sentence. */
const FIRSTS = new WeakMap<readonly CueHit[], Map<string, Set<number>>>();
const NONE: ReadonlySet<number> = new Set();
function firstsOf(hits: readonly CueHit[], family: string): ReadonlySet<number> {
  let m = FIRSTS.get(hits);
  if (!m) {
    m = new Map();
    for (const h of hits) (m.get(h.family) ?? m.set(h.family, new Set()).get(h.family)!).add(h.first);
    FIRSTS.set(hits, m);
  }
  return m.get(family) ?? NONE;
}
/** Does a hit of `family` start within `span` tokens of token i? */
function hitNear(hits: readonly CueHit[], family: string, i: number, span: number): boolean {
  const at = firstsOf(hits, family);
  if (!at.size) return false;
  for (let k = i - span; k <= i + span; k++) if (at.has(k)) return true;
  return false;
}

function aboutSomeoneElse(tokens: readonly CouncilToken[], hits: readonly CueHit[], cue: CueHit): boolean {
  const kind = (i: number): 'me' | 'other' | undefined => {
    const t = tokens[i];
    if (FIRST_PERSON.has(t.t)) return 'me';
    if (i > 0 && t.cap && !NOT_NAMES.has(t.t) && !DATE_WORDS.has(t.t) && !/[.?!]/.test(tokens[i - 1].t)) return 'other';
    return [...OTHER_PERSON].some((f) => firstsOf(hits, f).has(i)) ? 'other' : undefined;
  };
  for (let i = cue.first - 1; i >= 0 && i >= cue.first - 12 && !/[.?!]/.test(tokens[i].t); i--) {
    const k = kind(i);
    if (k) return k === 'other';
  }
  for (let i = cue.last + 1; i < tokens.length && i <= cue.last + 8 && !/[.?!]/.test(tokens[i].t); i++) {
    const k = kind(i);
    if (k) return k === 'other';
  }
  return false;
}

/** Features of one window of tokens (binary presence, as the politeness model). */
export function windowFeatures(tokens: readonly CouncilToken[], hits: readonly CueHit[] = cueHits(tokens)): FeatureVector {
  const x: FeatureVector = new Map();
  let prev = '^';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].t;
    x.set('w:' + t, 1);
    x.set('b:' + prev + '_' + t, 1);
    if (t.length >= 6 && t[0] !== '#') x.set('p:' + t.slice(0, 5), 1);
    prev = t;
    if (CODE_SHAPES.has(t)) x.set('h:code-shape', 1);
  }
  x.set('b:' + prev + '_$', 1);
  if (hasName(tokens)) x.set('h:capitalised', 1);
  for (const h of hits) x.set('h:' + h.family, 1);
  // Pairs the classes hinge on: a value near an access word, a name near a health or HR word.
  const near = (a: (t: CouncilToken) => boolean, family: string, span: number, name: string) => {
    for (let i = 0; i < tokens.length; i++) {
      if (!a(tokens[i])) continue;
      if (hitNear(hits, family, i, span)) {
        x.set(name, 1);
        return;
      }
    }
  };
  near((t) => CODE_SHAPES.has(t.t), 'access', 6, 'h:code-near-access');
  near((t) => CODE_SHAPES.has(t.t), 'reference', 4, 'h:code-near-reference');
  if (hits.some((h) => h.family === 'praise') && hits.some((h) => h.family === 'grievance')) x.set('h:praise-with-grievance', 1);
  if (ownBusiness(tokens)) x.set('h:own-trade', 1);
  const has = (f: string) => hits.some((h) => h.family === f);
  if (!has('polite')) {
    x.set('h:no-courtesy', 1);
    // Two different cues, not one word counted twice.
    const weak = hits.filter((h) => h.family === 'sarcasm-weak');
    const other = hits.filter((h) => h.family === 'grievance' || h.family === 'sarcasm');
    if (weak.some((w) => other.some((o) => o.last < w.first || o.first > w.last))) x.set('h:barbed-grievance', 1);
  }
  if (hits.some((h) => h.family === 'first-person') && !hits.some((h) => h.family === 'third-person') && !x.has('h:capitalised')) x.set('h:only-me', 1);
  const n = tokens.filter((t) => t.t[0] !== '#' && /[a-z]/.test(t.t)).length;
  x.set(n <= 6 ? 'h:len-short' : n <= 15 ? 'h:len-mid' : 'h:len-long', 1);
  return x;
}

/**
 * The Wikipedia-trained politeness model's view of a window (src/policy/models/politeness.ts), as
 * one more feature for the impolite class: its log-odds of "impolite", scaled and capped to [-1, 1].
 */
export function addPolitenessFeature(x: FeatureVector, windowText: string): FeatureVector {
  x.set('h:wiki-impolite', Math.max(-1, Math.min(1, -politenessLogOdds(windowText) / 4)));
  // The politeness strategies it found ("s:gratitude", "s:direct_question", "s:factuality" …).
  for (const c of politenessCues(windowText)) if (c.feature.startsWith('s:')) x.set(c.feature, 1);
  return x;
}

/**
 * The one feature extractor of every class: words, word pairs, word beginnings and value shapes
 * (windowFeatures), the cue families, the sentence cues (modal and passive
 * obligation, "I'd like … done", deadlines, money, addressee and person, looks and private life,
 * pressing, presence, property and menace, protected characteristics in the shape of a
 * generalisation), and for impolite the Wikipedia politeness model's view. Each class's weights
 * pick what it uses (a class trained without a group has no weights for it).
 */
export function councilFeatures(cls: CouncilClass, text: string, tokens: readonly CouncilToken[] = councilTokens(text), hits: readonly CueHit[] = cueHits(tokens)): FeatureVector {
  const x = windowFeatures(tokens, hits);
  addSentenceCues(x, lowered(text));
  return cls === 'impolite' ? addPolitenessFeature(x, text) : x;
}

export interface CouncilModel extends LogisticModel {
  /** Score (log-odds) above which a window is judged positive (chosen by cross-validation on train). */
  threshold: number;
  /** Sentence classes: candidates by the wider gates (WIDE_GATES), when cross-validation chose them. */
  wide?: boolean;
}

type WeightsFile = { classes: Record<CouncilClass, CouncilModel> };
export const COUNCIL_MODELS: Record<CouncilClass, CouncilModel> = (WEIGHTS as unknown as WeightsFile).classes;

/** Where a candidate sits in the text: the cue or value that let the window be judged. */
export interface Candidate {
  start: number;
  end: number;
  /** The cue family that made it a candidate (a value has none). */
  family?: string;
}

const hitSpan = (tokens: readonly CouncilToken[], c: CueHit): Candidate => ({ start: tokens[c.first].start, end: tokens[c.last].end, family: c.family });

/**
 * The candidates of a window (cheap, from the tokens alone): the cues or values that let a class
 * judge it at all. The rule's own context checks (a label, a name, whose data, a footer …) then decide
 * which candidates stand (judgeCouncil's `admit`); a window with none left is not judged.
 */
const WINDOW_CANDIDATES: Record<WindowClass, (hits: readonly CueHit[], tokens: readonly CouncilToken[]) => Candidate[]> = {
  impolite: (_h, tokens) => (tokens.length >= 2 ? [{ start: tokens[0].start, end: tokens[tokens.length - 1].end }] : []),
  confidential: (h, tokens) =>
    h
      .filter(
        (c) =>
          c.family === 'gate-confidential' ||
          (c.family === 'between-us' && (c.first === 0 || /^[.?!]$|^(?:just|but|and|so|now|well|look|strictly)$/.test(tokens[c.first - 1].t))) ||
          (firstsOf(h, 'own-side').size > 0 &&
            ((c.family === 'gate-legal' && hitNear(h, 'advice-word', c.first, 6)) ||
              (c.family === 'gate-staffing' && aboutSomeoneElse(tokens, h, c)))),
      )
      .map((c) => hitSpan(tokens, c)),
  // Someone else's details: a category cue, and a person who is not the writer (a name, a title, a
  // role, "he" or "she"); the writer's own news ("I'm off after surgery") is theirs to share.
  'special-category': (h, tokens) => h.filter((c) => c.family === 'gate-special' && aboutSomeoneElse(tokens, h, c)).map((c) => hitSpan(tokens, c)),
  // A password-like value, or a number or code within a few words of an access word ("the gate is 4471").
  credentials: (h, tokens) =>
    tokens.filter((t, i) => PASSWORD_SHAPES.has(t.t) || (CODE_SHAPES.has(t.t) && hitNear(h, 'access', i, 6))).map((t) => ({ start: t.start, end: t.end })),
  // An offer beside the writer: "first-person" leaves out a bare "I" (other classes read it), so it counts here too.
  advertising: (h, tokens) =>
    h.some((c) => c.family === 'gate-advertising') ||
    ownBusiness(tokens) ||
    (h.some((c) => c.family === 'offer') && (h.some((c) => c.family === 'first-person' || c.family === 'own-business') || tokens.some((t) => SELLERS.has(t.t))))
      ? [{ start: tokens[0].start, end: tokens[tokens.length - 1].end }]
      : [],
};

/** Does the class's gate let a window be judged (some candidate, and `admit` lets one stand)? */
function gatePasses(cls: WindowClass, p: Prepared, admit?: (c: Candidate) => boolean): boolean {
  const cs = WINDOW_CANDIDATES[cls](p.hits, p.tokens);
  return admit ? cs.some(admit) : cs.length > 0;
}

/** "Each" is a price only after one ("£5 each", "three each"); "payable each October" offers nothing. */
function everyOne(tokens: readonly CouncilToken[], c: CueHit): boolean {
  return c.first === c.last && tokens[c.first].t === 'each' && !(c.first > 0 && /^(?:#money|#d2|#d3|#num|\w+teen|two|three|four|five|six|ten|twenty|fifty|quid|pounds?|p)$/.test(tokens[c.first - 1].t));
}
/** The writer as a seller, beside an offer word ("I can do you a deal"); "we" and "our" are as often the organisation's. */
const SELLERS = new Set(['i', "i'd", 'mine']);
const OWNERS = new Set(['my', 'our', "i'm", 'we']);
const TRADES = new Set([
  'business', 'firm', 'company', 'shop', 'agency', 'practice', 'salon', 'van', 'café', 'cafe', 'studio', 'garage', 'gym',
  'farm', 'centre', 'service', 'services', 'bakery', 'pub', 'b', 'cottage', 'lets', 'stall', 'round', 'classes', 'lessons',
]);

/** "my web design business", "our family farm": an owner word then, within four words, a trade. */
function ownBusiness(tokens: readonly CouncilToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!OWNERS.has(tokens[i].t)) continue;
    for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) if (TRADES.has(tokens[j].t)) return true;
  }
  return false;
}

/**
 * What a window must also show before a class reports it (the model is trained on every window).
 * Impolite: a barb — a sarcasm cue, praise beside a grievance, or a sharpening word ("clearly",
 * "yet again") beside a grievance without a word of courtesy. Plain curtness is left to the phrase
 * lexicon and the politeness model: short business lines are too often curt and fine.
 */
const CONFIRM: Partial<Record<WindowClass, (hits: readonly CueHit[], lower: string) => boolean>> = {
  impolite: (h, lower) => {
    const has = (f: string) => h.some((c) => c.family === f);
    return (
      has('sarcasm') ||
      (has('praise') && has('grievance')) ||
      (!has('polite') && has('sarcasm-weak') && has('grievance')) ||
      // The act: a rhetorical jab, condescension, scare quotes, a praise word opening a complaint, a rebuff.
      IMPOLITE_ACTS.some((re) => re.test(lower)) ||
      // Irony, spelling it out, a verdict or jab of a word or two ("Very helpful." after thanks is
      // sincere): barbed beside a grievance or with no courtesy.
      ((has('grievance') || !has('polite')) && IMPOLITE_WEAK_ACTS.some((re) => re.test(lower)))
    );
  },
};
const IMPOLITE_ACTS = ['act-rhetoric', 'act-condescend', 'act-scare-quote', 'act-praise-open', 'act-dismiss', 'act-not-read', 'act-rebuff'].map((k) => ACT_CUES[k]);
const IMPOLITE_WEAK_ACTS = ['act-irony', 'act-spell-out', 'act-verdict', 'act-jab'].map((k) => ACT_CUES[k]);

export interface Judgement {
  cls: CouncilClass;
  /** Probability of the class for the best window. */
  probability: number;
  score: number;
  /** The window judged, as offsets into the text. */
  start: number;
  end: number;
  /** Cue families in the window that pushed towards the class, strongest first. */
  cues: string[];
  /** Every cue family found in the window (for saying what kind of thing it is). */
  families: string[];
}

export interface SentenceRange {
  start: number;
  end: number;
}

/** At most this many sentences are judged per text: a 1 MB body is a document, not a message. */
export const MAX_SENTENCES = 400;

/**
 * Tone is judged only in texts up to this many sentences: a longer one is a document (a newsletter,
 * a report, a forwarded article), where one barbed line is usually someone else's words.
 */
export const TONE_MAX_SENTENCES = 60;

interface Prepared {
  tokens: CouncilToken[];
  hits: CueHit[];
  /** A window of one sentence. */
  single?: boolean;
}

/** Windows of one sentence and of two neighbouring sentences. */
function windows(text: string, sentences: readonly SentenceRange[]): { start: number; end: number; p: Prepared }[] {
  const prepared: Prepared[] = [];
  const n = Math.min(sentences.length, MAX_SENTENCES);
  for (let i = 0; i < n; i++) {
    const tokens = councilTokens(text, sentences[i].start, sentences[i].end);
    prepared.push({ tokens, hits: cueHits(tokens), single: true });
  }
  const out: { start: number; end: number; p: Prepared }[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ start: sentences[i].start, end: sentences[i].end, p: prepared[i] });
    if (i + 1 < n && prepared[i].tokens.length && prepared[i + 1].tokens.length) {
      const tokens = prepared[i].tokens.concat(prepared[i + 1].tokens);
      out.push({ start: sentences[i].start, end: sentences[i + 1].end, p: { tokens, hits: cueHits(tokens) } });
    }
  }
  return out;
}

/**
 * The windows of the last text read, kept while the same text and sentence list come back: one check
 * asks several classes and candidates of one email (each rule its own), and tokenising every sentence
 * and pair again for each was most of the learnt judgements' cost at send. The windows are read, never
 * changed, so sharing them changes no score.
 */
let lastWindows: { text: string; sentences: readonly SentenceRange[]; ws: ReturnType<typeof windows> } | undefined;
function windowsOf(text: string, sentences: readonly SentenceRange[]): ReturnType<typeof windows> {
  if (lastWindows?.text !== text || lastWindows.sentences !== sentences) lastWindows = { text, sentences, ws: windows(text, sentences) };
  return lastWindows.ws;
}

/** Score one window for a class (no gate): for training and tests. */
export function scoreWindow(cls: CouncilClass, text: string, model: LogisticModel = COUNCIL_MODELS[cls]): number {
  return scoreVector(model, councilFeatures(cls, text));
}

/** Does the class's gate let this text be judged? */
export function gateOpen(cls: CouncilClass, text: string, wide?: boolean): boolean {
  if (isSentenceClass(cls)) return isCandidate(cls, text, wide);
  const tokens = councilTokens(text);
  return gatePasses(cls, { tokens, hits: cueHits(tokens) });
}

/**
 * The best-scoring window of each asked class whose score passes its threshold. `sentences` are
 * ranges of `text` (the rule context's sentences); classes share one tokenising pass. `admit`, when
 * given, is the rule's context check of a window class's candidate (offsets into `text`): a window
 * is judged only when one of its candidates stands.
 */
export function judgeCouncil(
  text: string,
  sentences: readonly SentenceRange[],
  classes: readonly CouncilClass[],
  models: Partial<Record<CouncilClass, CouncilModel>> = COUNCIL_MODELS,
  admit?: (c: Candidate) => boolean,
): Judgement[] {
  const out: Judgement[] = [];
  const ws = windowsOf(text, sentences);
  for (const cls of classes) {
    if (cls === 'impolite' && sentences.length > TONE_MAX_SENTENCES) continue;
    const model = models[cls] ?? COUNCIL_MODELS[cls];
    const sentenceClass = isSentenceClass(cls);
    let best: { score: number; w: (typeof ws)[number]; x: FeatureVector } | undefined;
    for (const w of ws) {
      if (sentenceClass) {
        // One sentence at a time (a window of two sentences is skipped).
        const sentence = text.slice(w.start, w.end);
        const lower = lowered(sentence);
        if (w.p.single !== true || !isCandidateLower(cls, lower, model.wide === true, sentence) || ruledOut(cls, lower)) continue;
      } else if (!gatePasses(cls, w.p, admit) || (CONFIRM[cls] && !CONFIRM[cls]!(w.p.hits, lowered(text.slice(w.start, w.end))))) continue;
      // Advertising: a window let in only by "each" that follows no price ("payable each October") offers nothing.
      else if (cls === 'advertising' && !WINDOW_CANDIDATES.advertising(w.p.hits.filter((c) => !everyOne(w.p.tokens, c)), w.p.tokens).length) continue;
      const x = councilFeatures(cls, text.slice(w.start, w.end), w.p.tokens, w.p.hits);
      const score = scoreVector(model, x);
      if (score > model.threshold && (!best || score > best.score)) best = { score, w, x };
    }
    if (!best) continue;
    const cues = [...best.x.keys()]
      .filter((k) => k.startsWith('h:') && (model.weights[k] ?? 0) > 0)
      .sort((a, b) => model.weights[b] - model.weights[a])
      .map((k) => k.slice(2));
    const families = [...new Set(best.w.p.hits.map((h) => h.family))];
    out.push({ cls, probability: sigmoid(best.score), score: best.score, start: best.w.start, end: best.w.end, cues, families });
  }
  return out;
}

/**
 * The class's best score over the windows (one or two sentences) that hold [start, end), gate or no
 * gate: the judgement of a rule's own candidate in its context (-Infinity when none holds it).
 */
export function scoreAround(cls: WindowClass, text: string, sentences: readonly SentenceRange[], start: number, end: number, model: LogisticModel = COUNCIL_MODELS[cls]): number {
  let best = -Infinity;
  for (const w of windowsOf(text, sentences)) {
    if (w.start > start || w.end < end) continue;
    best = Math.max(best, scoreVector(model, councilFeatures(cls, text.slice(w.start, w.end), w.p.tokens, w.p.hits)));
  }
  return best;
}

export interface SentenceJudgement {
  /** Log-odds. */
  score: number;
  fires: boolean;
}

/** A sentence class's judgement of one sentence: undefined when it is not a candidate. */
export function judgeSentence(cls: SentenceClass, text: string, model: CouncilModel = COUNCIL_MODELS[cls]): SentenceJudgement | undefined {
  const lower = lowered(text);
  if (!isCandidateLower(cls, lower, model.wide === true, text) || ruledOut(cls, lower)) return undefined;
  const score = scoreVector(model, councilFeatures(cls, text));
  return { score, fires: score > model.threshold };
}
