// Who or what a threatening or discriminatory phrase is aimed at. "I will get you the site plans" is
// an offer and "send them back to me by Friday" is about documents; "I'll get you for this" and "send
// them back where they came from" are not. Reads a few words either side of the hit only.
import {
  CONSEQUENCE_BUSINESS_AFTER,
  HARM_BUSINESS_OBJECTS,
  HARM_OUTCOME,
  HARM_PERSONAL_OBJECTS,
  NEUTRAL_AFTER_WORDS,
  OFFER_OBJECT_WORDS,
  PEOPLE_GROUPS,
  SEND_THINGS_AFTER,
  THREAT_AFTER,
  THREAT_NEGATED_BEFORE,
} from '../data/judgement';
import { PERSON_WORDS } from '../data/special-category';
import { sentenceEnd, sentenceStart, wordsAfter } from './window';

/** How sure a judgement is that the phrase means what the rule is about. */
export type Confidence = 'sure' | 'unsure' | 'not';

const OFFER = new Set(OFFER_OBJECT_WORDS);
const NEUTRAL = new Set(NEUTRAL_AFTER_WORDS);
const BUSINESS_OBJECT = new Set(HARM_BUSINESS_OBJECTS);
const PERSONAL_OBJECT = new Set(HARM_PERSONAL_OBJECTS);
const THREAT_NEXT = new RegExp(THREAT_AFTER, 'i');
const OUTCOME = new RegExp(HARM_OUTCOME, 'i');
const CONSEQUENCE_BUSINESS = new RegExp(CONSEQUENCE_BUSINESS_AFTER, 'i');
const NEGATED = new RegExp(THREAT_NEGATED_BEFORE, 'i');
const GROUPS = new RegExp(PEOPLE_GROUPS, 'i');
const THINGS_NEXT = new RegExp(SEND_THINGS_AFTER, 'i');

