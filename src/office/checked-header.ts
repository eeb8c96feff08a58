// The "checked" header for the server-side backstop (council-mail policy export exchange): when the
// policy file turns it on, the send handler stamps it on a message whose check completed, and the
// exported mail flow rules skip their content checks for mail that carries it (and strip it from
// mail leaving the council). It holds the add-in's name and the policy version only: nothing about
// findings, reasons or the message.
//
// item.internetHeaders.setAsync / removeAsync: Mailbox 1.8, compose mode (office-js-docs-reference,
// "Office.InternetHeaders" and outlook/metadata-for-an-outlook-add-in.md: internet headers travel
// with the message to its recipients, which is why the exported rules remove this one).
import { officeCall } from './async';

/** The value's first word; the exported rules look for it as a word (HeaderContainsWords). */
export const CHECKED_TOKEN = 'checked';

/** `checked; by=Council Email Policy; policy=<version>`: short, and safe in a header. */
export function checkedHeaderValue(policyVersion: string): string {
  const version = policyVersion.replace(/[^A-Za-z0-9.\-_]/g, '').slice(0, 64) || 'unversioned';
  return `${CHECKED_TOKEN}; by=Council Email Policy; policy=${version}`;
}

export function setCheckedHeader(item: Office.MessageCompose, name: string, policyVersion: string, timeoutMs: number): Promise<void> {
  return officeCall<void>('internetHeaders.setAsync', (cb) => item.internetHeaders.setAsync({ [name]: checkedHeaderValue(policyVersion) }, cb), timeoutMs);
}

/** Removes a header a completed check left on the draft, when a later send could not be checked. */
export function removeCheckedHeader(item: Office.MessageCompose, name: string, timeoutMs: number): Promise<void> {
  return officeCall<void>('internetHeaders.removeAsync', (cb) => item.internetHeaders.removeAsync([name], cb), timeoutMs);
}
