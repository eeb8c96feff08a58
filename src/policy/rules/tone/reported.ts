// Abuse, threats and slurs the sender passes on rather than says: a resident's words relayed to a
// colleague, a caller's threat, a news headline, graffiti ("he called me a …", "the article said …").
// Reported words lower a block to a warning at most: the writer is asked whether they need repeating.
import { defineRule } from '../../rule';
import { judgedTone } from './candidates';

export default defineRule({
  meta: {
    id: 'tone/reported',
    category: 'tone',
    clause: '2.3, 3.1',
    summary: "Offensive, threatening or discriminatory words you are passing on from someone else",
    defaultLevel: 'warn',
    messages: {
      abusive:
        'You are passing on someone else’s words ("{word}"), which are obscene or abusive. Offensive material is not tolerated in council email (2.3), even when quoted. Describe what was said, for example "the caller swore at me", unless the exact words are needed as a record.',
      threat:
        'You are passing on a threat ("{word}"). If it was made against someone, report it to the Clerk or the police as well. Quote it only where the exact words are needed as a record (3.1).',
      discriminatory:
        'You are passing on someone else’s discriminatory words ("{word}"). Offensive and discriminatory material is not tolerated in council email (2.3, 3.1), even when quoted. Describe what was said, unless the exact words are needed as a record.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const j of judgedTone(ctx)) {
      if (j.outcome !== 'reported') continue;
      report({ messageId: j.family, data: { word: j.text }, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
  },
});
