import { defineRule } from '../../rule';
import { ATTACHMENT_PHRASES } from '../../data/attachment-phrases';
import { phraseRegExp } from '../../text/patterns';
import type { Span } from '../../types';

const PHRASE = phraseRegExp(ATTACHMENT_PHRASES);
/**
 * "Attached" said of what this email carries, beyond the phrase list (council suites, helper warn3):
 * after a dash, colon, comma or bracket ("the form now - attached", "(attached)"), after "is", "are",
 * "now", "both" ("the minutes are attached"), or closing a short opening ("Photos attached."). A
 * candidate is judged by its neighbours: not attached *to* something ("the garage is attached to the
 * house"), not a question ("Is the form attached?"), not a denial ("nothing is attached"), not terms or
 * feelings ("no strings attached", "conditions attached", "very attached").
 */
const ATTACHED = /(?:[-–—:(,]|\b(?:is|are|now|both|all)|(?:^|[.!?]\s+)(?:[a-z]+ ){1,3})[ \t]*attached\b(?!\s*(?:\?|(?:to|with|by|on|at|in|from)\b))/gim;
const NOT_CARRIED_BEFORE = /\b(?:no|not|nothing|strings|conditions|very)\W+(?:(?:is|are) )?attached$/i;

function attachedSaid(text: string): { start: number; end: number } | undefined {
  ATTACHED.lastIndex = 0;
  for (let m = ATTACHED.exec(text); m; m = ATTACHED.exec(text)) {
    const end = m.index + m[0].length;
    if (!NOT_CARRIED_BEFORE.test(text.slice(Math.max(0, end - 40), end))) return { start: end - 8, end };
  }
  return undefined;
}

/** Curly apostrophes become straight ones; same length, so offsets hold. */
const straight = (s: string) => s.replace(/\u2019/g, "'");

export default defineRule({
  meta: {
    id: 'attachments/missing',
    category: 'attachments',
    clause: '4.3c',
    summary: 'The email says something is attached, but nothing is',
    defaultLevel: 'warn',
    messages: {
      missing: 'The email says “{phrase}”, but nothing is attached. Attach the file, or change the wording if it is not needed.',
    },
    inputs: ['subject', 'body', 'attachments'],
  },
  check(ctx, report) {
    // Attached emails and cloud links count; a signature's inline logo does not.
    if (ctx.draft.attachments.some((a) => !a.isInline)) return;
    // Only the sender's own words: "see attached" in a quoted message refers to that message.
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      PHRASE.lastIndex = 0;
      const m = PHRASE.exec(straight(text));
      const said = m ? { start: m.index, end: m.index + m[0].length } : attachedSaid(straight(text));
      if (!said) continue;
      const span: Span = { field, ...said };
      report({ messageId: 'missing', data: { phrase: text.slice(span.start, span.end) }, span, actual: text.slice(span.start, span.end) });
      return;
    }
  },
});
