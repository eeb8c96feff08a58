import { defineRule } from '../../rule';
import { ARCHIVES, DISK_IMAGES, expectedContentOf, MACRO_ENABLED, OFFICE_OPEN_XML, OPEN_DOCUMENT } from '../../data/attachment-types';
import { ARCHIVE_LIMITS, blockedInside, inspectArchive, type IncompleteReason } from './archive';
import { contentKind, eachNotExecutable, FILTERED_DOCUMENTS } from './files';

/** Why an archive could not be read to the end, in the words of the message. The count is grouped
 * by hand ("1,000"), as en-GB would: `toLocaleString` loads the locale data on first use, which cost
 * a cold command-line check 25–40 ms while this table was built. A loop, not a look-ahead expression
 * (`\B(?=(\d{3})+$)` is quadratic on long digit runs, which the ReDoS checks refuse). */
function grouped(n: number): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i && (s.length - i) % 3 === 0 ? ',' : '') + s[i];
  return out;
}
const UNREAD: Record<IncompleteReason, string> = {
  'too-many-entries': `it holds more than ${grouped(ARCHIVE_LIMITS.maxEntries)} files`,
  'too-large': `it unpacks to more than ${ARCHIVE_LIMITS.maxInflatedBytes / 1048576} MB`,
  'too-deep': `it has archives inside archives more than ${ARCHIVE_LIMITS.maxDepth} levels deep`,
  damaged: 'it is damaged or cut short',
  unsupported: 'it uses a kind of compression the add-in does not read',
};

const CHECK = 'Only send it if the recipient expects it; the policy asks everyone to open attachments only when sure of the sender (4.3c).';

export default defineRule({
  meta: {
    id: 'attachments/risky',
    category: 'attachments',
    clause: '4.3c',
    summary: 'Macro-enabled documents, archives, disk images and files whose content does not match their name',
    defaultLevel: 'warn',
    messages: {
      macro: `“{name}” is a macro-enabled Office file (.{ext}). Macros can run code, so recipients are rightly wary of them. Save it as an ordinary document (e.g. .docx or .xlsx) unless the macros are needed. ${CHECK}`,
      'macro-filtered': `“{name}” is a macro-enabled Word document (.{ext}). Macros can run code, and Microsoft 365's default attachment filter rejects .{ext} files, so it may not arrive. Save it as an ordinary .docx unless the macros are needed. ${CHECK}`,
      archive: `“{name}” is an archive (.{ext}). Its contents are not checked and archives are a common way to pass on harmful files. Attach the files themselves or share a link instead. ${CHECK}`,
      'archive-checked': `“{name}” is a zip archive. The add-in looked inside and found no programs, but archives are a common way to pass on harmful files and recipients’ mail filters often hold them back. Attach the files themselves or share a link if you can. ${CHECK}`,
      'archive-unread': `“{name}” is an archive the add-in could not fully look inside ({why}), so what it holds is not checked. Archives are a common way to pass on harmful files. Attach the files themselves or share a link instead. ${CHECK}`,
      'disguised-archive': `“{name}” is named as a .{ext} file but is a plain zip archive without the parts every {app} file has. Files are disguised like this to get past filters. Check that you attached the file you meant to; recipients are told not to trust mismatched files (policy 4.3c).`,
      'encrypted-archive': `“{name}” is a password-protected archive. Nothing inside can be scanned, by this add-in or by the recipient’s mail filter, so it is treated as risky. Share the files another way, such as a council file-sharing link.`,
      'disk-image': `“{name}” is a disk image (.{ext}). Disk images open with a double-click on Windows and are used to get programs past filters. Send the files themselves or share a link instead. ${CHECK}`,
      mismatch: `“{name}” is named as a .{ext} file but its content is {kind}. Check that you attached the file you meant to; recipients are told not to trust mismatched files (policy 4.3c).`,
    },
    inputs: ['attachments'],
  },
  check(ctx, report) {
    eachNotExecutable(ctx.draft.attachments, report, (a, ext, found) => {
      if (MACRO_ENABLED.includes(ext)) return found(FILTERED_DOCUMENTS.includes(ext) ? 'macro-filtered' : 'macro');
      if (DISK_IMAGES.includes(ext)) return found('disk-image');
      const kind = contentKind(a.content);
      const expected = expectedContentOf(ext);
      if (kind && expected && !expected.includes(kind)) return found('mismatch', { kind: kind === 'ole' ? 'an Office/Outlook container' : `a ${kind} file` });
      // A ZIP is looked inside (issue #18, finding 3); programs found there are attachments/executable's.
      const zip = inspectArchive(a.content);
      if (zip && zip.entries.some((e) => blockedInside(e))) return;
      const office = OFFICE_OPEN_XML.includes(ext) ? 'Office' : OPEN_DOCUMENT.includes(ext) ? 'OpenDocument' : undefined;
      if (zip && office && !(office === 'Office' ? zip.officeParts : zip.openDocument)) return found('disguised-archive', { app: office });
      if (zip && zip.encrypted) return found('encrypted-archive');
      if (ARCHIVES.includes(ext)) {
        if (!zip) return found('archive');
        return zip.incomplete ? found('archive-unread', { why: UNREAD[zip.incomplete] }) : found('archive-checked');
      }
    });
  },
});
