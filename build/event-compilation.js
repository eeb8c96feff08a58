// The `launchevent` compilation: the Smart Alerts / event handlers. Classic Outlook on Windows runs
// this file in its JavaScript-only runtime: ONE file, no chunk splitting, no runtime imports, ES2016
// syntax (webpack's own runtime included, dependencies transpiled by Babel), no dev-server client.
// Its target deliberately omits 'web' so webpack-dev-server never injects hot-reload code. It also
// emits the files hosted beside the bundles: the manifest, icons, policy, well-known allow-list.
'use strict';

const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const path = require('path');
const webpack = require('webpack');
const { babelRules } = require('./babel-rules');
const { EVENT_ENTRY } = require('./entries');
const { manifestPattern } = require('./origin');
const { OFFICE_JS_CDN } = require('./page-template');
const { AllowedAddinsPlugin } = require('./well-known');
const { DataTailPlugin } = require('./data-tail');
const { FunctionsLastPlugin } = require('./functions-last');
const { FreeOrderPlugin } = require('./free-order');
const { LateRegexLiteralsPlugin } = require('./late-regex-literals');
const { LetDeclarationsPlugin } = require('./let-declarations');
const { UnusedMethodsPlugin } = require('./unused-methods');

/** `s`: the settings webpack.config.js read (root, dist, mode, origin, publicOrigin, csp, ancestors, serve). */
function eventCompilation(shared, s) {
  return {
    ...shared,
    name: 'launchevent',
    // No 'web': the JS-only runtime is not a browser, and without it the dev server adds no client.
    target: ['es2016'],
    entry: EVENT_ENTRY,
    module: { rules: babelRules(s.root, s.mode, { dependencies: true, tailData: true, leanSchema: true }) },
    resolve: {
      ...shared.resolve,
      // Prefer browser builds of dependencies (no Node built-ins), without the 'browser' condition
      // that would make webpack-dev-server treat this compilation as a web page.
      mainFields: ['browser', 'module', 'main'],
      aliasFields: ['browser'],
      conditionNames: ['import', 'module', 'require', 'default'],
      fallback: { fs: false, path: false, crypto: false, buffer: false, stream: false, util: false },
      // Only the obscenity modules the lexicon uses, not its index of all (build/obscenity-event.mjs).
      alias: {
        ...(shared.resolve && shared.resolve.alias),
        obscenity$: path.join(__dirname, 'obscenity-event.mjs'),
        'obscenity-dist': path.dirname(require.resolve('obscenity', { paths: [s.root] })),
        // Babel's object-spread helper without its four helper modules: same steps (build/object-spread.mjs).
        '@babel/runtime/helpers/esm/objectSpread2$': path.join(__dirname, 'object-spread.mjs'),
      },
    },
    node: { global: false, __filename: false, __dirname: false },
    output: {
      path: s.dist,
      filename: '[name].js',
      iife: true,
      clean: !s.serve,
      environment: { module: false, dynamicImport: false },
      chunkFormat: 'array-push', // never used: one chunk, no loading
      chunkLoading: false,
      wasmLoading: false,
    },
    // terser's hoist_funs gathers each function body's function declarations at its top (they are
    // hoisted anyway: same program), and build/functions-last.js then puts the IIFE's after its other
    // statements: code with code, data with data, 2.7 KB less gzipped. `inline: false`: a function
    // called once stays a function rather than being pasted into its caller, so the many small
    // helpers keep their own declarations, which free-order can put beside the functions like them
    // (about 1.4 KB less gzipped, though a little longer). Otherwise webpack's defaults.
    optimization: { splitChunks: false, runtimeChunk: false, minimize: !s.dev, minimizeOptions: { javascript: { compress: { passes: 2, hoist_funs: true, inline: false } } } },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'launchevent.html',
        template: './src/launchevent/launchevent.html',
        templateParameters: { officeJs: OFFICE_JS_CDN, csp: s.csp },
        inject: false,
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'policy/ware-town-council.json', to: 'policy.json' },
          { from: 'policy/policy.schema.json', to: 'policy.schema.json' },
          { from: 'policy/ware-internet-email-policy.txt', to: 'ware-internet-email-policy.txt' },
          manifestPattern(s.origin),
        ],
      }),
      new AllowedAddinsPlugin(s.publicOrigin, s.ancestors),
      // The authenticity rules check received mail only (surface 'read'), never a draft at send:
      // src/launchevent/authenticity-left-out.ts stands in for them in rules/index.ts.
      new webpack.NormalModuleReplacementPlugin(/^\.\/authenticity$/, (resource) => {
        if (path.basename(resource.context) === 'rules' && path.basename(path.dirname(resource.context)) === 'policy') {
          resource.request = path.join(s.root, 'src', 'launchevent', 'authenticity-left-out.ts');
        }
      }),
      // The IIFE's function declarations after its other statements, then the weight tables' strings
      // at the end of launchevent.js, where they cost gzip least.
      // First, the patterns that minification made constant written as literals (build/late-regex-literals.js).
      new LateRegexLiteralsPlugin(),
      // Then the class methods whose name nothing else writes, which nothing can call (build/unused-methods.js).
      new UnusedMethodsPlugin(),
      new FunctionsLastPlugin(),
      // Then the statements whose place does not matter, alike text together (build/free-order.js).
      ...(s.dev ? [] : [new FreeOrderPlugin()]),
      // Then `const` as `let`, adjacent declarations joined, once no const is shown to be assigned (build/let-declarations.js).
      ...(s.dev ? [] : [new LetDeclarationsPlugin()]),
      new DataTailPlugin(),
      new webpack.DefinePlugin({ __ADDIN_ORIGIN__: JSON.stringify(s.publicOrigin) }),
    ],
  };
}

module.exports = { eventCompilation };
