// Looking inside ZIP archives (issue #18, finding 3): an .exe inside a .zip is judged as the .exe
// itself, a zip renamed .docx without the Office parts is a disguised archive, and archives inside
// archives are opened down to ARCHIVE_LIMITS.maxDepth. Names come from the central directory (no
// inflating); an entry is inflated only for its first HEAD_BYTES (the magic number) or, when it is
// itself a ZIP, whole — always within the caps below, so a zip bomb costs at most maxInflatedBytes.
// Entries are inflated by ./inflate.ts (bounded: it stops at the bytes asked for); the ZIP structure
// is read here (PKWARE APPNOTE.TXT §4.3: local header, central directory, end of central directory record).
import { latin1, u16, u32, utf8 } from '../../text/bytes';
import { BLOCKED, contentKind, executableKind, extensionsOf, hasBidiControl } from './files';
import { inflatePrefix } from './inflate';

export { inflatePrefix };

export const ARCHIVE_LIMITS = {
  /** The attachment is level 1; a zip inside it level 2, and so on. Deeper archives are not opened. */
  maxDepth: 3,
  /** Entries listed across all levels of one attachment. */
  maxEntries: 1000,
  /** Bytes inflated across all levels of one attachment (nested ZIPs whole, other entries' heads). */
  maxInflatedBytes: 16 * 1024 * 1024,
} as const;

/** Bytes inflated from each entry to read its magic number. */
const HEAD_BYTES = 64;

export interface ArchiveEntry {
  /** Where it sits: "inner.zip/setup.exe". */
  path: string;
  /** Its own file name (the last part of the path). */
  name: string;
  encrypted: boolean;
  /** The first bytes, when the entry could be read (stored, or deflated and not encrypted). */
  head?: Uint8Array;
}

export type IncompleteReason = 'too-many-entries' | 'too-large' | 'too-deep' | 'damaged' | 'unsupported';

export interface ArchiveReport {
  entries: ArchiveEntry[];
  /** Any entry, at any level, is encrypted (general-purpose bit 0, ZipCrypto or AES). */
  encrypted: boolean;
  /** Why part of it was not read; undefined when every entry was listed and every nested ZIP opened. */
  incomplete?: IncompleteReason;
  /** The top level holds "[Content_Types].xml" (Office Open XML, ECMA-376 Part 2 §10.1.2.1). */
  officeParts: boolean;
  /** The top level holds "mimetype" or "META-INF/manifest.xml" (OpenDocument, ODF 1.2 Part 3 §3). */
  openDocument: boolean;
}

const sig = (b: Uint8Array, i: number, c: number, d: number) => b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === c && b[i + 3] === d;

/** A local file header or an empty archive's end record at the start (the 'zip' content signatures). */
export function isZip(b: Uint8Array | undefined): boolean {
  return contentKind(b) === 'zip';
}

interface Budget {
  entries: number;
  inflated: number;
  incomplete?: IncompleteReason;
  encrypted: boolean;
}

/** The first reason part of the archive was not read is the one reported. */
function note(budget: Budget, why: IncompleteReason): void {
  if (!budget.incomplete) budget.incomplete = why;
}

