// Rebuilds src/policy/data/politeness-weights.json from the Stanford Politeness Corpus
// (Wikipedia requests; Danescu-Niculescu-Mizil et al., ACL 2013; CC BY 4.0), read from
// ../shared/eval/politeness/wikipedia.annotated.csv (or the path given). Prints the 10-fold
// cross-validated accuracy of exactly this recipe (training and pruning inside each fold), then
// trains on all of the quartile set and keeps the strongest features.
//   npm run train:politeness [-- path/to/wikipedia.annotated.csv]
import fs from 'fs';
import path from 'path';
import { quartileSet } from '../src/eval/politeness-data';
import { politenessFeatures } from '../src/policy/models/politeness';
import { binaryScores, crossValidate, prune, train } from '../src/policy/models/logistic';
import { POLITENESS_TRAINING } from '../src/eval/politeness';

const root = path.resolve(__dirname, '..');
const csv = process.argv[2] ?? path.resolve(root, '../shared/eval/politeness/wikipedia.annotated.csv');
const data = quartileSet(csv);
const xs = data.map((d) => politenessFeatures(d.text));
const ys = data.map((d) => d.label);
const { options, keep, decimals } = POLITENESS_TRAINING;

const cv = binaryScores(ys, crossValidate(xs, ys, 10, options, 0, keep, decimals));
process.stdout.write(`10-fold CV accuracy on ${data.length} requests: ${(cv.accuracy * 100).toFixed(2)} %\n`);

const model = prune(train(xs, ys, options), keep, decimals);
const out = {
  source:
    'Trained by scripts/train-politeness.ts on the Stanford Politeness Corpus, Wikipedia requests (Danescu-Niculescu-Mizil et al., ACL 2013), CC BY 4.0: bottom vs top quartile of Normalized Score.',
  licence: 'Weights derived from CC BY 4.0 data: attribute the corpus as above.',
  features: 's: politeness strategy (src/policy/data/politeness-strategies.ts), w: word, b: word bigram; positive = polite',
  cvAccuracy: Math.round(cv.accuracy * 10000) / 10000,
  n: data.length,
  bias: model.bias,
  weights: model.weights,
};
const file = path.join(root, 'src/policy/data/politeness-weights.json');
fs.writeFileSync(file, JSON.stringify(out, null, 0) + '\n');
process.stdout.write(`wrote ${path.relative(root, file)}: ${Object.keys(model.weights).length} features, ${fs.statSync(file).size} bytes\n`);
