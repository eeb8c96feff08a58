// Evidence a clerk would accept, sentence by sentence, that an email harasses someone (clause 3.1
// "harassing messages"; Equality Act 2010 s.26: unwanted conduct of a sexual nature, or related to a
// protected characteristic, that violates a person's dignity) or makes a veiled threat. Each family
// has a cue aimed at an identifiable person and a second, independent piece of evidence nearby (the
// same sentence or the two either side); both together are a confident judgement (block), one alone
// at most the family's unsure tier (warn), often nothing:
//   looks:   a remark on the reader's (or a named woman's) looks or clothes ("you looked a picture in
//            that red dress") + a sexual or personal turn ("wear something that tight more often",
//            "half the blokes were looking", "keep me awake"). Praise of work and dress codes have no
//            remark on looks; a compliment on clothes alone is only a warning.
//   pressed: a social invitation (a drink, dinner, "take you out") or persistence ("I won't give up
//            on you", "you can't say no forever") + the reader's earlier no ("I know you said you'd
//            rather not", "if it's still no"). A first friendly invitation has no no to press past.
//   private: a named colleague's or the reader's marriage or relationships (a split, an affair, who
//            they are seeing, their sexuality) + it passed on as talk ("people were saying", "I had it
//            from", "apparently", "the whole village knows"). The writer's own news and a welfare
//            check pass on no rumour.
//   veiled:  "I know where you live / you're in the Fleece on Fridays" + a warning to bear it in mind
//            ("remember that", "worth you remembering", "I'll say this once"); or the reader's car, van
//            or shed + harm hedged nearby ("it'd be a real shame if something heavy caught it", "these
//            things happen", "that's all I'm saying"), not advice ("please move it"): tone/threat's;
//            or harm to a thing foretold ("the whole pile goes up in smoke", "I wouldn't count on them
//            still being in one piece") + menace beside it (responsibility disowned, "just saying",
//            "long memories", "I'll bring the matches myself"), not a safety notice or a bonfire night.
//   waiting: the writer will wait for or turn up on the reader ("I'll catch you as you leave") + the
//            reader's no or asks counted ("I have now asked four times", "since you won't").
// Only the sender's own words are read (ctx.ownText), not words in quotation marks they pass on, and not
// a long document (a newsletter or a forwarded joke), as for the learnt judgements (./judged.ts). A verb
// of saying does not make a sentence someone else's here: "people were saying…" and "I know you said
// no" are the evidence itself.
import type { RuleContext } from '../../context';
import { perCheck } from '../../judge/per-check';
import { isReported } from '../../judge/reported';
import { TONE_MAX_SENTENCES } from '../../models/council';
import { MAX_JUDGED_OFFSET, quoteOf, type JudgedSentence } from './judged';
import { composed } from './harassment-compose';
import { conceptual } from './harassment-concepts';

export type EvidenceFamily = 'looks' | 'pressed' | 'private' | 'veiled' | 'waiting' | 'harassment';

export interface EvidenceSentence extends JudgedSentence {
  family: EvidenceFamily;
  /** Two pieces of evidence (block), or one that is worth a second look (warn). */
  sure: boolean;
}

/** How many sentences either side the second piece of evidence may sit in. */
const NEAR = 2;
/** Longer "sentences" are lists or pasted text, not one remark (as ./judged.ts). */
const MAX_SENTENCE_CHARS = 600;

const CLOTHES = '(?:dress|frock|skirt|top|blouse|jumper|jeans|leggings|shorts|heels|boots|outfit|swimsuit|bikini|tights|stockings|trousers|uniform|gym (?:things|kit|gear))';
const PARTNER = '(?:wife|husband|partner|missus|hubby|other half|fella|boyfriend|girlfriend)';

/** (pressed) Words of an invitation for two. */
const PERSONAL_SOURCE = [
  "\\b(?:take|taking) you (?:out|to|for)\\b|\\b(?:like|love) to take you\\b|\\b(?:go|come) out (?:with me|for)\\b",
  "\\bnobody (?:needs|need|has|will need) to know\\b|\\b(?:keep|save) a seat for you\\b",
  '\\bpick you up\\b|\\bdrive you home\\b|\\bjust the two of us\\b|\\bmy treat\\b|\\bnext to mine\\b',
].join('|');

