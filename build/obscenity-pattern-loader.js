// Webpack loader: obscenity's pattern module (dist/pattern/Pattern.js) becomes build/obscenity-pattern.js,
// the same `pattern` and `parseRawPattern` without obscenity's Parser class (event bundle only; rule in
// build/babel-rules.js; the two parsers are compared in test/bundle/obscenity-pattern.test.ts).
'use strict';
const fs = require('fs');
const path = require('path');

const FILE = path.join(__dirname, 'obscenity-pattern.js');

module.exports = function obscenityPatternLoader(source) {
  // Only the module it was written for: the same two exports, from obscenity's Parser.
  if (!/exports\.parseRawPattern = parseRawPattern;/.test(source) || !/exports\.pattern = pattern;/.test(source) || !/require\("\.\/Parser"\)/.test(source)) {
    throw new Error(`obscenity-pattern-loader: ${this.resourcePath} is not the obscenity pattern module it replaces`);
  }
  this.addDependency(FILE);
  return fs.readFileSync(FILE, 'utf8');
};
