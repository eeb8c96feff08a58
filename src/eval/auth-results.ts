// `council-mail eval auth-results DIR`: every fixture's per-method results from the trusted
// (topmost) Authentication-Results header against expected.json. Precision and recall count
// method=result pairs (a pair the parser invents is a false positive, one it misses a false
// negative); accuracy is the share of fixtures entirely right. Baseline: report nothing.
import fs from 'fs';
import path from 'path';
import { parseEml } from '../mail/eml';
import { assessSender, trustedHeader } from '../policy/auth-results';
import { organisationalDomain } from '../policy/rules/authenticity/domains';
import type { EvalReport } from './report';

interface Expected {
  file: string;
  authentication_results: string | null;
  expected: Record<string, string[] | string>;
}

function pairs(m: Record<string, string[]>): string[] {
  return Object.entries(m)
    .flatMap(([method, results]) => results.map((r) => `${method}=${r}`))
    .sort();
}

export async function evalAuthResults(dir: string): Promise<EvalReport> {
  const expected: Expected[] = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  let passed = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let emptyRight = 0;
  const failures: string[] = [];
  const statuses: Record<string, number> = {};
  for (const e of expected) {
    const draft = await parseEml(new Uint8Array(fs.readFileSync(path.join(dir, 'fixtures', e.file))));
    const header = trustedHeader(draft.headers);
    const got: Record<string, string[]> = {};
    for (const r of header?.results ?? []) (got[r.method] ??= []).push(r.result);
    const want: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(e.expected)) if (Array.isArray(v)) want[k] = v;
    const g = pairs(got);
    const w = pairs(want);
    const rest = w.slice();
    for (const p of g) {
      const i = rest.indexOf(p);
      if (i >= 0) {
        tp++;
        rest.splice(i, 1);
      } else fp++;
    }
    fn += rest.length;
    if (!w.length) emptyRight++;
    const status = assessSender(draft.headers, draft.from?.address, organisationalDomain).status;
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (g.join() === w.join()) passed++;
    else failures.push(e.file);
  }
  const n = expected.length;
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    task: 'auth-results',
    n,
    baseline: n ? emptyRight / n : 0,
    accuracy: n ? passed / n : 0,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    passed,
    failed: n - passed,
    senders: Object.entries(statuses)
      .map(([k, v]) => `${k}:${v}`)
      .join(' '),
    failures: failures.join(' '),
  };
}
