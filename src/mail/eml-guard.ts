// Before postal-mime sees a message (issue #18, finding 5). postal-mime 4.0.0 keeps one Uint8Array
// view per body line and joins 2 × lines parts into a Blob, so a message of many short lines costs
// far more than its size: 4 MB of empty lines took 67 s and 2.6 GB of memory in Node 20. Runs of
// empty lines carry nothing the checks read, so they are shortened first; what still has too many
// lines is refused with a clear error rather than taking the machine down.

/** More lines than this are refused: a 25 MB message of ordinary 76-character lines has about 340,000. */
export const MAX_EML_LINES = 500_000;
/** Runs of empty lines are shortened only in messages with more lines than this (ordinary mail is left as it is). */
const COLLAPSE_FROM_LINES = 50_000;
/** Empty lines kept from each run: one separates paragraphs, and the checks read nothing more into it. */
const KEEP_EMPTY = 2;

function countLines(input: Uint8Array | string): number {
  let n = 1;
  if (typeof input === 'string') {
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) n++;
  } else {
    for (let i = input.indexOf(10); i >= 0; i = input.indexOf(10, i + 1)) n++;
  }
  return n;
}

/** Shorten every run of empty lines (CRLF or LF) to KEEP_EMPTY; one pass, linear. */
function collapseEmptyLines(input: Uint8Array | string): Uint8Array | string {
  const bytes = typeof input !== 'string';
  const len = bytes ? input.length : input.length;
  const at = (i: number) => (bytes ? (input as Uint8Array)[i] : (input as string).charCodeAt(i));
  const keep: [number, number][] = []; // [start, end) slices of the input to keep
  let from = 0;
  let empties = 0;
  let lineStart = 0;
  for (let i = 0; i < len; i++) {
    if (at(i) !== 10) continue;
    const empty = i === lineStart || (i === lineStart + 1 && at(lineStart) === 13);
    if (empty) {
      empties++;
      if (empties > KEEP_EMPTY) {
        // drop this empty line: keep what came before it
        if (lineStart > from) keep.push([from, lineStart]);
        from = i + 1;
      }
    } else empties = 0;
    lineStart = i + 1;
  }
  if (!keep.length) return input;
  keep.push([from, len]);
  if (!bytes) return keep.map(([s, e]) => (input as string).slice(s, e)).join('');
  const total = keep.reduce((a, [s, e]) => a + (e - s), 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const [s, e] of keep) {
    out.set((input as Uint8Array).subarray(s, e), o);
    o += e - s;
  }
  return out;
}

/** The input with long runs of empty lines shortened, and its line count (check it against MAX_EML_LINES). */
export function guardLines(input: Uint8Array | string): { input: Uint8Array | string; lines: number } {
  let lines = countLines(input);
  if (lines > COLLAPSE_FROM_LINES) {
    input = collapseEmptyLines(input);
    lines = countLines(input);
  }
  return { input, lines };
}
