// What an attachment's name and first bytes say about it. Windows ignores trailing dots and spaces
// in file names, so "report.exe. " is an .exe; bidirectional controls make "invoice‮fdp.exe" display
// as "invoiceexe.pdf". All checks are linear in the name or look at a bounded number of bytes.
import { DEFENDER_FILTER, OWA_BLOCKED } from '../../data/blocked-extensions';
import { CONTENT_SIGNATURES, EXECUTABLE_SIGNATURES, type Signature } from '../../data/attachment-types';
import type { Attachment } from '../../types';

export const BLOCKED = new Set<string>([...OWA_BLOCKED, ...DEFENDER_FILTER]);

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

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;

/**
 * Is any entry of a ZIP archive encrypted (general-purpose bit flag, bit 0 — set for ZipCrypto and
 * AES alike)? Reads the central directory found through the end-of-central-directory record, and
 * falls back to the first local header when that is missing (a truncated file). Undefined when the
 * content is not a ZIP.
 */
export function zipIsEncrypted(b: Uint8Array): boolean | undefined {
  if (b.length < 30 || b[0] !== 0x50 || b[1] !== 0x4b) return undefined;
  // The EOCD record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const stop = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= stop; i--) {
    if (b[i] !== 0x50 || b[i + 1] !== 0x4b || b[i + 2] !== 0x05 || b[i + 3] !== 0x06) continue;
    const entries = u16(b, i + 10);
    let p = u32(b, i + 16);
    for (let n = 0; n < entries && p + 46 <= b.length; n++) {
      if (b[p] !== 0x50 || b[p + 1] !== 0x4b || b[p + 2] !== 0x01 || b[p + 3] !== 0x02) break;
      if (u16(b, p + 8) & 1) return true;
      p += 46 + u16(b, p + 28) + u16(b, p + 30) + u16(b, p + 32);
    }
    return false;
  }
  if (b[2] === 0x03 && b[3] === 0x04) return (u16(b, 6) & 1) === 1;
  return undefined;
}
