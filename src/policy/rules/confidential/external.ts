import { defineRule } from '../../rule';
import {
  CONFIDENTIAL_HEADING,
  CONFIDENTIAL_LABELS,
  CONFIDENTIAL_PHRASES,
  CONFIDENTIAL_STAMPS,
  FOOTER_PHRASES,
  SUBJECT_CONFIDENTIAL,
} from '../../data/confidential-markers';
import { phraseRegExp } from '../../text/patterns';
import { inRanges, paragraphsMatching } from '../../text/paragraphs';
import type { Range } from '../../text/quotes';
import type { Fix, Span } from '../../types';
import { outsideRecipients } from '../recipients/outside';
import { CONFIDENTIAL_MESSAGES, confidentialJudgement, withJudgement } from '../council-judgement-reports';

const PHRASES = phraseRegExp(CONFIDENTIAL_PHRASES);
const FOOTER = phraseRegExp(FOOTER_PHRASES);

/** The first marker in `text` outside `skip`, by earliest position. */
function firstMarker(text: string, patterns: readonly RegExp[], skip: readonly Range[]): Span | undefined {
  let best: { start: number; end: number } | undefined;
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (best && m.index >= best.start) break;
      if (m[0] === '') re.lastIndex++;
      if (inRanges(skip, m.index)) continue;
      best = { start: m.index, end: m.index + m[0].length };
      break;
    }
  }
  return best && { field: 'body', ...best };
}

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
    const outside = outsideRecipients(ctx);
    if (!outside.length) return;
    const data = { count: outside.length, first: outside[0].address };
    const fixes: Fix[] = outside.map((r) => ({ kind: 'remove-recipient', field: r.field, address: r.address }));
    const label = ctx.draft.sensitivityLabel?.trim();
    if (label && CONFIDENTIAL_LABELS.some((l) => label.toLowerCase().includes(l))) {
      report({ messageId: 'label', data: { ...data, marker: label }, actual: label, fixes });
    }
    const subject = ctx.draft.subject;
    const s = firstMarker(subject, [PHRASES, CONFIDENTIAL_STAMPS, SUBJECT_CONFIDENTIAL], []);
    if (s) {
      const marker = subject.slice(s.start, s.end);
      report({ messageId: 'marker', data: { ...data, marker }, span: { ...s, field: 'subject' }, actual: marker, fixes });
    }
    // The whole body, quoted parts included: a quoted confidential report leaves the council too.
    // Standard footers are skipped.
    const body = ctx.draft.body.text;
    const footers = paragraphsMatching(body, FOOTER);
    const b = firstMarker(body, [PHRASES, CONFIDENTIAL_STAMPS, CONFIDENTIAL_HEADING], footers);
    if (b) {
      const marker = body.slice(b.start, b.end).trim();
      report({ messageId: 'marker', data: { ...data, marker }, span: b, actual: marker, fixes });
    }
  },
}));
