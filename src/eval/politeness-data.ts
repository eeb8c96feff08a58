// The politeness protocol of Danescu-Niculescu-Mizil et al. 2013: within a file, requests in the
// bottom quartile of "Normalized Score" are impolite (0), the top quartile polite (1); the middle
// half is left out.
import fs from 'fs';
import { readCsvObjects } from './csv';

export interface LabelledText {
  text: string;
  label: number;
}

export function quartileSet(csvPath: string): LabelledText[] {
  const rows = readCsvObjects(fs.readFileSync(csvPath, 'utf8'))
    .map((r) => ({ text: r.Request ?? '', score: Number(r['Normalized Score']) }))
    .filter((r) => r.text && Number.isFinite(r.score));
  const sorted = rows.map((r) => r.score).sort((a, b) => a - b);
  const q = (p: number) => sorted[Math.floor(p * (sorted.length - 1))];
  const low = q(0.25);
  const high = q(0.75);
  const out: LabelledText[] = [];
  for (const r of rows) {
    if (r.score <= low) out.push({ text: r.text, label: 0 });
    else if (r.score >= high) out.push({ text: r.text, label: 1 });
  }
  return out;
}
