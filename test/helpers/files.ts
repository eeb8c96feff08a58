// Small real file images for attachment tests: a ZIP with a proper central directory, PE/PDF headers.
import type { Attachment } from '../../src/policy/types';

const enc = (s: string) => Array.from(s, (c) => c.charCodeAt(0));
const u16 = (n: number) => [n & 0xff, (n >> 8) & 0xff];
const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];

/** A stored (uncompressed) ZIP; `encrypted` sets general-purpose bit 0 on the entries. CRCs are zero (not checked). */
export function zipBytes(files: { name: string; data: string }[], encrypted = false): Uint8Array {
  const flag = encrypted ? 1 : 0;
  const local: number[] = [];
  const central: number[] = [];
  for (const f of files) {
    const name = enc(f.name);
    const data = enc(f.data);
    const offset = local.length;
    local.push(...[0x50, 0x4b, 0x03, 0x04], ...u16(20), ...u16(flag), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...name, ...data);
    central.push(...[0x50, 0x4b, 0x01, 0x02], ...u16(20), ...u16(20), ...u16(flag), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length), ...u32(data.length), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name);
  }
  const eocd = [0x50, 0x4b, 0x05, 0x06, ...u16(0), ...u16(0), ...u16(files.length), ...u16(files.length), ...u32(central.length), ...u32(local.length), ...u16(0)];
  return new Uint8Array([...local, ...central, ...eocd]);
}

/** The start of a Windows PE file ("MZ", DOS stub text). */
export const PE_BYTES = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, ...enc('This program cannot be run in DOS mode.')]);
export const PDF_BYTES = new Uint8Array(enc('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n'));
export const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
export const OLE_BYTES = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

export function file(name: string, extra: Partial<Attachment> = {}): Attachment {
  return { name, size: extra.content?.length ?? 1024, ...extra };
}
