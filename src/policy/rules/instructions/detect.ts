// Is a sentence an instruction or a commitment? Pure and sentence-level, so a part-of-speech
// detector can replace it and be measured on the same intent corpus.
//
// Decisions (docs/rules/instructions/councillor.md):
//  - questions are not instructions, except a question asking the reader to carry out a council act
//    ("Can you please pay this today?", "Could you place the order?"): a polite request for action;
//    the same act asked for in the conditional ("I'd be grateful if you could renew the contract") too;
//  - polite openers ("Please find attached", "Please let me know…", "Thanks") are not instructions;
//  - a cue after "if", "when", "whether"… is hypothetical ("If you need to contact me…").
import {
  COMMITMENT_CUES,
  CONDITIONAL_BEFORE,
  CONDITIONAL_REQUEST,
  DIRECTIVE_CUES,
  HARMLESS_OBJECTS,
  IMPERATIVE_VERBS,
  POLITE_OPENERS,
  QUESTION_ACTION_VERBS,
  QUOTE_ACCEPTED,
} from '../../data/instruction-cues';
import { compilePhrases, scanPhrases } from '../../text/patterns';

export type InstructionKind = 'directive' | 'commitment';

export interface InstructionCue {
  kind: InstructionKind;
  /** The words that made the decision, as written. */
  cue: string;
  /** Offsets of the cue within the sentence. */
  start: number;
  end: number;
}

const COMMITMENTS = compilePhrases(COMMITMENT_CUES);
const DIRECTIVES = compilePhrases(DIRECTIVE_CUES);
const POLITE = new RegExp(`^(?:${POLITE_OPENERS.join('|')})\\b`, 'i');
const LEAD = /^(?:[-*•>]\s*|\d+[.)]\s*)?(?:(?:please|kindly|just|now|then|also|and|so|ok|okay|right)[,]?\s+)*/i;
// "Phone's on if needed", "Order's in": a noun, not a command.
const IMPERATIVE = new RegExp(`^(?:${IMPERATIVE_VERBS.join('|')})\\b(?!['’]s\\b|\\s+${HARMLESS_OBJECTS})`, 'i');
const QUESTION_REQUEST = new RegExp(
  `\\b(?:can|could|would|will) (?:you|u|someone|somebody) (?:please |pls |kindly |just )?(?:${QUESTION_ACTION_VERBS.join('|')})\\b`,
  'i',
);
/** The same council acts asked for in the conditional, question or not: "I'd be grateful if you could renew the contract". */
const POLITE_REQUEST = new RegExp(`${CONDITIONAL_REQUEST}\\s+(?:please |kindly |just )?(?:${QUESTION_ACTION_VERBS.join('|')})\\b`, 'i');
const CONDITIONAL = new RegExp(CONDITIONAL_BEFORE, 'i');
const ACCEPTS_QUOTE = new RegExp(QUOTE_ACCEPTED, 'i');
/** Before "make sure": the writer's own undertaking or advice (ownUndertaking). */
const OWN_UNDERTAKING = /\b(?:i|we)(?:'ll|’ll|'d|’d| will| would| shall| should)\s+$/i;

/**
 * After "you must / have to": the "you" of anyone who goes that way, getting past a nuisance ("the hedge
 * is that wide you have to walk in the road", "brambles across the path, you have to go single file",
 * "…so low you have to duck"): a report of the nuisance, not a job for the reader.
 */
const GETTING_PAST = /^(?:(?:go|walk|step) (?:single|in(?:to)? the road)|(?:climb|wade|squeeze|duck)\b)/i;

/** The expressions built from data, for the ReDoS test. */
export const BUILT_REGEXES: RegExp[] = [COMMITMENTS.re, DIRECTIVES.re, POLITE, LEAD, IMPERATIVE, QUESTION_REQUEST, POLITE_REQUEST, CONDITIONAL, OWN_UNDERTAKING, ACCEPTS_QUOTE];

const CLOSERS = ' \t\n"\'”’)';

function isQuestion(s: string): boolean {
  let end = s.length;
  while (end > 0 && CLOSERS.indexOf(s[end - 1]) >= 0) end--;
  return end > 0 && s[end - 1] === '?';
}

function notConditional(sentence: string, start: number): boolean {
  return !CONDITIONAL.test(sentence.slice(Math.max(0, start - 20), start));
}

/**
 * "I'll make sure it doesn't get lost", "I'd make sure the shed is locked": the writer's own
 * undertaking or advice, not an order to anyone (a promise of payment is a commitment cue).
 */
function ownUndertaking(sentence: string, start: number, cue: string): boolean {
  return /^(?:make sure|ensure)\b/i.test(cue) && OWN_UNDERTAKING.test(sentence.slice(Math.max(0, start - 12), start));
}

/** Detect an instruction or commitment in one sentence of the sender's own words. */
export function detectInstruction(sentence: string): InstructionCue | undefined {
  const commitment = scanPhrases(COMMITMENTS, sentence).find((h) => notConditional(sentence, h.start));
  if (commitment) return { kind: 'commitment', cue: commitment.text, start: commitment.start, end: commitment.end };
  if (isQuestion(sentence)) {
    const m = QUESTION_REQUEST.exec(sentence) ?? POLITE_REQUEST.exec(sentence);
    return m ? { kind: 'directive', cue: m[0], start: m.index, end: m.index + m[0].length } : undefined;
  }
  const polite = POLITE_REQUEST.exec(sentence);
  if (polite && notConditional(sentence, polite.index)) return { kind: 'directive', cue: polite[0], start: polite.index, end: polite.index + polite[0].length };
  const lead = LEAD.exec(sentence);
  const leadLength = lead ? lead[0].length : 0;
  const rest = sentence.slice(leadLength);
  if (POLITE.test(sentence) || POLITE.test(rest)) return undefined;
  const directive = scanPhrases(DIRECTIVES, sentence).find((h) => notConditional(sentence, h.start) && !ownUndertaking(sentence, h.start, h.text) && !GETTING_PAST.test(sentence.slice(h.end)));
  if (directive) return { kind: 'directive', cue: directive.text, start: directive.start, end: directive.end };
  const imperative = IMPERATIVE.exec(rest);
  if (imperative) {
    const start = leadLength;
    return { kind: 'directive', cue: sentence.slice(0, start + imperative[0].length).trim(), start: 0, end: start + imperative[0].length };
  }
  return undefined;
}

/**
 * A price accepted in one sentence ("£2,350 for laying the hedge is fine by me"): a commitment only
 * when said to whoever quoted it, so instructions/councillor asks it of emails that go outside.
 */
export function detectAcceptance(sentence: string): InstructionCue | undefined {
  if (isQuestion(sentence)) return undefined;
  const m = ACCEPTS_QUOTE.exec(sentence);
  if (!m || !notConditional(sentence, m.index)) return undefined;
  return { kind: 'commitment', cue: m[0], start: m.index, end: m.index + m[0].length };
}