/** (looks) A remark on the reader's or another person's looks or clothes. */
const LOOKS = new RegExp(
  [
    // "you looked a picture", "you look very fetching", "she looked stunning".
    "\\b(?:you|she|he)(?: (?:really|certainly|always))? (?:looked|look|looks|were looking|are looking|'re looking|was looking|is looking)(?: (?:very|really|so|absolutely|quite|rather|simply|just))? (?:a (?:real |proper |right )?(?:picture|treat|vision|knockout)|a million dollars|fetching|stunning|gorgeous|ravishing|sexy|hot|tasty|fit|radiant|beautiful|lovely|pretty|cracking|smashing|amazing|good enough to eat)\\b",
    // "that black dress really suited you", "those jeans flatter you".
    `\\b(?:that|the|your|those|this|her) (?:[\\w-]+ ){0,2}${CLOTHES}s? (?:really |certainly |definitely |so )?(?:suit(?:s|ed)?|flatter(?:s|ed)?|show(?:s|ed)? off) (?:you|her)\\b`,
    // "you in that red dress", "her in those jeans".
    `\\b(?:you|her) in (?:that|those|your|her|the) (?:[\\w-]+ ){0,2}${CLOTHES}s?\\b`,
    // "you've got the figure for it", "she has the legs for those shorts".
    "\\b(?:you|she)(?:'ve| have|'s| has)(?: got)? the (?:figure|legs|body|curves) for (?:it|that|them|those|this)\\b",
    // "that skirt is far too short for the office", "that dress is a bit tight for work".
    `\\b(?:that|your|those|her) (?:[\\w-]+ )?${CLOTHES}s?(?:'s| is| are| was| were)? (?:a bit |far |way |much |rather |very )?(?:too )?(?:tight|short|low|revealing|clingy)\\b`,
    // "wear that skirt again", "you should wear those shorts every day".
    `\\bwear (?:that|those|your|the) (?:[\\w-]+ )?${CLOTHES}s? (?:again|more often|every day|for me)\\b`,
  ].join('|'),
);
/** (looks) The clothes themselves: a compliment on clothes alone is only a warning. */
const WORN = new RegExp(`\\b${CLOTHES}s?\\b`);
/** (looks) A sexual or personal turn: clothes asked for, tightness, men looking, being kept awake. */
const LOOKS_TURN = new RegExp(
  [
    // "You should wear it more often", "wear something that tight to full council".
    `\\bwear (?:it|that|them|those|this|something|more of (?:that|those)|one)(?: [\\w-]+){0,4}? (?:more often|again for|for me|to (?:every |each |all |our |the )?(?:meetings?|council|full council|work|the office|committee|the next))`,
    // Innuendo after the remark: "not that I'm complaining", "cheers me right up".
    "\\bnot that i(?:'m| am)? (?:mind|complaining|minded)\\b|\\bnot complaining\\b|\\bcheers? me (?:right )?up\\b|\\bfor me\\b|\\bdistracts?\\b|\\bwhere to put (?:their|my|our) eyes\\b|\\bwork twice as fast\\b|\\bleaves? (?:very )?little to the imagination\\b",
    "\\b(?:something|anything|one|dresses|skirts|tops) (?:that|so|as|a bit|a little|more) (?:tight|short|low|revealing|clingy|figure-hugging|low-cut)\\b",
    `\\b(?:tight|short|low-cut|revealing|clingy|figure-hugging|see-through) ${CLOTHES}`,
    // "half the blokes on the square were looking", "several of us noticed", "heads turned".
    "\\b(?:blokes|men|lads|chaps|fellas|gents|the boys)\\b[^.!?\\n]{0,40}?\\b(?:looking|looked|noticed|staring|stared|eyes|ogling)\\b",
    "\\b(?:several|all|most|a few|some|both) of us (?:certainly |definitely )?(?:noticed|were looking|were admiring)\\b|\\bheads (?:were )?turn(?:ed|ing)\\b",
    "\\bkeep (?:me|us|the rest of us|everyone|the men|the lads|the chaps) (?:awake|interested|cheerful|happy|going)\\b",
    '\\bbrightens? (?:up )?the (?:office|meeting|place|room|chamber)\\b',
    '\\b(?:your|her) (?:figure|legs|curves|bum|backside|cleavage|chest|body)\\b',
    // Staring: "couldn't take my eyes off you".
    '\\btake (?:my|his) eyes off\\b',
    // A wink after the remark: ";-)", ";)".
    ';-?\\)',
  ].join('|'),
);

