// Office.js adapters: promisified calls, item → MailDraft, and the ports the task pane uses.
export { OfficeCallError, isOfficeCallError, officeCall, withDeadline, mailboxSupports } from './async';
export { readDraft, readBody, readSubject, readRecipients, readAttachments, readFrom, readComposeType } from './draft';
export { OfficeComposePort, FixError } from './compose-port';
export { OfficeReadPort } from './read-port';
export type { ComposePort, ReadPort, Unsubscribe } from './port';
