// `council-mail eval spam DIR` (Enron-Spam, one email per file under ham/ and spam/): spam recall
// and hamFalseAlarmRate for the solicitation rules; hamFalseBlockRate for the whole rule set with
// each ham sent by an officer to one external recipient. Evaluation only: nothing is trained on it.
import fs from 'fs';
import path from 'path';
import { defaultPolicy } from './default-policy';
import { findingsFor, rulesWhere } from './rule-runner';
import { binaryScores } from '../policy/models/logistic';
import type { EvalReport } from './report';

interface Mail {
  subject: string;
  body: string;
  /** Odd-numbered file ("0017.2003-12-18.GP.spam.txt"): the half read while writing cues. */
  dev: boolean;
}

function readMails(dir: string): Mail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => {
      const text = fs.readFileSync(path.join(dir, f), 'latin1');
      const m = /^subject:(.*)\r?\n/i.exec(text);
      const dev = parseInt(f, 10) % 2 === 1;
      return m ? { subject: m[1].trim(), body: text.slice(m[0].length), dev } : { subject: '', body: text, dev };
    });
}

export function evalSpam(dir: string): EvalReport {
  const ham = readMails(path.join(dir, 'ham'));
  const spam = readMails(path.join(dir, 'spam'));
  const config = defaultPolicy();
  const solicitation = rulesWhere((id) => id.startsWith('solicitation/'));
  const gold: number[] = [];
  const pred: number[] = [];
  // Spam caught and seen on each half: cues were written while reading misses in the odd-numbered
  // files only, so the even-numbered half is the held-out figure.
  const halves = { dev: { caught: 0, seen: 0 }, heldOut: { caught: 0, seen: 0 } };
  let hamBlocks = 0;
  const blockRules: Record<string, number> = {};
  const t0 = Date.now();
  for (const [label, mails] of [[0, ham], [1, spam]] as const) {
    for (const m of mails) {
      const flagged = findingsFor(m.body, m.subject, config, solicitation).length ? 1 : 0;
      gold.push(label);
      pred.push(flagged);
      if (label === 1) {
        const half = m.dev ? halves.dev : halves.heldOut;
        half.seen++;
        half.caught += flagged;
      }
    }
  }
  const t1 = Date.now();
  for (const m of ham) {
    const blocks = findingsFor(m.body, m.subject, config).filter((f) => f.level === 'block');
    if (blocks.length) hamBlocks++;
    for (const id of new Set(blocks.map((f) => f.ruleId))) blockRules[id] = (blockRules[id] ?? 0) + 1;
  }
  const t2 = Date.now();
  const s = binaryScores(gold, pred);
  const hamFlagged = pred.filter((p, i) => p === 1 && gold[i] === 0).length;
  return {
    task: 'spam',
    n: gold.length,
    baseline: ham.length / Math.max(1, gold.length),
    accuracy: s.accuracy,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    hamFalseAlarmRate: hamFlagged / Math.max(1, ham.length),
    recallDevHalf: halves.dev.caught / Math.max(1, halves.dev.seen),
    recallHeldOutHalf: halves.heldOut.caught / Math.max(1, halves.heldOut.seen),
    hamFalseBlockRate: hamBlocks / Math.max(1, ham.length),
    hamBlocksByRule: Object.entries(blockRules)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k}:${v}`)
      .join(' '),
    msPerEmailSolicitation: Math.round(((t1 - t0) / Math.max(1, gold.length)) * 1000) / 1000,
    msPerEmailAllRules: Math.round(((t2 - t1) / Math.max(1, ham.length)) * 1000) / 1000,
  };
}