/** (pressed) The reader's earlier no, or refusals counted. */
const REFUSAL = new RegExp(
  [
    "\\b(?:i know|i realise|i realize|i appreciate|i understand) (?:that )?you(?:'ve| have)? (?:already )?(?:said|told me|say)(?: (?:last \\w+|before|earlier|on \\w+|at the \\w+|twice|again))?,? (?:no\\b|(?:that )?you(?:'d| would) rather (?:not|i didn't)|(?:that )?you(?:'re| are| were|'d be| would be) (?:busy|not interested|not keen|not free)|['‘]?not interested|not this week|you couldn't|you can't)",
    "\\byou(?:'ve| have)? (?:already )?(?:said|told me) (?:no|you'd rather not|you would rather not|you were busy|you're busy|you couldn't|not this week|you weren't (?:keen|interested|free)|you're ['‘]?not interested)\\b",
    "\\b(?:you|she|he) keeps? (?:saying|telling me) (?:no|you're busy|she's busy|maybe|you're not interested)\\b|\\bkeeps? laughing it off\\b",
    "\\b(?:the )?(?:second|third|fourth|fifth) time (?:of asking|you've (?:said no|turned me down|declined|refused))\\b",
    "\\basked (?:you|her|him)(?: out)?(?: nicely)? (?:twice|three times|four times|again and again)\\b|\\b(?:told|asked) (?:her|you) (?:twice|three times|3 times|four times)\\b",
    "\\bif (?:it's|it is|the answer's|the answer is) still (?:a )?no\\b|\\bi know what you said\\b(?! about)",
    "\\b(?:turned|turn|turning) me down\\b",
    "\\byou(?:'ve| have)? (?:declined|refused|said no|pleaded work|made excuses)(?: me)? (?:twice|three times|again|before|every time|each time)\\b",
    "\\b(?:twice|three times|four times)\\b[^.!?\\n]{0,40}?\\b(?:declined|said no|refused|turned (?:me )?down|pleaded)\\b",
  ].join('|'),
);
/** (waiting) The reader's no, or asks counted: "I have now asked four times", "since you won't meet me". */
const ASKED = new RegExp(
  [
    "\\b(?:i've|i have) (?:now |already )?asked (?:you |her |him )?(?:twice|three times|four times|five times|several times|repeatedly|\\d+ times)\\b",
    "\\b(?:since|as|if) you (?:won't|will not|refuse to|keep refusing to|still won't)\\b|\\bkeep refusing\\b|\\bi (?:don't|do not|won't|will not) (?:accept|take) (?:that|your|no)\\b|\\bwhether you like it or not\\b",
    // Pressing past an evasion: "in case you change your mind", "don't sneak out the back", "you can't stop me".
    "\\bin case you change your mind\\b|\\bnext time,? (?:wait|don't)\\b|\\bdon't sneak\\b|\\b(?:went|gone|go) (?:out )?(?:the other way|the back way|out the back|by the side door)\\b|\\byou can't stop me\\b|\\btomorrow then\\b|\\bi shall (?:call|be there) again\\b",
  ].join('|'),
);
/** (waiting) The writer will wait for the reader or turn up where they are. */
const TURN_UP = new RegExp(
  [
    "\\b(?:i'll|i will|i shall|i'm going to|i am going to) (?:just )?(?:catch|find|collar|grab) you (?:as|when|on the way|before|after) you\\b",
    "\\b(?:i'll|i will|i shall|i'll just|i'm going to|i am going to) (?:be )?wait(?:ing)? (?:for you|outside|in the car park|at your|by your|until you|till you)\\b",
    "\\b(?:i'll|i will|i shall|i'm going to|i am going to) (?:turn up|come round|call round|be) (?:at|on|outside|to) your (?:door|doorstep|house|home|flat|office|desk|car)\\b",
    "\\b(?:i'll|i will|i shall) (?:be|wait|stand|sit) (?:outside|in the car park|at the (?:door|gate|entrance))\\b[^.!?\\n]{0,60}?\\b(?:until|till) you\\b|\\b(?:i'll|i will) keep (?:turning up|coming (?:round|back|in)|calling (?:round|in))\\b",
    // Waited already: "I waited outside the offices until you came out", "I waited for you in the car park for an hour".
    "\\bi waited (?:for you |for her )?(?:outside|in the car park|by (?:your|her|the)|at the (?:door|gate|bus stop))\\b|\\bi waited for (?:you|her)\\b",
  ].join('|'),
);
/** (waiting) A meeting both sides agreed is not pressed on anyone. */
const AGREED = /\b(?:as (?:agreed|arranged|you suggested|discussed|requested)|thanks for agreeing|see you then|look forward to (?:seeing|meeting) you)\b/;
/** (pressed) Persistence aimed at the reader, not at a task ("I'll keep chasing the county"). */
const PERSIST = new RegExp(
  [
    "\\b(?:i'm|i am) not (?:a man|one|the sort|someone|somebody|the type|a person)(?: \\w+)? (?:who|to|that) (?:gives? up|takes? no)\\b",
    "\\b(?:not going to|won't|will not|shan't|never|don't) give up on (?:you|her)\\b",
    "\\b(?:won't|will not|shan't|shall not|not the sort to|not one to|never|not) tak(?:e|ing) no for an answer\\b",
    "\\b(?:bought|booked|got) (?:the )?(?:tickets|a table|the table)\\b[^.!?\\n]{0,30}\\banyway\\b|\\b(?:you didn't|don't think you|you did not) mean(?:t)? it\\b(?! (?:that way|like that|as))|\\bwear (?:her|you|him) down\\b|\\bmaybe isn't no\\b|\\b(?:ask|asking) (?:you )?again and again\\b",
    "\\bkeep (?:on )?(?:trying|asking|ringing|texting|messaging|calling|trying you|asking you)(?: you)? (?:until|till) you\\b",
    '\\b(?:run|ran) out of excuses\\b',
    "\\b(?:can't|cannot) (?:say|keep saying) no (?:forever|for ever|for long|every time)\\b",
    "\\b(?:i'll|i will) (?:try|ask) you again\\b",
    '\\btake (?:your )?silence as a yes\\b',
    "\\bone of these days you'll say yes\\b",
    '\\bplaying hard to get\\b',
  ].join('|'),
);
/** (pressed) A social invitation: any outing, with persistence beside it. */
const SOCIAL = new RegExp(
  [
    '\\b(?:a|one|just one|a quick|for a|out for a|out for|another) (?:drink|drinks|pint|glass of wine|coffee|meal|bite to eat|dinner|supper|date)\\b',
    '\\b(?:dinner|a date|sunday roast|a roast|the pictures|the cinema|the theatre|a dance|tea|a nightcap|tickets|a table)\\b',
    PERSONAL_SOURCE,
  ].join('|'),
);
/** (pressed) An invitation for two, which a no alone is enough to make pressing. */
const PERSONAL = new RegExp(
  [
    '\\b(?:a|one|just one|a quick|out for a|another) (?:drink|pint|glass of wine|date|nightcap)\\b',
    PERSONAL_SOURCE,
  ].join('|'),
);
/**
 * (pressed) An invitation to a group ("the team is going for a drink Thursday"), not pressing on one person; not the
 * office or a team meeting as a place to meet or be fetched from ("I'll pick you up from the office").
 */