// The shapes of threat phrase (src/policy/data/threats.ts) that need their aim read.
/** "… get / find / have / sort / deal with you": an offer when an object follows. */
const TAKES_OBJECT = /\b(?:get|find|have|sort|deal with)\s+you$/i;
/** "… shoot / knock / kick / beat / end you|your|him|her|them": a harm verb with its object. */
const HARM_AIM = /\b(?:kill|hurt|smash|punch|batter|beat|stab|shoot|burn|strangle|thump|deck|knock|kick|glass|torch|end)\s+(?:you|u|your|him|her|them|his)$/i;
/** "make sure / see to it / ensure (that) you …": the outcome decides. */
const ENSURE = /\b(?:make sure|see to it|ensure)\s+(?:that\s+)?you\b/i;
/** "you'll regret / be sorry / pay for …": a business sense when an ordinary object follows. */
const CONSEQUENCE = /(?:regret|be sorry|pay for|live to regret)$/i;
/** "you'd better watch / look out / be careful": a warning about the market as often as a threat. */
const BETTER = /\bbetter\s+(?:watch|be careful|look out)$/i;
const SELF_HARM = /(?:yourself|yourselves)$/i;
/** "… wants to watch himself": a threat, unless a hazard or a place follows ("watch yourself on the ice"). */
const WATCH_SELF = /\bwatch\s+(?:himself|herself|themselves|yourself)$/i;
const WATCH_HAZARD_AFTER = /^\s*(?:on|near|in|round|around|crossing|going|when|with|at|by|if|driving|walking|out there|there)\b/i;
/** "I'll pay your allotment a visit": a threat only after dark or on a condition; otherwise a plan. */
const VISIT = /\bvisit$/i;
const VISIT_MENACE_AFTER = /^[^.!?\n]{0,60}?\b(?:after dark|at night|one night|tonight|late|in the night|when you least|unannounced|if you (?:keep|carry on|don'?t|do|vote|go))\b/i;
/** "you'll regret crossing me": regret aimed at opposing the writer. */
const CROSSING_AFTER = /^\s*(?:crossing|messing with|going against|taking (?:me|us) on|ever (?:crossing|meeting|opposing))\b/i;

/** Is a threat phrase at [start, end) aimed at the person, given the words around it? */
export function threatAim(text: string, start: number, end: number): Confidence {
  const hit = text.slice(start, end);
  const lineEnd = sentenceEnd(text, end);
  const after = text.slice(end, Math.min(text.length, lineEnd + 1));
  const before = text.slice(sentenceStart(text, start), start);
  if (NEGATED.test(before)) return 'not';
  if (WATCH_SELF.test(hit)) return WATCH_HAZARD_AFTER.test(after) ? 'not' : 'sure';
  if (SELF_HARM.test(hit)) return 'sure';
  if (VISIT.test(hit)) return VISIT_MENACE_AFTER.test(after) ? 'sure' : 'not';
  if (THREAT_NEXT.test(after)) return 'sure';
  const next = wordsAfter(text, end, 2);
  const first = next[0] ?? '.';
  const atEnd = first === '.' || first === '!' || first === '\n' || first === '?' || lineEnd === end;
  if (TAKES_OBJECT.test(hit)) {
    if (atEnd) return 'sure';
    if (OFFER.has(first) || /^[0-9]/.test(first)) return 'not';
    // "I will find you tomorrow", "I'll deal with you directly": a time or place, not an aim.
    if (NEUTRAL.has(first)) return /\bget\s+you$/i.test(hit) ? 'unsure' : 'not';
    if (first === 'if') return /^\s*if (?:this|that|it|there|we|i|the)\b/i.test(after) ? 'not' : 'sure';
    return 'unsure';
  }
  if (HARM_AIM.test(hit)) {
    if (atEnd) return 'sure';
    if (/(?:your|his)$/i.test(hit)) {
      // "smash your windows" against "beat your current quote": the thing the verb is done to.
      const things = wordsAfter(text, end, 3);
      if (things.some((w) => PERSONAL_OBJECT.has(w))) return 'sure';
      return things.some((w) => BUSINESS_OBJECT.has(w)) || /^[0-9£$]/.test(first) ? 'not' : 'unsure';
    }
    if (OFFER.has(first) || BUSINESS_OBJECT.has(first)) return 'not';
    return 'unsure';
  }
  if (ENSURE.test(hit)) {
    const you = hit.search(ENSURE);
    const rest = hit.slice(you).replace(ENSURE, '') + after;
    return OUTCOME.test(rest) ? 'sure' : 'not';
  }
  if (CONSEQUENCE.test(hit) && CROSSING_AFTER.test(after)) return 'sure';
  if (CONSEQUENCE.test(hit)) return CONSEQUENCE_BUSINESS.test(after) ? 'not' : atEnd || /^\s*(?:this|that|it)\b/i.test(after) ? 'sure' : 'unsure';
  if (BETTER.test(hit)) return /^\s*(?:yourself|your back|out\s*[.!]|it\s*[.!])/i.test(after) || atEnd ? 'sure' : /^\s*(?:the|for|out for|what|how|this|that|your (?:step|language))\b/i.test(after) ? 'not' : 'unsure';
  return 'sure';
}

/**
 * Is "send them back / out" (or similar) about people by a protected characteristic or origin? Sure
 * when such a group is named in the sentence or the one before, or "home" / "where they came from"
 * follows; not when "to me", "by Friday" follows (documents, things); otherwise unsure.
 */
export function aimedAtGroup(text: string, start: number, end: number): Confidence {
  const hit = text.slice(start, end);
  if (GROUPS.test(hit) || /\b(?:home|where they came from)$/i.test(hit)) return 'sure';
  const s = sentenceStart(text, start);
  const prev = sentenceStart(text, Math.max(0, s - 1));
  const after = text.slice(end, Math.min(text.length, sentenceEnd(text, end) + 1));
  if (GROUPS.test(text.slice(prev, start)) || GROUPS.test(after)) return 'sure';
  if (THINGS_NEXT.test(after)) return 'not';
  return 'unsure';
}

export const AIM_REGEXES: RegExp[] = [THREAT_NEXT, OUTCOME, CONSEQUENCE_BUSINESS, NEGATED, GROUPS, THINGS_NEXT, TAKES_OBJECT, HARM_AIM, ENSURE, CONSEQUENCE, BETTER, WATCH_SELF, WATCH_HAZARD_AFTER, VISIT, VISIT_MENACE_AFTER, CROSSING_AFTER];

// ---- A remark on a body or a pose: a person, a thing, or the sender themselves --------------------------

const PEOPLE = new Set([...PERSON_WORDS, 'you', 'she', 'her', 'he', 'him', 'they', 'them', 'i', 'we', 'me', 'us', 'someone', 'somebody', 'nobody']);
/** The reader or someone else, as a pronoun: a pose watched or a body remarked on. */
const SOMEONE = /\b(?:you|your|yours|you're|you’re|u|ur|she|her|he|him|his)\b/i;
/** "Do not lift by bending over …", "avoid bending": a rule about a pose, not a pose watched. */
const RULE_BEFORE = /\b(?:by|avoid|avoiding|without|not|never|no)\s+$/i;
/** "The walk has two long legs": an owner, then "has" and a number or determiner. */
const OWNER_HAS = new Set(['has', 'have', 'had', 'with']);
const COUNT = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'some', 'its', 'their', 'the', 'a', 'few', 'got']);

/**
 * Is a remark on legs or a pose at [start, end) aimed at no one: the legs of a thing ("the relay
 * has four great legs", "the chairs have lovely legs"), a rule about lifting ("by bending over the
 * counter"), or the sender's own pose with no one else in the sentence ("I spent the morning bent
 * over the photocopier")? A person as the owner (a pronoun, a capitalised name, "the new girl") is aimed at,
 * and so is a pose with "you" or "her" in its sentence.
 */
export function aimedAtNoOne(text: string, start: number, end: number): boolean {
  const before = text.slice(sentenceStart(text, start), start);
  if (/^(?:bent|bend)/i.test(text.slice(start, end))) {
    if (SOMEONE.test(text.slice(sentenceStart(text, start), sentenceEnd(text, end)))) return false;
    return RULE_BEFORE.test(before) || /\b(?:i|we)\b/i.test(before);
  }
  // The owner: the word before "has / have", skipping a number or determiner ("has two", "have got").
  const words = before.match(/[A-Za-z'’]+/g) ?? [];
  let k = words.length - 1;
  while (k >= 0 && COUNT.has(words[k].toLowerCase())) k--;
  if (k < 1 || !OWNER_HAS.has(words[k].toLowerCase())) return false;
  // A capitalised owner is a name ("Sandra has …"); anyone named before it makes it theirs ("the new girl in the office has …").
  const owner = words[k - 1];
  if (/^[A-Z]/.test(owner)) return false;
  return !words.slice(0, k).some((w) => PEOPLE.has(w.toLowerCase()));
}

AIM_REGEXES.push(SOMEONE, RULE_BEFORE);
