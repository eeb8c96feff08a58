// build/obscenity-dataset-loader.js: obscenity's DataSet with its one object spread written as
// Object.assign; getPayloadWithPhraseMetadata gives the same object as obscenity's own for every
// kind of payload a matcher or src/policy/rules/tone/lexicon.ts makes, and the rest of the module
// is unchanged.
import fs from 'fs';
import path from 'path';
import { DataSet, englishDataset, RegExpMatcher, englishRecommendedTransformers } from 'obscenity';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewrite } = require('../../build/obscenity-dataset-loader.js') as { rewrite: (source: string) => string };

// The package's exports name no subpath: its main file is dist/index.js.
const FILE = path.join(path.dirname(require.resolve('obscenity')), 'dataset', 'DataSet.js');
const SOURCE = fs.readFileSync(FILE, 'utf8');

/** The rewritten module's DataSet class, loaded from the rewritten text beside the original. */
function rewrittenDataSet(): typeof DataSet {
  const module = { exports: {} as { DataSet: typeof DataSet } };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const req = (id: string) => require(require.resolve(id, { paths: [path.dirname(FILE)] }));
  new Function('exports', 'require', 'module', rewrite(SOURCE))(module.exports, req, module);
  return module.exports.DataSet;
}

/** A result's own properties, in order, with their descriptors, and its prototype. */
const shape = (o: object) => ({ proto: Object.getPrototypeOf(o), keys: Reflect.ownKeys(o), descriptors: Object.getOwnPropertyDescriptors(o) });

test('only the spread changes', () => {
  const out = rewrite(SOURCE);
  expect(out).toContain('return Object.assign({}, payload, { phraseMetadata: this.containers[offset].metadata });');
  const lines = (s: string) => s.split('\n').filter((l) => !/\.\.\.payload|phraseMetadata: this\.containers|^\s*return [{O]|^\s*};$/.test(l));
  expect(lines(out)).toEqual(lines(SOURCE));
});

test('the same payload with phrase metadata as obscenity gives, for matcher and hand-made payloads', () => {
  const Ours = rewrittenDataSet();
  const theirs = new DataSet<{ originalWord: string }>().addAll(englishDataset);
  const ours = new Ours<{ originalWord: string }>().addAll(englishDataset);
  const matcher = new RegExpMatcher({ ...theirs.build(), ...englishRecommendedTransformers });
  const texts = ['what the fuck', 'you stupid bitch', 'shit, the bastard', 'a fucking wanker', 'cunt', 'dickhead and asshole'];
  const payloads: object[] = texts.flatMap((t) => matcher.getAllMatches(t));
  expect(payloads.length).toBeGreaterThanOrEqual(6);
  const sym = Symbol('extra');
  for (const termId of [0, 1, 5, 17, 40, 99]) {
    payloads.push({ termId, startIndex: 0, endIndex: 0, matchLength: 0 });
    payloads.push({ termId, startIndex: 3, endIndex: 9, matchLength: 7, [sym]: 'kept' });
  }
  for (const p of payloads) {
    const a = theirs.getPayloadWithPhraseMetadata(p as never);
    const b = ours.getPayloadWithPhraseMetadata(p as never);
    expect(shape(b)).toEqual(shape(a));
    expect(b).not.toBe(p);
  }
  expect(() => ours.getPayloadWithPhraseMetadata({ termId: 1e6, startIndex: 0, endIndex: 0, matchLength: 0 })).toThrow(/does not exist/);
});

test('a module that is not the one it was written for fails the build', () => {
  expect(() => rewrite(SOURCE.replace('...payload', '...other'))).toThrow(/not the obscenity DataSet module/);
  expect(() => rewrite('module.exports = {};')).toThrow(/not the obscenity DataSet module/);
});
