#!/usr/bin/env node
// `npm run profile`: where a big check spends its time. Builds a body of --size characters (default
// 1 MB) from the real ham emails the benchmark uses, warms the engine, then over --runs runs prints
// the median of the whole check(), of the engine's shared pre-work (normalisation, quote detection,
// own text, sentence splitting, the lexicon pre-pass) and of each rule on a context whose shared
// work is already done. A profiling aid, not a test: figures vary with the machine's load.
'use strict';
const { root } = require('./lib/register');
const fs = require('fs');
const path = require('path');
const { performance } = require('perf_hooks');

const { check, effectiveLevel, runRule, selectRules } = require('../src/policy/engine.ts');
const { RuleContext } = require('../src/policy/context.ts');
const { resolvePolicy } = require('../src/policy/config.ts');
const { normaliseForMatching } = require('../src/policy/text/normalise.ts');
const { lexiconHits } = require('../src/policy/rules/tone/lexicon.ts');
const { proposeRetention } = require('../src/policy/retention.ts');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}
const SIZE = option('--size', 1e6);
const RUNS = option('--runs', 5);
const WARM = option('--warm', 2);

const hamDir = path.resolve(root, '..', 'shared', 'eval', 'spam', 'enron1', 'ham');
const policy = resolvePolicy(JSON.parse(fs.readFileSync(path.join(root, 'policy', 'ware-town-council.json'), 'utf8')));
const OFFICER = { name: 'Town Clerk', address: 'clerk@waretowncouncil.gov.uk' };
const RESIDENT = { name: 'Jo Bloggs', address: 'jo.bloggs@example.co.uk' };

// The same body as scripts/bench.js's growth figures: the first 50 ham emails (sorted), repeated.
function bodyOf(n) {
  const files = fs.existsSync(hamDir) ? fs.readdirSync(hamDir).sort().slice(0, 50) : [];
  const texts = files.map((f) => {
    const t = fs.readFileSync(path.join(hamDir, f), 'latin1');
    const nl = t.indexOf('\n');
    return nl >= 0 && t.startsWith('Subject:') ? t.slice(nl + 1) : t;
  });
  const seed = texts.join('\n\n') || 'Dear resident, thank you for your email about the allotments. ';
  let s = '';
  while (s.length < n) s += seed;
  return s.slice(0, n);
}

const draft = { from: OFFICER, to: [RESIDENT], cc: [], bcc: [], subject: '', body: { text: bodyOf(SIZE) }, attachments: [], composeType: 'new' };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = (fn) => {
  const a = performance.now();
  const value = fn();
  return [performance.now() - a, value];
};

const rules = selectRules().filter((r) => effectiveLevel(r.meta, policy) !== 'off');
for (let i = 0; i < WARM; i++) check(draft, policy);

const samples = new Map();
const add = (k, v) => (samples.get(k) || samples.set(k, []).get(k)).push(v);
for (let run = 0; run < RUNS; run++) {
  const cpu = process.cpuUsage();
  add('check() total', timed(() => check(draft, policy))[0]);
  // CPU time (all threads, so GC helpers count too): closer to an idle machine's wall time when shared.
  const used = process.cpuUsage(cpu);
  add('check() total, CPU time', (used.user + used.system) / 1000);
  const [tn, n] = timed(() => normaliseForMatching(draft.body.text));
  add('shared: normalise body', tn);
  const seen = n ? { ...draft, body: { text: n.text } } : draft;
  const ctx = new RuleContext(seen, policy);
  add('shared: quoted ranges', timed(() => ctx.quoted)[0]);
  add('shared: own ranges', timed(() => ctx.own)[0]);
  add('shared: own text', timed(() => ctx.ownText)[0]);
  add('shared: sentences', timed(() => ctx.sentences)[0]);
  add('shared: lexicon pre-pass + matcher', timed(() => lexiconHits(ctx))[0]);
  add('shared: retention proposal', timed(() => proposeRetention(seen.subject, ctx.ownText, policy))[0]);
  for (const rule of rules) add(`rule: ${rule.meta.id}`, timed(() => runRule(rule, ctx, 'warn'))[0]);
}

const rows = [...samples].map(([k, v]) => [k, median(v)]);
const shared = rows.filter(([k]) => k.startsWith('shared:')).reduce((a, [, v]) => a + v, 0);
const own = rows.filter(([k]) => k.startsWith('rule:')).reduce((a, [, v]) => a + v, 0);
const w = Math.max(...rows.map(([k]) => k.length));
console.log(`${(draft.body.text.length / 1e6).toFixed(2)} M characters, ${rules.length} rules, median of ${RUNS} runs after ${WARM} warm-up\n`);
const ordered = [rows[0], rows[1], ...rows.slice(2).filter(([k]) => k.startsWith('shared:')), ...rows.filter(([k]) => k.startsWith('rule:')).sort((a, b) => b[1] - a[1])];
for (const [k, v] of ordered) if (v >= 0.05 || !k.startsWith('rule:')) console.log(`${k.padEnd(w)}  ${v.toFixed(1).padStart(7)} ms`);
console.log(`${'sum of shared work'.padEnd(w)}  ${shared.toFixed(1).padStart(7)} ms`);
console.log(`${'sum of rules'.padEnd(w)}  ${own.toFixed(1).padStart(7)} ms`);
