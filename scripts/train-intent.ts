// Rebuilds src/policy/data/intent-weights.json from the Enron intent sentences (a hand
// re-labelled ParakweetLabs EmailIntentDataSet, MIT), read from ../shared/eval/intent (or the
// folder given). Prints the 10-fold cross-validated figures of exactly this recipe, then trains
// on all sentences and keeps the strongest features.
//   npm run train:intent [-- path/to/intent]
import fs from 'fs';
import path from 'path';
import { intentSet } from '../src/eval/intent-data';
import { sentenceIntentFeatures } from '../src/policy/models/intent';
import { binaryScores, crossValidate, prune, train } from '../src/policy/models/logistic';
import { INTENT_TRAINING } from '../src/eval/intent';

const root = path.resolve(__dirname, '..');
const dir = process.argv[2] ?? path.resolve(root, '../shared/eval/intent');
const data = intentSet(dir);
const xs = data.map((d) => sentenceIntentFeatures(d.text));
const ys = data.map((d) => d.label);
const { options, keep, threshold } = INTENT_TRAINING;

const cv = binaryScores(ys, crossValidate(xs, ys, 10, options, threshold, keep));
process.stdout.write(
  `10-fold CV on ${data.length} sentences: precision ${cv.precision.toFixed(3)}, recall ${cv.recall.toFixed(3)}, F1 ${cv.f1.toFixed(3)} (threshold ${threshold})\n`,
);
const model = prune(train(xs, ys, options), keep);
const out = {
  source:
    'Trained by scripts/train-intent.ts on the Enron intent sentences (hand re-labelled ParakweetLabs EmailIntentDataSet), MIT licence. Tags from compromise/two.',
  features:
    'w: word, b: word pair, fN/ftN: Nth word (/tag) after any greeting, V/V2/VS: first verb (with next word / subject), q: question openings, p: part-of-speech and punctuation patterns (src/policy/models/intent.ts); naive Bayes scaling folded into the weights (TrainOptions.nbAlpha); positive = asks for action or commits',
  cvF1: Math.round(cv.f1 * 10000) / 10000,
  n: data.length,
  threshold,
  bias: model.bias,
  weights: model.weights,
};
const file = path.join(root, 'src/policy/data/intent-weights.json');
fs.writeFileSync(file, JSON.stringify(out) + '\n');
process.stdout.write(`wrote ${path.relative(root, file)}: ${Object.keys(model.weights).length} features, ${fs.statSync(file).size} bytes\n`);
