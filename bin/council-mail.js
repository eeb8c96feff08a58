#!/usr/bin/env node
'use strict';
require('../scripts/lib/register');
const { main } = require('../src/cli/main.ts');

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    // Only the error's message: never the email's content.
    process.stderr.write(`council-mail: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
