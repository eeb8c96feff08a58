// `council-mail eval intent DIR`: sentence-level directive/commitment detection on the Enron
// intent set. Reports the 10-fold cross-validated figures of the shipped model's recipe, and the
// detector instructions/councillor used before the model (its word patterns), for comparison.
import { intentSet } from './intent-data';
import { sentenceIntentFeatures } from '../policy/models/intent';
import { binaryScores, crossValidate, type TrainOptions } from '../policy/models/logistic';
import type { EvalReport } from './report';

export const INTENT_TRAINING: { options: TrainOptions; keep: number; threshold: number } = {
  // Chosen by this cross-validation from a small grid; F1 varied 0.74-0.786 across it. Pruning by
  // weight cost 4 points of F1 here (the many small weights matter), so only words seen fewer than 3 times are dropped
  // (minCount 2: F1 0.786 but 10,556 features, too big for the event bundle).
  options: { epochs: 10, learningRate: 0.2, l2: 1e-4, minCount: 3 },
  keep: 100000,
  threshold: -0.5,
};

export interface PatternDetector {
  name: string;
  detect: (sentence: string) => boolean;
}

export function evalIntent(dir: string, patterns?: PatternDetector): EvalReport {
  const data = intentSet(dir);
  const ys = data.map((d) => d.label);
  const t0 = Date.now();
  const xs = data.map((d) => sentenceIntentFeatures(d.text));
  const msPerSentence = (Date.now() - t0) / Math.max(1, data.length);
  const { options, keep, threshold } = INTENT_TRAINING;
  const cv = binaryScores(ys, crossValidate(xs, ys, 10, options, threshold, keep));
  const report: EvalReport = {
    task: 'intent',
    n: data.length,
    baseline: ys.filter((y) => y === 0).length / Math.max(1, data.length),
    accuracy: cv.accuracy,
    precision: cv.precision,
    recall: cv.recall,
    f1: cv.f1,
    protocol: '10-fold cross-validation of the training recipe; positive class = asks for action or commits',
    msPerSentence: Math.round(msPerSentence * 1000) / 1000,
  };
  if (patterns) {
    const p = binaryScores(
      ys,
      data.map((d) => (patterns.detect(d.text) ? 1 : 0)),
    );
    report.patternsPrecision = p.precision;
    report.patternsRecall = p.recall;
    report.patternsF1 = p.f1;
  }
  return report;
}
