// Attachment types for attachments/risky and attachments/executable (lower case, no dot).
// Types Microsoft blocks by default are in blocked-extensions.ts (generated); these are the
// types that are allowed through but deserve a second look.

/** Office files that can carry macros (VBA). */
export const MACRO_ENABLED: readonly string[] = [
  'docm', 'dotm', 'xlsm', 'xltm', 'xlsb', 'xlam', 'pptm', 'potm', 'ppsm', 'sldm', 'ppam',
];

/** Archives: they can hide any of the blocked types. ZIPs are looked inside (rules/attachments/archive.ts); the others are not. */
export const ARCHIVES: readonly string[] = [
  'zip', '7z', 'rar', 'tar', 'gz', 'tgz', 'bz2', 'tbz2', 'xz', 'z', 'cab', 'arj', 'lzh', 'lha', 'ace', 'zipx',
];

/** Office Open XML files: a ZIP holding "[Content_Types].xml" (ECMA-376 Part 2, Open Packaging Conventions). */
export const OFFICE_OPEN_XML: readonly string[] = [
  'docx', 'docm', 'dotx', 'dotm', 'xlsx', 'xlsm', 'xltx', 'xltm', 'xlsb', 'xlam', 'pptx', 'pptm', 'potx', 'potm', 'ppsx', 'ppsm', 'vsdx',
];

/** OpenDocument files: a ZIP holding "mimetype" and "META-INF/manifest.xml" (OASIS ODF 1.2 Part 3). */
export const OPEN_DOCUMENT: readonly string[] = ['odt', 'ods', 'odp', 'odg'];

/**
 * Phishing carriers (attachments/phishing-carrier): what each extension is, in the rule's words.
 * Sources in src/policy/rules/attachments/carrier.ts and docs/SECURITY.md; .mht and .mhtml are
 * already on Outlook on the web's default block list.
 */
export const CARRIERS: Readonly<Record<string, string>> = {
  html: 'web page',
  htm: 'web page',
  xhtml: 'web page',
  shtm: 'web page',
  svg: 'SVG image',
  one: 'OneNote file',
  onenote: 'OneNote file',
};

/** Disk images: opened with a double-click on Windows, and used to slip executables past filters. */
export const DISK_IMAGES: readonly string[] = ['iso', 'img', 'vhd', 'vhdx', 'dmg', 'udf'];

/**
 * Extensions people trust, used as the decoy in "invoice.pdf.exe": a name ending in a blocked type
 * whose previous extension is one of these is reported as a double extension.
 */
export const DECOY_EXTENSIONS: readonly string[] = [
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'txt', 'csv',
  'jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'mp3', 'mp4', 'wav', 'mov', 'avi',
  'htm', 'html', 'eml', 'msg', 'zip',
];

/** What the first bytes of a file say it is. `at` is the offset of the signature. */
export interface Signature {
  kind: string;
  bytes: readonly number[];
  at?: number;
}

/** Executable formats: content like this is reported by attachments/executable whatever the name says. */
export const EXECUTABLE_SIGNATURES: readonly Signature[] = [
  { kind: 'Windows program (MZ)', bytes: [0x4d, 0x5a] },
  { kind: 'Linux program (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { kind: 'macOS program (Mach-O)', bytes: [0xfe, 0xed, 0xfa, 0xce] },
  { kind: 'macOS program (Mach-O)', bytes: [0xfe, 0xed, 0xfa, 0xcf] },
  { kind: 'macOS program (Mach-O)', bytes: [0xce, 0xfa, 0xed, 0xfe] },
  { kind: 'macOS program (Mach-O)', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
];

/** Document and media formats, for "does the content match the extension". */
export const CONTENT_SIGNATURES: readonly Signature[] = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] }, // empty archive
  { kind: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }, // legacy Office, .msg, encrypted OOXML
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'rtf', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] }, // {\rtf
  { kind: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { kind: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { kind: 'gzip', bytes: [0x1f, 0x8b] },
  { kind: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

/**
 * Which content kinds each extension may hold. Only extensions listed here are compared, and a
 * mismatch is reported only when the content is positively another known kind (a truncated or
 * unusual file is not accused of anything).
 */
export const EXPECTED_CONTENT: Readonly<Record<string, readonly string[]>> = {
  pdf: ['pdf'],
  docx: ['zip', 'ole'], // password-protected OOXML is an OLE container
  xlsx: ['zip', 'ole'],
  pptx: ['zip', 'ole'],
  odt: ['zip'],
  ods: ['zip'],
  odp: ['zip'],
  doc: ['ole', 'rtf'], // Word happily saves RTF under .doc
  xls: ['ole'],
  ppt: ['ole'],
  msg: ['ole'],
  rtf: ['rtf'],
  png: ['png'],
  jpg: ['jpeg'],
  jpeg: ['jpeg'],
  gif: ['gif'],
  tif: ['tiff'],
  tiff: ['tiff'],
  zip: ['zip'],
  '7z': ['7z'],
  rar: ['rar'],
  gz: ['gzip'],
};

/** The content kinds an extension may hold, or undefined; an extension such as "constructor" is not a key. */
export function expectedContentOf(ext: string): readonly string[] | undefined {
  return Object.prototype.hasOwnProperty.call(EXPECTED_CONTENT, ext) ? EXPECTED_CONTENT[ext] : undefined;
}

