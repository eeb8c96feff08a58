// `council-mail eval suite DIR… [--show]`: whole council emails with a verdict decided from the policy
// text before the checker ran (data/council-suites, README there), the way issue #17's held-back suites
// are measured: each .eml is checked as it would be sent, under the suite's own policy file, and its
// verdict (ok / warn / block) is compared with the expected one. Reports agreement, blockable emails
// that pass as ok and clean emails that are blocked, for each suite's `dev` and `locked` halves apart.
// `--show` prints the disagreements of the dev halves only: the locked halves are for figures.
import fs from 'fs';
import path from 'path';
import { parseEml } from '../mail/eml';
import { check } from '../policy/engine';
import { isPolicyError, parsePolicyText } from '../policy/config';
import type { Finding } from '../policy/finding';
import type { EvalReport } from './report';

export const SUITE_VERDICTS = ['ok', 'warn', 'block'] as const;
export type SuiteVerdict = (typeof SUITE_VERDICTS)[number];
export const SUITE_SPLITS = ['dev', 'locked'] as const;
export type SuiteSplit = (typeof SUITE_SPLITS)[number];

export interface SuiteExpectation {
  verdict: SuiteVerdict;
  split: SuiteSplit;
  policy?: string;
  why?: string;
}

/** Counts for one half (or all) of the suites: rows are expected verdicts, columns the checker's. */
export interface SuiteFigures {
  n: number;
  agreement: number;
  /** Expected block, checked as ok: a blockable email passing. */
  blockablePassedOk: number;
  /** Expected ok, checked as block: a clean email stopped. */
  cleanBlocked: number;
  /** confusion[expected][got]. */
  confusion: Record<SuiteVerdict, Record<SuiteVerdict, number>>;
}

export interface SuiteShown {
  suite: string;
  file: string;
  expected: SuiteVerdict;
  got: SuiteVerdict;
  why?: string;
  findings: Finding[];
}

/** The fields every eval report has (./report.ts): accuracy is verdict agreement, baseline always answering
 * the commonest expected verdict, and precision / recall / f1 take block as the positive class. */
export type SuiteReport = Pick<EvalReport, 'n' | 'baseline' | 'accuracy' | 'precision' | 'recall' | 'f1'> & {
  task: 'suite';
  halves: Record<SuiteSplit, SuiteFigures>;
  suites: Record<string, Record<SuiteSplit, SuiteFigures>>;
};

export class SuiteError extends Error {}

function emptyFigures(): SuiteFigures {
  const row = () => ({ ok: 0, warn: 0, block: 0 });
  return { n: 0, agreement: 0, blockablePassedOk: 0, cleanBlocked: 0, confusion: { ok: row(), warn: row(), block: row() } };
}

function add(f: SuiteFigures, expected: SuiteVerdict, got: SuiteVerdict): void {
  f.n++;
  f.confusion[expected][got]++;
  if (expected === 'block' && got === 'ok') f.blockablePassedOk++;
  if (expected === 'ok' && got === 'block') f.cleanBlocked++;
}

function finish(f: SuiteFigures): SuiteFigures {
  const agree = SUITE_VERDICTS.reduce((s, v) => s + f.confusion[v][v], 0);
  f.agreement = f.n ? agree / f.n : 0;
  return f;
}

