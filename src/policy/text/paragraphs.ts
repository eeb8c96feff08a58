// Paragraph boundaries (blank-line separated), found in one pass, for rules that judge a whole
// paragraph (such as "this paragraph is an email footer").
import type { Range } from './quotes';

export function paragraphAt(text: string, i: number): Range {
  const before = text.lastIndexOf('\n\n', i);
  const after = text.indexOf('\n\n', i);
  return { start: before < 0 ? 0 : before + 2, end: after < 0 ? text.length : after };
}

/** Paragraphs of `text` that contain a match of `re` (global), merged and sorted. */
export function paragraphsMatching(text: string, re: RegExp): Range[] {
  const out: Range[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const p = paragraphAt(text, m.index);
    const last = out[out.length - 1];
    if (last && p.start <= last.end) last.end = Math.max(last.end, p.end);
    else out.push(p);
    // Continue after this paragraph: one footer phrase is enough to mark it.
    re.lastIndex = Math.max(p.end, m.index + 1);
  }
  return out;
}

export function inRanges(ranges: readonly Range[], i: number): boolean {
  // Ranges are few (footers, quotes); a linear scan is fine.
  for (const r of ranges) if (i >= r.start && i < r.end) return true;
  return false;
}
