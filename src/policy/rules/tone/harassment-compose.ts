// Harassment in polite, everyday words, judged as a composition (clause 3.1 "harassing messages";
// Equality Act 2010 s.26: unwanted conduct, including of a sexual nature, that violates a person's
// dignity). No one word is harassment; three things together are:
//   1. a person aimed at: the reader ("you", "u") or a colleague ("she", "her");
//   2. a personal topic: their body or looks; their love life, marriage or pregnancy; an evening alone
//      with the writer; flowers sent (here, or ./harassment-evidence.ts's remarks on looks, invitations
//      for two and private life);
//   3. what turns it from friendly to unwanted: innuendo (a wink, "if you know what I mean"),
//      persistence ("I'll keep texting"), a no or a silence pressed past ("why won't you answer", "you
//      blocked my number", "not interested"), watching ("I drove past", "I followed you"), or
//      ./harassment-evidence.ts's persistence and knowing where someone lives.
// All three in one sentence block (tone/harassment); so do a strong turn with a second sign in one
// sentence aimed at someone ("I'll keep ringing until you pick up": pursuit is its own personal topic)
// and a question prying into a partner, sexuality or pregnancy ("is that your boyfriend?"; not marriage,
// which ordinary mail asks about).
// A person and a topic with the turn only in the sentence either side warn (tone/harassment-possible).
// Praise of work, whole-team invitations, get-well and wedding wishes, dress codes and one invitation
// made once have no unwanted turn; "I'll keep chasing the bank" has no person and no topic.

/** (1) A person aimed at: the reader, or a colleague spoken of. */
const AIM = /\b(?:you|your|u|ur|she|her)\b/;

/** (2) Their body or looks; love life, marriage or pregnancy; an evening alone; flowers. */
const TOPIC = /\b(?:(?:lovely|such a|with your|what a) figure|legs|skin|body|scent|gorgeous|pretty|boyfriend|girlfriend|fella|husband|single|married|divorced|pregnant|gays?|nightcap|kiss|hug|alone|dinner|drink|flowers|face|chest|perfume|heels|skirts?|bikini|leggings)\b/;

/** (3) What makes it unwanted: innuendo, persistence, a no or a silence pressed past, watching. */
const STRONG = /😉|😏|\bwink|\bif you (?:know|get) (?:what i mean|me)|\bkeep(?:s| on)? (?:texting|messaging|ringing|calling|sending|writing|popping)|\bwhy (?:won't|didn't|did) (?:you|u)\b|\bblock(?:ed)? my|\bignor(?:e|ed|ing) (?:me|my)|\bavoiding me|\brefus|\bnot interested|\bdrove past|\bi (?:watched|followed)|\bnot (?:going to give|giving) up|\bwhether (?:you|she) (?:like|want)|\bfound out where/;
/** (3) Weaker signs, which count only beside a strong one: a laugh, counting, "until you", "anyway", outside their door. */
const TURNS = new RegExp(`${STRONG.source}|\\bha ?ha\\b|\\blol\\b|\\b(?:until|till|til) (?:you|u|she)\\b|\\bevery (?:week|day|morning|night)|\\b(?:three|four|five|3|4) times|\\banyway\\b|\\b(?:outside|opposite) (?:your|her|ur)\\b`, 'g');

/** (2 and 3) Prying: a question into someone's love life, sexuality or pregnancy ("is that your boyfriend?"). */
const PRY = /\b(?:is|are|do|has|was) (?:you|u|she|that) (?:\w+ ){0,2}?(?:boyfriend|girlfriend|bf|divorced|pregnant|seeing (?:any|some)one|(?:single|gay)(?![ -]?\w))/;

/** Get-well and wedding wishes, a dress code (with ./harassment-evidence.ts's good news and whole-team words). */
const KINDLY = /\b(?:get well|wedding|dress code)/;

export const COMPOSE_REGEXES: readonly RegExp[] = [AIM, TOPIC, STRONG, TURNS, PRY, KINDLY];

/**
 * The composition for one sentence (lower-cased) with the one either side, given ./harassment-evidence.ts's
 * topics, turns and kind words: 'sure' (block), 'unsure' (warn) or undefined.
 */
export function composed(sentence: string, around: string, topics: readonly RegExp[], turns: readonly RegExp[], kind: readonly RegExp[]): 'sure' | 'unsure' | undefined {
  if (!AIM.test(sentence) || [KINDLY, ...kind].some((re) => re.test(around))) return undefined;
  const topic = [TOPIC, ...topics].find((re) => re.test(sentence));
  // The turns are read with the topic's own words blanked, so one word is never two pieces.
  const turned = (t: string) => (t = topic ? t.replace(topic, ' ') : t) && (STRONG.test(t) || turns.some((re) => re.test(t)));
  if ((topic && turned(sentence)) || (STRONG.test(sentence) && new Set(sentence.match(TURNS)).size > 1) || PRY.test(sentence)) return 'sure';
  if (topic && turned(around)) return 'unsure';
}