/** Reads one ZIP level into `out`; returns the top-level names for the Office/OpenDocument checks. */
function readLevel(b: Uint8Array, prefix: string, depth: number, budget: Budget, out: ArchiveEntry[]): string[] {
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65,535, at the very end.
  let eocd = -1;
  for (let i = b.length - 22, stop = Math.max(0, b.length - 22 - 0xffff); i >= stop; i--) {
    if (sig(b, i, 5, 6)) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    // No directory (a truncated file): only the first local header's flag can be read.
    if (sig(b, 0, 3, 4) && u16(b, 6) & 1) budget.encrypted = true;
    note(budget, 'damaged');
    return [];
  }
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  if (count === 0xffff || p === 0xffffffff) {
    note(budget, 'unsupported'); // ZIP64: not read
    return [];
  }
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (p + 46 > b.length || !sig(b, p, 1, 2)) {
      note(budget, 'damaged');
      break;
    }
    if (budget.entries >= ARCHIVE_LIMITS.maxEntries) {
      note(budget, 'too-many-entries');
      break;
    }
    budget.entries++;
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    const compressed = u32(b, p + 20);
    const size = u32(b, p + 24);
    const nameLength = u16(b, p + 28);
    const local = u32(b, p + 42);
    const raw = b.subarray(p + 46, p + 46 + nameLength);
    // Bit 11: the name is UTF-8; otherwise code page 437, read here byte for byte (ASCII names are the same).
    const path = (flags & 0x800 && utf8(raw)) || latin1(raw);
    p += 46 + nameLength + u16(b, p + 30) + u16(b, p + 32);
    names.push(path);
    if (path.endsWith('/')) continue; // a folder
    const name = path.slice(path.lastIndexOf('/') + 1);
    const encrypted = (flags & 1) === 1 || method === 99;
    const entry: ArchiveEntry = { path: prefix + path, name, encrypted };
    out.push(entry);
    if (encrypted) {
      budget.encrypted = true; // nothing inside can be read: reported as an encrypted archive
      continue;
    }
    if (local + 30 > b.length || !sig(b, local, 3, 4)) {
      note(budget, 'damaged');
      continue;
    }
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const data = b.subarray(start, Math.min(b.length, start + compressed));
    const read = (want: number) => (method === 0 ? data.subarray(0, want) : inflatePrefix(data, want));
    if (method !== 0 && method !== 8) {
      note(budget, 'unsupported'); // Deflate64, BZIP2, LZMA …: listed by name only
      continue;
    }
    const head = read(HEAD_BYTES);
    if (!head) {
      note(budget, 'damaged');
      continue;
    }
    budget.inflated += head.length;
    entry.head = head;
    // A ZIP inside (an archive, or an Office file that could be a renamed one): opened whole, within the caps.
    if (!isZip(head)) continue;
    if (depth >= ARCHIVE_LIMITS.maxDepth) {
      note(budget, 'too-deep');
      continue;
    }
    if (size > ARCHIVE_LIMITS.maxInflatedBytes - budget.inflated) {
      note(budget, 'too-large');
      continue;
    }
    const whole = read(size);
    if (!whole || whole.length < size) {
      note(budget, 'damaged');
      continue;
    }
    budget.inflated += whole.length;
    readLevel(whole, `${entry.path}/`, depth + 1, budget, out);
  }
  return names;
}

const cache = new WeakMap<Uint8Array, ArchiveReport>();

/** What a ZIP holds, read within ARCHIVE_LIMITS; undefined when the content is not a ZIP. Cached per content. */
export function inspectArchive(content: Uint8Array | undefined): ArchiveReport | undefined {
  if (!content || !isZip(content)) return undefined;
  const known = cache.get(content);
  if (known) return known;
  const budget: Budget = { entries: 0, inflated: 0, encrypted: false };
  const entries: ArchiveEntry[] = [];
  const top = readLevel(content, '', 1, budget, entries);
  const report: ArchiveReport = {
    entries,
    encrypted: budget.encrypted,
    officeParts: top.includes('[Content_Types].xml'),
    openDocument: top.includes('mimetype') || top.includes('META-INF/manifest.xml'),
  };
  if (budget.incomplete) report.incomplete = budget.incomplete;
  cache.set(content, report);
  return report;
}

/** Why an archive entry counts as a blocked file, by name or by magic number; undefined when it does not. */
export function blockedInside(e: ArchiveEntry): string | undefined {
  if (hasBidiControl(e.name)) return 'a file whose name hides its real type with an invisible control character';
  const ext = extensionsOf(e.name)[0] || '';
  if (BLOCKED.has(ext)) return `a .${ext} file, a type that can run code and that Microsoft 365 blocks by default`;
  const kind = executableKind(e.head);
  return kind ? `a ${kind}, which can run code whatever its name says` : undefined;
}
