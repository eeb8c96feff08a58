import { defineRule } from '../../rule';
import { INTERNAL_MARKERS } from '../../data/internal-markers';
import { phraseRegExp } from '../../text/patterns';
import { isOutside } from './outside';
import type { Span } from '../../types';

const MARKER = phraseRegExp(INTERNAL_MARKERS);

function findMarker(text: string): { start: number; end: number; text: string } | undefined {
  MARKER.lastIndex = 0;
  const m = MARKER.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length, text: m[0] } : undefined;
}

export default defineRule({
  meta: {
    id: 'recipients/cc-external-internal',
    category: 'recipients',
    clause: '4.3c',
    summary: 'Someone outside the council is copied in on internal council business',
    defaultLevel: 'warn',
    messages: {
      'marked-internal':
        '{address} (Cc) is outside the council, but this email is marked “{marker}”. The policy asks you to copy emails only where appropriate and necessary (4.3c). Remove them from Cc, or remove the marking if they should see it.',
      'resident-on-internal':
        '{address} (Cc) is a personal email address, but everyone in To is inside the council, so this looks like internal business. The policy asks you to copy emails only where appropriate and necessary (4.3c). Remove them from Cc unless they need to see this.',
    },
    inputs: ['recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    const cc = ctx.recipients.filter((r) => r.field === 'cc' && isOutside(ctx, r));
    if (!cc.length) return;
    // Markers count only in the sender's own words: a quoted "staff only" from an old thread is history.
    const inSubject = findMarker(ctx.draft.subject);
    const inBody = inSubject ? undefined : findMarker(ctx.ownText);
    const marker = inSubject ?? inBody;
    if (marker) {
      for (const r of cc) {
        report({
          messageId: 'marked-internal',
          data: { address: r.address, marker: marker.text },
          span: { field: 'cc', start: r.index, end: r.index + 1 },
          actual: r.address,
          fixes: [{ kind: 'remove-recipient', field: 'cc', address: r.address }],
        });
      }
      return;
    }
    // Without a marker, only the strong shape warns: an all-council To with a resident's personal
    // address copied in. A contractor or another business copied in is ordinary and stays quiet.
    const to = ctx.recipients.filter((r) => r.field === 'to');
    if (!to.length || !to.every((r) => r.internal)) return;
    for (const r of cc) {
      if (!ctx.isPersonalDomain(r.domain)) continue;
      const span: Span = { field: 'cc', start: r.index, end: r.index + 1 };
      report({
        messageId: 'resident-on-internal',
        data: { address: r.address },
        span,
        actual: r.address,
        fixes: [{ kind: 'remove-recipient', field: 'cc', address: r.address }],
      });
    }
  },
});
