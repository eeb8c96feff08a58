import { defineRule } from '../../rule';
import { DISCRIMINATORY_PHRASES } from '../../data/slurs';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { lexiconHits } from './lexicon';

const STATEMENTS = compilePhrases(DISCRIMINATORY_PHRASES);

export default defineRule({
  meta: {
    id: 'tone/discriminatory',
    category: 'tone',
    clause: '3.1',
    summary: 'Slurs and discriminatory language',
    defaultLevel: 'block',
    messages: {
      slur: '"{word}" is a slur. The policy forbids sending discriminatory messages (3.1, 2.3). Remove it.',
      statement:
        '"{phrase}" is discriminatory. The policy forbids sending discriminatory messages (3.1) and asks for courtesy (4.3c). Remove it.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const hit of lexiconHits(ctx)) {
      if (hit.tier !== 'slur' || (hit.ambiguous && !hit.directed)) continue;
      report({ messageId: 'slur', data: { word: hit.text }, span: { field: hit.field, start: hit.start, end: hit.end }, actual: hit.text });
    }
    for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.ownText]] as const) {
      for (const hit of scanPhrases(STATEMENTS, text)) {
        report({ messageId: 'statement', data: { phrase: hit.text }, span: { field, start: hit.start, end: hit.end }, actual: hit.text });
      }
    }
  },
});
