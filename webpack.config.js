// Builds the add-in into dist/ (ARCHITECTURE §3, §4) in three compilations, each in build/:
//
//  1. `launchevent` (build/event-compilation.js): the Smart Alerts / event handlers, ONE ES2016 file
//     for classic Outlook's JavaScript-only runtime, and the hosted files beside it: manifest.xml with
//     https://localhost:3000 swapped for ADDIN_ORIGIN (build/origin.js), the icons, the policy file,
//     its schema and text, .well-known/microsoft-officeaddins-allowed.json and
//     staticwebapp.config.json (build/well-known.js, build/static-web-app.js).
//  2. `ui` (build/ui-compilation.js): the task pane, the sign-in dialog, the playground and their
//     HTML pages (build/entries.js, build/page-template.js);
//  3. `playground-pane` (the same file): the real task pane over the playground's simulated Office
//     and in-browser Graph (playground-taskpane.html), apart so that production chunks stay as they are.
//
// Settings come from the environment and are checked here, once: ADDIN_ORIGIN, the Graph settings
// (build/graph-settings.js, by the pane's own code), ADDIN_FRAME_ANCESTORS and the pages' CSP
// (build/csp.js).
'use strict';

const path = require('path');
const pkg = require('./package.json');
const { checkEntries } = require('./build/entries');
const { addinOrigin, DEV_ORIGIN } = require('./build/origin');
const { graphSettings } = require('./build/graph-settings');
const { cspFor, frameAncestors } = require('./build/csp');
const { eventCompilation } = require('./build/event-compilation');
const { uiCompilation, playgroundPaneCompilation } = require('./build/ui-compilation');
const { devServer, isServe } = require('./build/dev-server');

const root = __dirname;

module.exports = async (env, options) => {
  const mode = options.mode || 'production';
  const origin = addinOrigin();
  const graph = graphSettings();
  const settings = {
    root,
    // DIST_DIR lets tests build into a temporary folder without touching dist/.
    dist: process.env.DIST_DIR ? path.resolve(process.env.DIST_DIR) : path.join(root, 'dist'),
    mode,
    dev: mode === 'development',
    serve: isServe(),
    origin,
    publicOrigin: origin || DEV_ORIGIN,
    graph,
    csp: cspFor(graph.graphUrl),
    ancestors: frameAncestors(),
  };
  checkEntries(root);

  const shared = {
    mode,
    context: root,
    devtool: settings.dev ? 'source-map' : false,
    resolve: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
    performance: { hints: false },
    // Webpack's persistent cache keeps rebuilds fast; it is keyed on this file (and the build/ files
    // it requires), the lockfile, the Babel config and the Babel plugins it names (build/babel-*.js).
    cache: {
      type: 'filesystem',
      buildDependencies: {
        config: [__filename, path.join(root, 'package-lock.json'), path.join(root, 'babel.config.js')].concat(
          ['babel-shared-helpers.js', 'babel-compact-regex.js', 'babel-regex-literals.js', 'packed-json-loader.js', 'asset-rewrite.js', 'data-tail.js', 'functions-last.js', 'free-order.js', 'confusables-loader.js', 'schema-lean-loader.js', 'tail-string-loader.js', 'late-regex-literals.js', 'obscenity-dataset-loader.js', 'let-declarations.js', 'unused-methods.js'].map((f) => path.join(root, 'build', f)),
        ),
      },
    },
  };

  const launchevent = eventCompilation(shared, settings);
  const ui = uiCompilation(shared, settings);
  if (settings.serve) {
    const port = Number(process.env.npm_package_config_dev_server_port || pkg.config.dev_server_port || 3000);
    ui.devServer = await devServer(port);
  }
  return [launchevent, ui, playgroundPaneCompilation(shared, settings)];
};
