// Recognises quoted earlier messages in replies and forwards, so rules can tell the sender's own
// words from what they are quoting. Works on the plain text the rules read.

export interface Range {
  start: number;
  end: number;
}

// Lines that begin a quoted earlier message; everything from there to the end is quoted.
const HEADER_PATTERNS: RegExp[] = [
  /^-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
  /^Begin forwarded message:\s*$/i,
  /^_{10,}\s*$/, // Outlook's separator before From:/Sent:
  /^On .{1,200}wrote:\s*$/i,
  /^From:\s.+$/i, // Outlook: From: / Sent: / To: / Subject: block
];

/** Ranges of `text` that quote earlier messages (end exclusive, sorted, non-overlapping). */
export function quotedRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let pos = 0;
  let blockStart = -1;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineStart = pos;
    pos += line.length + 1;
    const trimmed = line.trim();
    if (HEADER_PATTERNS.some((re) => re.test(trimmed))) {
      // "From:" starts a quote only as part of an Outlook header block.
      if (/^From:/i.test(trimmed) && !/^(Sent|Date|To|Subject):/i.test((lines[i + 1] ?? '').trim())) continue;
      if (blockStart >= 0) ranges.push({ start: blockStart, end: lineStart });
      ranges.push({ start: lineStart, end: text.length });
      return merge(ranges);
    }
    if (/^\s*>/.test(line)) {
      if (blockStart < 0) blockStart = lineStart;
    } else if (blockStart >= 0 && trimmed !== '') {
      ranges.push({ start: blockStart, end: lineStart });
      blockStart = -1;
    }
  }
  if (blockStart >= 0) ranges.push({ start: blockStart, end: text.length });
  return merge(ranges);
}

function merge(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of ranges.sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
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
