#!/usr/bin/env node
// Runs the TypeScript sources directly through Babel (cached after the first run), so the
// command works straight after `npm ci` with no build step.
'use strict';
const path = require('path');
require('@babel/register')({
  extensions: ['.ts', '.tsx', '.js'],
  only: [(file) => file.startsWith(path.join(__dirname, '..', 'src')) || /node_modules[\\/]postal-mime/.test(file)],
  cwd: path.join(__dirname, '..'),
  envName: 'test',
});
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`council-mail: ${err && err.message ? err.message : err}\n`); process.exitCode = 2; },
);
