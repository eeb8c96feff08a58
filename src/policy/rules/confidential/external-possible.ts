// The unsure tier of confidential/external (warn): a confidentiality marker used in passing rather
// than as a label on this email ("a confidential report found …", a subject that just says "Re:
// confidential"). Footers, assurances and closed sessions mentioned without content are not reported
// at all (./markers.ts); a marker that labels this email is confidential/external's (block).
import { defineRule } from '../../rule';
import { judgedMarkers, outsideOf } from './markers';

export default defineRule({
  meta: {
    id: 'confidential/external-possible',
    category: 'confidential',
    clause: '3.1, 4.3c',
    summary: 'Mention of confidential material in an email going outside the council',
    defaultLevel: 'warn',
    messages: {
      marker:
        'This email mentions “{marker}” and is going to {count:recipient|recipients} outside the council ({first}). The policy forbids sharing confidential material outside the council (3.1, 4.3c). Check that nothing confidential is in the email or its attachments before you send it.',
    },
    inputs: ['recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    const outside = outsideOf(ctx);
    if (!outside) return;
    const { data, fixes } = outside;
    for (const j of judgedMarkers(ctx)) {
      if (j.sure) continue;
      report({ messageId: 'marker', data: { ...data, marker: j.marker }, span: { field: j.field, start: j.start, end: j.end }, actual: j.marker, fixes });
    }
  },
});
