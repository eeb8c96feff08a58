// Harassment, including sexual harassment, without a swear word: remarks on someone's looks, body or
// clothes, invitations pressed after a no, prying into or commenting on someone's private life,
// turning up or watching (Equality Act 2010 s.26). A learnt judgement over candidate sentences
// (./judged.ts, src/policy/models/council-judge.ts).
import { defineRule } from '../../rule';
import { judgedSentences } from './judged';
import { sentenceReported } from '../../judge/reported';

export default defineRule({
  meta: {
    id: 'tone/harassment',
    category: 'tone',
    clause: '3.1',
    summary: "Unwelcome personal remarks: looks, private life, pressed invitations",
    defaultLevel: 'block',
    messages: {
      harassment:
        'This reads as unwelcome personal attention: "{quote}". The policy forbids harassing messages (3.1); remarks about someone\'s looks, body or private life, and invitations pressed after a no, can be harassment under the Equality Act 2010 (s.26). Remove it and keep to council business.',
    },
    inputs: ['body'],
  },
  check(ctx, report) {
    for (const s of judgedSentences(ctx, 'harassment')) {
      // Words the writer passes on (in quotation marks, after "he said") are not the writer's harassment (issue #16).
      if (sentenceReported(ctx.ownText, s.start, s.end)) continue;
      report({ messageId: 'harassment', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
  },
});
