#!/usr/bin/env node
// `npm run stop`: stops the server `npm start` started, by the process id it recorded (never by name).
'use strict';
const fs = require('fs');
const { PID_FILE } = require('./lib/server-pid');

let saved;
try {
  saved = JSON.parse(fs.readFileSync(PID_FILE, 'utf8'));
} catch {
  console.log('No playground server is recorded as running (nothing to stop).');
  process.exit(0);
}
const pid = Number(saved.pid);
// On Linux, make sure the pid still belongs to our server and was not reused by another process.
let ours = true;
try {
  ours = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('scripts/start.js');
} catch {
  ours = fs.existsSync('/proc') ? false : true; // no such process on Linux; elsewhere trust the record
}
if (!pid || !ours) {
  fs.rmSync(PID_FILE, { force: true });
  console.log('The recorded playground server is no longer running.');
  process.exit(0);
}
try {
  process.kill(pid, 'SIGTERM');
  console.log(`Stopped the playground server (process ${pid}, ${saved.url}).`);
} catch (e) {
  console.log(`Could not stop process ${pid}: ${e && e.code ? e.code : 'error'}.`);
} finally {
  fs.rmSync(PID_FILE, { force: true });
}
