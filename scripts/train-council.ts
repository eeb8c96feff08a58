// Rebuilds src/policy/data/council-weights.json: one logistic regression per judged class of the
// council corpus (data/council-corpus, PROTOCOL.md there), trained on the train split only, with
// settings and thresholds chosen on the dev split. The locked test split is never read here.
// Extra negatives: the other classes' neighbours from their train splits, and, for the tone classes,
// ordinary text: Stanford Politeness Corpus requests (Wikipedia, CC BY 4.0, ../shared/eval/politeness)
// and the Enron intent sentences (MIT, ../shared/eval/intent). The business-mail sets are never read
// here; the tone classes' thresholds below were chosen beside them (see COUNCIL_TRAINING).
//   npm run train:council [-- --grid]
import fs from 'fs';
import path from 'path';
import { loadCouncilCorpus, type CorpusItem } from '../src/eval/council-corpus';
import { readCsvObjects } from '../src/eval/csv';
import { intentSet } from '../src/eval/intent-data';
import { sentenceFeatures as councilFeatures, isCandidate, SENTENCE_CLASSES as JUDGED_CLASSES, type SentenceClass as JudgedClass } from '../src/policy/models/council';
import { binaryScores, prune, scoreVector, train, type FeatureVector, type TrainOptions } from '../src/policy/models/logistic';

const root = path.resolve(__dirname, '..');
const items = loadCouncilCorpus(path.join(root, 'data/council-corpus'), JUDGED_CLASSES).filter((i) => i.split !== 'test');
const politeness = readCsvObjects(fs.readFileSync(path.resolve(root, '../shared/eval/politeness/wikipedia.annotated.csv'), 'utf8'))
  .map((r) => r.Request ?? '')
  .filter(Boolean);
const enron = intentSet(path.resolve(root, '../shared/eval/intent')).map((d) => d.text);
/** Ordinary text, none of it harassing, threatening or discriminatory. */
const ordinary = [...politeness, ...enron];

/**
 * Settings per class (`--grid` prints the dev figures of a grid). The threshold is the best dev F1
 * unless given. The tone classes' thresholds are given: each trades dev recall against false blocks
 * on ordinary business mail, read on enron1/ham and the first half (by file name) of
 * business-mail/enron3 only, so those two figures are tuned; the second half of enron3 and enron5
 * are the fair ones (docs in the report of issue #17). At the dev-best thresholds these rules
 * blocked 26 (harassment), 6 (threat) and 4 (discrimination) of those 5,678 read emails; at these
 * about 2, 2 and 4, for dev recall 7/14, 18/22 and 10/14.
 */
export const COUNCIL_TRAINING: Record<JudgedClass, { options: TrainOptions; keep: number; threshold?: number }> = {
  instruction: { options: { epochs: 10, learningRate: 0.1, minCount: 1, nbAlpha: 1 }, keep: 250 },
  harassment: { options: { epochs: 10, learningRate: 0.1, minCount: 1, nbAlpha: 1 }, keep: 250, threshold: 0.75 },
  threat: { options: { epochs: 10, learningRate: 0.1, minCount: 1, nbAlpha: 1 }, keep: 250, threshold: -1.5 },
  discrimination: { options: { epochs: 10, learningRate: 0.1, minCount: 1, nbAlpha: 1 }, keep: 250, threshold: 0.5 },
};

/** Who the judgement applies to: the instruction rule only reads councillors. */
const applies = (cls: JudgedClass, i: CorpusItem) => cls !== 'instruction' || i.role === 'councillor';

function trainingSet(cls: JudgedClass): { xs: FeatureVector[]; ys: number[] } {
  const texts: { text: string; y: number }[] = [];
  for (const i of items) {
    if (i.split !== 'train' || !applies(cls, i)) continue;
    if (i.class === cls) texts.push({ text: i.text, y: i.label });
    else if (i.label === 0) texts.push({ text: i.text, y: 0 });
  }
  if (cls !== 'instruction') for (const t of ordinary) texts.push({ text: t, y: 0 });
  const cand = texts.filter((t) => isCandidate(cls, t.text));
  return { xs: cand.map((t) => councilFeatures(t.text)), ys: cand.map((t) => t.y) };
}

function devScores(cls: JudgedClass, model: { bias: number; weights: Record<string, number> }): { gold: number[]; score: number[] } {
  const dev = items.filter((i) => i.class === cls && i.split === 'dev');
  return {
    gold: dev.map((i) => i.label),
    score: dev.map((i) => (applies(cls, i) && isCandidate(cls, i.text) ? scoreVector(model, councilFeatures(i.text)) : -Infinity)),
  };
}

/** The threshold with the best dev F1 (ties: the higher threshold), in steps of 0.25. */
function bestThreshold(gold: number[], score: number[]): { threshold: number; f1: number; precision: number; recall: number } {
  let best = { threshold: 0, f1: -1, precision: 0, recall: 0 };
  for (let t = -3; t <= 4.001; t += 0.25) {
    const s = binaryScores(gold, score.map((v) => (v > t ? 1 : 0)));
    if (s.f1 >= best.f1) best = { threshold: Math.round(t * 100) / 100, f1: s.f1, precision: s.precision, recall: s.recall };
  }
  return best;
}

const round = (v: number, d = 2) => Math.round(v * 10 ** d) / 10 ** d;
const out: Record<string, unknown> = {};
for (const cls of JUDGED_CLASSES) {
  const { xs, ys } = trainingSet(cls);
  if (process.argv.includes('--grid')) {
    for (const epochs of [5, 10, 20]) for (const learningRate of [0.05, 0.1, 0.2]) for (const nbAlpha of [undefined, 1]) for (const keep of [200, 400, 800]) {
      const m = prune(train(xs, ys, { epochs, learningRate, minCount: 1, nbAlpha }), keep);
      const d = devScores(cls, m);
      const b = bestThreshold(d.gold, d.score);
      process.stdout.write(`${cls} epochs ${epochs} lr ${learningRate} nb ${nbAlpha ?? '-'} keep ${keep}: dev F1 ${b.f1.toFixed(3)} P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} @ ${b.threshold}\n`);
    }
  }
  const { options, keep, threshold: given } = COUNCIL_TRAINING[cls];
  const model = prune(train(xs, ys, options), keep);
  const d = devScores(cls, model);
  const dev = bestThreshold(d.gold, d.score);
  const threshold = given ?? dev.threshold;
  const b = { threshold, ...binaryScores(d.gold, d.score.map((v) => (v > threshold ? 1 : 0))) };
  const ceiling = d.score.filter((s, k) => d.gold[k] === 1 && s > -Infinity).length / d.gold.filter((g) => g === 1).length;
  process.stdout.write(
    `${cls}: ${ys.length} training candidates (${ys.filter((y) => y).length} positive); dev P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} F1 ${b.f1.toFixed(3)} at ${b.threshold} (dev best ${dev.threshold}; candidates hold ${(ceiling * 100).toFixed(0)} % of dev positives)\n`,
  );
  out[cls] = { threshold: b.threshold, bias: round(model.bias), weights: Object.fromEntries(Object.entries(model.weights).map(([k, v]) => [k, round(v)])) };
}
const file = path.join(root, 'src/policy/data/council-weights.json');
const merged = JSON.parse(fs.readFileSync(file, 'utf8'));
Object.assign(merged.classes, out);
fs.writeFileSync(file, JSON.stringify(merged) + '\n');
process.stdout.write(`wrote ${path.relative(root, file)}: ${fs.statSync(file).size} bytes\n`);
