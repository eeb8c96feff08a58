// One transpiler for webpack and jest. TypeScript (5.9, pinned) only type-checks (`npm run lint`).
// Webpack bundles for browsers/ES2016 (see webpack.config.js); jest runs on the current Node.
module.exports = (api) => {
  const isTest = api.env('test');
  return {
    presets: [
      [
        '@babel/preset-env',
        isTest
          ? { targets: { node: 'current' } }
          : { targets: { chrome: '51' }, bugfixes: true, modules: false, exclude: ['transform-regenerator'] },
      ],
      ['@babel/preset-typescript', { allowDeclareFields: true }],
      ['@babel/preset-react', { runtime: 'automatic' }],
    ],
    // Webpack builds share Babel's helpers instead of a copy per file, and build Unicode property
    // classes from a compact list, and write constant `new RegExp(…)` as literals
    // (build/babel-shared-helpers.js, babel-compact-regex.js, babel-regex-literals.js).
    // `a?.b` and `a ?? b` written as `a == null …` rather than `a === null || a === void 0 …`: the
    // same for every value but `document.all` (the one object that == null), which the add-in
    // never handles (https://babeljs.io/docs/assumptions#nodocumentall). Class fields are set by
    // assignment rather than Object.defineProperty: the same own, enumerable, writable property,
    // since no field shares its name with an accessor of its class or a superclass (ours, obscenity's;
    // Error's name and message are plain data properties) (#setpublicclassfields).
    assumptions: isTest ? {} : { noDocumentAll: true, setPublicClassFields: true },
    plugins: isTest
      ? []
      : [
          require.resolve('./build/babel-shared-helpers.js'),
          require.resolve('./build/babel-compact-regex.js'),
          require.resolve('./build/babel-regex-literals.js'),
          // Lists of three or more strings written as one string split at a separator (build/babel-string-lists.js).
          require.resolve('./build/babel-string-lists.js'),
        ],
  };
};
