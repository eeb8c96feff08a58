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
  };
};
