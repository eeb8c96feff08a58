// Loads a TypeScript module of src/ into the build. Webpack reads its configuration with plain
// Node, which cannot run TypeScript, and the build must apply the same checks as the add-in (the
// deploying officer's settings): esbuild bundles the module in memory as CommonJS, so there is one
// implementation and no copy. Packages stay external (required from node_modules as usual).
'use strict';

const path = require('path');
const vm = require('vm');
const { createRequire } = require('module');

const loaded = new Map();

/** The exports of a .ts file, compiled once per process. */
function requireTs(file) {
  const abs = path.resolve(file);
  if (loaded.has(abs)) return loaded.get(abs);
  // esbuild is a devDependency, like webpack itself.
  const esbuild = require('esbuild');
  const out = esbuild.buildSync({
    entryPoints: [abs],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const wrapper = vm.runInThisContext(`(function (exports, require, module, __filename, __dirname) {${out.outputFiles[0].text}\n})`, { filename: abs });
  const mod = { exports: {} };
  wrapper(mod.exports, createRequire(abs), mod, abs, path.dirname(abs));
  loaded.set(abs, mod.exports);
  return mod.exports;
}

module.exports = { requireTs };
