// The browser compilations (React; loaded in a browser): `ui`, the task pane, the sign-in dialog,
// the playground and their HTML pages; and `playground-pane`, the playground's task pane page.
'use strict';

const HtmlWebpackPlugin = require('html-webpack-plugin');
const webpack = require('webpack');
const { babelRules } = require('./babel-rules');
const { UI_ENTRIES, UI_PAGES, PLAYGROUND_PANE_ENTRY, PLAYGROUND_PANE_PAGES, STANDALONE_ENTRIES } = require('./entries');
const { pageTemplate } = require('./page-template');

/** `s`: the settings webpack.config.js read (root, dist, mode, dev, publicOrigin, graph, csp). */
function browserCompilation(shared, s, { name, entry, pages, chunkFilename, splitChunks }) {
  return {
    ...shared,
    name,
    dependencies: ['launchevent'], // runs after the event compilation has cleaned dist/
    // The pages run in the browser engines Outlook uses for task panes (WebView2, current browsers),
    // so dependencies are used as published; our own code still goes through Babel.
    target: ['web', 'es2020'],
    entry,
    module: { rules: babelRules(s.root, s.mode, { dependencies: false }) },
    output: { path: s.dist, filename: '[name].js', chunkFilename, clean: false },
    optimization: { minimize: !s.dev, splitChunks },
    plugins: [new webpack.DefinePlugin({ __ADDIN_ORIGIN__: JSON.stringify(s.publicOrigin), __ADDIN_GRAPH__: JSON.stringify(s.graph) })].concat(
      pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            chunks: page.chunks,
            chunksSortMode: 'manual',
            scriptLoading: 'defer',
            templateContent: pageTemplate(page, s.csp),
            minify: false,
          }),
      ),
    ),
  };
}

function uiCompilation(shared, s) {
  return browserCompilation(shared, s, {
    name: 'ui',
    entry: UI_ENTRIES,
    pages: UI_PAGES,
    chunkFilename: '[name].[contenthash:8].js',
    // Initial chunks only: what a page loads at once shares vendor.js, while code a page loads
    // later (the task pane's records job with MSAL and the Graph SDK) stays in its own chunk. The
    // task pane's early script stands alone (it must run before vendor.js has even arrived).
    splitChunks: { chunks: (chunk) => chunk.canBeInitial() && !STANDALONE_ENTRIES.includes(chunk.name), name: 'vendor' },
  });
}

/** One page, one file (no vendor.js of its own) and lazy chunks named apart from the production pane's. */
function playgroundPaneCompilation(shared, s) {
  return browserCompilation(shared, s, {
    name: 'playground-pane',
    entry: PLAYGROUND_PANE_ENTRY,
    pages: PLAYGROUND_PANE_PAGES,
    chunkFilename: 'playground-[name].[contenthash:8].js',
    splitChunks: false,
  });
}

module.exports = { uiCompilation, playgroundPaneCompilation };
