// Recognises quoted earlier messages in replies and forwards, so rules can tell the sender's own
// words from what they are quoting. Works on the plain text the rules read.
//
// Only a reply or a forward quotes anything (the compose type, from item.getComposeTypeAsync,
// Mailbox 1.10, or an .eml's In-Reply-To/References), and only below the reply/forward header the
// mail client writes. A "> " prefix or a <blockquote> anywhere else is the sender's own text: it
// costs nothing to type, so it must not switch the checks off (issue #18, finding 2).
//
// Quoted text is exempt from most rules, so a false "quoted" hides the sender's own words: each
// marker must look like what a mail client writes, not like something a person would type.
// A lone "________" line or "On Monday I wrote:" does not start a quote; an Outlook header block
// needs From: plus Sent:/Date: and Subject:, and an attribution line needs a date, time or address.

import type { ComposeType } from '../types';

export interface Range {
  start: number;
  end: number;
}

/** Separator lines that clients write before an earlier message; everything after is quoted. */
const SEPARATORS: RegExp[] = [
  /^-{2,}\s*Original Message\s*-{2,}$/i,
  /^-{2,}\s*(?:Forwarded|Forwarded message|Message transféré)\s*-{2,}$/i,
  /^-{2,}\s*Forwarded by\b[^-]{0,200}-{2,}$/i,
  /^Begin forwarded message:$/i,
];

// "On Mon, 9 Nov 2026 at 10:00, Jo <jo@example.com> wrote:" (Gmail, Apple Mail, Thunderbird, Outlook mobile).
const ATTRIBUTION_START = /^On\s/i;
const ATTRIBUTION_END = /\bwrote:$/i;
/** Evidence that an attribution line was written by a mail client: a year, a time, or an address. */
const ATTRIBUTION_EVIDENCE = /\d{4}|\d{1,2}[:.]\d{2}|@|\d{1,2}\/\d{1,2}\/\d{2,4}/;

// Outlook's header block, optionally bold in text converted from HTML ("*From:* Jo").
const HEADER_FROM = /^\*?(?:From|De|Von):\*?\s*\S/i;
const HEADER_DATE = /^\*?(?:Sent|Date|Envoyé|Gesendet):\*?\s*\S/i;
const HEADER_SUBJECT = /^\*?(?:Subject|Objet|Betreff):\*?(?:\s|$)/i;
const HEADER_ANY = /^\*?(?:To|Cc|Bcc|Sent|Date|Subject|Importance|Attachments|From|À|An|Objet|Betreff|Envoyé|Gesendet):\*?/i;
const UNDERSCORES = /^_{10,}$/;
const QUOTE_PREFIX = /^\s*>/;

/** The characters SEPARATORS, ATTRIBUTION_START, HEADER_FROM and UNDERSCORES can start with: a new marker adds its own. */
const MARKER_FIRST = new Set(['-', 'B', 'b', 'O', 'o', '*', 'F', 'f', 'D', 'd', 'V', 'v', '_']);

/** Lines of an Outlook header block looked at after From: (From, Sent, To, Cc, Subject, plus slack). */
const HEADER_BLOCK_LINES = 7;

function lineAt(lines: string[], i: number): string {
  return (lines[i] ?? '').trim();
}

/** Does an Outlook-style From:/Sent:/Subject: block start at line i? */
function isHeaderBlock(lines: string[], i: number): boolean {
  if (!HEADER_FROM.test(lineAt(lines, i))) return false;
  let date = false;
  let subject = false;
  for (let k = i + 1; k <= i + HEADER_BLOCK_LINES && k < lines.length; k++) {
    const l = lineAt(lines, k);
    if (l === '') break;
    if (!HEADER_ANY.test(l)) {
      // A long To:/Cc: list wraps onto further lines; anything else ends the block.
      if (k > i + 1 && /[@;,>]/.test(l)) continue;
      break;
    }
    if (HEADER_DATE.test(l)) date = true;
    if (HEADER_SUBJECT.test(l)) subject = true;
  }
  return date && subject;
}

/** Does a client's attribution ("On … wrote:") start at line i? Returns its line count (1 or 2), or 0. */
function attributionLines(lines: string[], i: number): number {
  const first = lineAt(lines, i);
  if (!ATTRIBUTION_START.test(first) || first.length > 300) return 0;
  // Plain-text clients wrap a long attribution onto a second line.
  for (let n = 1; n <= 2; n++) {
    const text = n === 1 ? first : `${first} ${lineAt(lines, i + 1)}`;
    if (!ATTRIBUTION_END.test(text)) continue;
    if (ATTRIBUTION_EVIDENCE.test(text)) return n;
    // Without a date, time or address, only believe it when quoted lines follow.
    let k = i + n;
    while (k < lines.length && lineAt(lines, k) === '') k++;
    return k < lines.length && QUOTE_PREFIX.test(lines[k]) ? n : 0;
  }
  return 0;
}

/** Does the earlier message start at line i (a separator, attribution or header block)? */
function startsEarlierMessage(lines: string[], i: number): boolean {
  const t = lineAt(lines, i);
  // Every marker above starts with one of these (case-insensitively); most lines start otherwise, and
  // skipping their regular expressions keeps quote detection cheap on a 1 MB body.
  if (!MARKER_FIRST.has(t.charAt(0))) return false;
  if (SEPARATORS.some((re) => re.test(t))) return true;
  if (attributionLines(lines, i)) return true;
  if (isHeaderBlock(lines, i)) return true;
  if (UNDERSCORES.test(t)) {
    // Outlook's rule line before the header block; on its own it is just a line.
    let k = i + 1;
    while (k < lines.length && k <= i + 2 && lineAt(lines, k) === '') k++;
    return isHeaderBlock(lines, k);
  }
  return false;
}

/**
 * Ranges of `text` that quote earlier messages (end exclusive, sorted, non-overlapping): in a reply
 * or forward, everything from the first reply/forward header to the end; in a new message, nothing.
 */
export function quotedRanges(text: string, composeType: ComposeType): Range[] {
  if (composeType !== 'reply' && composeType !== 'forward') return [];
  let pos = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineStart = pos;
    pos += lines[i].length + 1;
    if (startsEarlierMessage(lines, i)) return [{ start: lineStart, end: text.length }];
  }
  return [];
}

/** The complement of `quoted` within [0, length): the sender's own text. */
export function ownRanges(length: number, quoted: Range[]): Range[] {
  const out: Range[] = [];
  let pos = 0;
  for (const q of quoted) {
    if (q.start > pos) out.push({ start: pos, end: q.start });
    pos = Math.max(pos, q.end);
  }
  if (pos < length) out.push({ start: pos, end: length });
  return out;
}
