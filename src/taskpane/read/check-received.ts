// What the read view tells someone about a received message: is the sender who they claim to be
// (policy 4.3c "check with the sender if there is any doubt regarding the authenticity"), and are
// the attachments risky to open ("do not open any attachment unless certain of the authenticity
// of the sender").
//
// Decision: the sender checks are the engine's read-surface rules (category `authenticity`); the
// attachment checks are the engine's compose attachment rules run on the received draft, because
// a file that would be stopped on the way out (executables, double extensions, macros, disguised
// types) is just as risky to open on the way in. `attachments/missing` is left out: it is about
// the sender's own words ("see attached"), not about a risk to the reader.
import type { PolicyConfig } from '../../policy/config';
import { check } from '../../policy/engine';
import type { Finding } from '../../policy/finding';
import type { RuleId } from '../../policy/rule-ids';
import { RULES } from '../../policy/rules';
import { organisationalDomain } from '../../policy/rules/authenticity/domains';
import { assessSender, type SenderStatus } from '../../policy/auth-results';
import type { MailDraft } from '../../policy/types';
import { readerAttachmentFinding, withoutPhoneAdvice } from './reader-advice';

/** Attachment rules that say nothing about the reader's risk. */
const NOT_FOR_READING = new Set<RuleId>(['attachments/missing']);

export type SenderVerdict = 'verified' | 'not-verified' | 'unchecked';

export interface ReceivedCheck {
  verdict: SenderVerdict;
  /** What the mail service's checks said, in words (the findings give the detail). */
  basis: string;
  status: SenderStatus;
  authenticity: Finding[];
  attachments: Finding[];
  /** Say "check with the sender by phone" (4.3c): anything short of a clean, verified sender. */
  advisePhone: boolean;
}

function basisText(status: SenderStatus, basis: string, hasHeaders: boolean): string {
  if (!hasHeaders) return 'Outlook did not give the add-in this message’s authentication results, so the sender could not be checked.';
  switch (status) {
    case 'internal':
      return 'Sent from inside the council’s own mail system.';
    case 'verified':
      return `The receiving mail service confirmed the sender’s domain (${basis}).`;
    case 'failed':
      return `The receiving mail service’s checks failed (${basis}).`;
    case 'not-aligned':
      return 'The checks passed only for a different domain from the one in the From address.';
    case 'unchecked':
      return basis === 'no-header' ? 'The message carries no authentication results from the receiving mail service.' : 'The receiving mail service could not confirm the sender.';
  }
}

export function checkReceived(draft: MailDraft, config: PolicyConfig): ReceivedCheck {
  const read = check(draft, config, { surface: 'read' });
  const attachmentRules = RULES.filter((r) => r.meta.category === 'attachments' && (r.meta.surface ?? 'compose') === 'compose' && !NOT_FOR_READING.has(r.meta.id));
  const files = check(draft, config, { surface: 'compose', rules: attachmentRules });
  const found = read.findings.filter((f) => f.category === 'authenticity');
  const attachments = [...read.findings.filter((f) => f.category === 'attachments'), ...files.findings].map(readerAttachmentFinding);

  const auth = assessSender(draft.headers, draft.from?.address, organisationalDomain);
  const hasHeaders = !!draft.headers;
  // A look-alike domain or an impersonated name can pass SPF/DKIM/DMARC for its own domain: the
  // address is genuine, the person may not be. Those findings therefore mean "not verified"; the
  // SPF/DKIM/DMARC outcome itself comes from assessSender (the same judgement the rule makes).
  const warned = found.some((f) => f.level !== 'info' && f.ruleId !== 'authenticity/unverified-sender');
  let verdict: SenderVerdict;
  if (warned || auth.status === 'failed' || auth.status === 'not-aligned') verdict = 'not-verified';
  else if (hasHeaders && (auth.status === 'verified' || auth.status === 'internal')) verdict = 'verified';
  else verdict = 'unchecked';

  const advisePhone = verdict !== 'verified' || attachments.some((f) => f.level !== 'info');
  return {
    verdict,
    basis: basisText(auth.status, auth.basis, hasHeaders),
    status: auth.status,
    // The pane gives the phone advice once, above these, whenever it shows any of them.
    authenticity: advisePhone ? found.map(withoutPhoneAdvice) : found,
    attachments,
    advisePhone,
  };
}
