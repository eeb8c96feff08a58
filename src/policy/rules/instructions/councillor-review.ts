// Task pane only: sentences of a councillor's own words that the intent model (compromise's
// part-of-speech tags + words, src/policy/models/intent.ts) reads as asking for action or committing
// someone, where the send-time cue patterns (instructions/councillor) found nothing. The tagger alone
// is 120 KB gzipped, more than the send bundle's budget leaves, so this guidance is given while
// writing and never stops a message (docs/rules/instructions/councillor-review.md).
import { defineRule } from '../../rule';
import { scoreIntent } from '../../models/intent';
import { detectInstruction } from './detect';
import { quoteOf } from '../tone/judged';

/** Sentences scored per message (the tagger costs about a millisecond a sentence). */
export const MAX_SENTENCES = 60;
/**
 * Log-odds a sentence must pass to be noted. Higher than the model's own cut-off (-0.5, best F1 in
 * cross-validation): only sentences the send-time cues missed reach the model, and a note on every
 * other email would be ignored. 10-fold CV on the Enron intent set (`npm run eval`): precision 0.91,
 * recall 0.57 at 1 (0.78 / 0.82 at -0.5), past Cohen et al. 2004's P > 0.80 at R > 0.50; of the 500
 * Enron business emails `npm run bench` checks as if from a councillor, 109 get a note (224 at -0.5).
 */
export const PANE_THRESHOLD = 1;
/** Longer "sentences" are lists or pasted text, not one request. */
const MAX_SENTENCE_CHARS = 600;

export default defineRule({
  meta: {
    id: 'instructions/councillor-review',
    category: 'instructions',
    clause: '4.3c',
    summary: "A councillor's sentence that may read as an instruction or a promise (task pane only, never at send)",
    defaultLevel: 'info',
    paneOnly: true,
    messages: {
      possible:
        'This may read as asking an officer or contractor to act, or as a promise, on the Council\'s behalf: "{quote}". Emails which create obligations or give instructions on behalf of the Council must be sent by officers only, not Councillors (4.3c). If it asks staff or a contractor to act, ask the Clerk instead; if it is a question or information, carry on.',
    },
    inputs: ['from', 'body'],
  },
  check(ctx, report) {
    if (ctx.sender.role !== 'councillor') return;
    let scored = 0;
    for (const sentence of ctx.sentences) {
      if (scored >= MAX_SENTENCES) break;
      const text = sentence.text;
      if (text.length > MAX_SENTENCE_CHARS || !/[a-z]/i.test(text)) continue;
      // instructions/councillor reports these at send already.
      if (detectInstruction(text)) continue;
      scored++;
      const result = scoreIntent(text, undefined, PANE_THRESHOLD);
      if (!result.isIntent) continue;
      report({
        messageId: 'possible',
        data: { quote: quoteOf(text) },
        span: { field: 'body', start: sentence.start, end: sentence.end },
        actual: text,
      });
    }
  },
});
