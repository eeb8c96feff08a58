// Compact learnt judgements for council mail (issue #17): does a sentence instruct on the council's
// behalf (from a councillor), harass, threaten, or generalise about people by a protected
// characteristic? One logistic regression per class over words, word pairs, character 4-grams and
// hand-built cues (modal and passive obligation, "I'd like … done", deadlines, money, addressee,
// first and second person, looks and private life, property and veiled threats, protected
// characteristics), trained on the council corpus's train split and tuned on its dev split by
// scripts/train-council.ts (weights in src/policy/data/council-weights.json). No tagger: regular
// expressions and word lists only, linear in the sentence, so it runs at send time.
// Each class runs only on candidate sentences (a cue of its kind), so ordinary mail is rarely scored.
import WEIGHTS from '../data/council-weights.json';
import { scoreVector, type FeatureVector, type LogisticModel } from './logistic';

export const JUDGED_CLASSES = ['instruction', 'harassment', 'threat', 'discrimination'] as const;
export type JudgedClass = (typeof JUDGED_CLASSES)[number];

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

const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|next week|the end of|half term|easter|christmas|the \\w+ meeting)';
/** Hand-built cues: name → expression over the lower-cased sentence. */
const CUES: Record<string, RegExp> = {
  'should-be': /\b(?:should|must|ought to|needs? to|has to|have to|wants?|needs?) (?:be|go|come|stay|remain|\w+ing)\b/,
  'is-to-be': /\b(?:is|are|am) (?:not )?to (?:be|go|come|remain|stay|begin|start)\b/,
  'want-done': /\b(?:i'?d (?:really )?like|i would like|i want|i'?d want|i'?d expect|i expect|i'?d prefer|i should like|it is my wish|i trust|i should be obliged|it would be (?:great|appreciated|perfect))\b(?! to (?:know|thank|propose|ask|see|raise|discuss|say|hear|understand))/,
  'make-sure': /\b(?:make sure|ensure|see to it|see that|get (?:the|that|those|it|them|your)\b|let'?s (?:get|have|make)|kindly|would you (?:get|make|see|sort))/,
  told: /\b(?:i'?ve|i have|i) (?:told|said to|said|agreed|promised|assured|informed|arranged|booked)\b/,
  'can-have': /\b(?:can|may|will) (?:have|use|start|park|keep|go ahead)\b|\bthe council (?:will|won'?t) (?:mind|pay|meet)/,
  deadline: new RegExp(`\\b(?:by|before|until|no later than|from) ${DAY}|\\b(?:today|tomorrow|asap|this week|first thing|from now on|immediately|without (?:further )?delay|straight away|right away|by then|before (?:the|he|she|they|anyone|it))\\b`),
  money: /£\s?\d|\b\d+k\b|\bpounds?\b|\bfree of charge\b|\bwaived?\b|\bpay(?:ing|ment)?\b/,
  'ask-info': /\b(?:let me know|do you know|do we know|is there|has anyone|have we|have you|when (?:is|are|does|do|will)|how (?:many|much|often)|who (?:is|holds|put|runs|decided)|what time|any news|i wonder|i'?d (?:like|love|be interested) to know|could you tell me|may i (?:ask|enquire)|might i|is it|are the|was the|were the)\b/,
  agenda: /\b(?:agenda|committee|propos\w+|vote|voting|motion|raise it|put (?:it )?to|full council|meeting|consider)\b/,
  report: /\b(?:asked (?:me|whether|if|about)|mentioned|tells me|told me|rang me|has asked|have asked|wants to know|i noticed|just flagging|for what it'?s worth|just so you'?re aware)\b/,
  thanks: /\b(?:thank|thanks|well done|congratulations|lovely|brilliant|grateful|apologies|sorry)\b/,
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

/** Gates: the judgement runs only on a sentence with a cue of its class's kind (tighter than the features). */
const GATES: Record<JudgedClass, { test(s: string): boolean }[]> = {
  // Imperatives and "you must" are ./detect.ts's (instructions/councillor): what it let through
  // ("Send my apologies", "You must be joking") is not judged again.
  instruction: [{ test: (s: string) => CUES['should-be'].test(s) && !/\byou (?:must|should|need to|have to|ought to) be\b/.test(s) }, CUES['is-to-be'], CUES['want-done'], CUES['make-sure'], CUES.told, CUES['can-have'], CUES.deadline],
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
      '(?:the )?older (?:staff|people|workers|lads|ones|residents|councillors|members|folk|employees|applicants|candidates|soldiers)|the older|elderly|over-(?:fifties|sixties|seventies|eighties)|over (?:sixty|seventy|fifty|fifties|sixties|seventies)',
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
/**
 * A feature: a protected-characteristic term in the shape of a generalisation or a decision about people:
 * the term followed by a verb or generalising word ("women are…", "older staff just can't…",
 * "travellers will only…"), or preceded by a deciding word ("don't appoint anyone pregnant",
 * "keep them off", "too many foreigners").
 */
const PC_GATE_ALL = new RegExp(PC_GATE.source, 'gi');
const PC_AFTER = /^[\s,;]*(?:[\w'’]+\s+){0,3}?(?:are|is|were|was|can'?t|cannot|couldn'?t|don'?t|doesn'?t|won'?t|wouldn'?t|aren'?t|isn'?t|always|never|just|simply|should(?:n'?t)?|would|will|want|take|have no|has no|only|all|too|must|ruin\w*|cause|get|make|slow|send|stick|lot)\b/;
const PC_BEFORE = /\b(?:appoint\w*|hire|hiring|shortlist\w*|employ\w*|give|let|having|want|keep|stop|allow\w*|trust\w*|put|mark|prefer|rather|no place|wouldn'?t|shouldn'?t|too many|fewer|these|those|no more|not having|because)\b/;
function generalisesAboutPeople(lower: string): boolean {
  PC_GATE_ALL.lastIndex = 0;
  for (let m = PC_GATE_ALL.exec(lower); m; m = PC_GATE_ALL.exec(lower)) {
    const end = m.index + m[0].length;
    // Words before it in the same clause: after the last full stop, question or exclamation mark.
    let before = lower.slice(Math.max(0, m.index - 50), m.index);
    const stop = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'));
    if (stop >= 0) before = before.slice(stop + 1);
    if (PC_AFTER.test(lower.slice(end, end + 40)) || PC_BEFORE.test(before)) return true;
  }
  return false;
}
const GENERALISE_OR_DECIDE = [CUES.generalise, CUES.decide, CUES['should-be'], /\b(?:are|is|were) (?:so|too|always|never|not|no)\b|\bshould(?:n'?t)?\b|\b(?:can'?t|cannot|couldn'?t|won'?t|don'?t|wouldn'?t)\b/];

/** Does the sentence end with "?" (before closing quotes, brackets and spaces)? A scan, not a pattern. */
function endsWithQuestion(s: string): boolean {
  let e = s.length;
  while (e > 0 && ' \t\r\n"\')”’'.indexOf(s[e - 1]) >= 0) e--;
  return e > 0 && s[e - 1] === '?';
}

const WORD = /[a-z0-9£][a-z0-9'’£-]*/g;

function words(lower: string): string[] {
  return lower.match(WORD)?.map((w) => w.replace(/’/g, "'")) ?? [];
}

/** Features of one sentence (binary presence). */
export function councilFeatures(text: string): FeatureVector {
  return featuresOfLower(lowered(text));
}

const lowered = (text: string) => text.toLowerCase().replace(/’/g, "'");

function featuresOfLower(lower: string): FeatureVector {
  const x: FeatureVector = new Map();
  const ws = words(lower);
  ws.forEach((w, i) => {
    x.set(`w:${w}`, 1);
    x.set(`b:${i ? ws[i - 1] : '^'}_${w}`, 1);
    if (w.length >= 4) {
      const padded = `<${w}>`;
      for (let k = 0; k + 4 <= padded.length; k++) x.set(`c:${padded.slice(k, k + 4)}`, 1);
    }
  });
  for (const [name, re] of Object.entries(CUES)) if (re.test(lower)) x.set(`h:${name}`, 1);
  if (endsWithQuestion(lower)) x.set('h:question', 1);
  if (PC.test(lower)) {
    x.set('h:pc', 1);
    if (generalisesAboutPeople(lower)) x.set('h:pc-shape', 1);
    for (const [k, re] of PC_EACH) if (re.test(lower)) x.set(`h:pc=${k}`, 1);
  }
  const n = ws.length;
  x.set(`h:len=${n <= 6 ? 'short' : n <= 16 ? 'mid' : 'long'}`, 1);
  return x;
}

/** Is the sentence a candidate for this class's judgement? */
export function isCandidate(cls: JudgedClass, text: string): boolean {
  return isCandidateLower(cls, lowered(text));
}

function isCandidateLower(cls: JudgedClass, lower: string): boolean {
  if (cls === 'discrimination') return PC_GATE.test(lower) && GENERALISE_OR_DECIDE.some((re) => re.test(lower));
  if (cls === 'threat' && ADVICE.test(lower)) return false;
  return GATES[cls].some((re) => re.test(lower));
}

interface ClassWeights {
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

const MODELS = WEIGHTS.classes as Record<JudgedClass, ClassWeights>;

export interface Judgement {
  /** Log-odds. */
  score: number;
  fires: boolean;
}

/** The class's judgement of one sentence: undefined when it is not a candidate. */
export function judge(cls: JudgedClass, text: string, model?: LogisticModel & { threshold: number }): Judgement | undefined {
  const lower = lowered(text);
  if (!isCandidateLower(cls, lower)) return undefined;
  const m = model ?? MODELS[cls];
  const score = scoreVector(m, featuresOfLower(lower));
  return { score, fires: score > m.threshold };
}