/** Read and validate a suite's expected.json against the .eml files beside it; errors name the file and key. */
export function readExpectations(dir: string): Map<string, SuiteExpectation> {
  const file = path.join(dir, 'expected.json');
  if (!fs.existsSync(file)) throw new SuiteError(`${dir} has no expected.json (each email's verdict, split and reason).`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SuiteError(`${file}: not valid JSON (${(e as Error).message}).`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SuiteError(`${file}: must be one object, { "<file>.eml": { "verdict", "split", … } }.`);
  const out = new Map<string, SuiteExpectation>();
  for (const [name, v] of Object.entries(raw as Record<string, unknown>)) {
    const where = `${file}: "${name}"`;
    if (!name.endsWith('.eml')) throw new SuiteError(`${where} is not an .eml file name.`);
    const o = (v ?? {}) as Record<string, unknown>;
    if (!SUITE_VERDICTS.includes(o.verdict as SuiteVerdict)) throw new SuiteError(`${where}: "verdict" must be "ok", "warn" or "block", not ${JSON.stringify(o.verdict)}.`);
    if (!SUITE_SPLITS.includes(o.split as SuiteSplit)) throw new SuiteError(`${where}: "split" must be "dev" or "locked", not ${JSON.stringify(o.split)}.`);
    if (!fs.existsSync(path.join(dir, name))) throw new SuiteError(`${where}: no such file in ${dir}.`);
    out.set(name, { verdict: o.verdict as SuiteVerdict, split: o.split as SuiteSplit, policy: typeof o.policy === 'string' ? o.policy : undefined, why: typeof o.why === 'string' ? o.why : undefined });
  }
  const unnamed = fs.readdirSync(dir).filter((f) => f.endsWith('.eml') && !out.has(f));
  if (unnamed.length) throw new SuiteError(`${file} gives no verdict for ${unnamed.join(', ')}.`);
  if (!out.size) throw new SuiteError(`${file} names no email.`);
  return out;
}

/** A suite folder as it is, or a folder of suite folders (data/council-suites) as the suites in it. */
function suiteFolders(dir: string): string[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory() || fs.existsSync(path.join(dir, 'policy.json'))) return [dir];
  const inner = fs.readdirSync(dir).sort().map((d) => path.join(dir, d)).filter((d) => fs.statSync(d).isDirectory() && fs.existsSync(path.join(d, 'policy.json')));
  return inner.length ? inner : [dir];
}

/** Score each suite folder (policy.json, expected.json and the .eml files), or each suite in a folder of them. */
export async function evalSuites(dirs: readonly string[], opts: { show?: (s: SuiteShown) => void } = {}): Promise<SuiteReport> {
  const halves: Record<SuiteSplit, SuiteFigures> = { dev: emptyFigures(), locked: emptyFigures() };
  const suites: SuiteReport['suites'] = {};
  const expectedCount: Record<SuiteVerdict, number> = { ok: 0, warn: 0, block: 0 };
  let tp = 0, fp = 0, fn = 0, agree = 0, n = 0;
  for (const dir of dirs.flatMap(suiteFolders)) {
    if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new SuiteError(`${dir} is not a suite folder (policy.json, expected.json and .eml files).`);
    const name = path.basename(dir);
    const policyFile = path.join(dir, 'policy.json');
    if (!fs.existsSync(policyFile)) throw new SuiteError(`${dir} has no policy.json (the council's own policy file).`);
    let config;
    try {
      config = parsePolicyText(fs.readFileSync(policyFile, 'utf8'), policyFile);
    } catch (e) {
      if (isPolicyError(e)) throw new SuiteError(e.message);
      throw e;
    }
    const own = (suites[name] = { dev: emptyFigures(), locked: emptyFigures() });
    for (const [file, exp] of [...readExpectations(dir)].sort(([a], [b]) => a.localeCompare(b))) {
      let draft;
      try {
        draft = await parseEml(new Uint8Array(fs.readFileSync(path.join(dir, file))));
      } catch (e) {
        throw new SuiteError(`${name}/${file}: ${(e as Error).message}`);
      }
      const result = check(draft, config);
      const got = result.verdict as SuiteVerdict;
      add(halves[exp.split], exp.verdict, got);
      add(own[exp.split], exp.verdict, got);
      expectedCount[exp.verdict]++;
      n++;
      if (got === exp.verdict) agree++;
      if (exp.verdict === 'block' && got === 'block') tp++;
      else if (got === 'block') fp++;
      else if (exp.verdict === 'block') fn++;
      if (got !== exp.verdict && exp.split === 'dev') opts.show?.({ suite: name, file, expected: exp.verdict, got, why: exp.why, findings: result.findings });
    }
    finish(own.dev);
    finish(own.locked);
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    task: 'suite',
    n,
    baseline: n ? Math.max(...Object.values(expectedCount)) / n : 0,
    accuracy: n ? agree / n : 0,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    halves: { dev: finish(halves.dev), locked: finish(halves.locked) },
    suites,
  };
}

/** One line per suite and half that has emails: agreement, blockable emails passing as ok, clean emails blocked. */
export function suiteTable(r: SuiteReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  const line = (label: string, f: SuiteFigures) =>
    `${label.padEnd(32)}${String(f.n).padStart(4)}   ${pct(f.agreement).padStart(8)}   ${String(f.blockablePassedOk).padStart(10)}   ${String(f.cleanBlocked).padStart(12)}`;
  const rows = ['suite (half)                       n   agreement   block→ok   ok→block'];
  // A half with no emails (a suite held out whole is all locked) gets no row: "0.0 %" would read as a result.
  for (const [name, s] of Object.entries(r.suites)) for (const h of SUITE_SPLITS) if (s[h].n) rows.push(line(`${name} (${h})`, s[h]));
  for (const h of SUITE_SPLITS) if (r.halves[h].n) rows.push(line(`all (${h})`, r.halves[h]));
  return rows.join('\n');
}
