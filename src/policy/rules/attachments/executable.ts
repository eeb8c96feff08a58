import { defineRule } from '../../rule';
import { DECOY_EXTENSIONS } from '../../data/attachment-types';
import { showInvisible } from '../../text/mask';
import { blockedInside, inspectArchive } from './archive';
import { BLOCKED, executableKind, extensionsOf, hasBidiControl, hasTrailingDotOrSpace } from './files';

const DO = 'Remove it; if the recipient really needs it, ask IT how to share it safely.';

export default defineRule({
  meta: {
    id: 'attachments/executable',
    category: 'attachments',
    clause: '3.1',
    summary: 'An attachment that is a program or script, or disguises its type',
    defaultLevel: 'block',
    messages: {
      'blocked-type': `“{name}” is a .{ext} file, a type that can run code and that Microsoft 365 blocks by default. The policy forbids introducing malicious software or risking the council’s systems (3.1). ${DO}`,
      'double-extension': `“{name}” has two extensions: it looks like a .{decoy} but is really a .{ext} file, a trick used to pass off programs as documents (policy 3.1). ${DO}`,
      'bidi-name': `“{name}” contains an invisible control character that reverses text, so the name shown is not the real one. This is a known way to disguise programs (policy 3.1). ${DO}`,
      'trailing-dot': `“{name}” ends with a dot or a space, which Windows drops, so the real type is .{ext}. Names like this are used to slip files past filters (policy 3.1). Rename the file properly or remove it.`,
      disguised: `“{name}” is named as a .{ext} file but its content is a {kind}. The policy forbids introducing malicious software (3.1). ${DO}`,
      'in-archive': `“{name}” contains “{inner}”, {what}. Putting it inside an archive does not make it safe: the policy forbids introducing malicious software (3.1). ${DO}`,
    },
    inputs: ['attachments'],
  },
  check(ctx, report) {
    ctx.draft.attachments.forEach((a, index) => {
      // Attached emails and cloud links are not files whose name decides what runs.
      if (a.kind === 'item') return;
      const exts = extensionsOf(a.name);
      const ext = exts[0] ?? '';
      const found = (messageId: string, data: Record<string, string> = {}) =>
        report({
          messageId,
          data: { name: showInvisible(a.name), ext, ...data },
          span: { field: 'attachments', start: index, end: index + 1 },
          actual: showInvisible(a.name),
          fixes: [{ kind: 'remove-attachment', index, id: a.id, name: a.name }],
        });
      if (hasBidiControl(a.name)) return found('bidi-name');
      if (BLOCKED.has(ext)) {
        const decoy = exts[1];
        if (decoy && DECOY_EXTENSIONS.includes(decoy)) return found('double-extension', { decoy });
        if (hasTrailingDotOrSpace(a.name)) return found('trailing-dot');
        return found('blocked-type');
      }
      if (hasTrailingDotOrSpace(a.name) && ext) return found('trailing-dot');
      const kind = executableKind(a.content);
      if (kind) return found('disguised', { kind });
      // Inside a ZIP (whatever its name): the same verdict as the file itself (issue #18, finding 3).
      const zip = inspectArchive(a.content);
      for (const e of zip ? zip.entries : []) {
        const what = blockedInside(e);
        if (what) return found('in-archive', { inner: showInvisible(e.path), what });
      }
    });
  },
});

