// The unsure tier of confidential/external (warn): a confidentiality marker used in passing rather
// than as a label on this email ("a confidential report found …", a subject that just says "Re:
// confidential"). Footers, assurances and closed sessions mentioned without content are not reported
// at all (./markers.ts); a marker that labels this email is confidential/external's (block).
// Confidential content in words the sender passes on ("a resident rang to say our solicitor reckons …")
// warns here too: reported words lower a block to a warning at most (issue #16).
import { defineRule } from '../../rule';
import { judgedMarkers, outsideOf } from './markers';
import { CONTENT_WHAT, confidentialContent } from './content';
import { quote as quoteOf } from '../council-judgement-reports';
import { confirmedStamps, isStamp } from './external';

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
      content:
        '“{quote}” passes on someone else’s words about {what}, and this email goes to {count:recipient|recipients} outside the council ({first}). The policy forbids sharing confidential material outside the council (3.1, 4.3c). Check that it is not something given in confidence before you send it.',
    },
    inputs: ['recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    const outside = outsideOf(ctx);
    if (!outside) return;
    const { data, fixes } = outside;
    // A stamp blocks in confidential/external only when the learnt judgement (when the policy file
    // lets it act) confirms it; unconfirmed, it is warned here like an unsure marker.
    const unconfirmed = confirmedStamps(ctx) === false;
    let sure = false;
    for (const j of judgedMarkers(ctx)) {
      const blocks = j.sure && !(unconfirmed && isStamp(ctx, j));
      sure ||= blocks;
      if (blocks) continue;
      report({ messageId: 'marker', data: { ...data, marker: j.marker }, span: { field: j.field, start: j.start, end: j.end }, actual: j.marker, fixes });
    }
    // Confidential content in words the sender reports (issue #16: reported words warn at most), when
    // confidential/external has not blocked the email on its own content or a marker.
    const content = confidentialContent(ctx);
    const c = content.reported;
    if (sure || content.own || !c) return;
    const quote = quoteOf(ctx.draft.body.text, c.start, c.end);
    report({ messageId: 'content', data: { ...data, quote, what: CONTENT_WHAT[c.kind] }, span: { field: 'body', start: c.start, end: c.end }, actual: quote, fixes });
  },
});
