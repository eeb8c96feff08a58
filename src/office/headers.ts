// Internet headers as `getAllInternetHeadersAsync` returns them (one RFC 5322 header block) →
// the MailDraft's `headers`: names lower-cased, values unfolded, in header order (topmost first).

export function parseHeaderBlock(block: string): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  let name = '';
  let value = '';
  const flush = () => {
    if (!name) return;
    (headers[name] ??= []).push(value.trim());
    name = '';
    value = '';
  };
  for (const line of block.split(/\r?\n/)) {
    if (line === '') {
      flush();
      break; // end of the header block
    }
    if (line[0] === ' ' || line[0] === '\t') {
      if (name) value += ' ' + line.trim(); // folded continuation
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon <= 0) continue; // not a header line; Outlook sometimes prefixes junk
    name = line.slice(0, colon).trim().toLowerCase();
    value = line.slice(colon + 1);
  }
  flush();
  return headers;
}
