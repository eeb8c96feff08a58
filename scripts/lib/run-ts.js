// Runs a TypeScript script from scripts/ through Babel (as scripts/lib/register.js does for src/):
//   node scripts/lib/run-ts.js scripts/train-politeness.ts [args...]
'use strict';
const path = require('path');

const root = path.join(__dirname, '..', '..');
require('@babel/register')({
  extensions: ['.ts', '.tsx', '.js'],
  only: [(file) => file.startsWith(path.join(root, 'src')) || file.startsWith(path.join(root, 'scripts'))],
  cwd: root,
  envName: 'test',
});
const script = path.resolve(process.argv[2]);
process.argv.splice(1, 2, script);
require(script);
