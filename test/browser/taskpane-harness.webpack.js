// The task pane's browser-test harness (taskpane-harness.tsx), bundled in the same webpack run as
// dist/ (`npm run build:test`, which `npm test` runs once) into test-output/taskpane-harness/.
'use strict';
const path = require('path');
const CopyPlugin = require('copy-webpack-plugin');

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'test-output', 'taskpane-harness');
const PAGE =
  '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Council Email Policy</title></head><body style="margin:0"><div id="root"></div><script src="harness.js"></script></body></html>';

module.exports = {
  name: 'taskpane-harness',
  mode: 'production',
  context: root,
  entry: path.join(__dirname, 'taskpane-harness.tsx'),
  output: { path: out, filename: 'harness.js', clean: true },
  devtool: false,
  resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
  module: { rules: [{ test: /\.[cm]?[jt]sx?$/, exclude: /node_modules/, use: { loader: 'babel-loader', options: { envName: 'production' } } }] },
  performance: { hints: false },
  cache: { type: 'filesystem', name: 'taskpane-harness', buildDependencies: { config: [__filename, path.join(root, 'package-lock.json')] } },
  plugins: [
    new CopyPlugin({ patterns: [{ from: path.join(root, 'policy/ware-internet-email-policy.txt'), to: out }] }),
    {
      apply(compiler) {
        compiler.hooks.thisCompilation.tap('HarnessPage', (compilation) => {
          compilation.hooks.processAssets.tap({ name: 'HarnessPage', stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
            compilation.emitAsset('index.html', new compiler.webpack.sources.RawSource(PAGE));
          });
        });
      },
    },
  ],
};
