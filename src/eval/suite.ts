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
  /** Present when a suite folder holds second readings (second-readings.json): how far people agree. */
  readings?: SuiteReadings;
};

/** Agreement over pairs of verdicts for the same email. */
export interface PairAgreement {
  pairs: number;
  agreement: number;
}

/**
 * Second readings: other people's verdicts for the same emails, each decided from the policy text
 * without seeing the writer's verdict or the checker's (`second-readings.json` beside expected.json:
 * `{ "<reader>": { "<file>.eml": { "verdict": "ok" | "warn" | "block", "sure"?: boolean } } }`).
 * They measure how far careful people agree with each other, the ceiling for any checker measured
 * against one person's verdicts.
 */
export interface SuiteReadings {
  /** Emails with at least one second reading. */
  n: number;
  readers: number;
  /** Each second reading against the writer's verdict. */
  readerVsWriter: PairAgreement & { kappa: number };
  /** Two second readings of the same email against each other. */
  readerVsReader: PairAgreement;
  /** The checker against each second reading. */
  checkerVsReader: PairAgreement;
  /** The checker against the writer, on the same emails (for comparison). */
  checkerVsWriter: PairAgreement;
  /** The checker against the verdict most readings give (writer included); emails without one are left out. */
  majority: SuiteFigures;
  /** The checker on emails every reading (writer included) gives the same verdict. */
  unanimous: SuiteFigures;
}

export type SuiteReading = { verdict: SuiteVerdict; sure?: boolean };

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

