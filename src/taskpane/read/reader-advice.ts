// What a READER should do about what the checks found in a received message. The attachment rules
// are written for someone sending ("Remove it…"); a reader needs the opposite advice: do not open
// it, and check with the sender (policy 4.3c: "do not open any attachment unless certain of the
// authenticity of the sender"). The phone advice itself is shown once at the top of the read pane,
// so the sender-check findings under it drop their copy of it.
import { Finding } from '../../policy/finding';
import { PHONE_ADVICE } from '../../policy/data/phone-advice';

/** Why a file is risky to open, by the attachment rules' message ids. */
const WHY: Record<string, string> = {
  'blocked-type': 'it is a type of file that runs a program when opened',
  'double-extension': 'it is a program made to look like a document (its name has two extensions)',
  'bidi-name': 'its name hides its real type behind an invisible character',
  'trailing-dot': 'its name hides its real type',
  disguised: 'its content is a program, not what its name says',
  macro: 'it is an Office file with macros, which can run code if you enable them',
  archive: 'it is an archive, and nothing inside it has been checked',
  'encrypted-archive': 'it is a password-protected archive that no filter could scan',
  'disk-image': 'it is a disk image, a way of getting programs past mail filters',
  mismatch: 'its content is not what its name says',
  'in-archive': 'it is an archive holding a file that is risky to open',
  'archive-checked': 'it is an archive; nothing risky was found inside, but archives are a common way to pass on harmful files',
  'archive-unread': 'it is an archive that could not be fully checked',
  'disguised-archive': 'it is an archive dressed up as an Office document',
  'web page': 'it is a web page, a common way to deliver fake sign-in pages',
  'SVG image': 'it is an SVG image, which can carry scripts and fake sign-in pages',
  'OneNote file': 'it is a OneNote file, which can hide programs behind a picture',
  'attachments/phishing-carrier:disguised': 'its content is a web page or SVG image, not what its name says',
};

export function readerAttachmentFinding(f: Finding): Finding {
  const name = f.actual ?? 'this attachment';
  const why = WHY[`${f.ruleId}:${f.messageId}`] ?? WHY[f.messageId];
  const message = why
    ? `Do not open “${name}”: ${why}. Open it only once the sender has confirmed they sent it, and if you were not expecting it, tell the council’s IT support (policy 4.3c).`
    : `Do not open “${name}” until the sender has confirmed they sent it (policy 4.3c).`;
  const data = f.toJSON();
  delete data.fixes;
  delete data.suggestions;
  return new Finding({ ...data, message });
}

const ENDINGS = Object.values(PHONE_ADVICE);

/** The finding without its "check with the sender by phone" ending (the pane says it once). */
export function withoutPhoneAdvice(f: Finding): Finding {
  const ending = ENDINGS.find((e) => f.message.endsWith(e));
  if (!ending) return f;
  return new Finding({ ...f.toJSON(), message: f.message.slice(0, -ending.length).trimEnd() });
}
