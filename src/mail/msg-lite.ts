// A small reader for Outlook .msg files (issue #18, finding 3): an Outlook item saved to disk and
// attached as a file. A .msg file is an OLE compound file ([MS-CFB], Compound File Binary File
// Format: §2.2 Compound File Header,
// https://learn.microsoft.com/openspecs/windows_protocols/ms-cfb/05060311-bfce-4b12-874d-71fd4ce63aea,
// and §2.4 the mini FAT, .../ms-cfb/c5d235f7-b73c-4ec5-bf8d-5c08306cd023) holding MAPI properties
// as streams ([MS-OXMSG], Outlook Item (.msg) File Format:
// https://learn.microsoft.com/openspecs/exchange_server_protocols/ms-oxmsg/b812bc47-4397-4a15-b03d-84aa20be866f;
// §2.1.3 Variable Length Properties, .../ms-oxmsg/08185828-e9e9-4ef2-bcd2-f6e69c00891b; §2.2.2
// Attachment Object Storage, .../ms-oxmsg/8590d60d-4173-4ca8-9cb2-190aae006fbd). Property ids are
// from [MS-OXPROPS] (e.g. §2.595 PidTagAttachLongFilename, .../ms-oxprops/676f8fb9-de2b-47ea-82cd-10d663e8ea3d).
// It reads what the checks need: the subject, the plain-text body (or the HTML body), and each
// attachment's name and bytes. Every offset, sector number, chain and size is checked; anything out
// of shape makes readMsg return undefined (the attachment then gets the could-not-be-read verdict).
// Nothing here throws out of readMsg, and every loop is bounded by the file's size.
import { contentKind } from '../policy/rules/attachments/files';
import { fail, latin1, u16, u32 as u32le, utf16le } from '../policy/text/bytes';
import { htmlToText } from '../policy/text/html';
import { stripTrailing } from '../policy/text/trim';
import type { Attachment, MailDraft } from '../policy/types';
import { composeTypeOf } from './mime-extra';
import { decodeCharset } from './mime-lite';

/** [MS-CFB] §2.1: ENDOFCHAIN ends a sector chain; MAXREGSECT is the last regular sector number. */
const END = 0xfffffffe;
const MAXREGSECT = 0xfffffffa;
/** [MS-OXMSG] §2.2.2: at most 2048 attachment storages. */
const MAX_ATTACHMENTS = 2048;

/** Whether the bytes start with the compound file signature ([MS-CFB] §2.2; the 'ole' content signature). */
export function isCompoundFile(b: Uint8Array): boolean {
  return contentKind(b) === 'ole';
}

/** A 32-bit number that must lie within `b`. */
function u32(b: Uint8Array, o: number): number {
  if (o < 0 || o + 4 > b.length) fail();
  return u32le(b, o);
}

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** A compound file's directory and a way to read a stream's bytes ([MS-CFB] §2.2–2.6). */
function compoundFile(b: Uint8Array): { entries: Entry[]; read: (e: Entry) => Uint8Array } {
  if (b.length < 512 || !isCompoundFile(b)) fail();
  // §2.2: sector shift 9 (version 3, 512 bytes) or 12 (version 4, 4096 bytes); mini sector shift 6;
  // mini stream cutoff 4096.
  const shift = u16(b, 30);
  if ((shift !== 9 && shift !== 12) || u16(b, 32) !== 6 || u32(b, 56) !== 4096) fail();
  const size = 1 << shift;
  const sectors = Math.ceil(b.length / size) - 1; // sector n starts at (n + 1) << shift
  let budget = 3 * b.length; // bytes copied out in all: more means overlapping chains
  const sector = (n: number): Uint8Array => {
    if (n >= sectors) fail();
    return b.subarray((n + 1) * size, (n + 2) * size);
  };
  // §2.5 DIFAT: the first 109 FAT sector numbers in the header, the rest in a chain of DIFAT sectors
  // whose last field is the next DIFAT sector.
  const fatCount = u32(b, 44);
  if (fatCount > sectors) fail();
  const fatSectors: number[] = [];
  for (let i = 0; i < 109 && fatSectors.length < fatCount; i++) fatSectors.push(u32(b, 76 + 4 * i));
  for (let d = u32(b, 68), hops = 0; fatSectors.length < fatCount; hops++) {
    if (hops >= sectors) fail(); // a DIFAT chain longer than the file loops
    const s = sector(d);
    for (let i = 0; i < size / 4 - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(s, 4 * i));
    d = u32(s, size - 4);
  }
  // §2.3 FAT: one next-sector number per sector, read where it lies (no copy of the table).
  const perSector = size / 4;
  const fatLength = fatSectors.length * perSector;
  const fat = (n: number) => u32(sector(fatSectors[Math.floor(n / perSector)]), 4 * (n % perSector));
  /** Follow a chain from `start` for `length` bytes of `unit`-sized sectors; a number out of range or a short chain fails, and a loop stops at `length`. */
  const chain = (next: (n: number) => number, entries: number, start: number, length: number, unit: number, at: (n: number) => Uint8Array): Uint8Array => {
    if (length > b.length || (budget -= length) < 0) fail();
    const out = new Uint8Array(length);
    let n = start;
    for (let done = 0; done < length; done += unit) {
      if (n >= entries) fail(); // also ENDOFCHAIN, FREESECT and the other special values before the end
      const part = at(n).subarray(0, Math.min(unit, length - done));
      if (part.length < Math.min(unit, length - done)) fail(); // truncated file
      out.set(part, done);
      n = next(n);
    }
    return out;
  };
  const stream = (start: number, length: number) => chain(fat, fatLength, start, length, size, sector);
  // §2.6 directory: 128-byte entries in a FAT chain. Its length is not in a version 3 header, so
  // follow the chain to its end (a chain longer than the FAT loops).
  let dirSectors = 0;
  for (let n = u32(b, 48); n !== END; n = fat(n)) if (n >= fatLength || ++dirSectors > fatLength) fail();
  const dir = stream(u32(b, 48), dirSectors * size);
  const entries: Entry[] = [];
  for (let o = 0; o + 128 <= dir.length; o += 128) {
    // The name's length in bytes counts its UTF-16 terminating NUL, which is left out.
    const name = utf16le(dir.subarray(o, o + Math.min(64, u16(dir, o + 64)) - 1));
    // §2.6.1: in version 3 the high 32 bits of the stream size may be garbage and are ignored.
    entries.push({ name: name.toLowerCase(), type: dir[o + 66], left: u32(dir, o + 68), right: u32(dir, o + 72), child: u32(dir, o + 76), start: u32(dir, o + 116), size: u32(dir, o + 120) });
  }
  const root = entries[0];
  if (!root || root.type !== 5) fail();
  // §2.4 mini FAT and the mini stream (the root entry's stream) hold streams under the 4096-byte cutoff.
  let mini: { fat: Uint8Array; data: Uint8Array } | undefined;
  const miniStream = () => {
    if (!mini) {
      const count = u32(b, 64);
      if (count > sectors) fail();
      mini = { fat: stream(u32(b, 60), count * size), data: stream(root.start, root.size) };
    }
    return mini;
  };
  const read = (e: Entry): Uint8Array => {
    if (e.type !== 2) fail();
    if (e.size >= 4096) return stream(e.start, e.size);
    const m = miniStream();
    return chain(
      (n) => u32(m.fat, 4 * n),
      m.fat.length / 4,
      e.start,
      e.size,
      64,
      (n) => m.data.subarray(n * 64, n * 64 + 64),
    );
  };
  return { entries, read };
}

