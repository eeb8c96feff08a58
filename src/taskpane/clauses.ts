// Splits the policy text (policy/ware-internet-email-policy.txt) into numbered clauses, so a
// finding's clause ("4.3c") can expand to the words the council adopted. Pure: the text is passed in
// (the entry point imports it as a string; tests read the file).

export interface Clause {
  /** As rules cite it: "3.1", "4.3c". */
  id: string;
  /** The clause's text, bullets kept as separate lines. */
  text: string;
}

export type ClauseIndex = ReadonlyMap<string, Clause>;

// "- 4.3 The following…", "3.2 If a staff…": a clause number at the start of a line.
const CLAUSE_START = /^\s*(?:[-*•]\s*)?(\d{1,2}\.\d{1,2})\s+(\S.*)$/;
// "1. INTRODUCTION", "4 EMAIL": a section heading ends the clause before it.
const SECTION_HEADING = /^\s*\d{1,2}\.?\s+[A-Z][A-Z /&,-]+$/;
const BULLET = /^\s*[-*•]\s+/;

/**
 * The policy numbers three paragraphs "4.3" (ARCHITECTURE §2): repeated numbers get letters in order
 * (4.3a, 4.3b, 4.3c), which is how rules cite them.
 */
export function parseClauses(policyText: string): ClauseIndex {
  const raw: { number: string; lines: string[] }[] = [];
  let current: { number: string; lines: string[] } | undefined;
  for (const line of policyText.split(/\r?\n/)) {
    const start = CLAUSE_START.exec(line);
    if (start) {
      current = { number: start[1], lines: [start[2].trim()] };
      raw.push(current);
      continue;
    }
    if (SECTION_HEADING.test(line)) {
      current = undefined;
      continue;
    }
    if (current && line.trim()) current.lines.push(BULLET.test(line) ? '• ' + line.replace(BULLET, '').trim() : line.trim());
  }
  const counts = new Map<string, number>();
  for (const c of raw) counts.set(c.number, (counts.get(c.number) ?? 0) + 1);
  const seen = new Map<string, number>();
  const index = new Map<string, Clause>();
  for (const c of raw) {
    const n = seen.get(c.number) ?? 0;
    seen.set(c.number, n + 1);
    const id = (counts.get(c.number) ?? 1) > 1 ? c.number + String.fromCharCode(97 + n) : c.number;
    index.set(id, { id, text: c.lines.join('\n') });
  }
  return index;
}

/**
 * The clauses a finding cites: "2.3, 3.1" names two; an unlettered "4.3" finds its lettered parts.
 * Unknown ids are left out (the pane then shows the number alone).
 */
export function clausesFor(index: ClauseIndex, cited: string): Clause[] {
  const out: Clause[] = [];
  for (const id of cited.split(/[,;]| and /).map((s) => s.trim()).filter(Boolean)) {
    const exact = index.get(id);
    if (exact) {
      out.push(exact);
      continue;
    }
    for (const [key, clause] of index) if (key.startsWith(id) && /^[a-z]$/.test(key.slice(id.length))) out.push(clause);
  }
  return out;
}
