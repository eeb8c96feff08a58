import { defineRule } from '../../rule';
import { ATTACHMENT_PHRASES } from '../../data/attachment-phrases';
import { phraseRegExp } from '../../text/patterns';
import type { Span } from '../../types';

const PHRASE = phraseRegExp(ATTACHMENT_PHRASES);

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
      if (!m) continue;
      const span: Span = { field, start: m.index, end: m.index + m[0].length };
      report({ messageId: 'missing', data: { phrase: text.slice(span.start, span.end) }, span, actual: text.slice(span.start, span.end) });
      return;
    }
  },
});
