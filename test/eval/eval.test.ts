import fs from 'fs';
import path from 'path';
import { parseCsv } from '../../src/eval/csv';
import { binaryScores, crossValidate, train, scoreVector, prune, nbScales, type FeatureVector } from '../../src/policy/models/logistic';
import { evalCommand } from '../../src/cli/commands/eval';
import { SHARED } from '../helpers/draft';

describe('parseCsv', () => {
  it.each([
    ['quoted comma and doubled quote', 'a,"b,c","say ""hi"""\n', [['a', 'b,c', 'say "hi"']]],
    ['newline inside quotes and CRLF rows', '"x\ny",z\r\n1,2', [['x\ny', 'z'], ['1', '2']]],
    ['empty fields', ',,\n', [['', '', '']]],
  ])('%s', (_n, text, rows) => expect(parseCsv(text)).toEqual(rows));
});

describe('logistic regression', () => {
  const xs = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19].map((i) => new Map([[i % 2 ? 'w:thanks' : 'w:why', 1], ['w:the', 1]]));
  const ys = xs.map((_x, i) => i % 2);
  it('learns a separable feature and scores it in the right direction', () => {
    const m = train(xs, ys, { epochs: 20, minCount: 1 });
    expect(scoreVector(m, new Map([['w:thanks', 1]]))).toBeGreaterThan(0);
    expect(scoreVector(m, new Map([['w:why', 1]]))).toBeLessThan(0);
    expect(Object.keys(prune(m, 1).weights)).toHaveLength(1);
  });
  it('cross-validates to perfect scores on a separable set, and counts confusion correctly', () => {
    expect(binaryScores(ys, crossValidate(xs, ys, 5, { epochs: 20, minCount: 1 })).f1).toBe(1);
    expect(binaryScores([1, 1, 0, 0], [1, 0, 1, 0])).toMatchObject({ tp: 1, fn: 1, fp: 1, tn: 1, precision: 0.5, recall: 0.5 });
  });
  it('naive Bayes scaling: 1 for a word both classes use alike, more for a telling one, folded into the weights', () => {
    const s = nbScales(xs, ys, 1);
    expect(s.get('w:the')).toBe(1);
    expect(s.get('w:thanks')).toBeCloseTo(1 + Math.log(11 / 1), 10);
    // Training with the scale must equal training on pre-scaled values, with the scale folded back in.
    const noisy = xs.map((x, i) => new Map([...x, [`w:n${i % 3}`, 1]]));
    const scales = nbScales(noisy, ys, 1);
    const scaled: FeatureVector[] = noisy.map((x) => new Map([...x].map(([k, v]) => [k, v * (scales.get(k) ?? 1)])));
    const withNb = train(noisy, ys, { epochs: 3, minCount: 1, nbAlpha: 1 });
    const byHand = train(scaled, ys, { epochs: 3, minCount: 1 });
    expect(withNb.bias).toBeCloseTo(byHand.bias, 12);
    for (const [k, w] of Object.entries(byHand.weights)) expect(withNb.weights[k]).toBeCloseTo(w * (scales.get(k) ?? 1), 12);
    noisy.forEach((x, i) => expect(scoreVector(withNb, x)).toBeCloseTo(scoreVector(byHand, scaled[i]), 10));
  });
});

const AUTH = path.join(SHARED, 'eval/auth-results');
(fs.existsSync(AUTH) ? it : it.skip)('eval auth-results prints one JSON object last with every fixture passed', async () => {
  const lines: string[] = [];
  const code = await evalCommand.run(['auth-results', AUTH], { out: (l) => lines.push(l), err: () => undefined, cwd: process.cwd() });
  expect(code).toBe(0);
  const r = JSON.parse(lines[lines.length - 1]);
  expect(r).toMatchObject({ task: 'auth-results', n: 13, passed: 13, failed: 0, accuracy: 1 });
  for (const k of ['baseline', 'precision', 'recall', 'f1']) expect(typeof r[k]).toBe('number');
});
