import fs from 'fs';
import path from 'path';
import type { LabelledText } from './politeness-data';

/** intent_pos.txt (1) and intent_neg.txt (0), one sentence a line. */
export function intentSet(dir: string): LabelledText[] {
  const read = (f: string) =>
    fs
      .readFileSync(path.join(dir, f), 'utf8')
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter(Boolean);
  return [...read('intent_pos.txt').map((text) => ({ text, label: 1 })), ...read('intent_neg.txt').map((text) => ({ text, label: 0 }))];
}
