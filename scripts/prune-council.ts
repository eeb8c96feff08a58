// Shrinks src/policy/data/council-weights.json (issue #17's share of the event bundle) without
// changing any judgement on any text we have: run after scripts/train-council.ts
// (`npm run prune:council`; `--check` only reports). Every text we may shape a model with is run
// through the real rules with every learnt judgement switched on (listed where they are read below:
// never the corpus's locked test, the innocent council set, the business mail or Davidson's odd
// rows, which measure the result), and every window the council models score is recorded: its
// features, its threshold and the call it belongs to. A weight is dropped, or all weights of a class
// are rounded to one decimal, only when, on every recorded window, the verdict (score > threshold)
// stays the same, the best window of each call stays the best, and the cue families reported for it
// (hand-built cues with a positive weight, strongest first) stay the same, in the same order.
// Only weights of at most --max-drop (default 1) in absolute value are candidates: the larger ones
// carry most of what the model learnt beyond these texts. Keeping verdicts identical on a set shapes
// the model to it, so the sets that report figures stay out and show what pruning cost on unseen text.
import fs from 'fs';
import path from 'path';
import { findingsFor } from '../src/eval/rule-runner';
import { defaultPolicy } from '../src/eval/default-policy';
import { councilFindings, LEARNT_CLASSES } from '../src/eval/council';
import { loadCouncilCorpus } from '../src/eval/council-corpus';
import { halfOf } from '../src/eval/offensive';
import { INNOCENT_COUNCILLOR, INNOCENT_RECIPIENT } from '../src/eval/innocent-council';
import { readCsvObjects } from '../src/eval/csv';
import { check, emptyDraft } from '../src/policy/engine';
import { htmlToText } from '../src/policy/text/html';
import type { FeatureVector, LogisticModel } from '../src/policy/models/logistic';
import { SEND_THRESHOLD } from '../src/policy/rules/council-judgement-reports';

/* eslint-disable @typescript-eslint/no-require-imports */
const logistic = require('../src/policy/models/logistic') as { scoreVector: (m: LogisticModel, x: FeatureVector) => number };
const council = require('../src/policy/models/council') as typeof import('../src/policy/models/council');
/* eslint-enable @typescript-eslint/no-require-imports */

const root = path.join(__dirname, '..');
const shared = path.join(root, '..', 'shared', 'eval');
const file = path.join(root, 'src/policy/data/council-weights.json');
const checkOnly = process.argv.includes('--check');
/** Only weights this small (absolute value) may be dropped: the larger ones carry what the model learnt beyond our texts. */
const arg = (name: string, dflt: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : dflt);
const MAX_DROP = arg('--max-drop', 1);
/**
 * Classes whose negative weights are kept (`--keep-negative confidential`): the evidence that ordinary
 * business text is innocent. The texts pruning keeps verdicts on hold little business mail, so dropping
 * it let business stamps through as leaks (issue #17, confidential).
 */
const KEEP_NEGATIVE = process.argv.includes('--keep-negative') ? process.argv[process.argv.indexOf('--keep-negative') + 1].split(',') : [];

type Cls = (typeof council.COUNCIL_CLASSES)[number];
interface Win {
  cls: Cls;
  thr: number;
  x: [string, number][];
  group: number;
  order: number;
}

/** The send thresholds the rules compare a class's scores with (src/policy/rules/council-judgement-reports.ts). */
function sendThresholds(cls: Cls): number[] {
  const t = SEND_THRESHOLD[cls];
  return t ? [t.confirm, t.own, t.weak?.own].filter((v): v is number => v !== undefined) : [];
}

