import { defineRule } from '../../rule';
import { SOLICITATION_LABELS } from '../../data/solicitation';
import { scoreSolicitation } from './score';
import { ADVERTISING_MESSAGES, advertisingJudgement, quote } from '../council-judgement-reports';
import { privateOffer } from './private-offer';

export default defineRule({
  meta: {
    id: 'solicitation/advertising',
    category: 'solicitation',
    clause: '3.1',
    summary: 'Private advertising or solicitation not related to council business',
    defaultLevel: 'warn',
    messages: {
      advertising:
        '"{phrase}" and the other signs here ({cues}) read as private advertising or a solicitation. The policy forbids sending solicitations or advertisements not related to Council business (3.1). Remove it, or send it from a personal account outside work.',
      'private-offer':
        '“{quote}” reads as private advertising: selling or promoting your own, a relative’s or a friend’s goods or services. The policy forbids sending solicitations or advertisements not related to Council business (3.1). Remove it, or send it from a personal account outside work.',
      ...ADVERTISING_MESSAGES,
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    // Subject and own words are scored together: a cue in each is two cues.
    const subject = ctx.draft.subject;
    const text = subject + '\n' + ctx.ownText;
    const result = scoreSolicitation(text);
    // The trained judgement reads what the cue scorer does not (a relative's trade, a sale in plain words).
    if (!result.isSolicitation) {
      // Private selling in plain words (issue #17): whose it is and an offer, in the sender's own sentences.
      const offer = privateOffer(ctx);
      if (!offer) return advertisingJudgement(ctx).forEach(report);
      const q = quote(ctx.draft.body.text, offer.start, offer.end);
      report({ messageId: 'private-offer', data: { quote: q }, span: { field: 'body', start: offer.start, end: offer.end }, actual: q });
      return;
    }
    const cues = result.cues.map((c) => SOLICITATION_LABELS[c.family] ?? c.family).join(', ');
    // A solicitation always has a pitch among its cues, and a pitch is a phrase with a place.
    const hit = result.cues.find((c) => c.hit)?.hit;
    if (!hit) return;
    const inSubject = hit.start < subject.length;
    const offset = inSubject ? 0 : subject.length + 1;
    report({
      messageId: 'advertising',
      data: { phrase: hit.text, cues, score: result.score },
      span: { field: inSubject ? 'subject' : 'body', start: hit.start - offset, end: (inSubject ? Math.min(hit.end, subject.length) : hit.end) - offset },
      actual: hit.text,
    });
  },
});
