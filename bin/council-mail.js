#!/usr/bin/env node
'use strict';
// Runs the ahead-of-time build in lib/cli/ (scripts/build-cli.js, made by `npm ci` through
// `prepare`). In a checkout where lib/ is missing or older than a file under src/, it is rebuilt
// first (about a second), so the command never runs stale code.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

// A command is a short process that runs each of the rules' large phrase alternations a few times.
// V8 by default compiles a regular expression first to bytecode (with a peephole pass that is slow on
// sources of several thousand characters) and then, on its second run, again to machine code: a cold
// `council-mail check` spent about 40 % of its time doing both. Compiling straight to machine code
// changes no match (only how V8 runs the same expression) and took a single check from about 305 to
// 185 ms (docs/PERFORMANCE.md). Set before any rule's expression is built; V8 reads it per compile.
require('v8').setFlagsFromString('--no-regexp-tier-up');

const root = path.join(__dirname, '..');
const entry = path.join(root, 'lib', 'cli', 'council-mail.mjs');

// Whether a file under dir was changed after `built`; stops at the first. Paths are joined by hand:
// path.join on a cold start, for each of some 300 files, cost more than the stat calls themselves.
function changedSince(dir, built) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory() ? changedSince(p, built) : fs.statSync(p).mtimeMs > built) return true;
  }
  return false;
}

function stale() {
  const built = fs.statSync(entry, { throwIfNoEntry: false });
  if (!built) return true;
  const src = path.join(root, 'src');
  if (!fs.existsSync(src)) return false; // an installed copy: lib/ is all there is
  return changedSince(src, built.mtimeMs);
}

function fail(err) {
  // Only the error's message: never the email's content.
  process.stderr.write(`council-mail: ${err && err.message ? err.message : String(err)}\n`);
  process.exitCode = 2;
}

if (stale()) {
  try {
    require('../scripts/build-cli.js').buildCli();
  } catch (e) {
    fail(new Error(`lib/cli is missing or out of date and could not be built (${e && e.message ? e.message : e}). Run \`npm ci\` or \`npm run build:cli\`.`));
  }
}
if (!process.exitCode) {
  import(pathToFileURL(entry).href)
    .then(({ main }) => main(process.argv.slice(2)))
    .then((code) => {
      process.exitCode = code;
    }, fail);
}
