// What an attachment's name and first bytes say about it. Windows ignores trailing dots and spaces
// in file names, so "report.exe. " is an .exe; bidirectional controls make "invoice‮fdp.exe" display
// as "invoiceexe.pdf". All checks are linear in the name or look at a bounded number of bytes.
import { DEFENDER_FILTER, OWA_BLOCKED } from '../../data/blocked-extensions';
import { CONTENT_SIGNATURES, EXECUTABLE_SIGNATURES, type Signature } from '../../data/attachment-types';
import type { Attachment } from '../../types';
import type { Report } from '../../rule';

/**
 * On Microsoft's default list of the common attachments filter (Set-MalwareFilterPolicy, -FileTypes:
 * "ace, ani, …, docm, …"), but a document rather than a program: attachments/risky warns about it as a
 * macro-enabled file and says the recipient's filter may reject it, so the sender can save it as .docx.
 */
export const FILTERED_DOCUMENTS: readonly string[] = ['docm'];

export const BLOCKED = new Set<string>([...OWA_BLOCKED, ...DEFENDER_FILTER].filter((e) => !FILTERED_DOCUMENTS.includes(e)));

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

/** Length of `name` without trailing dots, spaces and tabs (a loop: /[. ]+$/ backtracks on long runs). */
function trimmedLength(name: string): number {
  let n = name.length;
  while (n > 0 && (name[n - 1] === '.' || name[n - 1] === ' ' || name[n - 1] === '\t')) n--;
  return n;
}

export function hasBidiControl(name: string): boolean {
  return BIDI.test(name);
}

export function hasTrailingDotOrSpace(name: string): boolean {
  return trimmedLength(name) < name.length;
}

/** The name as Windows would save it: invisible controls removed, trailing dots and spaces dropped. */
export function effectiveName(name: string): string {
  const visible = name.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u061c\ufeff]/g, '');
  return visible.slice(0, trimmedLength(visible));
}

/** Extensions of a name, last first, lower case: "Minutes.PDF.exe" → ["exe", "pdf"]. Spaces around dots are ignored. */
export function extensionsOf(name: string): string[] {
  const parts = effectiveName(name).split('.');
  parts.shift(); // the base name (or "" for ".bashrc"-style names)
  return parts.map((p) => p.trim().toLowerCase()).filter((p) => p !== '').reverse();
}

/** Files the user sends as files: inline images in a signature and attached emails are not file attachments. */
export function isFile(a: Attachment): boolean {
  return !a.isInline && (a.kind ?? 'file') === 'file';
}

function matchesAt(bytes: Uint8Array, sig: Signature): boolean {
  const at = sig.at ?? 0;
  if (bytes.length < at + sig.bytes.length) return false;
  for (let i = 0; i < sig.bytes.length; i++) if (bytes[at + i] !== sig.bytes[i]) return false;
  return true;
}

/** The executable format the content is in, if any. */
export function executableKind(content: Uint8Array | undefined): string | undefined {
  if (!content) return undefined;
  return EXECUTABLE_SIGNATURES.find((s) => matchesAt(content, s))?.kind;
}

/** The document kind the content is in, if recognised. PDF readers accept "%PDF-" within the first 1024 bytes. */
export function contentKind(content: Uint8Array | undefined): string | undefined {
  if (!content) return undefined;
  const direct = CONTENT_SIGNATURES.find((s) => matchesAt(content, s));
  if (direct) return direct.kind;
  const limit = Math.min(content.length - 5, 1024);
  for (let i = 1; i < limit; i++) {
    if (content[i] === 0x25 && content[i + 1] === 0x50 && content[i + 2] === 0x44 && content[i + 3] === 0x46 && content[i + 4] === 0x2d) return 'pdf';
  }
  return undefined;
}

/** Report a finding on the attachment being looked at, with its removal as the fix. */
export type FoundOn = (messageId: string, data?: Record<string, string>) => void;

/**
 * Each file attachment whose name and content attachments/executable leaves alone (so one file
 * gets one finding), with its last extension and a reporter for findings on it. Attached emails
 * are skipped: they are checked as messages.
 */
export function eachNotExecutable(attachments: readonly Attachment[], report: Report, fn: (a: Attachment, ext: string, found: FoundOn) => void): void {
  attachments.forEach((a, index) => {
    if (a.kind === 'item') return;
    const ext = extensionsOf(a.name)[0] || '';
    if (BLOCKED.has(ext) || hasBidiControl(a.name) || hasTrailingDotOrSpace(a.name) || executableKind(a.content)) return;
    fn(a, ext, (messageId, data = {}) =>
      report({
        messageId,
        data: { name: a.name, ext, ...data },
        span: { field: 'attachments', start: index, end: index + 1 },
        actual: a.name,
        fixes: [{ kind: 'remove-attachment', index, id: a.id, name: a.name }],
      }),
    );
  });
}
