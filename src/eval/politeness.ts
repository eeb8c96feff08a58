// `council-mail eval politeness FILE.csv`: the quartile protocol of Danescu-Niculescu-Mizil et al.
// 2013. Reports the 10-fold cross-validated accuracy of the shipped model's training recipe (the
// figure comparable with the paper), the shipped model's own accuracy on the file (trained on it,
// so optimistic), and the phrase lexicon of tone/impolite alone, for comparison.
import { quartileSet } from './politeness-data';
import { politenessFeatures, scorePoliteness } from '../policy/models/politeness';
import { binaryScores, crossValidate, type TrainOptions } from '../policy/models/logistic';
import type { EvalReport } from './report';

export const POLITENESS_TRAINING: { options: TrainOptions; keep: number; decimals: number } = {
  // Chosen from a small grid (epochs 10/30, L2 1e-4/3e-4/1e-3, 2,000-8,000 features) by this same
  // cross-validation, so the reported figure is slightly optimistic; neighbouring settings score 84-85 %.
  options: { epochs: 10, learningRate: 0.2, l2: 3e-4, minCount: 2 },
  // 3,600 since 2026-12-06 (was 4,000): 1.4 KB less of the event bundle's gzipped 200 KB, which that
  // day's send-path rules needed; 10-fold CV 85.67 % -> 85.08 %, inside the 84-85 % of the grid's neighbours.
  // 2,800 since 2026-12-07, with weights to 1 place: 3.0 KB less of the event bundle (gzipped
  // table 10,956 -> 7,950 B), room the recall rules of issue #17 needed. 10-fold CV 85.08 % -> 84.48 %,
  // still above the paper's 83.79 % (strategies + unigrams). The grid that day, CV % / table B:
  // 3,600 x 2 places 85.08 / 10,956; 3,600 x 1 84.71 / 9,581; 2,800 x 2 84.30 / 8,957;
  // 2,800 x 1 84.48 / 7,950; 2,400 x 1 83.84 / 7,071; 2,000 x 1 83.65 / 6,212.
  keep: 2800,
  // Weights rounded to 1 place (was 2; 2 saved 1.5 KB over 3 places and 2.7 KB over 4): fewer
  // distinct values for the packed event bundle's digits (build/packed-json-loader.js). The
  // cross-validation rounds the same way, so its figure is the shipped recipe's.
  decimals: 1,
};

export function evalPoliteness(csvPath: string): EvalReport {
  const data = quartileSet(csvPath);
  const ys = data.map((d) => d.label);
  const t0 = Date.now();
  const xs = data.map((d) => politenessFeatures(d.text));
  // The positive class for precision/recall is "impolite" (what the rule flags): flip the labels.
  const cvPred = crossValidate(xs, ys, 10, POLITENESS_TRAINING.options, 0, POLITENESS_TRAINING.keep, POLITENESS_TRAINING.decimals);
  const cv = binaryScores(
    ys.map((y) => 1 - y),
    cvPred.map((p) => 1 - p),
  );
  const t1 = Date.now();
  const shipped = binaryScores(
    ys.map((y) => 1 - y),
    data.map((d) => (scorePoliteness(d.text).score < 0 ? 1 : 0)),
  );
  const perText = (Date.now() - t1) / Math.max(1, data.length);
  return {
    task: 'politeness',
    n: data.length,
    baseline: Math.max(ys.filter((y) => y === 1).length, ys.filter((y) => y === 0).length) / Math.max(1, data.length),
    accuracy: cv.accuracy,
    precision: cv.precision,
    recall: cv.recall,
    f1: cv.f1,
    protocol: '10-fold cross-validation of the training recipe; positive class = impolite',
    shippedModelAccuracyOnTrainingData: shipped.accuracy,
    msPerText: Math.round(perText * 1000) / 1000,
    cvSeconds: Math.round((t1 - t0) / 100) / 10,
  };
}
