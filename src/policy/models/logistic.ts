// Binary logistic regression over sparse named features, small enough to read: training
// (AdaGrad on the L2-regularised log loss, deterministic) and scoring. PURE: used by the
// training scripts, by `council-mail eval` for cross-validation, and at send time for scoring.

export type FeatureVector = Map<string, number>;

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 penalty per example. */
  l2?: number;
  /** Drop features seen in fewer than this many training examples. */
  minCount?: number;
  /** Weight of positive examples relative to negatives (for unbalanced sets). */
  positiveWeight?: number;
  /**
   * Naive Bayes scaling (as in Wang and Manning 2012, "NBSVM"): each feature's value is multiplied
   * by 1 + |r|, where r is its smoothed log-count ratio between the classes (add-`nbAlpha`) in the
   * training data, so words that tell the classes apart start with more say. The scale is folded
   * into the returned weights, so scoring needs nothing extra. Off when absent.
   */
  nbAlpha?: number;
}

/** Per-feature scale 1 + |log-count ratio| over the training examples (see TrainOptions.nbAlpha). */
export function nbScales(xs: readonly FeatureVector[], ys: readonly number[], alpha: number): Map<string, number> {
  const pos = new Map<string, number>();
  const neg = new Map<string, number>();
  xs.forEach((x, i) => {
    const c = ys[i] === 1 ? pos : neg;
    x.forEach((_v, k) => c.set(k, (c.get(k) ?? 0) + 1));
  });
  const nPos = ys.filter((y) => y === 1).length;
  const nNeg = ys.length - nPos;
  const out = new Map<string, number>();
  for (const k of new Set([...pos.keys(), ...neg.keys()])) {
    const r = Math.log(((pos.get(k) ?? 0) + alpha) / (nPos + 2 * alpha)) - Math.log(((neg.get(k) ?? 0) + alpha) / (nNeg + 2 * alpha));
    out.set(k, 1 + Math.abs(r));
  }
  return out;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function scoreVector(model: LogisticModel, x: FeatureVector): number {
  let z = model.bias;
  x.forEach((v, k) => {
    const w = model.weights[k];
    if (w !== undefined) z += w * v;
  });
  return z;
}

/** A seeded pseudo-random generator (mulberry32), so training and folds are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = xs.slice();
  const r = rng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export function train(xs: readonly FeatureVector[], ys: readonly number[], options: TrainOptions = {}): LogisticModel {
  const { epochs = 30, learningRate = 0.2, l2 = 1e-4, minCount = 2, positiveWeight = 1, nbAlpha } = options;
  const scales = nbAlpha === undefined ? null : nbScales(xs, ys, nbAlpha);
  const scale = (k: string) => (scales ? scales.get(k) ?? 1 : 1);
  const counts = new Map<string, number>();
  for (const x of xs) x.forEach((_v, k) => counts.set(k, (counts.get(k) ?? 0) + 1));
  const keep = (k: string) => (counts.get(k) ?? 0) >= minCount;
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let gBias = 1e-8;
  const order = xs.map((_x, i) => i);
  for (let e = 0; e < epochs; e++) {
    const idx = shuffled(order, 1000 + e);
    for (const i of idx) {
      const x = xs[i];
      let z = bias;
      x.forEach((v, k) => {
        if (keep(k)) z += (w.get(k) ?? 0) * v * scale(k);
      });
      const weight = ys[i] === 1 ? positiveWeight : 1;
      const err = (sigmoid(z) - ys[i]) * weight;
      gBias += err * err;
      bias -= (learningRate * err) / Math.sqrt(gBias);
      x.forEach((v, k) => {
        if (!keep(k)) return;
        const wk = w.get(k) ?? 0;
        const g = err * v * scale(k) + l2 * wk;
        const acc = (g2.get(k) ?? 1e-8) + g * g;
        g2.set(k, acc);
        w.set(k, wk - (learningRate * g) / Math.sqrt(acc));
      });
    }
  }
  const weights: Record<string, number> = {};
  w.forEach((v, k) => {
    if (v !== 0) weights[k] = v * scale(k);
  });
  return { bias, weights };
}

/** Keep the `n` features with the largest absolute weights, rounded to `decimals` places (a small data file). */
export function prune(model: LogisticModel, n: number, decimals = 4): LogisticModel {
  const unit = 10 ** decimals;
  const top = Object.entries(model.weights)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, n);
  const weights: Record<string, number> = {};
  for (const [k, v] of top.sort((a, b) => (a[0] < b[0] ? -1 : 1))) weights[k] = Math.round(v * unit) / unit;
  return { bias: Math.round(model.bias * unit) / unit, weights };
}

/** k-fold assignment: index → fold, stratified by label, seeded. */
export function folds(ys: readonly number[], k: number, seed = 42): number[] {
  const out = new Array<number>(ys.length);
  for (const label of [0, 1]) {
    const idx = shuffled(
      ys.map((y, i) => (y === label ? i : -1)).filter((i) => i >= 0),
      seed + label,
    );
    idx.forEach((i, j) => (out[i] = j % k));
  }
  return out;
}

export interface BinaryScores {
  n: number;
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function binaryScores(gold: readonly number[], pred: readonly number[]): BinaryScores {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    const p = pred[i];
    if (g === 1 && p === 1) tp++;
    else if (g === 0 && p === 1) fp++;
    else if (g === 0) tn++;
    else fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    n: gold.length,
    accuracy: gold.length ? (tp + tn) / gold.length : 0,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    tp,
    fp,
    tn,
    fn,
  };
}

/** Cross-validated predictions of a featurise → train → threshold pipeline. */
export function crossValidate(
  xs: readonly FeatureVector[],
  ys: readonly number[],
  k: number,
  options: TrainOptions = {},
  threshold = 0,
  pruneTo?: number,
  decimals?: number,
): number[] {
  const fold = folds(ys, k);
  const pred = new Array<number>(ys.length).fill(0);
  for (let f = 0; f < k; f++) {
    const trX: FeatureVector[] = [];
    const trY: number[] = [];
    xs.forEach((x, i) => {
      if (fold[i] !== f) {
        trX.push(x);
        trY.push(ys[i]);
      }
    });
    const full = train(trX, trY, options);
    const m = pruneTo ? prune(full, pruneTo, decimals) : full;
    xs.forEach((x, i) => {
      if (fold[i] === f) pred[i] = scoreVector(m, x) > threshold ? 1 : 0;
    });
  }
  return pred;
}