/** The entries in a storage, by lower-cased name: the storage's red-black tree walked from its child (§2.6.4), each entry once. */
function childrenOf(entries: Entry[], storage: Entry): Record<string, Entry> {
  // No prototype: an entry named "__proto__" or "constructor" is just a name here.
  const out: Record<string, Entry> = Object.create(null);
  const seen = new Set<number>();
  const stack = [storage.child];
  while (stack.length) {
    const id = stack.pop() as number;
    if (id > MAXREGSECT) continue; // NOSTREAM
    if (id >= entries.length || seen.has(id)) fail();
    seen.add(id);
    const e = entries[id];
    out[e.name] = e;
    stack.push(e.left, e.right);
  }
  return out;
}

/**
 * Read an Outlook .msg file into the draft the checks read, or undefined when it is not a readable
 * .msg (not a compound file, no property stream, or anything out of shape). Never throws.
 * [MS-OXMSG] §2.1.3: a string property's value is the stream "__substg1.0_" + property id + type,
 * type 001F (PtypString, UTF-16LE) or 001E (PtypString8, 8-bit); §2.2.2: attachment storages are
 * "__attach_version1.0_#" + 8 hex digits. Property ids ([MS-OXPROPS]): PidTagSubject 0x0037,
 * PidTagBody 0x1000, PidTagHtml 0x1013 (binary; as a string, PidTagBodyHtml), PidTagDisplayName
 * 0x3001, PidTagAttachDataBinary 0x3701 (PidTagAttachDataObject 0x3701000D for an embedded message),
 * PidTagAttachFilename 0x3704, PidTagAttachLongFilename 0x3707, PidTagAttachMimeTag 0x370E.
 */
export function readMsg(bytes: Uint8Array): MailDraft | undefined {
  try {
    const { entries, read } = compoundFile(bytes);
    const top = childrenOf(entries, entries[0]);
    if (!top['__properties_version1.0']) return undefined; // [MS-OXMSG] §2.4: every message has one
    const text = (where: Record<string, Entry>, id: string): string | undefined => {
      const wide = where[`__substg1.0_${id}001f`];
      const narrow = where[`__substg1.0_${id}001e`];
      return wide || narrow ? stripTrailing((wide ? utf16le : latin1)(read((wide || narrow) as Entry)), '\0') : undefined; // NUL padding some writers leave
    };
    const subject = text(top, '0037') || '';
    let body: MailDraft['body'] = { text: text(top, '1000') || '' };
    if (!body.text.trim()) {
      const html = top['__substg1.0_10130102'];
      let h = text(top, '1013');
      if (h === undefined && html) h = decodeCharset(read(html), 'utf-8');
      if (h !== undefined) {
        const converted = htmlToText(h);
        body = { text: converted.text, html: h };
        if (converted.hidden.length) body.hidden = converted.hidden;
      }
    }
    const attachments: Attachment[] = [];
    for (const key of Object.keys(top).sort()) {
      if (!/^__attach_version1\.0_#[0-9a-f]{8}$/.test(key) || top[key].type !== 1) continue;
      if (attachments.length >= MAX_ATTACHMENTS) fail();
      const at = childrenOf(entries, top[key]);
      const name = text(at, '3707') || text(at, '3704') || text(at, '3001') || '';
      const a: Attachment = { name, size: 0 };
      const type = text(at, '370e');
      if (type) a.contentType = type;
      const data = at['__substg1.0_37010102'];
      if (data) {
        a.content = read(data);
        a.size = a.content.length;
      } else if (at['__substg1.0_3701000d']) a.kind = 'item'; // an attached message: judged as an attachment, not opened
      attachments.push(a);
    }
    return { to: [], cc: [], bcc: [], subject, body, attachments, composeType: composeTypeOf(subject, {}) };
  } catch {
    return undefined;
  }
}
