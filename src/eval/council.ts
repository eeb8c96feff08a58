// `council-mail eval council DIR [--split S] [--class C] [--show]`: the shipped rules on the council
// corpus (data/council-corpus, PROTOCOL.md there). Each item is checked as an email from a sender of its
// role (a councillor is marked by "Cllr" in the display name, an officer is the clerk, residents and
// contractors write from outside) to one recipient inside or outside the council. Per class, at the
// class's level: a positive is caught when its rule fires at that level or higher; a neighbour is a
// false alarm when that rule fires at that level or higher. The locked test split is read only for
// the final report (never with --show).
import { check, emptyDraft } from '../policy/engine';
import { RULES } from '../policy/rules';
import type { PolicyConfig } from '../policy/config';
import type { Finding } from '../policy/finding';
import type { Address } from '../policy/types';
import { defaultPolicy } from './default-policy';
import type { EvalReport } from './report';
import { loadCouncilCorpus, type CorpusItem, type CorpusLevel, type CorpusSplit } from './council-corpus';

/** `test` is every locked test; `test-v2`, `test-v3` one of them (an item's "set"). */
export const COUNCIL_SPLITS = ['train', 'dev', 'test', 'test-v2', 'test-v3', 'train+dev'] as const;
export type CouncilSplit = (typeof COUNCIL_SPLITS)[number];

const SENDERS: Record<CorpusItem['role'], Address> = {
  councillor: { name: 'Cllr Jo Evans', address: 'jo.evans@waretowncouncil.gov.uk' },
  officer: { name: 'Town Clerk', address: 'clerk@waretowncouncil.gov.uk' },
  resident: { name: 'A Resident', address: 'resident@example.co.uk' },
  contractor: { name: 'Brook Builders', address: 'office@brookbuilders.example.co.uk' },
};
const RECIPIENTS: Record<CorpusItem['recipient'], Address> = {
  internal: { name: 'Council Office', address: 'office@waretowncouncil.gov.uk' },
  external: { name: 'J Smith', address: 'j.smith@example.co.uk' },
};
const RANK: Record<string, number> = { block: 2, warn: 1 };

export interface ClassFigures {
  rule: string;
  level: CorpusLevel;
  n: number;
  positives: number;
  neighbours: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  f1: number;
  /** False when the class's rule is not in the registry (nothing can fire). */
  ruleExists: boolean;
}

/** The fields every eval report has (src/eval/report.ts), and the per-class figures. */
export type CouncilReport = Pick<EvalReport, 'n' | 'baseline' | 'accuracy' | 'precision' | 'recall' | 'f1'> & {
  task: 'council';
  split: CouncilSplit;
  classes: Record<string, ClassFigures>;
};

export interface CouncilShown {
  item: CorpusItem;
  outcome: 'missed' | 'false alarm';
  findings: Finding[];
}

/** The findings the corpus item's rule gives on it. */
export function councilFindings(item: CorpusItem, config: PolicyConfig): Finding[] {
  const rules = RULES.filter((r) => r.meta.id === item.rule);
  if (!rules.length) return [];
  const draft = emptyDraft({ from: SENDERS[item.role], to: [RECIPIENTS[item.recipient]], subject: '', body: { text: item.text } });
  return check(draft, config, { rules }).findings;
}

