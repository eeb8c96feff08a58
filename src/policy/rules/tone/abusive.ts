// Unambiguous obscenity anywhere, and insults aimed at a person. Mild words and mild insults are
// tone/impolite's (warn): one rule has one level, so what must not block lives in another rule.
// Candidates (lexicon, phrases, symbols inside words) are judged in ./candidates.ts: words the sender
// only reports are tone/reported's (warn).
import { defineRule } from '../../rule';
import { judgedTone } from './candidates';

export default defineRule({
  meta: {
    id: 'tone/abusive',
    category: 'tone',
    clause: '4.3c',
    summary: 'Obscene or abusive language',
    defaultLevel: 'block',
    messages: {
      profanity:
        '"{word}" is obscene. Council emails must comply with codes of courtesy and decency (4.3c) and offensive material is not tolerated (2.3). Remove it.',
      abuse:
        '"{word}" insults the person you are writing to or about. Council emails must be courteous (4.3c) and must not harass anyone (3.1). Say what the problem is instead.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    for (const j of judgedTone(ctx)) {
      if (j.family !== 'abusive' || j.outcome !== 'block') continue;
      report({ messageId: j.messageId, data: { word: j.text }, span: { field: j.field, start: j.start, end: j.end }, actual: j.text });
    }
  },
});