const GROUP = /\b(?:the team(?! meeting)|the whole|we're all|we are all|all of us|everyone|everybody|the office(?: team| is| are|'s| party| do| drinks)|the group|the volunteers|partners (?:are )?(?:very )?welcome|bring (?:your|a) partner)\b/;
/** (pressed) A working purpose makes an invitation business ("a coffee to go through the figures"). */
const WORK_PURPOSE = /\b(?:to (?:go through|discuss|talk about|look at|run through|sign|agree)|agenda|figures|budget|precept|minutes|the plans|the report|site visit)\b/;

/** (private) A marriage or relationship of the reader or another person: a split, an affair, who they see, their sexuality. */
const PRIVATE = new RegExp(
  [
    `\\b(?:you and your|(?:he|she) and (?:his|her)) ${PARTNER} (?:have|'ve|are|were|had|has) (?:split|separated|broken up|parted|been rowing|been fighting|divorc\\w+|getting divorced|on the rocks)`,
    `\\b(?:your|her|his|[a-z]+'s) (?:${PARTNER}|marriage)(?:'s| has| is| had| was| have)? (?:been |now |finally )?(?:carrying on|having an affair|seeing (?:someone|another|a|that)|cheating|playing away|left (?:her|him|you)|walked out|moved out|moved in with|on the rocks|falling apart)`,
    '\\b(?:having an affair|an affair with|bit on the side)\\b',
    // Not "they have separated the waste", "split up the contract".
    "\\b(?:you've|you have|they've|they have|she's|he's|she has|he has) (?:split up|separated|broken up)\\b(?! (?:the|a|an|it|them|these|those|into|in|from)\\b)",
    "\\b(?:he's|she's|he is|she is|you're|you are) (?:gay|a lesbian|bisexual|batting for the other (?:side|team)|that way inclined)\\b",
    '\\ba different (?:lady|woman|man|bloke|girl|fella) (?:each|every) (?:time|week)\\b',
    "\\byou and [a-z]+ (?:have |'ve )?(?:split|separated|broken up)\\b(?! (?:the|a|an|it|them|these|those|into|in|from)\\b)",
    "\\b(?:your|her|his|the|[a-z]+'s) (?:divorce|marriage|affair)\\b(?! (?:certificate|service|register|registration|ceremony|venue|licen[cs]e)\\b)",
    "\\b(?:[a-z]+'s|she's|she is|[a-z]+ is) (?:pregnant|expecting)\\b",
    // "things at home are not good", "you've moved out", "an officer's private business", "a new man in your life".
    "\\b(?:things|trouble|problems) at home\\b|\\b(?:you've|she's|he's) moved out\\b(?! of)|\\b(?:your|her|his|[a-z]+'s) (?:private|love) life\\b|\\bnew (?:man|woman) in your life\\b",
  ].join('|'),
);
/** (private) The writer's own news ("my wife and I have separated") is theirs to tell. */
const OWN_NEWS = /\b(?:my|our) (?:wife|husband|partner|missus|hubby|other half|marriage)\b|\b(?:i'm|i am|we're|we are|i've|we've) (?:getting divorced|separated|split up|separating)\b/;
/** (private) News shared warmly ("congratulations on your marriage", "lovely news, let's get a card"). */
const GOOD_NEWS = /\b(?:congratulat\w+|lovely news|wonderful news|great news|delighted|best wishes|every happiness|a card|collection|sorry to hear|so sorry)\b/;
/** (pressed) The reader's no in the message being answered: "I'd rather keep things professional", "I won't come". */
const QUOTED_NO = /\b(?:rather not|keep things professional|not interested)\b/;
/** (private) Passed on as talk, pried into, or heaped with more private troubles (drink, the police). */
const RUMOUR = new RegExp(
  [
    '\\b(?:people|folk|folks|they|everyone|everybody)(?: [\\w-]+){0,4} (?:were|are|have been|was) (?:saying|talking|gossiping)\\b',
    "\\b(?:i|i've) (?:had|heard|got) it (?:from|on good authority)\\b|\\bi(?:'ve)? heard (?:that|a rumour|on the grapevine|from|it said)\\b|\\bon the grapevine\\b",
    '\\bapparently\\b|\\bword (?:is|has it)\\b|\\brumou?r(?:s|ed)?\\b|\\bgossip\\b',
    '\\b(?:folk|people) talk\\b|\\btongues (?:are )?wagging\\b',
    '\\b(?:the whole of \\w+|the whole (?:village|town|office|council|parish)|everyone|everybody) knows\\b',
    "\\bis it true\\b|\\bwe (?:all )?know what's going on\\b|\\blet (?:her|him|them) know we (?:all )?know\\b|\\bthat would explain\\b",
    "\\b(?:we've|we have) all been talking\\b|\\b(?:everyone|everybody|the whole \\w+)(?: in the \\w+)? (?:is|are|was|were) (?:saying|talking)\\b|\\b(?:i've |i have |i'll |i will )?(?:told|tell) (?:everyone|everybody|the whole \\w+)\\b",
    "\\b(?:a mutual acquaintance|i understand from|i gather|starting to talk|is that why|(?:his|her|your) drinking|the bottle|arrested)\\b|\\bi wonder whose\\b|\\btell me everything\\b|\\byou can tell me\\b|\\bhow(?:'?s| is) (?:the|your) (?:divorce|marriage)\\b|^heard\\b|\\bi heard you\\b",
  ].join('|'),
);

