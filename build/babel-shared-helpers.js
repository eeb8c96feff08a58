// A Babel plugin for the webpack builds: each helper Babel needs for ES2016 output (object spread,
// async functions, rest properties…) is imported from @babel/runtime/helpers/esm/<name> instead of
// being pasted into every file that uses it, so the event bundle carries one copy of each.
// The code is what @babel/plugin-transform-runtime does with { helpers: true, regenerator: false,
// corejs: false }, without the extra package; @babel/runtime's helpers are the same source Babel
// inlines (same 7.x line), so behaviour is unchanged. Jest (env "test") does not use it.
'use strict';
const fs = require('fs');
const path = require('path');
const { addDefault } = require('@babel/helper-module-imports');

const HELPERS = path.dirname(require.resolve('@babel/runtime/package.json'));

module.exports = function sharedHelpers() {
  return {
    name: 'council-shared-babel-helpers',
    pre(file) {
      const cache = new Map();
      file.set('helperGenerator', (name) => {
        // Only helpers that exist as files; anything else is inlined as before.
        if (!file.availableHelper(name) || !fs.existsSync(path.join(HELPERS, 'helpers', 'esm', `${name}.js`))) return undefined;
        if (!cache.has(name)) {
          // CommonJS files (dependencies) read the ES build's `default` through require().
          const esm = file.path.node.sourceType === 'module';
          cache.set(name, addDefault(file.path, `@babel/runtime/helpers/esm/${name}`, { nameHint: name, importedInterop: esm ? 'uncompiled' : 'compiled' }));
        }
        return cache.get(name);
      });
    },
  };
};
