// Webpack loader for obscenity's English word list (node_modules/obscenity/dist/preset/english.js;
// rule in build/babel-rules.js, event bundle only). The module builds `englishDataset` with one
// chained call per phrase (`.addPhrase((phrase) => phrase.setMetadata({ originalWord: 'abbo' })
// .addPattern(pattern`abbo`)….addWhitelistedTerm('abbot'))`, 70 phrases, 9.6 KB, 1.3 KB gzipped
// in the bundle). Here the same phrases are written as one string (the word, its patterns, its
// whitelisted terms), and a loop makes the very same calls with the same arguments in the same order:
// setMetadata({ originalWord }), addPattern(parseRawPattern(raw)) for each pattern (the `pattern`
// tag parses the template's raw text, and that is what is written), addWhitelistedTerm for each
// term. The rest of the module (the recommended transformers) is kept as it is. At build time the
// loader builds the dataset both ways with obscenity's own DataSet and parser and fails the build
// unless the two are the same (phrases, parsed patterns, whitelisted terms, metadata, pattern ids).
//
// With `leaveOutIgnored` (the event bundle), the phrases of the words the lexicon ignores are written
// without their patterns (their word and whitelisted terms stay): 17 words ("anal", "penis", "sex"…)
// whose tier is 'ignore' (src/policy/data/profanity.ts; a word not listed there is ignored too: tierOf
// in src/policy/rules/tone/lexicon.ts). No verdict can change: the matcher (obscenity's RegExpMatcher)
// finds each pattern's matches on its own, the whitelisted terms (all kept) drop matches of any
// phrase, and scanLexicon passes over a hit of an ignored word before it looks at anything else, as
// the lexicon's pre-pass leaves those words out; the other patterns keep their order, so their hits
// come in the same order. The build checks the dataset is the original's with just those patterns
// taken out (test/bundle/english-dataset-loader.test.ts: the same hits of every other word).
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { requireTs } = require('./load-ts');

const START = 'exports.englishDataset = new DataSet_1.DataSet()';
/** Between phrases, between a phrase's three parts, between the items of a part. */
const PHRASE = ';';
const PART = '/';
const ITEM = ',';

/**
 * The phrases the module's dataset statement adds, as [word, raw patterns, whitelisted terms]: the
 * statement run with a recording DataSet and a `pattern` tag that returns the template's raw text.
 */
function phrasesOf(source) {
  const at = source.indexOf(START);
  if (at < 0 || source.indexOf(START, at + 1) >= 0) throw new Error(`english-dataset-loader: expected one "${START}" statement`);
  const phrases = [];
  class RecordingPhrase {
    constructor() {
      this.entry = [undefined, [], []];
      phrases.push(this.entry);
    }
    setMetadata(meta) {
      const keys = Object.keys(meta);
      if (keys.length !== 1 || keys[0] !== 'originalWord' || typeof meta.originalWord !== 'string') throw new Error(`english-dataset-loader: unexpected metadata ${JSON.stringify(meta)}`);
      if (this.entry[0] !== undefined) throw new Error('english-dataset-loader: metadata set twice');
      this.entry[0] = meta.originalWord;
      return this;
    }
    addPattern(raw) {
      this.entry[1].push(raw);
      return this;
    }
    addWhitelistedTerm(term) {
      this.entry[2].push(term);
      return this;
    }
  }
  class RecordingDataSet {
    addPhrase(fn) {
      fn(new RecordingPhrase());
      return this;
    }
  }
  const pattern = (strings, ...expressions) => {
    if (expressions.length > 0) throw new Error('english-dataset-loader: a pattern with ${…} in it');
    return strings.raw[0];
  };
  const exports = {};
  vm.runInNewContext(source.slice(at), { exports, DataSet_1: { DataSet: RecordingDataSet }, Pattern_1: { pattern } });
  if (!(exports.englishDataset instanceof RecordingDataSet)) throw new Error('english-dataset-loader: the statement does not make englishDataset');
  for (const [word, patterns, terms] of phrases) {
    if (word === undefined) throw new Error('english-dataset-loader: a phrase without metadata');
    for (const s of [word, ...patterns, ...terms]) {
      if (typeof s !== 'string' || s === '' || s.includes(PHRASE) || s.includes(PART) || s.includes(ITEM)) throw new Error(`english-dataset-loader: cannot write ${JSON.stringify(s)}`);
    }
  }
  return { head: source.slice(0, at), phrases };
}

