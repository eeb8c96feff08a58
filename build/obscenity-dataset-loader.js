// Webpack loader: obscenity's DataSet module (dist/dataset/DataSet.js) with its one object spread,
// in getPayloadWithPhraseMetadata, written as Object.assign (event bundle only; rule in
// build/babel-rules.js). That spread was the only one in obscenity's CommonJS modules, and for it
// the bundle carried a second, wrapped copy of the objectSpread2 helper (build/object-spread.mjs)
// beside the one our modules share. The result is the same: a new plain object with the payload's
// own enumerable properties, then phraseMetadata. (Object.assign sets where the spread defines;
// the two differ only for an own "__proto__" key, which no match payload has: obscenity's matchers
// and src/policy/rules/tone/lexicon.ts build them as { termId, startIndex, endIndex, matchLength },
// and lexicon.ts, the only caller, reads phraseMetadata alone.)
// test/bundle/obscenity-dataset-loader.test.ts compares the two methods.
'use strict';

const SPREAD = /return \{\s*\.\.\.payload,\s*phraseMetadata: this\.containers\[offset\]\.metadata,\s*\};/g;
const ASSIGN = 'return Object.assign({}, payload, { phraseMetadata: this.containers[offset].metadata });';

function rewrite(source) {
  const found = source.match(SPREAD) || [];
  // Only the module it was written for: that spread, once.
  if (found.length !== 1 || !/getPayloadWithPhraseMetadata\(payload\)/.test(source)) {
    throw new Error('obscenity-dataset-loader: not the obscenity DataSet module it was written for');
  }
  return source.replace(SPREAD, ASSIGN);
}

module.exports = function obscenityDatasetLoader(source) {
  try {
    return rewrite(source);
  } catch (e) {
    throw new Error(`${e.message}: ${this.resourcePath}`);
  }
};
module.exports.rewrite = rewrite;