function inSplit(item: CorpusItem, split: CouncilSplit): boolean {
  if (split === 'train+dev') return item.split !== 'test';
  if (split.startsWith('test-')) return item.split === 'test' && item.set === split.slice('test-'.length);
  return item.split === (split as CorpusSplit);
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

/** Every class a policy file may list under learntJudgements (policy/policy.schema.json). */
export const LEARNT_CLASSES = ['instruction', 'harassment', 'threat', 'discrimination', 'impolite', 'confidential', 'special-category', 'credentials', 'advertising'] as const;

/**
 * The items of every other voice: per class, the split's voices sorted alphabetically, and the 1st, 3rd, …
 * (`odd`) or the 2nd, 4th, … (`even`). One half can be read and tuned on while the other is measured by
 * totals only, a fair figure for writers the tuning has not seen.
 */
export function ofVoices(items: readonly CorpusItem[], half: 'odd' | 'even'): CorpusItem[] {
  const voices = new Map<string, string[]>();
  for (const i of items) {
    const v = voices.get(i.class) ?? [];
    if (!v.includes(i.voice)) v.push(i.voice);
    voices.set(i.class, v);
  }
  for (const v of voices.values()) v.sort();
  return items.filter((i) => voices.get(i.class)!.indexOf(i.voice) % 2 === (half === 'odd' ? 0 : 1));
}

export function evalCouncil(
  dir: string,
  opts: { split?: CouncilSplit; classes?: readonly string[]; show?: (s: CouncilShown) => void; learnt?: boolean; voices?: 'odd' | 'even' } = {},
): CouncilReport {
  const split = opts.split ?? 'dev';
  if (opts.show && split.startsWith('test')) throw new Error('The locked test split is for the final figures only; --show reads train or dev.');
  if (opts.show && opts.voices === 'even') throw new Error('The even voices are for totals only; --show reads the odd voices.');
  // As shipped, the policy file's learntJudgements act (instruction, advertising); --learnt measures them all.
  const shipped = defaultPolicy();
  const config = opts.learnt ? { ...shipped, learntJudgements: [...LEARNT_CLASSES] } : shipped;
  let items = loadCouncilCorpus(dir, opts.classes).filter((i) => inSplit(i, split));
  if (opts.voices) items = ofVoices(items, opts.voices);
  const classes: Record<string, ClassFigures> = {};
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const item of items) {
    const c = (classes[item.class] ??= {
      rule: item.rule, level: item.level, n: 0, positives: 0, neighbours: 0, tp: 0, fp: 0, fn: 0, tn: 0, precision: 0, recall: 0, f1: 0,
      ruleExists: RULES.some((r) => r.meta.id === item.rule),
    });
    const findings = councilFindings(item, config);
    const fired = findings.some((f) => f.ruleId === item.rule && (RANK[f.level] ?? 0) >= RANK[item.level]);
    c.n++;
    if (item.label === 1) {
      c.positives++;
      if (fired) c.tp++, tp++;
      else c.fn++, fn++, opts.show?.({ item, outcome: 'missed', findings });
    } else {
      c.neighbours++;
      if (fired) c.fp++, fp++, opts.show?.({ item, outcome: 'false alarm', findings });
      else c.tn++, tn++;
    }
  }
  for (const c of Object.values(classes)) {
    c.precision = ratio(c.tp, c.tp + c.fp);
    c.recall = ratio(c.tp, c.tp + c.fn);
    c.f1 = f1(c.precision, c.recall);
  }
  const n = items.length;
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    task: 'council', split, n,
    baseline: ratio(Math.max(tp + fn, fp + tn), n),
    accuracy: ratio(tp + tn, n),
    precision, recall, f1: f1(precision, recall),
    classes,
  };
}

/** One line per class: rule, level, precision and recall, counts. */
export function councilTable(r: CouncilReport): string {
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(1, w - s.length));
  const lines = [`council corpus, split ${r.split}: ${r.n} items`, pad('class', 18) + pad('rule (level)', 42) + 'precision  recall  tp/fp/fn/tn'];
  for (const [name, c] of Object.entries(r.classes)) {
    lines.push(
      pad(name, 18) + pad(`${c.rule} (${c.level})${c.ruleExists ? '' : ' [no such rule]'}`, 42) +
        pad(c.precision.toFixed(3), 11) + pad(c.recall.toFixed(3), 8) + `${c.tp}/${c.fp}/${c.fn}/${c.tn}`,
    );
  }
  return lines.join('\n');
}
