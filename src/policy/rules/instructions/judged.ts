// A councillor's instruction not phrased as a command ("I'd like the shelter repainted before…",
// "The gate is to be padlocked from now on", "I've told the contractor he can start"): the learnt
// judgement (src/policy/models/council.ts) over a sentence the cue patterns (./detect.ts) missed.
import { judgeSentence } from '../../models/council';
import { MAX_JUDGED_OFFSET, quoteOf } from '../tone/judged';

/**
 * A sentence with a quotation in it passes on someone's words (a resident's request, a joke), not the
 * councillor's own instruction. Only quotation marks count: "said", "told" and "whatever the committee
 * said" (../../judge/reported.ts's verbs of saying) are how councillors give instructions too.
 */
const QUOTATION = /["“”]/;

export function judgedInstruction(sentence: { text: string; start: number }): { kind: 'judged'; cue: string } | undefined {
  const { text, start } = sentence;
  if (start > MAX_JUDGED_OFFSET || text.length > 600 || QUOTATION.test(text) || !judgeSentence('instruction', text)?.fires) return undefined;
  return { kind: 'judged', cue: quoteOf(text) };
}
