// A councillor's instruction not phrased as a command ("I'd like the shelter repainted before…",
// "The gate is to be padlocked from now on", "I've told the contractor he can start"): the learnt
// judgement (src/policy/models/council-judge.ts) over a sentence the cue patterns (./detect.ts) missed.
import { judge } from '../../models/council-judge';
import { quoteOf } from '../tone/judged';

export function judgedInstruction(sentence: string): { kind: 'judged'; cue: string } | undefined {
  if (sentence.length > 600 || !judge('instruction', sentence)?.fires) return undefined;
  return { kind: 'judged', cue: quoteOf(sentence) };
}
