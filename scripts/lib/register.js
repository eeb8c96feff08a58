// Lets Node scripts (the CLI, bench, eval) load the TypeScript sources directly through Babel,
// cached after the first run, so they work straight after `npm ci` with no build step.
'use strict';
const path = require('path');

const root = path.join(__dirname, '..', '..');
const src = path.join(root, 'src');
// The benchmark drives the built bundle with the tests' Office stub.
const officeStub = path.join(root, 'test', 'office');

require('@babel/register')({
  extensions: ['.ts', '.tsx', '.js'],
  only: [(file) => file.startsWith(src) || file.startsWith(officeStub) || /node_modules[\\/]postal-mime/.test(file)],
  cwd: root,
  envName: 'test',
});

module.exports = { root };
