import { defineRule } from '../../rule';
import { ARCHIVES, DISK_IMAGES, EXPECTED_CONTENT, MACRO_ENABLED } from '../../data/attachment-types';
import { BLOCKED, contentKind, executableKind, extensionsOf, hasBidiControl, hasTrailingDotOrSpace, zipIsEncrypted } from './files';

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
      archive: `“{name}” is an archive (.{ext}). Its contents are not checked and archives are a common way to pass on harmful files. Attach the files themselves or share a link instead. ${CHECK}`,
      'encrypted-archive': `“{name}” is a password-protected archive. Nothing inside can be scanned, by this add-in or by the recipient’s mail filter, so it is treated as risky. Share the files another way, such as a council file-sharing link.`,
      'disk-image': `“{name}” is a disk image (.{ext}). Disk images open with a double-click on Windows and are used to get programs past filters. Send the files themselves or share a link instead. ${CHECK}`,
      mismatch: `“{name}” is named as a .{ext} file but its content is {kind}. Check that you attached the file you meant to; recipients are told not to trust mismatched files (policy 4.3c).`,
    },
    inputs: ['attachments'],
  },
  check(ctx, report) {
    ctx.draft.attachments.forEach((a, index) => {
      if (a.kind === 'item') return;
      const ext = extensionsOf(a.name)[0] ?? '';
      // Names and contents attachments/executable blocks are its to report, not twice.
      if (BLOCKED.has(ext) || hasBidiControl(a.name) || hasTrailingDotOrSpace(a.name) || executableKind(a.content)) return;
      const found = (messageId: string, data: Record<string, string> = {}) =>
        report({
          messageId,
          data: { name: a.name, ext, ...data },
          span: { field: 'attachments', start: index, end: index + 1 },
          actual: a.name,
          fixes: [{ kind: 'remove-attachment', index, id: a.id, name: a.name }],
        });
      if (MACRO_ENABLED.includes(ext)) return found('macro');
      if (DISK_IMAGES.includes(ext)) return found('disk-image');
      const kind = contentKind(a.content);
      const expected = EXPECTED_CONTENT[ext];
      if (kind && expected && !expected.includes(kind)) return found('mismatch', { kind: kind === 'ole' ? 'an Office/Outlook container' : `a ${kind} file` });
      if (ARCHIVES.includes(ext)) {
        const encrypted = a.content && kind === 'zip' ? zipIsEncrypted(a.content) : undefined;
        return found(encrypted ? 'encrypted-archive' : 'archive');
      }
    });
  },
});
