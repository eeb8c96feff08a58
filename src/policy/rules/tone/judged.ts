// The learnt judgements (src/policy/models/council.ts) over the sender's own sentences, for
// tone/harassment, tone/threat and tone/discriminatory: a candidate sentence (one with a cue of the
// class's kind) that the class's model reads as such. Each finding quotes the writer's words.
import type { RuleContext } from '../../context';
import { judgeSentence, TONE_MAX_SENTENCES, type SentenceClass } from '../../models/council';

/** Longer "sentences" are lists or pasted text, not one remark. */
const MAX_SENTENCE_CHARS = 600;
/**
 * Only sentences starting in the first 50,000 characters of the body are judged (about 600
 * sentences, a few milliseconds): a longer body is a pasted document, and the send check of a 1 MB
 * body must stay within budget. Linear scans (the cue patterns of each rule) still read all of it.
 */
export const MAX_JUDGED_OFFSET = 50_000;
/** At most this many characters of the writer's words are quoted in a message. */
const QUOTE_CHARS = 140;

export interface JudgedSentence {
  start: number;
  end: number;
  text: string;
  /** The writer's words for the message, shortened with an ellipsis. */
  quote: string;
}

export function quoteOf(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= QUOTE_CHARS ? t : t.slice(0, t.lastIndexOf(' ', QUOTE_CHARS - 1) > 40 ? t.lastIndexOf(' ', QUOTE_CHARS - 1) : QUOTE_CHARS - 1) + '…';
}

/**
 * Sentences of the body the class's judgement finds, skipping any that overlap `taken` (body offsets),
 * where the policy file lets the judgement act (`learntJudgements`): the class's own rule reports them.
 */
export function judgedSentences(ctx: RuleContext, cls: SentenceClass, taken: readonly { start: number; end: number }[] = []): JudgedSentence[] {
  return ctx.config.learntJudgements.includes(cls) ? scored(ctx, cls, taken) : [];
}

/**
 * The same sentences where the policy file does *not* list the class: the judgement is not sure enough
 * on writers it has never seen to stop a send (docs/QUALITY.md), so the family's unsure tier warns
 * (tone/harassment-possible, tone/threat-possible) and the writer reads it again.
 */
export function possibleSentences(ctx: RuleContext, cls: SentenceClass, taken: readonly { start: number; end: number }[] = []): JudgedSentence[] {
  return ctx.config.learntJudgements.includes(cls) ? [] : scored(ctx, cls, taken);
}

/** Every own sentence the class's learnt judgement fires on, whether or not the policy file lists the class. */
export function scored(ctx: RuleContext, cls: SentenceClass, taken: readonly { start: number; end: number }[]): JudgedSentence[] {
  const out: JudgedSentence[] = [];
  // A remark aimed at the reader or a colleague is the writer's in a message, not in a document (a
  // newsletter, a forwarded joke or sermon), where such lines are usually someone else's words.
  if (cls !== 'discrimination' && ctx.sentences.length > TONE_MAX_SENTENCES) return out;
  for (const s of ctx.sentences) {
    if (s.start > MAX_JUDGED_OFFSET) break;
    if (s.text.length > MAX_SENTENCE_CHARS || taken.some((t) => t.start < s.end && t.end > s.start)) continue;
    if (judgeSentence(cls, s.text)?.fires) out.push({ start: s.start, end: s.end, text: s.text, quote: quoteOf(s.text) });
  }
  return out;
}
