// Words the pane shows for codes. UK English; colour is never the only signal, so every level and
// verdict has words.
import type { Category, Level, Verdict } from '../../policy/types';

export const CATEGORY_NAME: Record<Category, string> = {
  tone: 'Tone and language',
  recipients: 'Recipients',
  instructions: 'Instructions from councillors',
  disclaimer: 'Personal views',
  confidential: 'Confidential information',
  'personal-data': 'Personal data',
  credentials: 'Passwords and codes',
  attachments: 'Attachments',
  solicitation: 'Chain letters and advertising',
  authenticity: 'Sender checks',
};

export const LEVEL_NAME: Record<Level, string> = {
  block: 'Must change',
  warn: 'Check',
  info: 'Note',
};

export const VERDICT_TEXT: Record<Verdict, { title: string; detail: string }> = {
  ok: { title: 'Ready to send', detail: 'Nothing in this message goes against the council’s email policy.' },
  warn: { title: 'Check before sending', detail: 'Some things may go against the policy. Fix them, or send with a reason.' },
  block: { title: 'Cannot be sent as it is', detail: 'Something in this message goes against the policy and must be changed before it can be sent.' },
};

/** "1 point", "3 points": counts in words people write, never "point(s)". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The findings list heading's count: "1 point needs attention", "2 of 3 points need attention". */
export function attentionHeading(actionable: number, total: number): string {
  if (actionable === 0) return `${countOf(total, 'note')} for information, nothing to change`;
  const verb = actionable === 1 ? 'needs' : 'need';
  return actionable === total ? `${countOf(total, 'point')} ${verb} attention` : `${actionable} of ${countOf(total, 'point')} ${verb} attention`;
}
