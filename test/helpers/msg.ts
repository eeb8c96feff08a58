// Outlook .msg files for tests, written with the `cfb` package (scripts/lib/msg-file.js).
export interface MsgSpec {
  subject?: string;
  body?: string;
  /** The HTML body as PidTagHtml (binary, UTF-8 here). */
  html?: string;
  /** The HTML body as PidTagBodyHtml (a string property). */
  bodyHtml?: string;
  /** 8-bit strings (PtypString8, type 001E) instead of UTF-16LE (PtypString, 001F). */
  ansi?: boolean;
  to?: string[];
  attachments?: ({ name: string; data?: Uint8Array; mime?: string } | { name: string; message: MsgSpec })[];
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require('../../scripts/lib/msg-file.js') as { msgBytes: (m: MsgSpec, o?: { version4?: boolean; extraStreams?: string[] }) => Uint8Array };

/** An .msg file holding `m`; `version4` writes 4096-byte sectors; `extraStreams` adds oddly named top-level streams. */
export const msgBytes = lib.msgBytes;
