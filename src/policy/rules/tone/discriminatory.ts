import { defineRule } from '../../rule';
import { DISCRIMINATORY_PHRASES } from '../../data/slurs';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { lexiconHits } from './lexicon';
import { judgedSentences } from './judged';

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
      generalisation:
        'This judges people by a protected characteristic (age, disability, race, religion, sex, sexual orientation, pregnancy, marriage or gender reassignment): "{quote}". The policy forbids sending discriminatory messages (3.1). Judge people as individuals, on what the matter needs.',
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
    // Generalisations with no slur ("Older staff can't cope"): a learnt judgement.
    const found = lexiconHits(ctx).filter((h) => h.field === 'body' && h.tier === 'slur');
    for (const s of judgedSentences(ctx, 'discrimination', found)) report({ messageId: 'generalisation', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
  },
});