/** (veiled) The writer knows where the reader lives, drinks, parks or goes. */
const KNOW_WHERE = new RegExp(
  [
    '\\b(?:i|we) know (?:where|which (?:house|pub|car|road|street|school)|what time|when) you\\b',
    "\\b(?:i|we) know (?:that )?you(?:'re| are)? (?:in|at|down|drinking in|drink in|live (?:on|in|at)|park (?:on|in|at)|go to|walk|leave|finish|get home|lock up|live alone|live on your own)\\b",
    '\\b(?:i|we) know your (?:address|car|house|routine|kids|children|local)\\b',
    "\\bi(?:'ve| have) seen (?:where|which house|your car|your house)\\b",
    "\\b(?:i|we) know (?:where|which (?:school|field|road|street|pub|house|way)|what time|when) (?:your|his|her|the clerk|the chair|[a-z]+'s) (?:[\\w']+ )?(?:lives?|parks?|drinks?|works?|walks?|attends?|rides?|goes|leaves?|is empty|collected)\\b",
    "\\byou(?:'ll| will)? be (?:walking|driving|going) home (?:alone|on your own)\\b",
    "\\b(?:i|we) know (?:your|his|her) (?:husband's|wife's|son's|daughter's|kids'|children's) (?:shift|school|route|movements)\\b|\\bi know where (?:she|he) drinks\\b|\\bi walk past your house\\b",
    // Others who know it, told to the reader: "everybody knows which house is yours", "people know where you live".
    "\\b(?:everybody|everyone|people|folk|the whole (?:town|village)|half the (?:town|village)|we all|they all) (?:round here |here |in \\w+ )?knows? (?:where you (?:live|park)|which (?:house|car|van|door) is (?:yours|his|hers))\\b",
  ].join('|'),
);
/** (veiled) A warning to bear it in mind. */
const WARNING = new RegExp(
  [
    '\\bworth (?:you )?(?:remembering|bearing in mind|keeping in mind|thinking about)\\b',
    '\\bremember that\\b|\\bthink on\\b|\\bjust saying\\b|\\b(?:you|we) understand (?:me|each other)\\b',
    "\\b(?:be|go) careful\\b|\\bthink carefully\\b|\\bwatch yourself\\b|\\bwatch your back\\b",
    "\\bbefore you (?:type|write|say|post|put) anything\\b",
    "\\b(?:i'll|i will) say this once\\b|\\byou've been warned\\b|\\bdon't say i didn't warn you\\b|\\bi'd think (?:twice|very carefully)\\b",
    "\\bi'm only mentioning it\\b|\\bjust so you know\\b|\\bsmall town\\b|\\byour call\\b|\\bi notice things\\b|^interesting\\b",
    "\\b(?:might|may) (?:want|wish) to (?:have a )?(?:rethink|think again|reconsider)\\b",
    "\\bvery dark (?:down|round|out|up) there\\b|\\b(?:a )?lot of strangers about\\b|\\bfunny old place\\b|\\bthink about (?:that|it)\\b|\\bbear (?:it |this |that )?in mind\\b|\\bsomething to (?:think about|remember)\\b|\\bnot a threat\\b|\\byour choice\\b|\\bif you (?:take|get|catch) my (?:meaning|drift)\\b|\\bif you know what i mean\\b",
  ].join('|'),
);