// ---- Recording ----
const byWeights = new Map<object, Cls>(council.COUNCIL_CLASSES.map((c) => [council.COUNCIL_MODELS[c].weights, c]));
const seen = new Map<string, Win>();
const groups = new Map<number, Win[]>();
let group = -1;
let nextGroup = 0;
const realScore = logistic.scoreVector;
logistic.scoreVector = (m, x) => {
  const cls = byWeights.get(m.weights);
  if (cls !== undefined) {
    const thr = (m as LogisticModel & { threshold: number }).threshold;
    const g = group >= 0 ? group : nextGroup++;
    const entries = [...x.entries()];
    const key = `${cls}|${thr}|${JSON.stringify(entries)}`;
    let w = seen.get(key);
    if (!w || group >= 0) {
      // A window inside a judgeCouncil call is kept per call (the best window is chosen among them).
      w = { cls, thr, x: entries, group: g, order: groups.get(g)?.length ?? 0 };
      if (group < 0) seen.set(key, w);
      (groups.get(g) ?? groups.set(g, []).get(g)!).push(w);
      // The rules also compare the score with their send thresholds (confirm, own, weak): each is a
      // verdict to keep too, recorded as a call of its own.
      for (const t of sendThresholds(cls)) {
        const k = `${cls}|${t}|${JSON.stringify(entries)}`;
        if (seen.has(k)) continue;
        const e = { cls, thr: t, x: entries, group: nextGroup++, order: 0 };
        seen.set(k, e);
        groups.set(e.group, [e]);
      }
    }
  }
  return realScore(m, x);
};
const realJudge = council.judgeCouncil;
council.judgeCouncil = (...args: Parameters<typeof realJudge>) => {
  group = nextGroup++;
  try {
    return realJudge(...args);
  } finally {
    group = -1;
  }
};

const all = { ...defaultPolicy(), learntJudgements: [...LEARNT_CLASSES] };
const shipped = defaultPolicy();
let texts = 0;
const COUNCILLOR = { name: 'Cllr Ada Lovelace', address: INNOCENT_COUNCILLOR };
/** Each text as the clerk sends it and as a councillor does (the instruction judgement reads councillors' mail only). */
const run = (text: string, subject = '') => {
  texts++;
  findingsFor(text, subject, all);
  check(emptyDraft({ from: COUNCILLOR, to: [{ address: INNOCENT_RECIPIENT }], subject, body: { text } }), all);
};
// Only texts we may shape a model with: the corpus's train and dev splits (its locked test is left
// out), the licensed sets the trainer itself reads (Enron intent sentences, MIT; Wikipedia requests,
// CC BY 4.0), Davidson's even rows (the half read while writing the lexicons), the evasion set and
// samples/ (ours). The locked test, the innocent council set, Davidson's odd rows and the business
// mail (evaluation only, no weights) are NOT read here: they measure the pruned model afterwards.
for (const item of loadCouncilCorpus(path.join(root, 'data/council-corpus'))) {
  if (item.split === 'test') continue;
  councilFindings(item, all);
  councilFindings(item, shipped);
  run(item.text);
}
for (const f of ['intent/intent_pos.txt', 'intent/intent_neg.txt'])
  for (const line of fs.readFileSync(path.join(shared, f), 'utf8').split('\n')) if (line.trim()) run(line.trim());
for (const r of readCsvObjects(fs.readFileSync(path.join(shared, 'politeness/wikipedia.annotated.csv'), 'utf8'))) run(r.Request ?? '');
readCsvObjects(fs.readFileSync(path.join(shared, 'offensive/labeled_data.csv'), 'utf8')).forEach((r, i) => {
  if (halfOf(r, i) === 'even') run(r.tweet ?? '');
});
for (const e of JSON.parse(fs.readFileSync(path.join(root, 'test/fixtures/evasion.json'), 'utf8')) as { text?: string; html?: string; source: string; subject?: string }[]) {
  run(e.text ?? (e.html !== undefined ? htmlToText(e.html).text : ''), e.subject);
  run(e.source);
}
for (const f of fs.readdirSync(path.join(root, 'samples')).filter((n) => n.endsWith('.eml'))) {
  const raw = fs.readFileSync(path.join(root, 'samples', f), 'utf8').replace(/\r\n/g, '\n');
  run(raw.slice(raw.indexOf('\n\n') + 2));
}
logistic.scoreVector = realScore;
council.judgeCouncil = realJudge;

// ---- Constraints ----
type Model = { threshold: number; bias: number; weights: Record<string, number>; wide?: boolean };
const WEIGHTS = JSON.parse(fs.readFileSync(file, 'utf8')) as { classes: Record<Cls, Model> };

function score(m: Model, x: readonly [string, number][]): number {
  let z = m.bias;
  for (const [k, v] of x) {
    const w = m.weights[k];
    if (w !== undefined) z += w * v;
  }
  return z;
}
function cues(m: Model, x: readonly [string, number][]): string {
  return x
    .map(([k]) => k)
    .filter((k) => k.startsWith('h:') && (m.weights[k] ?? 0) > 0)
    .sort((a, b) => m.weights[b] - m.weights[a])
    .join(' ');
}

