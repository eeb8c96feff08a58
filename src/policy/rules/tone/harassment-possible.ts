// The unsure tier of tone/harassment (warn): a sentence the learnt harassment judgement reads as
// unwelcome personal attention, where the policy file does not let that judgement block (it is not
// in `learntJudgements`, as shipped: on writers it has never seen it is right when it speaks but
// misses most, docs/QUALITY.md). The writer is asked to read it again; sending is not stopped.
import { defineRule } from '../../rule';
import { sentenceReported } from '../../judge/reported';
import { phraseSentences } from './harassment';
import { possibleSentences } from './judged';

export default defineRule({
  meta: {
    id: 'tone/harassment-possible',
    category: 'tone',
    clause: '3.1',
    summary: 'Wording that could be read as unwelcome personal attention',
    defaultLevel: 'warn',
    messages: {
      harassment:
        '"{quote}" could be read as unwelcome personal attention. The policy forbids harassing messages (3.1); remarks about someone\'s looks, body or private life, and invitations pressed after a no, can be harassment under the Equality Act 2010 (s.26). If it is not meant that way, say plainly what you mean, or keep to council business.',
    },
    inputs: ['body'],
  },
  check(ctx, report) {
    // Sentences tone/harassment blocks on its own phrases are its.
    for (const s of possibleSentences(ctx, 'harassment', phraseSentences(ctx))) {
      if (sentenceReported(ctx.ownText, s.start, s.end)) continue;
      report({ messageId: 'harassment', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
  },
});
