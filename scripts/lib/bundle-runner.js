// Runs the built event bundle as classic Outlook's JavaScript-only runtime would, for the benchmark:
// a bare vm context holding only Office (the tests' stub), OfficeRuntime.storage, timers, fetch and
// console. Cold = evaluate the bundle + the first send event; warm = further send events.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { performance } = require('perf_hooks');
require('./register');
const { createOfficeStub } = require('../../test/office/office-stub.ts');

const root = path.join(__dirname, '..', '..');

function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1] };
}

/** Loads a built event bundle in a bare vm context (no DOM, no Node globals), its Office stub on `item`. */
function bundleContext(code, policyText, item) {
  const stub = createOfficeStub(item);
  const storage = new Map();
  const sandbox = {
    Office: stub.Office,
    OfficeRuntime: { storage: { getItem: async (k) => storage.get(k) ?? null, setItem: async (k, v) => void storage.set(k, v) } },
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    fetch: async () => ({ ok: true, status: 200, text: async () => policyText }),
    console: { log() {}, info() {}, warn() {}, error() {} },
  };
  vm.createContext(sandbox);
  vm.runInContext(code, sandbox, { filename: 'launchevent.js' });
  return stub;
}

function context(code, policyText) {
  return bundleContext(code, policyText, {
    from: { emailAddress: 'clerk@waretowncouncil.gov.uk', displayName: 'Town Clerk' },
    to: [{ emailAddress: 'jo.bloggs@example.co.uk', displayName: 'Jo Bloggs' }],
    subject: 'Allotment waiting list',
    bodyText: 'Dear Jo,\n\nThank you for your letter about the allotment waiting list. I think you will be offered a plot in the spring.\n\nKind regards,\nTown Clerk\n'.repeat(20),
  });
}

function send(stub) {
  return new Promise((resolve, reject) => {
    const handler = stub.associated.get('onMessageSendHandler');
    if (!handler) return reject(new Error('onMessageSendHandler is not associated'));
    handler({ completed: (options) => resolve(options) });
  });
}

async function runBundle(bundlePath, { runs = 100 } = {}) {
  const code = fs.readFileSync(bundlePath, 'utf8');
  const policyText = fs.readFileSync(path.join(root, 'dist', 'policy.json'), 'utf8');
  const cold = [];
  for (let i = 0; i < 10; i++) {
    const a = performance.now();
    const stub = context(code, policyText);
    await send(stub);
    cold.push(performance.now() - a);
  }
  const stub = context(code, policyText);
  await send(stub);
  const warm = [];
  let verdict;
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    verdict = await send(stub);
    warm.push(performance.now() - a);
  }
  return { coldMs: stats(cold).median, cold: stats(cold), warm: stats(warm), lastCompletion: verdict };
}

module.exports = { runBundle, bundleContext };