/** (veiled) The reader's property: "your van", "that white Range Rover of yours". */
const YOURS = /\byour (?:[\w-]+ ){0,2}(?:car|van|motor|truck|range rover|land rover|jeep|bikes?|shed|greenhouse|windows|fence|allotment|plot|tyres|polytunnel|caravan|boat)\b|\b(?:that|this|the) (?:[\w-]+ ){0,3}of yours\b|\byou drive\b|\b(?:car|van|one) you(?:'ve got| leave| park)\b/;
/** (veiled) Harm hedged: a shame if something happened to it, things happen, that's all. */
const HARM_HEDGE = /\b(?:shame|pity) (?:if|to see) (?:something|anything|someone|somebody|it|they|the|your)\b|\bwould hate for (?:something|anything)\b|\b(?:accidents|these things|things like that) (?:do )?happen\b|\bthat's all i'm saying\b|\bcan't be held responsible\b|\bif you (?:take|get|catch) my (?:meaning|drift)\b/;
/** (veiled) Harm to a thing foretold: fire, or it not surviving ("wouldn't count on them still being in one piece"). */
const THING_HARM = new RegExp(
  [
    "\\b(?:goes|go|going|will go|'ll go) up in (?:smoke|flames)\\b|\\bflames? (?:catch|catches|reach|reaches|spread to|get to)\\b|\\b(?:set|put) (?:fire|light|a match) to\\b",
    "\\b(?:wouldn't|would not|won't|will not|don't|do not|i'd not) (?:count|bet) on (?:[\\w']+ ){0,4}?(?:still (?:standing|intact|in one piece)|(?:still )?(?:being|staying) (?:in one piece|standing|intact))",
    // "things have a way of going missing", "fences tend to get smashed", "have been known to catch fire", "they do tend to come to grief".
    "\\bthings (?:have a way of|tend to) go(?:ing)? missing|\\b(?:ha(?:ve|s) (?:a way of|been known to)|tends? to) (?:get(?:ting)? (?:broken|damaged|smashed|burnt|wrecked)|catch(?:ing)? fire|com(?:e|ing) to grief)|\\b(?:will|would|could|'ll) (?:\\w+ )?come to grief",
    // "sheds catch fire round here", "a gallon of petrol", "won't be standing for long", "ended up in the river".
    "\\b(?:catch|catches|catching) fire\\b|\\b(?:a|the|some|cans?|gallons?) (?:can |gallon )?of (?:petrol|paraffin|diesel|weedkiller|paint stripper)\\b",
    "\\b(?:won't|will not|wouldn't|would not) (?:be standing (?:for )?long|look so (?:pretty|new|good|nice|smart)|last the (?:week|night|month|winter))\\b",
    "\\b(?:end|ends|ending|if [^.!?\\n]{0,60}?ended) up (?:in|at the bottom of) the (?:river|canal|pond|ditch|dyke|harbour|sea|brook|drain|skip)\\b|\\bfind (?:your|their|his|her) [\\w ]{1,20}?(?:wrecked|smashed|trashed|torched|vandalised|flattened|dug up|ripped out)\\b(?! by (?:the|our|a|an)\\b)",
  ].join('|'),
);
/** (veiled) A thing's weakness pointed out: "glass breaks so easily", "padlocks are easy", "lucky so far". */
const VULNERABLE = /\b(?:glass|windows?|panes?) (?:breaks?|smash(?:es)?|cracks?) (?:so |very )?easily\b|\bglass is (?:so |very )?fragile\b|\b(?:so|very) (?:easy|fragile) to (?:crack|break|smash|get at)\b|\b(?:padlocks?|locks?)(?: are|'s| is) (?:easy|nothing special)\b|\bas secure as (?:he|she|you|they) think|\blucky so far\b/;
/** (veiled) Fire or ruin in a figure of speech: plans, money or hopes "going up in smoke". */
const FIGURATIVE = /\b(?:plans?|deal|money|budget|hopes?|proposals?|scheme|savings|funding|grant|contract|project|chances?) (?:\w+ ){0,3}(?:goes|go|going|will go|'ll go) up in\b/;
/** (veiled) Menace beside the harm: responsibility disowned, a hedge, friends with long memories, the writer's own hand. */
const MENACE = new RegExp(
  [
    "\\b(?:that's|it's|that'll be|it'll be) your (?:problem|lookout|fault)\\b|\\bnot my (?:problem|fault)\\b|\\blong memor(?:y|ies)\\b|\\bcan't (?:answer|vouch) for\\b|\\b(?:do it|see to (?:it|that)) myself\\b",
  ].join('|'),
);
/**
 * (veiled) A hint that harm is meant, said to the reader: no one about to see or know ("nobody round here would be any
 * the wiser"), a deadline ("while you still can"), or an appeal to an understanding ("I'm sure you understand me").
 */
const HINT = /\bno(?:body| ?one)(?:'s)? (?:[\w']+ ){0,5}?(?:the wiser|about|around|know|see)\b|\bwhile you (?:still )?can\b/;
/** (veiled) The writer's own hand with the means of fire: "I'll bring the matches", "I'll be down there with a can of petrol". */
const HAND = /\b(?:i'll|i will|we'll|we will|i'm going to|i am going to) (?:[\w']+ ){0,7}?(?:matches|a match|lighter|petrol|paraffin)\b/;
/** (veiled) A condition on the reader or the council: "if the hedges aren't cut", "unless", "approve it and…". */
const CONDITION = /\b(?:if|unless)\b|^(?:approve|pass|build|put|carry on|keep)\b[^.!?\n]{0,80}\band\b/;
/** (veiled) A demand: the condition is the reader's failure ("if the hedges aren't cut by Friday", "unless"). */
const DEMAND = /\bif\b[^.!?\n]{0,60}?(?:\bnot\b|n't\b|\bno\b|\bstill\b)|\bunless\b/;
/** (veiled) What the writer wants decided: a vote, an application, the tickets cancelled. */
const DECISION = /\b(?:vote|decision|application|object|cancel|withdraw|tickets?|fines?)\b/;
/** (veiled) The reader named: their home or family, or their title. */
const NAMED = /\b(?:your (?:house|home|family|kids)|mr|mrs|ms|councillor)\b/;
/** (veiled) Safety and events: a storm, a fire risk, bonfire night, a request to act. */
const SAFETY = /\b(?:bonfire|fireworks?|fire (?:risk|safety|brigade|service|officer|alarm)|risk assessment|crime prevention|insurers?|barbecue|bbq|(?:lawn)?mowers?|strimmers?|generators?|chainsaws?|batter(?:y|ies)|heaters?|candles?|chip pan|wiring|heatwave|drought)\b/;
/** (concern) A hazard named (weather, flood, thieves) and a step asked for: concern for property, not menace. */
const HAZARD = /\b(?:storms?|gales?|winds?|windy|swell|tides?|forecast|met office|(?:amber|yellow|weather) warning|flood(?!li)\w*|icy|frost|snow|heavy rain|thieves|thefts?|break-ins?)\b/;
/** Knowledge put to a helpful use, praise, or regret: "so I'll drop the keys in", "so do let us know", "the lovely baskets", "I'm afraid". */
const KIND = /\bso (?:i|we)(?:'ll| will| can)\b|\bso (?:do )?let\b|\b(?:if you need|lovely|wonderful|congratulations|thank(?:s| you)|i'm afraid|sorry)\b/;
const REQUEST = /\b(?:please|could you|can you|would you|if you can)\b/;
/** (veiled) Advice and requests about the property are not threats ("please move it; accidents happen on that bend"). */
const ADVICE = /\b(?:please|could you|can you|would you|for (?:your own|everyone's) safety|i'd (?:move|park)|don't leave|do not leave|there have been (?:thefts|break-ins))\b/;

/** The expressions built from strings, for the ReDoS check (test/helpers/built-regexes.ts). */
export const EVIDENCE_REGEXES: readonly RegExp[] = [LOOKS, WORN, LOOKS_TURN, REFUSAL, ASKED, TURN_UP, PERSIST, SOCIAL, PERSONAL, PRIVATE, RUMOUR, KNOW_WHERE, WARNING, YOURS, HARM_HEDGE, THING_HARM, VULNERABLE, MENACE, HINT, HAND, CONDITION, DEMAND, DECISION, NAMED, FIGURATIVE, SAFETY, HAZARD, KIND, REQUEST];

interface Own {
  start: number;
  end: number;
  text: string;
  lower: string;
}

function near(sentences: readonly Own[], i: number, re: RegExp): boolean {
  for (let j = Math.max(0, i - NEAR); j <= Math.min(sentences.length - 1, i + NEAR); j++) if (re.test(sentences[j].lower)) return true;
  return false;
}

function nearText(sentences: readonly Own[], i: number): string {
  return sentences.slice(Math.max(0, i - NEAR), i + NEAR + 1).map((s) => s.lower).join(' ');
}

/** The judgement for one list of the sender's own sentences (exported for the tests). */
export function judgeEvidence(sentences: readonly Own[], refused = false): EvidenceSentence[] {
  const out: EvidenceSentence[] = [];
  const add = (s: Own, family: EvidenceFamily, sure: boolean) => {
    const prev = out.find((o) => o.start === s.start);
    if (prev) {
      if (sure && !prev.sure) Object.assign(prev, { family, sure });
      return;
    }
    out.push({ start: s.start, end: s.end, text: s.text, quote: quoteOf(s.text), family, sure });
  };
  sentences.forEach((s, i) => {
    const l = s.lower;
    const looks = LOOKS.exec(l);
    if (looks) {
      // The turn is a second piece of evidence: not the words of the remark itself.
      const rest = l.slice(0, looks.index) + ' '.repeat(looks[0].length) + l.slice(looks.index + looks[0].length);
      const around = sentences.map((o, j) => (j === i ? rest : o.lower)).slice(Math.max(0, i - NEAR), i + NEAR + 1);
      // An invitation for two beside a remark on looks is a personal turn too.
      if (around.some((t) => LOOKS_TURN.test(t) || (PERSONAL.test(t) && !GROUP.test(t)))) add(s, 'looks', true);
      // A uniform or an outfit that suits someone, or someone in one, with no personal turn ("The new uniform
      // really suits you") is courtesy (2.3), not a warning; "too tight", "shows off" stay.
      else if (WORN.test(l) && !/(?:uniform|outfit)s?(?: (?:\w+ )?suit|$)/.test(looks[0])) add(s, 'looks', false);
    }
    // The no may be the reader's own, in the message being answered (`refused`).
    if (REFUSAL.test(l) || PERSIST.test(l) || (refused && PERSONAL.test(l))) {
      const around = nearText(sentences, i);
      const business = WORK_PURPOSE.test(around) || GROUP.test(around);
      // The no and something pressed past it (persistence, or an invitation for two); or persistence
      // and an outing. "I know you said no to Tuesday, so I've booked Wednesday anyway" is neither, and
      // nor is a working coffee or the team's drink after an earlier no to something else.
      const sure = !business && (refused || REFUSAL.test(around) ? PERSIST.test(around) || PERSONAL.test(around) : SOCIAL.test(around));
      // The sentence quoted is the one with the no or the persistence, not a neighbouring line.
      if (sure) add(s, 'pressed', true);
      else if (PERSIST.test(l)) add(s, 'pressed', false);
    }
    if (PRIVATE.test(l) && !OWN_NEWS.test(l) && !GOOD_NEWS.test(l) && near(sentences, i, RUMOUR)) add(s, 'private', true);
    if (KNOW_WHERE.test(l) && !KIND.test(l) && (near(sentences, i, WARNING) || near(sentences, i, HARM_HEDGE))) add(s, 'veiled', true);
    // The hedge is the threat: quote its sentence.
    if (HARM_HEDGE.test(l) && near(sentences, i, YOURS) && !ADVICE.test(nearText(sentences, i))) add(s, 'veiled', true);
    // Harm to a thing foretold, with menace beside it; not a figure of speech, a safety notice or an event.
    // Harm to a thing foretold, with menace or the writer's own hand beside it (sure), or on a condition only
    // (worth a second look); the writer's own hand with the means of fire on a condition (sure), or beside menace
    // only (a second look). Not a figure of speech, a safety notice, the weather or an event.
    const harm = (THING_HARM.test(l) && !FIGURATIVE.test(l)) || VULNERABLE.test(l);
    const hand = HAND.test(l);
    const t = nearText(sentences, i);
    if ((harm || hand) && !KIND.test(l) && !SAFETY.test(t) && !HAZARD.test(t) && !REQUEST.test(t)) {
      const menace = near(sentences, i, MENACE) || near(sentences, i, WARNING) || near(sentences, i, HARM_HEDGE) || (near(sentences, i, HINT) && /\byou/.test(t));
      if (harm && (menace || near(sentences, i, HAND) || near(sentences, i, YOURS))) add(s, 'veiled', true);
      else if (hand && DEMAND.test(l)) add(s, 'veiled', true);
      else if ((harm && CONDITION.test(l)) || (hand && menace)) add(s, 'veiled', false);
    }
    // Waiting for or turning up on someone after their no; not a meeting both agreed.
    if (TURN_UP.test(l)) {
      const around = nearText(sentences, i);
      if (!AGREED.test(around) && (ASKED.test(around) || REFUSAL.test(around))) add(s, 'waiting', true);
    }
    // A person, a personal topic and an unwanted turn, the turn in the sentence or beside it (./harassment-compose.ts);
    // not a working meeting, good news or the whole team. A family above keeps its own message.
    const c = composed(l, sentences.slice(Math.max(0, i - 1), i + 2).map((o) => o.lower).join(' '), [LOOKS, PERSONAL, PRIVATE], [PERSIST, KNOW_WHERE], [GOOD_NEWS, GROUP, WORK_PURPOSE]);
    if (c) add(s, 'harassment', c === 'sure');
    // The same by concept (./harassment-concepts.ts): a person, a personal subject and a turn that together reach the
    // bar, or a person pursued after a no; its message by what the remark is about.
    const k = conceptual(l, [sentences[i - 1], sentences[i + 1]].map((o) => o?.lower ?? '').join(' '), s.text);
    if (k) add(s, k, true);
  });
  return out;
}

/** Does the sentence [start, end) hold words in quotation marks that someone else wrote or said? */
function quotesSomeone(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text[k] === '"' || text[k] === '“') return isReported(text, k + 1, k + 1);
  return false;
}


/** The sentence [start, end) of the sender's words with the two either side, lower-cased. */
function windowOf(ctx: RuleContext, start: number, end: number): string {
  const all = ctx.sentences;
  const i = all.findIndex((s) => s.start < end && s.end > start);
  return i < 0 ? '' : all.slice(Math.max(0, i - NEAR), i + NEAR + 1).map((s) => s.text.toLowerCase().replace(/[’‘]/g, "'")).join(' ');
}

/** Is the sentence [start, end), with the two either side, concern for property (a hazard, and a step asked for)? */
export function concernFor(ctx: RuleContext, start: number, end: number): boolean {
  const around = windowOf(ctx, start, end);
  return HAZARD.test(around) && REQUEST.test(around);
}

/**
 * Is the sentence [start, end), with the two either side, aimed at the reader's person or property
 * (their car, where they go), tied to something the writer wants (a demand, a decision, the tickets)
 * and said with menace (a hedge, a warning)? Then a sentence the learnt judgement reads as a veiled
 * threat is not a warning given in good faith, and blocks.
 */
export function menaceFor(ctx: RuleContext, start: number, end: number): boolean {
  const w = windowOf(ctx, start, end);
  return (DEMAND.test(w) || DECISION.test(w)) && [YOURS, KNOW_WHERE, NAMED].some((re) => re.test(w)) && [WARNING, MENACE, HARM_HEDGE].some((re) => re.test(w)) && !KIND.test(w);
}

/** The sender's own sentences with evidence of harassment or a veiled threat (once per check). */
export const evidenceSentences = perCheck((ctx: RuleContext): EvidenceSentence[] => {
  const all = ctx.sentences;
  if (all.length > TONE_MAX_SENTENCES) return [];
  const own: Own[] = [];
  for (const s of all) {
    if (s.start > MAX_JUDGED_OFFSET) break;
    if (s.text.length > MAX_SENTENCE_CHARS || quotesSomeone(ctx.ownText, s.start, s.end)) continue;
    own.push({ start: s.start, end: s.end, text: s.text, lower: s.text.toLowerCase().replace(/[’‘]/g, "'") });
  }
  return judgeEvidence(own, QUOTED_NO.test(ctx.quotedText.replace(/’/g, "'")));
});

/** The harassment families' evidence (looks, pressed, private). */
export function harassmentEvidence(ctx: RuleContext, sure: boolean): EvidenceSentence[] {
  return evidenceSentences(ctx).filter((s) => s.family !== 'veiled' && s.sure === sure);
}
