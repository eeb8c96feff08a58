// Evidence a clerk would accept, sentence by sentence, that an email harasses someone (clause 3.1
// "harassing messages"; Equality Act 2010 s.26: unwanted conduct of a sexual nature, or related to a
// protected characteristic, that violates a person's dignity) or makes a veiled threat; a confident
// judgement blocks (sure), a weaker one warns:
//   looks / harassment: judged by concept (./harassment-concepts.ts): a person aimed at, a personal
//            subject and an unwanted turn, or a person pursued after a no. Since harass7 this replaces the
//            phrase families that were here (looks: a remark on looks + a sexual turn; pressed: an
//            invitation + the reader's no; private: a marriage + talk passed on; waiting: turning up + a
//            no) and ./harassment-compose.ts; their table tests (test/policy/rules/tone-harassment*.test.ts)
//            now pass through the concepts. The reader's no may be in the quoted message being answered.
//   veiled:  "I know where you live / you're in the Fleece on Fridays" + a warning to bear it in mind
//            ("remember that", "worth you remembering", "I'll say this once"); or the reader's car, van
//            or shed + harm hedged nearby ("it'd be a real shame if something heavy caught it", "these
//            things happen", "that's all I'm saying"), not advice ("please move it"): tone/threat's;
//            or harm to a thing foretold ("the whole pile goes up in smoke", "I wouldn't count on them
//            still being in one piece") + menace beside it (responsibility disowned, "just saying",
//            "long memories", "I'll bring the matches myself"), not a safety notice or a bonfire night.
// Only the sender's own words are read (ctx.ownText), not words in quotation marks they pass on, and not
// a long document (a newsletter or a forwarded joke), as for the learnt judgements (./judged.ts). A verb
// of saying does not make a sentence someone else's here: "people were saying…" and "I know you said
// no" are the evidence itself.
import type { RuleContext } from '../../context';
import { perCheck } from '../../judge/per-check';
import { isReported } from '../../judge/reported';
import { TONE_MAX_SENTENCES } from '../../models/council';
import { MAX_JUDGED_OFFSET, quoteOf, type JudgedSentence } from './judged';
import { conceptual } from './harassment-concepts';
import { threatConcept } from './threat-concepts';

export type EvidenceFamily = 'looks' | 'veiled' | 'harassment';

export interface EvidenceSentence extends JudgedSentence {
  family: EvidenceFamily;
  /** Two pieces of evidence (block), or one that is worth a second look (warn). */
  sure: boolean;
}

/** How many sentences either side the second piece of evidence may sit in. */
const NEAR = 2;
/** Longer "sentences" are lists or pasted text, not one remark (as ./judged.ts). */
const MAX_SENTENCE_CHARS = 600;

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
export const EVIDENCE_REGEXES: readonly RegExp[] = [KNOW_WHERE, WARNING, YOURS, HARM_HEDGE, THING_HARM, VULNERABLE, MENACE, HINT, HAND, CONDITION, DEMAND, DECISION, NAMED, FIGURATIVE, SAFETY, HAZARD, KIND, REQUEST];

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
    if (KNOW_WHERE.test(l) && !KIND.test(l) && (near(sentences, i, WARNING) || near(sentences, i, HARM_HEDGE))) add(s, 'veiled', true);
    // The hedge is the threat: quote its sentence.
    if (HARM_HEDGE.test(l) && near(sentences, i, YOURS) && !ADVICE.test(nearText(sentences, i))) add(s, 'veiled', true);
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
    // The same by concept (./harassment-concepts.ts): a person, a personal subject and a turn that together reach the
    // bar, or a person pursued after a no; its message by what the remark is about.
    const beside = [sentences[i - 1], sentences[i + 1]].map((o) => o?.lower ?? '').join(' ');
    // A threat by concept (./threat-concepts.ts): harm aimed at someone or theirs, with menace.
    const c = threatConcept(l, beside);
    if (c && !KIND.test(l) && !SAFETY.test(l) && !HAZARD.test(l)) add(s, 'veiled', c > 1);
    const k = conceptual(l, beside, s.text, refused);
    if (k) add(s, k === 'unsure' ? 'harassment' : k, k !== 'unsure');
  });
  return out;
}

/** Does the sentence [start, end) hold words in quotation marks that someone else wrote or said? */
function quotesSomeone(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text[k] === '"' || text[k] === '“') return isReported(text, k + 1, k + 1);
  return false;
}

/** The sentence [start, end) of the sender's words with `near` either side (two by default), lower-cased, ’ as '. */
export function windowOf(ctx: RuleContext, start: number, end: number, near = NEAR): string {
  const all = ctx.sentences;
  const i = all.findIndex((s) => s.start < end && s.end > start);
  return i < 0 ? '' : all.slice(Math.max(0, i - near), i + near + 1).map((s) => s.text.toLowerCase().replace(/[’‘]/g, "'")).join(' ');
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
  return judgeEvidence(own, /\b(?:rather not|keep things professional|not interested)\b/.test(ctx.quotedText.replace(/’/g, "'")));
});

/** The harassment evidence (by concept: looks, or the rest). */
export function harassmentEvidence(ctx: RuleContext, sure: boolean): EvidenceSentence[] {
  return evidenceSentences(ctx).filter((s) => s.family !== 'veiled' && s.sure === sure);
}
