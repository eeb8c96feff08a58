#!/usr/bin/env node
// Compiles the command line (src/cli/main.ts and what it imports) ahead of time into lib/cli/ with
// esbuild, so `council-mail` starts without transpiling TypeScript at run time. Run by `prepare`
// (so `npm ci` leaves it ready), by `npm test`, and by bin/council-mail.js when lib/ is missing or
// older than src/. ES modules with code splitting: commands that are imported lazily (eval, the
// Graph reconciler) stay in their own chunks and are read only when used.
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const OUT_DIR = path.join(root, 'lib', 'cli');
const ENTRY = path.join(OUT_DIR, 'council-mail.mjs');

// Two levels below the root, like src/cli, so `__dirname/../../policy` finds the policy folder.
const BANNER = [
  "import { createRequire as __cmCreateRequire } from 'module';",
  "import { fileURLToPath as __cmFileURLToPath } from 'url';",
  "import { dirname as __cmDirname } from 'path';",
  'const require = __cmCreateRequire(import.meta.url);',
  'const __filename = __cmFileURLToPath(import.meta.url);',
  'const __dirname = __cmDirname(__filename);',
].join('\n');

function buildCli() {
  // esbuild is a devDependency: loaded only when a build is needed.
  const esbuild = require('esbuild');
  // Built beside lib/cli, then moved in file by file, the entry last: a command starting meanwhile
  // (another terminal, a parallel test) never reads a half-written file.
  const tmp = `${OUT_DIR}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  esbuild.buildSync({
    entryPoints: { 'council-mail': path.join(root, 'src', 'cli', 'main.ts') },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: BANNER },
    logLevel: 'warning',
    legalComments: 'none',
  });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const built = fs.readdirSync(tmp);
  const entryName = path.basename(ENTRY);
  for (const f of [...built.filter((f) => f !== entryName), entryName]) fs.renameSync(path.join(tmp, f), path.join(OUT_DIR, f));
  fs.rmSync(tmp, { recursive: true, force: true });
  // Chunks of earlier builds (their names carry a content hash) are no longer referenced.
  for (const f of fs.readdirSync(OUT_DIR)) if (!built.includes(f)) fs.rmSync(path.join(OUT_DIR, f), { force: true });
  return ENTRY;
}

module.exports = { buildCli, ENTRY, OUT_DIR };

if (require.main === module) {
  try {
    require.resolve('esbuild');
  } catch {
    // An install without devDependencies: nothing to build with, and `prepare` must not fail it.
    console.warn('council-mail: esbuild is not installed (devDependencies omitted); lib/cli was not built.');
    process.exit(0);
  }
  try {
    buildCli();
  } catch (e) {
    console.error(`Building the CLI into lib/cli failed: ${e && e.message ? e.message : e}`);
    process.exit(1);
  }
}