interface Fact {
  wins: Win[];
  /** Index of the best passing window in the call (-1: none passes). */
  best: number;
  cues: string;
  fires: boolean[];
}
/** What a call decides with model m: which windows pass, the best of them and its cues. */
function decide(m: Model, wins: Win[]): Fact {
  let best = -1;
  let bestScore = -Infinity;
  const fires = wins.map((w, i) => {
    const s = score(m, w.x);
    const f = s > w.thr;
    if (f && (best < 0 || s > bestScore)) (best = i), (bestScore = s);
    return f;
  });
  return { wins, best, fires, cues: best >= 0 ? cues(m, wins[best].x) : '' };
}
const same = (a: Fact, b: Fact) => a.best === b.best && a.cues === b.cues && a.fires.every((f, i) => f === b.fires[i]);

const report: string[] = [];
let changed = 0;
for (const cls of council.COUNCIL_CLASSES) {
  const m = WEIGHTS.classes[cls];
  // Calls of this class, each with the features it touches.
  const calls = [...groups.values()].map((ws) => ws.filter((w) => w.cls === cls)).filter((ws) => ws.length);
  const want = calls.map((ws) => decide(m, ws));
  const touching = new Map<string, number[]>();
  calls.forEach((ws, i) => {
    const ks = new Set(ws.flatMap((w) => w.x.map(([k]) => k)));
    for (const k of ks) (touching.get(k) ?? touching.set(k, []).get(k)!).push(i);
  });
  const holds = (cand: Model, which: Iterable<number>) => {
    for (const i of which) if (!same(decide(cand, calls[i]), want[i])) return false;
    return true;
  };
  const before = Object.keys(m.weights).length;
  const mismatches = calls.filter((_ws, i) => !same(decide(m, calls[i]), want[i])).length;
  if (mismatches) throw new Error(`${cls}: the recorded windows do not reproduce (${mismatches} calls)`);
  // 1. Drop small weights, smallest first, while every recorded call decides the same.
  let cur: Model = { ...m, weights: { ...m.weights } };
  const order = Object.keys(cur.weights)
    .filter((k) => Math.abs(cur.weights[k]) <= MAX_DROP && !(KEEP_NEGATIVE.includes(cls) && cur.weights[k] < 0))
    .sort((a, b) => Math.abs(cur.weights[a]) - Math.abs(cur.weights[b]) || (a < b ? -1 : 1));
  // Until a pass drops nothing (a weight kept early may go once others have), so a second run changes nothing.
  for (let dropped = true; dropped; ) {
    dropped = false;
    for (const k of order) {
      if (!(k in cur.weights)) continue;
      const w = { ...cur.weights };
      delete w[k];
      const cand = { ...cur, weights: w };
      if (holds(cand, touching.get(k) ?? [])) (cur = cand), (dropped = true);
    }
  }
  // 2. One decimal for the whole table (the packer then needs one digit a weight), when nothing moves.
  const round1 = (v: number) => Math.round(v * 10) / 10;
  const coarse: Model = { ...cur, bias: round1(cur.bias), weights: Object.fromEntries(Object.entries(cur.weights).map(([k, w]) => [k, round1(w)]).filter(([, w]) => w !== 0)) };
  const coarseOk = holds(coarse, calls.keys());
  if (coarseOk) cur = coarse;
  const after = Object.keys(cur.weights).length;
  if (after !== before || coarseOk) changed++;
  report.push(`${cls}: ${calls.length} calls, ${calls.reduce((n, ws) => n + ws.length, 0)} windows; ${coarseOk ? 'one decimal' : 'two decimals kept'}; ${before} → ${after} weights`);
  WEIGHTS.classes[cls] = cur;
}
process.stdout.write(`${texts} texts run.\n${report.join('\n')}\n`);
if (!checkOnly && changed) {
  // The trainer's layout: one class a line.
  const lines = Object.entries(WEIGHTS.classes).map(([c, m]) => `    ${JSON.stringify(c)}: ${JSON.stringify(m)}`);
  const { classes: _c, ...meta } = WEIGHTS as unknown as Record<string, unknown>;
  const head = Object.entries(meta).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`);
  fs.writeFileSync(file, `{\n${head.join('\n')}\n  "classes": {\n${lines.join(',\n')}\n  }\n}\n`);
  process.stdout.write(`Wrote ${path.relative(root, file)}.\n`);
}
