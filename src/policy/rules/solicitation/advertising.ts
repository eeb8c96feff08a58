import { defineRule } from '../../rule';
import { ADVERT_STRONG, ADVERT_WEAK } from '../../data/solicitation';
import { cueSets, solicitationHit } from './score';

const CUES = cueSets(ADVERT_STRONG, ADVERT_WEAK);

export default defineRule({
  meta: {
    id: 'solicitation/advertising',
    category: 'solicitation',
    clause: '3.1',
    summary: 'Private advertising or solicitation not related to council business',
    defaultLevel: 'warn',
    messages: {
      advertising:
        '"{phrase}" reads as private advertising or a solicitation. The policy forbids sending solicitations or advertisements not related to Council business (3.1). Remove it, or send it from a personal account outside work.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    // Subject and own text are judged together: a subject cue plus a body cue is two cues.
    const text = ctx.draft.subject + '\n' + ctx.ownText;
    const hit = solicitationHit(CUES, text);
    if (!hit) return;
    const inSubject = hit.start < ctx.draft.subject.length;
    const offset = inSubject ? 0 : ctx.draft.subject.length + 1;
    report({
      messageId: 'advertising',
      data: { phrase: hit.text },
      span: { field: inSubject ? 'subject' : 'body', start: hit.start - offset, end: hit.end - offset },
      actual: hit.text,
    });
  },
});
