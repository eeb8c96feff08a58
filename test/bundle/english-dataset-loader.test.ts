// build/english-dataset-loader.js writes obscenity's English word list as one string for the event
// bundle. The dataset built from it must be the very one the original module builds: same phrases,
// parsed patterns, whitelisted terms, metadata and pattern ids, so the same matches.
import fs from 'fs';
import path from 'path';
import zlib from 'zlib';
import { DIST, requireBuilt } from './build';

interface Loader {
  moduleSource: (source: string, ignored?: (word: string) => boolean) => string;
  checkedSource: (source: string, file: string, ignored?: (word: string) => boolean) => string;
  lexiconIgnores: () => (word: string) => boolean;
  datasetState: (ds: unknown) => string;
  datasetOf: (source: string, file: string) => unknown;
  ORIGINAL: () => { file: string; source: string };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require('../../build/english-dataset-loader.js') as Loader;
const { file, source } = loader.ORIGINAL();
const gz = (s: string) => zlib.gzipSync(s, { level: 9 }).length;

test('the written phrases build the same dataset as the original module', () => {
  const out = loader.checkedSource(source, file);
  expect(gz(out)).toBeLessThan(gz(source));
  expect(out).not.toContain(".addWhitelistedTerm('");
  const want = loader.datasetOf(source, file) as { containers: unknown[] };
  const got = loader.datasetOf(out, file) as { containers: unknown[] };
  expect(want.containers.length).toBeGreaterThan(60);
  expect(loader.datasetState(got)).toBe(loader.datasetState(want));
  // The transformers (the rest of the module) are untouched.
  expect(out.slice(0, out.indexOf('exports.englishDataset = ('))).toBe(source.slice(0, source.indexOf('exports.englishDataset = new')));
});

test('the same words match the same way with either dataset', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RegExpMatcher } = require('obscenity') as typeof import('obscenity');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { englishRecommendedTransformers } = require(file) as typeof import('obscenity');
  type Built = { build: () => ConstructorParameters<typeof RegExpMatcher>[0] };
  const matcherOf = (src: string) => new RegExpMatcher({ ...(loader.datasetOf(src, file) as Built).build(), ...englishRecommendedTransformers });
  const a = matcherOf(source);
  const b = matcherOf(loader.moduleSource(source));
  const text = 'You absolute b1tch, f u c k this sh1t; the Scunthorpe analyst met Dickens at the cockney pub; who’re the whores? assess the asset.';
  expect(b.getAllMatches(text, true)).toEqual(a.getAllMatches(text, true));
  expect(a.getAllMatches(text, true).length).toBeGreaterThan(2);
});

describe('the event bundle leaves out the patterns of the words the lexicon ignores (leaveOutIgnored)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { RegExpMatcher } = require('obscenity') as typeof import('obscenity');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { englishRecommendedTransformers } = require(file) as typeof import('obscenity');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { tierOf } = require('../../src/policy/rules/tone/lexicon') as typeof import('../../src/policy/rules/tone/lexicon');
  type Meta = { originalWord: string };
  type Data = {
    build: () => ConstructorParameters<typeof RegExpMatcher>[0];
    getPayloadWithPhraseMetadata: (m: { termId: number; startIndex: number; endIndex: number; matchLength: number }) => { phraseMetadata?: Meta };
  };
  const ignored = loader.lexiconIgnores();
  const full = loader.datasetOf(source, file) as Data & { containers: { metadata: Meta }[] };
  const trimmed = loader.datasetOf(loader.checkedSource(source, file, ignored), file) as Data;
  /** The hits scanLexicon goes on to read: every word's but the ignored ones', in the matcher's order. */
  const hits = (ds: Data, text: string) =>
    new RegExpMatcher({ ...ds.build(), ...englishRecommendedTransformers })
      .getAllMatches(text, true)
      .map((m) => ({ word: ds.getPayloadWithPhraseMetadata(m).phraseMetadata!.originalWord, start: m.startIndex, end: m.endIndex, length: m.matchLength }))
      .filter((h) => tierOf({ originalWord: h.word }) !== 'ignore');

  it('ignores exactly the words tierOf calls ignore', () => {
    const words = full.containers.map((c) => c.metadata.originalWord);
    expect(words.filter(ignored)).toEqual(words.filter((w) => tierOf({ originalWord: w }) === 'ignore'));
    expect(words.filter(ignored).length).toBeGreaterThan(10);
    expect(words.filter((w) => !ignored(w)).length).toBeGreaterThan(40);
  });

  it('is smaller, and the ignored words keep their whitelisted terms', () => {
    expect(gz(loader.moduleSource(source, ignored))).toBeLessThan(gz(loader.moduleSource(source)));
    expect(loader.moduleSource(source, ignored)).toContain('analabos,analagous');
  });

  it.each([
    'You absolute b1tch, f u c k this sh1t; the Scunthorpe analyst met Dickens at the cockney pub; who’re the whores? assess the asset.',
    'The anal fissure clinic and the penis-shaped vegetable: sex education, porn filters and the rape crisis centre.',
    'f*cking anus, sh!t sex, c0ck and b0llocks; orgy of semen, masturbate, ejaculate: twat, wank, arse.',
    'Hooker Road, Scatterbrook Lane, Incester Farm, the vagina monologues, boobs and a c u n t.',
    'p e n i s, 4n4l, s3x, pr0n: fuckfuckfuck, shitshow, dickhead, bastard, prick, pussy, slut, whore.',
    'An analysis of the analogue sextant, the Essex orgasmatron and a cumbersome cumulus: nothing to see.',
  ])('the same hits of every other word: %s', (text) => {
    expect(hits(trimmed, text)).toEqual(hits(full, text));
  });

  it('the ignored words are found by the full dataset only (so the test above sees them go)', () => {
    const text = 'The anal fissure clinic, sex education, porn filters, the rape crisis centre, penis.';
    const all = (ds: Data) => new RegExpMatcher({ ...ds.build(), ...englishRecommendedTransformers }).getAllMatches(text, true).length;
    expect(all(full)).toBeGreaterThan(3);
    expect(all(trimmed)).toBe(0);
  });
});

test('a dataset the string form cannot carry, or a different one, is caught', () => {
  const withSlash = source.replace('pattern) `|ab[b]o[s]|`', 'pattern) `|ab/bo|`');
  expect(withSlash).not.toBe(source);
  expect(() => loader.moduleSource(withSlash)).toThrow(/cannot write "\|ab\/bo\|"/);
  const extraMeta = source.replace("setMetadata({ originalWord: 'abo' })", "setMetadata({ originalWord: 'abo', tier: 1 })");
  expect(extraMeta).not.toBe(source);
  expect(() => loader.moduleSource(extraMeta)).toThrow(/unexpected metadata/);
  expect(() => loader.moduleSource('exports.englishDataset = 1;')).toThrow(/expected one/);
  // The comparison the build makes does see one pattern changed.
  const changed = source.replace('pattern) `|ab[b]o[s]|`', 'pattern) `|ab[b]o|`');
  expect(loader.datasetState(loader.datasetOf(changed, file))).not.toBe(loader.datasetState(loader.datasetOf(source, file)));
});

test('the built event bundle carries the written phrases, not the chained calls', () => {
  requireBuilt(['launchevent.js']);
  const code = fs.readFileSync(path.join(DIST, 'launchevent.js'), 'utf8');
  expect(code).toContain('analabos,analagous');
  expect(code).not.toContain('"analabos"');
});
