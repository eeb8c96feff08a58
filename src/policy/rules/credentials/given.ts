// Codes given for something named nearby, without a label or a separator (issue #17): "the petty
// cash tin is in the safe as usual. It's now 41-07-26, turn left first", "The Lloyds card is in my
// drawer. It's 3816 for the machine", "the panel on the left will beep - just tap in 5 8 3 1 and
// then the tick button". The candidate is a short digit group (4–8 digits, a combination such as
// "41-07-26", or digits keyed one by one: "5 8 3 1", "4, 4, 0, 9"); two judgements of its context
// must both hold:
// - what the number opens is named in its sentence or the two before it, in the same paragraph: a
//   safe, an alarm or its panel, a keypad, a padlock or lock, a key safe or key box, a door, gate,
//   shed or cabinet, a card machine or card reader (a bank card with a machine);
// - the sentence gives the number as what is entered or set, not as a number of something: a keying
//   verb just before it ("type", "tap in", "key", "enter", "put in"), a dial setting ("turn it to",
//   "spin to", "set the wheels to"), its state now ("it's now", "is still", "changed it to",
//   "takes", "opens with"), or keypad or dial steps after it ("then the tick", "turn left first",
//   "to stop it", "before it stops"), or "it's" with the thing it opens after it ("It's 3816 for the
//   machine").
// The checks of the rule's other candidates then apply (./unlabelled.ts `codeStands`): a booking or
// dial-in label, a number of something else ("invoice", "extension", "Room 101"), a sum, a phone
// number, a date, an address or a unit make it no code. Every read is bounded, so the cost is linear.
import { lineBounds, sentenceEnd, sentenceStart } from '../../judge/window';
import { matches } from '../../text/mask';
import { codeStands, type UnlabelledHit } from './unlabelled';

/** At most this many candidate values are judged per field. */
const MAX_CANDIDATES = 400;

/**
 * A code: 4–8 digits, a combination of 3–6 groups of one or two digits joined by dashes or spaces
 * ("41-07-26", "5 8 3 1"), or single digits keyed one by one with commas ("4, 4, 0, 9").
 */
