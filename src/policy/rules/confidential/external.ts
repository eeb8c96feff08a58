import { defineRule } from '../../rule';
import { CONFIDENTIAL_LABELS } from '../../data/confidential-markers';
import { judgedMarkers, outsideOf } from './markers';
import { CONFIDENTIAL_MESSAGES, confidentialJudgement, withJudgement } from '../council-judgement-reports';

// The learnt judgement speaks only when the rule's own patterns found nothing (issue #17).
export default withJudgement(confidentialJudgement, defineRule({
  meta: {
    id: 'confidential/external',
    category: 'confidential',
    clause: '3.1',
    summary: 'Material marked confidential going to someone outside the council',
    defaultLevel: 'block',
    messages: {
      marker:
        'This email is marked “{marker}” and is going to {count:recipient|recipients} outside the council ({first}). The policy forbids sharing confidential material outside the council and asks you to respect the confidentiality of information in emails (3.1, 4.3c). Remove the external recipients, or the confidential content.',
      label:
        'This email has the sensitivity label “{marker}” and is going to {count:recipient|recipients} outside the council ({first}). The policy forbids sharing confidential material outside the council (3.1, 4.3c). Remove the external recipients, or change the label if it is wrong.',
      ...CONFIDENTIAL_MESSAGES,
    },
    inputs: ['recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    const outside = outsideOf(ctx);
    if (!outside) return;
    const { data, fixes } = outside;
    const label = ctx.draft.sensitivityLabel?.trim();
    if (label && CONFIDENTIAL_LABELS.some((l) => label.toLowerCase().includes(l))) {
      report({ messageId: 'label', data: { ...data, marker: label }, actual: label, fixes });
    }
    for (const j of judgedMarkers(ctx)) {
      if (!j.sure) continue;
      report({ messageId: 'marker', data: { ...data, marker: j.marker }, span: { field: j.field, start: j.start, end: j.end }, actual: j.marker, fixes });
    }
  },
}));
