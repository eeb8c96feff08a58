// The module rules: one loader per file type.
'use strict';

const path = require('path');

/**
 * Babel for our TypeScript; with `dependencies`, node_modules too, so that nothing newer than ES2016
 * reaches the JavaScript-only runtime. sourceType 'unambiguous' keeps CommonJS packages CommonJS.
 * envName is explicit: a build started under jest inherits NODE_ENV=test, which would select
 * babel.config.js's Node target and let ES2018+ syntax through.
 */
function babelRules(root, mode, { dependencies, tailData = false, leanSchema = false }) {
  const babel = {
    loader: 'babel-loader',
    options: { cacheDirectory: path.join(root, 'node_modules', '.cache', 'babel-loader'), sourceType: 'unambiguous', envName: mode },
  };
  const rules = [{ test: /\.tsx?$/, exclude: /node_modules/, use: babel }];
  // Trained weight tables go in packed: the same objects in fewer bytes (build/packed-json-loader.js);
  // with `tailData`, their strings are marked to go to the end of the bundle (build/data-tail.js).
  // The event bundle (`tailData`) also leaves out the files' training notes, which no code there reads.
  const packed = { loader: path.join(__dirname, 'packed-json-loader.js'), options: { tail: tailData, omitNotes: tailData } };
  rules.push({ test: /[\\/]src[\\/]policy[\\/]data[\\/][^\\/]+-weights\.json$/, type: 'javascript/auto', use: packed });
  // core-js and webpack's own helpers must not be re-transpiled (they would import themselves).
  if (dependencies) rules.push({ test: /\.[cm]?js$/, exclude: /node_modules[\\/](core-js|webpack|@babel[\\/]runtime)[\\/]/, use: babel });
  // obscenity's look-alike table, the same characters in fewer bytes (build/confusables-loader.js);
  // listed after Babel's rule, so it runs first and Babel transpiles its output. With `tailData`, its
  // letters go to the end of the bundle too.
  if (dependencies) {
    rules.push({ test: /[\\/]obscenity[\\/]dist[\\/]transformer[\\/]resolve-confusables[\\/]confusables\.js$/, use: { loader: path.join(__dirname, 'confusables-loader.js'), options: { tail: tailData } } });
    // Its English word list as one string and a loop making the same calls (build/english-dataset-loader.js);
    // in the event bundle, without the patterns of the words the lexicon ignores.
    rules.push({ test: /[\\/]obscenity[\\/]dist[\\/]preset[\\/]english\.js$/, use: { loader: path.join(__dirname, 'english-dataset-loader.js'), options: { leaveOutIgnored: tailData } } });
    // Its pattern parser in a few lines, without the Parser class (build/obscenity-pattern.js).
    rules.push({ test: /[\\/]obscenity[\\/]dist[\\/]pattern[\\/]Pattern\.js$/, use: path.join(__dirname, 'obscenity-pattern-loader.js') });
    // Its one object spread as Object.assign, so the bundle needs no second copy of the helper (build/obscenity-dataset-loader.js).
    rules.push({ test: /[\\/]obscenity[\\/]dist[\\/]dataset[\\/]DataSet\.js$/, use: path.join(__dirname, 'obscenity-dataset-loader.js') });
  }
  // The event bundle's coded everyday-word list goes to the end of the bundle too (build/tail-string-loader.js);
  // `enforce: 'pre'`, so it reads the TypeScript source before Babel.
  if (tailData) rules.push({ test: /[\\/]src[\\/]policy[\\/]data[\\/]disguise-common-words\.ts$/, enforce: 'pre', use: path.join(__dirname, 'tail-string-loader.js') });
  // The policy schema with only the keywords validation reads (build/schema-lean-loader.js).
  if (leanSchema) rules.push({ test: /[\\/]policy[\\/]policy\.schema\.json$/, type: 'json', use: path.join(__dirname, 'schema-lean-loader.js') });
  return rules;
}

module.exports = { babelRules };