/** Runs in the bundle too (as source): the dataset from the written phrases. */
function buildDataset(DataSet, parseRawPattern, written) {
  return written.split(';').reduce(function (ds, phrase) {
    var parts = phrase.split('/');
    return ds.addPhrase(function (p) {
      p.setMetadata({ originalWord: parts[0] });
      if (parts[1]) {
        parts[1].split(',').forEach(function (raw) {
          p.addPattern(parseRawPattern(raw));
        });
      }
      if (parts[2]) {
        parts[2].split(',').forEach(function (term) {
          p.addWhitelistedTerm(term);
        });
      }
      return p;
    });
  }, new DataSet());
}

function write(phrases) {
  return phrases.map(([word, patterns, terms]) => [word, patterns.join(ITEM), terms.join(ITEM)].join(PART)).join(PHRASE);
}

/** Whether the lexicon ignores a dataset word: tierOf (src/policy/rules/tone/lexicon.ts) of its metadata, { originalWord }. */
function lexiconIgnores() {
  const { OBSCENITY_TIERS } = requireTs(path.join(__dirname, '..', 'src', 'policy', 'data', 'profanity.ts'));
  return (word) => (OBSCENITY_TIERS[word] ?? 'ignore') === 'ignore';
}

/**
 * The module's new text: its head as it was, then the dataset built from the written phrases.
 * `ignored(word)`: the phrases of those words are written without their patterns (leaveOutIgnored).
 */
function moduleSource(source, ignored = () => false) {
  const { head, phrases } = phrasesOf(source);
  if (phrases.some(([, patterns]) => patterns.length === 0)) throw new Error('english-dataset-loader: a phrase without patterns');
  const written = write(phrases.map(([word, patterns, terms]) => [word, ignored(word) ? [] : patterns, terms]));
  return `${head}exports.englishDataset = (${buildDataset.toString()})(DataSet_1.DataSet, Pattern_1.parseRawPattern, ${JSON.stringify(written)});\n`;
}

/** Everything a DataSet holds, in order, as text: for comparing two. */
function datasetState(ds) {
  return JSON.stringify({ containers: ds.containers, patternCount: ds.patternCount, ids: [...ds.patternIdToPhraseContainer], built: ds.build() });
}

/** The dataset of a module text, run in Node against obscenity's own modules (`file`: where it lives). */
function datasetOf(source, file) {
  const module = { exports: {} };
  const req = require('module').createRequire(file);
  vm.runInThisContext(`(function (exports, require, module) {${source}\n})`)(module.exports, req, module);
  return module.exports.englishDataset;
}

/**
 * Everything a DataSet holds but pattern ids, as text, the patterns of the `ignored` words' phrases
 * left out: for comparing a dataset with one written without them.
 */
function statesWithout(ds, ignored) {
  return JSON.stringify(ds.containers.map((c) => ({ metadata: c.metadata, patterns: ignored(c.metadata.originalWord) ? [] : c.patterns, whitelistedTerms: c.whitelistedTerms })));
}

/**
 * The module's new text, checked: written in full, it builds the very dataset of the original; with
 * `ignored`, the dataset of the original but for those words' patterns (and so its pattern ids).
 */
function checkedSource(source, file, ignored) {
  const full = moduleSource(source);
  const want = datasetOf(source, file);
  if (datasetState(datasetOf(full, file)) !== datasetState(want)) throw new Error('english-dataset-loader: the written phrases do not build the same dataset');
  if (!ignored) return full;
  const out = moduleSource(source, ignored);
  const got = datasetOf(out, file);
  if (statesWithout(got, () => false) !== statesWithout(want, ignored)) throw new Error('english-dataset-loader: the phrases without the ignored words\' patterns do not build the same dataset less those patterns');
  return out;
}

module.exports = function englishDatasetLoader(source) {
  const options = (this && this.getOptions && this.getOptions()) || {};
  return checkedSource(source, this.resourcePath, options.leaveOutIgnored ? lexiconIgnores() : undefined);
};
module.exports.lexiconIgnores = lexiconIgnores;
module.exports.statesWithout = statesWithout;
module.exports.moduleSource = moduleSource;
module.exports.phrasesOf = phrasesOf;
module.exports.checkedSource = checkedSource;
module.exports.datasetState = datasetState;
module.exports.datasetOf = datasetOf;
module.exports.ORIGINAL = () => {
  const main = require.resolve('obscenity', { paths: [path.join(__dirname, '..')] });
  const file = path.join(path.dirname(main), 'preset', 'english.js');
  return { file, source: fs.readFileSync(file, 'utf8') };
};
