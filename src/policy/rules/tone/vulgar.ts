// Vulgar words that are not aimed at anyone, and ambiguous slurs used on their own (warn). Aimed at a
// person they are tone/abusive's or tone/discriminatory's (block); one rule has one level, so what
// must not block lives here. Mild swearing ("bloody", "crap") stays tone/impolite's.
import { defineRule } from '../../rule';
import { IMPOLITE_ALONE } from '../../data/profanity';
import { lexiconHits } from './lexicon';

const LEFT_TO_IMPOLITE = new Set(IMPOLITE_ALONE);

export default defineRule({
  meta: {
    id: 'tone/vulgar',
    category: 'tone',
    clause: '4.3c, 2.3',
    summary: 'Vulgar slang and words that can be slurs',
    defaultLevel: 'warn',
    messages: {
      vulgar:
        '"{word}" is vulgar slang. Council emails must comply with codes of courtesy and decency (4.3c) and offensive material is not tolerated (2.3). Remove it or use a plain word; if you mean its ordinary sense, make that clear in the sentence.',
      slur:
        '"{word}" can be a slur. The policy does not tolerate offensive or discriminatory material (2.3, 3.1) and asks for courtesy (4.3c). If it describes a person or a group, remove it and use the words they use for themselves; if you mean its ordinary sense, make that clear in the sentence.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const hit of lexiconHits(ctx)) {
      // "the word 'hoe' in the leaflet": a word named, not the writer's own vulgarity.
      if (hit.mentioned) continue;
      const span = { field: hit.field, start: hit.start, end: hit.end };
      if (hit.tier === 'vulgar' || (hit.tier === 'insult' && !hit.directed && !LEFT_TO_IMPOLITE.has(hit.word))) {
        report({ messageId: 'vulgar', data: { word: hit.text }, span, actual: hit.text });
      } else if (hit.tier === 'slur' && hit.ambiguous && !hit.directed) {
        report({ messageId: 'slur', data: { word: hit.text }, span, actual: hit.text });
      }
    }
  },
});
