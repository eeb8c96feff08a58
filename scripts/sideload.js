#!/usr/bin/env node
// `npm run sideload`: load the add-in into classic Outlook on Windows with Microsoft's
// office-addin-debugging (pinned below), or say clearly why it cannot and what to do instead.
//
// Microsoft's "Sideload Outlook add-ins for testing" page: sideloading from the command line works
// for Outlook on Windows; on macOS "you must manually sideload your add-in" (Outlook's Add-ins
// dialog: My add-ins > Add a custom add-in > Add from file); Outlook on the web is sideloaded the same
// manual way. There is no desktop Outlook on Linux.
//
// office-addin-debugging is fetched on first use with `npx` rather than kept in devDependencies: it
// pulls in Microsoft 365 Agents Toolkit and a native keychain module (keytar) that does not build on
// the Linux machines that run CI, and only a Windows machine with Outlook can use it.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@7.0.0';
const root = path.join(__dirname, '..');
const manifest = path.join(root, 'manifest.xml');

const MANUAL = [
  'To try the add-in without desktop Outlook:',
  '  - the playground, which runs the real add-in against a simulated mailbox: npm start',
  '  - Outlook on the web: npm start, then in Outlook choose Get Add-ins > My add-ins >',
  '    Add a custom add-in > Add from file, and pick manifest.xml',
  "    (Microsoft's page \"Sideload Outlook add-ins for testing\").",
].join('\n');

function fail(message) {
  console.error(`npm run sideload: ${message}\n\n${MANUAL}`);
  process.exit(1);
}

/** Whether classic Outlook is installed: Windows registers OUTLOOK.EXE under App Paths. */
function hasClassicOutlook() {
  for (const hive of ['HKLM', 'HKCU']) {
    const r = spawnSync('reg', ['query', `${hive}\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\OUTLOOK.EXE`], { encoding: 'utf8' });
    if (r.status === 0) return true;
  }
  return false;
}

if (process.platform === 'darwin') {
  fail('Outlook on Mac cannot be sideloaded from the command line; Microsoft documents only the manual way (Get Add-ins > My add-ins > Add a custom add-in > Add from file).');
}
if (process.platform !== 'win32') {
  fail(`there is no desktop Outlook on ${process.platform}; sideloading from the command line needs classic Outlook on Windows.`);
}
if (!hasClassicOutlook()) {
  fail('classic Outlook for Windows is not installed on this machine (no OUTLOOK.EXE registered). Install it, or use one of the ways below.');
}
if (!fs.existsSync(manifest)) fail(`${manifest} is missing.`);

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const r = spawnSync(npx, ['--yes', OFFICE_ADDIN_DEBUGGING, 'start', manifest, 'desktop', '--app', 'outlook'], { cwd: root, stdio: 'inherit', shell: true });
if (r.error) fail(`could not run ${OFFICE_ADDIN_DEBUGGING} (${r.error.message}).`);
process.exit(r.status === null ? 1 : r.status);
