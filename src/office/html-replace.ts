// Replacing flagged text in an HTML body. The rules' spans index into the body *text*; the body
// Outlook holds is HTML. We find which occurrence of the flagged text the span is (the k-th in the
// text) and replace the k-th occurrence in the HTML's text content, skipping tags, so formatting,
// links and images around it are untouched. If the HTML does not contain it as plain text (it is
// split by markup, say), the fix reports that instead of guessing.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** How many times `needle` occurs in `text` before `start` (non-overlapping, left to right). */
export function occurrenceIndex(text: string, needle: string, start: number): number {
  let k = 0;
  for (let i = text.indexOf(needle); i !== -1 && i < start; i = text.indexOf(needle, i + needle.length)) k++;
  return k;
}

/** Replace the k-th occurrence of `needle` in the text content of `html`; undefined when not found. */
export function replaceInHtmlText(html: string, needle: string, replacement: string, k: number): string | undefined {
  if (!needle) return undefined;
  const target = escapeHtml(needle);
  const alt = needle.includes('"') ? needle.replace(/[&<>]/g, (c) => ESCAPES[c]) : undefined; // quotes are often not escaped in text
  let seen = 0;
  let i = 0;
  while (i < html.length) {
    if (html[i] === '<') {
      const close = html.indexOf('>', i);
      if (close === -1) return undefined;
      // Skip <style> and <script> contents: they are not text the user wrote.
      const tag = /^<(style|script)\b/i.exec(html.slice(i, i + 8));
      if (tag) {
        const end = html.toLowerCase().indexOf(`</${tag[1].toLowerCase()}`, close);
        i = end === -1 ? html.length : end;
        continue;
      }
      i = close + 1;
      continue;
    }
    const next = html.indexOf('<', i);
    const runEnd = next === -1 ? html.length : next;
    const run = html.slice(i, runEnd);
    for (const form of alt ? [target, alt] : [target]) {
      let at = run.indexOf(form);
      while (at !== -1) {
        if (seen === k) return html.slice(0, i + at) + escapeHtml(replacement) + html.slice(i + at + form.length);
        seen++;
        at = run.indexOf(form, at + form.length);
      }
    }
    i = runEnd;
  }
  return undefined;
}
