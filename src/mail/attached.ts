// Attached messages are checked as messages (issue #18, finding 3): an Outlook item attachment (the
// .eml string getAttachmentContentAsync returns), a message/rfc822 part, or an attached .eml file is
// read by src/mail/mime-lite.ts into a draft of its own, kept on the attachment as `message`, and
// the policy engine checks its subject, text and attachments as it checks the email itself. One
// level deep: a message attached to an attached message is judged as an attachment (by name and
// content), not opened. An Outlook .msg file (an OLE compound file, [MS-OXMSG]) is read by
// src/mail/msg-lite.ts the same way; one it cannot read gets the verdict of any attachment whose
// content cannot be read (name, extension and type only).
import { extensionsOf } from '../policy/rules/attachments/files';
import type { Attachment } from '../policy/types';
import { readMessage } from './mime-lite';
import { isCompoundFile, readMsg } from './msg-lite';

/** A header field name then ":" (RFC 5322 §2.2), after any leading blank lines: the start of a message. */
function startsLikeMessage(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length && (b[i] === 0x0d || b[i] === 0x0a)) i++;
  const start = i;
  for (; i < b.length && i - start < 100; i++) {
    const c = b[i];
    if (c === 0x3a) return i > start;
    if (c < 0x21 || c > 0x7e) return false;
  }
  return false;
}

/** 'eml' for an attached message in MIME form, 'msg' for an Outlook .msg file; undefined for anything else. */
export function messageFormat(a: Attachment): 'eml' | 'msg' | undefined {
  const ext = extensionsOf(a.name)[0];
  const type = (a.contentType || '').toLowerCase();
  if (a.kind === 'item' || type === 'message/rfc822' || ext === 'eml') return 'eml';
  if (ext === 'msg' || type === 'application/vnd.ms-outlook') return 'msg';
  return undefined;
}

/** The attachments with each attached .eml or .msg message read into `message` (one level: inner ones are left as they are). */
export function withAttachedMessages(list: Attachment[]): Attachment[] {
  return list.map((a) => {
    if (a.message || !a.content || !messageFormat(a)) return a;
    const message = isCompoundFile(a.content) ? readMsg(a.content) : startsLikeMessage(a.content) ? readMessage(a.content) : undefined;
    return message ? { ...a, message } : a;
  });
}
