// The loop both personal-data rules share: every hit of a finder in the subject and the whole body
// (quoted parts included: quoted personal data leaves the council too), capped per email.
import type { RuleContext } from '../../context';
import type { Span, SpanField } from '../../types';

const MAX_FINDINGS = 20;

export function eachHitLeaving<H extends { start: number; end: number }>(
  ctx: RuleContext,
  find: (text: string) => Iterable<H>,
  fn: (hit: H, text: string, span: Span) => void,
): void {
  let n = 0;
  for (const [field, text] of [['subject', ctx.draft.subject], ['body', ctx.draft.body.text]] as [SpanField, string][]) {
    for (const h of find(text)) {
      if (n++ >= MAX_FINDINGS) return;
      fn(h, text, { field, start: h.start, end: h.end });
    }
  }
}