const CODE = /(^|[^\w£$€#.,/@:-])(\d{4,8}|\d{1,2}(?:[- ]\d{1,2}){2,5}|\d{1,2}(?:,[ \t]?\d{1,2}){2,5})(?![\w£$€%/@:-]|[.,]\d| \d)/g;
/** Digits keyed one by one ("7, 4, 0"): only a keying verb or a dial setting gives them. */
const COMMA_GROUPS = /,/;

/**
 * What a code opens, named near it. A safe is a noun here ("the safe", "in the safe"), not "safe to
 * use"; a card only with a machine or reader ("the Lloyds card … for the machine").
 */
const OPENS =
  /\b(?:(?:the|a|our|my|your|office|wall|floor|petty[ \t]cash|little)[ \t]+safe|safe['’]s|alarm|key[ \t-]?pad|padlocks?|combination[ \t]lock|push-button[ \t]lock|key[ \t]?safe|key[ \t]?box|lock[ \t]?box|cash[ \t]?box|(?:alarm|control|entry|door|the)[ \t]panel|panel[ \t](?:on|by|in|will|starts|beeps)|beep(?:s|ing)?|doors?|gates?|shed|hut|shutters?|lockers?|cabinet|cupboard|container|barrier|(?:card|cash|chip[ \t]and[ \t]pin)[ \t](?:machine|reader)|card[ \t]reader|answerphone|voicemail|keys?\b[^.!?\n]{0,30}\bin(?:side)? (?:the|a|our) [\w ]{0,30}\b(?:box|tin))\b/i;
const CARD = /\b(?:card)\b/i;
const MACHINE = /\b(?:machine|reader|terminal|cashpoint|atm)\b/i;

/** A keying verb just before the value: "type 2580", "tap in 5 8 3 1", "key 1 4 4 1 into the post". */
const KEYED_BEFORE = /\b(?:type|tap|key|punch|enter|press|put)(?:[ \t]{1,3}in)?[ \t]{1,3}$/i;
/**
 * A dial setting just before the value: "turn it to", "spin to", "turns the wheels on the trough box
 * to", "turn it 36, 12, 48", "set the wheels to". "Set" needs the wheels or dial ("set the alarm to
 * 0700" is a time).
 */
const DIAL_BEFORE =
  /(?:\b(?:turn|turns|turning|spin|spins|spinning|roll|rolls)(?:[ \t]{1,3}(?:it|them|(?:the|its)(?:[ \t]{1,3}[A-Za-z'’-]{1,15}){1,5}?))?(?:[ \t]{1,3}to)?|\b(?:set|sets|setting|move|moves)[ \t]{1,3}the[ \t]{1,3}(?:wheels?|dials?|numbers|knob)(?:[ \t]{1,3}[A-Za-z'’-]{1,15}){0,3}?[ \t]{1,3}to)[ \t]{1,3}$/i;
/** The value as the thing's state now: "it's now", "is still", "changed it to", "takes", "opens with". */
const STATE_BEFORE =
  /(?:\b(?:it['’]s|it[ \t]is|is|are|['’]s)[ \t]{1,3}(?:now|still)|\b(?:changed|reset)(?:[ \t]{1,3}it)?[ \t]{1,3}to|\b(?:takes|wants|opens[ \t]with|unlocks[ \t]with|works[ \t]with|goes[ \t]with))[ \t]{1,3}$/i;
/** The value as what it was changed or set to: "has changed to", "was reset to", "is now set to". */
const SET_TO_BEFORE = /\b(?:changed|reset|re-set)(?:[ \t]{1,3}it)?[ \t]{1,3}to[ \t]{1,3}$/i;
/** "Is" or "'s" before the value and "now" after it: "the shed is 2468 now". */
const IS_BEFORE = /(?:\b(?:is|are)|['’]s)[ \t]{1,3}$/i;
const NOW_AFTER = /^[ \t]{1,3}now\b/i;
/** A sum, a rate or a time after the value: "4500 a year", "1730 hrs". */
const AMOUNT_AFTER = /^[ \t]{1,3}(?:(?:a|an|per|each)[ \t]{1,3}(?:year|month|week|day|night|hour|session|head)|pounds|quid|pence|hrs|hours|h)\b/i;
/** "It's" alone just before the value: the thing it opens must follow ("It's 3816 for the machine"). */
const IT_BEFORE = /\b(?:it['’]s|it[ \t]is)[ \t]{1,3}$/i;
/** The thing it opens just after the value: "for the machine", "on the gate", "to stop it". */
const FOR_DEVICE_AFTER =
  /^[ \t]{1,3}(?:(?:for|on|into|in|at)[ \t]{1,3}(?:the|that|this|our|my)[ \t]{1,3}(?:[A-Za-z'’-]{1,15}[ \t]{1,3}){0,2}(?:machine|reader|alarm|safe|padlock|lock|door|gate|keypad|pad|panel|shutter|box|cabinet|cupboard|locker|barrier|post)|to[ \t]{1,3}(?:stop|set|unset|open|silence)[ \t]{1,3}(?:it|the[ \t]alarm))\b/i;
/** Keypad or dial steps after the value, in the rest of its sentence. */
const STEPS_AFTER =
  /^[ \t]{0,3}#?[ \t]{0,3}(?:,[ \t]{0,3})?(?:and[ \t]{1,3})?(?:then|followed[ \t]by)[ \t]{1,3}(?:press(?:ing)?[ \t]{1,3}|hit(?:ting)?[ \t]{1,3}|push[ \t]{1,3})?(?:the[ \t]{1,3})?(?:tick|enter|ok|set|unset|key|hash|star|#|\*|green|red|button)(?![A-Za-z])/i;
/** A dial direction or a keypad's timing anywhere in the rest of the sentence. */
const DIAL_OR_TIMING_AFTER =
  /\b(?:(?:turn|spin|roll)\w*\s(?:(?:it|the\s(?:dial|wheels?|numbers))\s)?(?:left|right|(?:anti-?)?clockwise)|(?:pull|push|slide|lift)\sthe\s(?:lever|catch|latch|button)|it\s(?:pops|drops|springs)\sopen|(?:left|right|clockwise)[ \t]{1,3}first|before[ \t]{1,3}it[ \t]{1,3}(?:stops|goes[ \t]off|sounds)|when[ \t]{1,3}it[ \t]{1,3}(?:beeps|asks)|(?:and|then)[ \t]{1,3}(?:it['’]ll|it[ \t]will)[ \t]{1,3}(?:open|drop|release)|you['’]ve[ \t]got[ \t]{1,3}\w+[ \t]{1,3}seconds)\b/i;
/**
 * After a value given only as a state ("takes 2849 these days", "is 2468 now"): the clause ends or
 * carries on the instruction. A noun after it makes it a count ("takes 4000 cars a day").
 */
const STATE_FOLLOWS = /^(?:#|[ \t]{0,3}(?:$|[,;:!?()\n–—-]|\.(?!\d)|(?:then|and|followed|if|or|but|so|on|for|with|please|now|these|since|after|until|when|to)(?![A-Za-z])))/i;
/** Money in the value's sentence before it ("the alarm contract is now 1250"): a sum, not a code. */
const MONEY_BEFORE = /[£$€]|\b(?:cost|costs|price|prices|priced|contract|quote|quoted|quotation|fee|fees|charge|charges|rent|budget|invoice|bill|paid|pay|total|spend|spent|worth|value|estimate|grant|salary|wage|pounds)\b/i;
/** A year: a code only when keyed, dialled or followed by steps ("it's now 2026" is a date). */
const YEAR_LIKE = /^(?:1[89]|20)\d\d$/;

/** Start of the paragraph holding `i` (a blank line ends one), looking back at most `reach` characters. */
function paragraphStart(text: string, i: number, reach: number): number {
  const from = Math.max(0, i - reach);
  const k = text.lastIndexOf('\n\n', i - 1);
  const r = text.lastIndexOf('\n\r\n', i - 1);
  return Math.max(from, k >= 0 ? k + 2 : 0, r >= 0 ? r + 3 : 0);
}

/** The value's sentence and the two before it in the same paragraph: where what it opens is named. */
function windowAround(text: string, start: number, end: number): string {
  const para = paragraphStart(text, start, 400);
  let from = sentenceStart(text, start, 200);
  for (let k = 0; k < 2 && from > para; k++) from = sentenceStart(text, Math.max(para, from - 1), 200);
  return text.slice(Math.max(para, from), sentenceEnd(text, end, 200));
}

/** Does the window name something the value opens? */
function namesWhatItOpens(window: string): boolean {
  return OPENS.test(window) || (CARD.test(window) && MACHINE.test(window));
}

/** Codes given for something named nearby, judged by how the sentence gives them. */
export function givenCodes(text: string): UnlabelledHit[] {
  const out: UnlabelledHit[] = [];
  let n = 0;
  for (const m of matches(CODE, text)) {
    if (++n > MAX_CANDIDATES) break;
    const start = m.index + m[1].length;
    const value = m[2];
    const end = start + value.length;
    const line = lineBounds(text, start, 120);
    const before = text.slice(Math.max(line.start, sentenceStart(text, start, 80), start - 60), start);
    const after = text.slice(end, Math.min(sentenceEnd(text, end, 120), end + 80));
    const keyed = KEYED_BEFORE.test(before) || DIAL_BEFORE.test(before);
    // "has changed to 7719": the value is what it was set to (its verb, "has", is no number of something).
    const setTo = SET_TO_BEFORE.test(before);
    const steps = STEPS_AFTER.test(after) || DIAL_OR_TIMING_AFTER.test(after);
    const state = setTo || STATE_BEFORE.test(before) || (IT_BEFORE.test(before) && FOR_DEVICE_AFTER.test(after)) || (IS_BEFORE.test(before) && NOW_AFTER.test(after));
    // Digits keyed one by one with commas are a list unless a keying verb or a dial sets them.
    if (COMMA_GROUPS.test(value) ? !keyed : !(keyed || steps || state)) continue;
    if (!keyed && !steps && (!STATE_FOLLOWS.test(after) || MONEY_BEFORE.test(before))) continue;
    // "It's now 2026", "it's now 1500 for the machine": a year is a date unless it is keyed or dialled.
    if (YEAR_LIKE.test(value) && !keyed && !steps) continue;
    if (AMOUNT_AFTER.test(after)) continue;
    if (!namesWhatItOpens(windowAround(text, start, end))) continue;
    // A keying verb stands for the words before it ("tap in 5 8 3 1"); otherwise the rule's own checks.
    if (!codeStands(text, start, end, keyed, setTo)) continue;
    out.push({ kind: 'code', start, end });
  }
  return out;
}
