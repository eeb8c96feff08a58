import { defineRule } from '../../rule';
import { assessSender } from '../../auth-results';
import { organisationalDomain } from '../authenticity/domains';
import { isFile } from './files';

/** The address in a From header value: "Jo <jo@example.org>" → "jo@example.org". */
function addressIn(from: string | undefined): string | undefined {
  if (!from) return undefined;
  const angle = /<([^<>\s]{1,320})>/.exec(from);
  if (angle) return angle[1];
  // A bare address: the run of non-space characters around the "@" (scanned, not matched, to stay linear).
  const at = from.indexOf('@');
  if (at < 0) return undefined;
  const stop = (c: string) => /[\s<>"]/.test(c);
  let s = at;
  while (s > 0 && !stop(from[s - 1])) s--;
  let e = at + 1;
  while (e < from.length && !stop(from[e])) e++;
  return from.slice(s, e);
}

export default defineRule({
  meta: {
    id: 'attachments/unverified-forward',
    category: 'attachments',
    clause: '4.3c',
    summary: 'Forwarding attachments from a sender whose address could not be verified',
    defaultLevel: 'warn',
    messages: {
      failed:
        'You are forwarding “{name}”, which came from a sender whose address failed the mail service’s checks ({basis}). The policy says not to open or pass on attachments unless certain of the sender (4.3c). Check with the sender by phone, using a number you already have, before forwarding it.',
      unchecked:
        'You are forwarding “{name}”, but the mail service could not confirm who originally sent it ({basis}). The policy says not to open or pass on attachments unless certain of the sender (4.3c). Check with the sender before forwarding it.',
    },
    inputs: ['attachments', 'headers'],
  },
  check(ctx, report) {
    const { draft } = ctx;
    if (draft.composeType !== 'forward' || !draft.headers) return;
    const files = draft.attachments.map((a, index) => ({ a, index })).filter(({ a }) => isFile(a) || a.kind === 'item');
    if (!files.length) return;
    const from = addressIn(draft.headers['from']?.[0]);
    const auth = assessSender(draft.headers, from, organisationalDomain);
    // Conservative: only a failure, or a receiving service that says it checked nothing or that
    // DMARC found no policy and nothing aligned passed. No header at all says nothing.
    let messageId: 'failed' | 'unchecked' | undefined;
    if (auth.status === 'failed') messageId = 'failed';
    else if (auth.status === 'unchecked' && auth.header) {
      const dmarc = auth.header.results.find((r) => r.method === 'dmarc');
      if (auth.basis === 'none' || dmarc?.result === 'none') messageId = 'unchecked';
    }
    if (!messageId) return;
    const basis = auth.basis === 'none' ? 'no checks were run' : auth.basis === 'no-pass' || auth.basis === 'no-from' ? 'dmarc=none' : auth.basis;
    for (const { a, index } of files) {
      report({
        messageId,
        data: { name: a.name, basis },
        span: { field: 'attachments', start: index, end: index + 1 },
        actual: a.name,
        fixes: [{ kind: 'remove-attachment', index, id: a.id, name: a.name }],
      });
    }
  },
});
