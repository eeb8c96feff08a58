// What the pane says about retention labelling. Counts and times only: never a subject, a
// recipient or an address. UK English.
import type { RecordsState } from './scheduler';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function clock(ms: number): string {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export const RECORDS_TEXT = {
  off: 'Retention labels are applied by your IT team’s scheduled job.',
  waiting: 'Retention labels for your sent messages will be checked in a moment.',
  running: 'Labelling your sent messages for the council’s records…',
  signIn: 'Sign in to Microsoft 365 so your sent messages can be labelled for the council’s records (policy 4.1).',
  signInButton: 'Sign in',
} as const;

/** One or two sentences for the state; the button is the component's business. */
export function recordsText(s: RecordsState): string {
  switch (s.kind) {
    case 'off':
      return RECORDS_TEXT.off;
    case 'waiting':
      return RECORDS_TEXT.waiting;
    case 'running':
      return RECORDS_TEXT.running;
    case 'sign-in':
      return s.message ? `${s.message} ${RECORDS_TEXT.signIn}` : RECORDS_TEXT.signIn;
    case 'retrying':
      return s.reason === 'denied'
        ? `Microsoft 365 refused access to your sent messages; your IT team may need to grant the add-in’s permission. Will try again at ${clock(s.nextAt)}.`
        : `Could not reach Microsoft 365 — will try again at ${clock(s.nextAt)}.`;
    case 'done': {
      const parts: string[] = [];
      if (s.tagged) parts.push(`${plural(s.tagged, 'sent message', 'sent messages')} labelled.`);
      if (s.failed) parts.push(`${plural(s.failed, 'sent message', 'sent messages')} could not be labelled yet — will try again.`);
      if (s.unmapped) parts.push(`${plural(s.unmapped, 'sent message has', 'sent messages have')} a label your IT team has not set up yet.`);
      if (s.kept) parts.push(`${plural(s.kept, 'sent message already had a label someone chose in Outlook', 'sent messages already had a label someone chose in Outlook')}; it was kept.`);
      // Say what was checked and when: a message sent after this run is not covered by it, and
      // Sent Items shows it as not labelled yet (issue #19 item 13: the two must not contradict).
      if (!parts.length) {
        parts.push(s.found === 0 ? 'No sent messages were waiting for a label.' : 'Your sent messages from the last 30 days are all labelled.');
        parts.push(`Checked at ${clock(s.at)}; messages you send later are labelled on the next check.`);
      }
      return parts.join(' ');
    }
  }
}