/** A JSON file that must hold one object (`shape` says which, for the error). */
function readObject(file: string, shape: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new SuiteError(`${file}: not valid JSON (${(e as Error).message}).`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new SuiteError(`${file}: must be one object, ${shape}.`);
  return raw as Record<string, unknown>;
}

/** Read and validate a suite's expected.json against the .eml files beside it; errors name the file and key. */
export function readExpectations(dir: string): Map<string, SuiteExpectation> {
  const file = path.join(dir, 'expected.json');
  if (!fs.existsSync(file)) throw new SuiteError(`${dir} has no expected.json (each email's verdict, split and reason).`);
  const raw = readObject(file, '{ "<file>.eml": { "verdict", "split", … } }');
  const out = new Map<string, SuiteExpectation>();
  for (const [name, v] of Object.entries(raw)) {
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

/**
 * A suite's second readings (second-readings.json), checked against its expected.json: every reading
 * names a file the suite has and gives a verdict. Undefined when the suite has none.
 */
export function readSecondReadings(dir: string, expected: ReadonlyMap<string, SuiteExpectation>): Map<string, Map<string, SuiteReading>> | undefined {
  const file = path.join(dir, 'second-readings.json');
  if (!fs.existsSync(file)) return undefined;
  const raw = readObject(file, '{ "<reader>": { "<file>.eml": { "verdict" } } }');
  const out = new Map<string, Map<string, SuiteReading>>();
  for (const [reader, verdicts] of Object.entries(raw)) {
    if (!verdicts || typeof verdicts !== 'object' || Array.isArray(verdicts)) throw new SuiteError(`${file}: "${reader}" must be an object of { "<file>.eml": { "verdict" } }.`);
    const mine = new Map<string, SuiteReading>();
    for (const [name, v] of Object.entries(verdicts as Record<string, unknown>)) {
      const where = `${file}: "${reader}" → "${name}"`;
      if (!expected.has(name)) throw new SuiteError(`${where}: expected.json names no such email.`);
      const o = (v ?? {}) as Record<string, unknown>;
      if (!SUITE_VERDICTS.includes(o.verdict as SuiteVerdict)) throw new SuiteError(`${where}: "verdict" must be "ok", "warn" or "block", not ${JSON.stringify(o.verdict)}.`);
      if (o.sure !== undefined && typeof o.sure !== 'boolean') throw new SuiteError(`${where}: "sure" must be true or false.`);
      mine.set(name, { verdict: o.verdict as SuiteVerdict, sure: o.sure as boolean | undefined });
    }
    out.set(reader, mine);
  }
  return out;
}

/** Running counts for second readings across suites. */
class ReadingCounts {
  private emails = 0;
  private readerNames = new Set<string>();
  private rw = { pairs: 0, agree: 0 };
  private rr = { pairs: 0, agree: 0 };
  private cr = { pairs: 0, agree: 0 };
  private cw = { pairs: 0, agree: 0 };
  /** Writer (rows) against reader (columns), for Cohen's kappa. */
  private rwTable: Record<SuiteVerdict, Record<SuiteVerdict, number>> = { ok: { ok: 0, warn: 0, block: 0 }, warn: { ok: 0, warn: 0, block: 0 }, block: { ok: 0, warn: 0, block: 0 } };
  private majority = emptyFigures();
  private unanimous = emptyFigures();

  add(writer: SuiteVerdict, checker: SuiteVerdict, readings: readonly [string, SuiteReading][]): void {
    if (!readings.length) return;
    this.emails++;
    const pair = (c: { pairs: number; agree: number }, a: SuiteVerdict, b: SuiteVerdict) => {
      c.pairs++;
      if (a === b) c.agree++;
    };
    readings.forEach(([reader, r], i) => {
      this.readerNames.add(reader);
      pair(this.rw, r.verdict, writer);
      this.rwTable[writer][r.verdict]++;
      pair(this.cr, checker, r.verdict);
      pair(this.cw, checker, writer);
      for (const [, other] of readings.slice(i + 1)) pair(this.rr, r.verdict, other.verdict);
    });
    const all = [writer, ...readings.map(([, r]) => r.verdict)];
    const votes = SUITE_VERDICTS.map((v) => [v, all.filter((x) => x === v).length] as const).sort((a, b) => b[1] - a[1]);
    if (votes[0][1] * 2 > all.length) add(this.majority, votes[0][0], checker);
    if (votes[0][1] === all.length) add(this.unanimous, writer, checker);
  }

  result(): SuiteReadings | undefined {
    if (!this.emails) return undefined;
    const agreement = (c: { pairs: number; agree: number }): PairAgreement => ({ pairs: c.pairs, agreement: c.pairs ? c.agree / c.pairs : 0 });
    // Cohen's kappa: observed agreement against the agreement two readers with these marginals would reach by chance.
    const t = this.rwTable;
    const total = this.rw.pairs;
    const chance = SUITE_VERDICTS.reduce((s, v) => s + (SUITE_VERDICTS.reduce((a, w) => a + t[v][w], 0) / total) * (SUITE_VERDICTS.reduce((a, w) => a + t[w][v], 0) / total), 0);
    const observed = this.rw.agree / total;
    return {
      n: this.emails,
      readers: this.readerNames.size,
      readerVsWriter: { ...agreement(this.rw), kappa: chance < 1 ? (observed - chance) / (1 - chance) : 1 },
      readerVsReader: agreement(this.rr),
      checkerVsReader: agreement(this.cr),
      checkerVsWriter: agreement(this.cw),
      majority: finish(this.majority),
      unanimous: finish(this.unanimous),
    };
  }
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
  const readingCounts = new ReadingCounts();
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
    const expectations = readExpectations(dir);
    const readings = readSecondReadings(dir, expectations);
    for (const [file, exp] of [...expectations].sort(([a], [b]) => a.localeCompare(b))) {
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
      if (readings) readingCounts.add(exp.verdict, got, [...readings].flatMap(([reader, m]) => (m.has(file) ? [[reader, m.get(file)!] as [string, SuiteReading]] : [])));
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
    ...(readingCounts.result() ? { readings: readingCounts.result() } : {}),
  };
}

/** One line per suite and half that has emails: agreement, blockable emails passing as ok, clean emails blocked. */
export function suiteTable(r: SuiteReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
  // A half with no emails (a suite held out whole is all locked) gets no row: "0.0 %" would read as a result.
  const suiteRows = Object.entries(r.suites).flatMap(([name, s]) => SUITE_SPLITS.filter((h) => s[h].n).map((h) => [`${name} (${h})`, s[h]] as const));
  // The label column fits the longest suite name, so the figures stay in their columns.
  const width = Math.max(34, ...suiteRows.map(([label]) => label.length + 1));
  const line = (label: string, f: SuiteFigures) =>
    `${label.padEnd(width)}${String(f.n).padStart(4)}   ${pct(f.agreement).padStart(8)}   ${String(f.blockablePassedOk).padStart(10)}   ${String(f.cleanBlocked).padStart(12)}`;
  const rows = [`${'suite (half)'.padEnd(width)}   n   agreement     block→ok       ok→block`];
  for (const [label, f] of suiteRows) rows.push(line(label, f));
  for (const h of SUITE_SPLITS) if (r.halves[h].n) rows.push(line(`all (${h})`, r.halves[h]));
  const g = r.readings;
  if (g) {
    rows.push(
      '',
      `second readings: ${g.n} emails read again by ${g.readers} reader(s), each from the policy text alone`,
      `  a reader against the writer      ${pct(g.readerVsWriter.agreement).padStart(8)} of ${g.readerVsWriter.pairs} pairs (Cohen's kappa ${g.readerVsWriter.kappa.toFixed(2)})`,
      `  a reader against another reader  ${pct(g.readerVsReader.agreement).padStart(8)} of ${g.readerVsReader.pairs} pairs`,
      `  the checker against a reader     ${pct(g.checkerVsReader.agreement).padStart(8)} of ${g.checkerVsReader.pairs} pairs (against the writer on the same emails: ${pct(g.checkerVsWriter.agreement)})`,
      line('  checker vs the majority verdict', g.majority),
      line('  checker where all readings agree', g.unanimous),
    );
  }
  return rows.join('\n');
}
