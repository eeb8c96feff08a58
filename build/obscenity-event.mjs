// What the event bundle imports from 'obscenity' (src/policy/rules/tone/lexicon.ts), taken from the
// package's own modules rather than its index (build/event-compilation.js aliases 'obscenity' here).
// The index is CommonJS and requires every module, so webpack cannot leave out the parts the add-in
// never calls (the censor strategies, TextCensor, the skip-non-alphabetic transformer); these are
// the very same objects the index re-exports (test/bundle/obscenity-event.test.ts checks that, and
// that every name lexicon.ts imports from 'obscenity' is here).
export { DataSet } from 'obscenity-dist/dataset/DataSet.js';
export { englishDataset, englishRecommendedTransformers } from 'obscenity-dist/preset/english.js';
export { parseRawPattern } from 'obscenity-dist/pattern/Pattern.js';
export { RegExpMatcher } from 'obscenity-dist/matcher/regexp/RegExpMatcher.js';
export { SyntaxKind } from 'obscenity-dist/pattern/Nodes.js';
