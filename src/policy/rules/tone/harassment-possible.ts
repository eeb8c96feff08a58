// The unsure tier of tone/harassment (warn): a sentence the learnt harassment judgement reads as
// unwelcome personal attention, where the policy file does not let that judgement block (it is not
// in `learntJudgements`, as shipped: on writers it has never seen it is right when it speaks but
// misses most, docs/QUALITY.md); and a concept short of the bar (./harassment-concepts.ts: a remark on
// someone's body or looks with no turn, persistence aimed at someone with no subject, an outing with
// persistence beside it). The writer is asked to read it again; sending is not stopped.
import { defineRule } from '../../rule';
import { sentenceReported } from '../../judge/reported';
import { phraseSentences } from './harassment';
import { judgedSentences, possibleSentences } from './judged';
import { harassmentEvidence } from './harassment-evidence';

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
    // Sentences tone/harassment blocks on its own phrases or evidence are its.
    const taken = [...phraseSentences(ctx), ...harassmentEvidence(ctx, true)];
    let unsure = harassmentEvidence(ctx, false).filter((e) => !taken.some((t) => t.start < e.end && t.end > e.start));
    // Where the council lets the learnt judgement block, a sentence it blocks is tone/harassment's.
    if (unsure.length && ctx.config.learntJudgements.includes('harassment')) {
      const judged = judgedSentences(ctx, 'harassment', taken);
      unsure = unsure.filter((e) => !judged.some((j) => j.start === e.start));
    }
    for (const s of unsure) {
      report({ messageId: 'harassment', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
    for (const s of possibleSentences(ctx, 'harassment', [...taken, ...unsure])) {
      if (sentenceReported(ctx.ownText, s.start, s.end)) continue;
      report({ messageId: 'harassment', data: { quote: s.quote }, span: { field: 'body', start: s.start, end: s.end }, actual: s.text });
    }
  },
});
