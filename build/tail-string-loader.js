// Webpack loader for the event bundle (build/babel-rules.js, with `tailData`): marks the coded word
// list of src/policy/data/disguise-common-words.ts (`const CODED = '…' + '…';`, written by
// scripts/gen-disguise-words.js) for build/data-tail.js as kind 4, so the minified bundle carries it
// at its end, beside the weight tables' keys, which are front-coded the same way: about 0.8 KB less
// gzipped than in the middle of the code. The same string, one literal instead of a sum of them; the
// build fails if the file no longer has that shape. Jest and the command line read the file as it is.
'use strict';
const { TAIL_MARK } = require('./data-tail');

const CODED = /\bconst CODED =\s*('[A-Za-z]*'(?:\s*\+\s*'[A-Za-z]*')*);/;

function moduleSource(source) {
  const m = CODED.exec(source);
  if (!m) throw new Error('tail-string-loader: no `const CODED = \'…\' + …;` of letters in the file');
  const text = m[1].match(/'([A-Za-z]*)'/g).map((p) => p.slice(1, -1)).join('');
  return source.slice(0, m.index) + `const CODED = ${JSON.stringify(`${TAIL_MARK}4:${text}`)};` + source.slice(m.index + m[0].length);
}

module.exports = function tailStringLoader(source) {
  return moduleSource(source);
};
module.exports.moduleSource = moduleSource;
