#!/usr/bin/env node
// `npm run bench`: speed and size, measured on this machine, printed as a table and written to
// test-output/bench.json. A benchmark, not a test: it prints figures and the targets beside them.
'use strict';
const { root } = require('./lib/register');
const fs = require('fs');
const os = require('os');
const path = require('path');
const zlib = require('zlib');
const { spawnSync } = require('child_process');
const { performance } = require('perf_hooks');

const { check } = require('../src/policy/engine.ts');
const { resolvePolicy } = require('../src/policy/config.ts');

const args = new Set(process.argv.slice(2));
const QUICK = args.has('--quick');
// `--growth`: only the growth-with-size/recipients/attachments figures (the 1 MB target), in ~1 minute.
const GROWTH_ONLY = args.has('--growth');
const shared = path.resolve(root, '..', 'shared');
const hamDir = path.join(shared, 'eval', 'spam', 'enron1', 'ham');
const policy = resolvePolicy(JSON.parse(fs.readFileSync(path.join(root, 'policy', 'ware-town-council.json'), 'utf8')));
const OFFICER = { name: 'Town Clerk', address: 'clerk@waretowncouncil.gov.uk' };
const RESIDENT = { name: 'Jo Bloggs', address: 'jo.bloggs@example.co.uk' };

const results = { machine: machine(), date: new Date().toISOString() };

function machine() {
  const cpus = os.cpus();
  return { cpu: cpus[0] ? cpus[0].model : 'unknown', cores: cpus.length, node: process.version, memoryGiB: Math.round(os.totalmem() / 2 ** 30) };
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.floor(q * s.length))];
  return { n: s.length, median: at(0.5), p95: at(0.95), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

const ms = (x) => (x < 0.1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));

function draftOf(text, extra = {}) {
  const nl = text.indexOf('\n');
  const first = nl < 0 ? text : text.slice(0, nl);
  const subject = first.startsWith('Subject:') ? first.slice(8).trim() : '';
  const body = subject ? text.slice(nl + 1) : text;
  return { from: OFFICER, to: [RESIDENT], cc: [], bcc: [], subject, body: { text: body }, attachments: [], composeType: 'new', ...extra };
}

/** Median time of `fn` over `runs` runs after `warm` warm-up runs. */
function time(fn, runs, warm = 3) {
  for (let i = 0; i < warm; i++) fn();
  const t = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return stats(t);
}

function loadHam() {
  if (!fs.existsSync(hamDir)) return [];
  const files = fs.readdirSync(hamDir).sort();
  return (QUICK ? files.slice(0, 400) : files).map((f) => fs.readFileSync(path.join(hamDir, f), 'latin1'));
}

function loadSamples() {
  const dir = path.join(root, 'samples');
  if (!fs.existsSync(dir)) return [];
  try {
    require('../src/mail/eml.ts'); // the samples are only counted when the parser loads
  } catch {
    return [];
  }
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .map((f) => path.join(dir, f));
}

// --- 1. per-email engine time over real business mail ------------------------------------------
function benchEmails(ham) {
  const drafts = ham.map((t) => draftOf(t));
  for (const d of drafts.slice(0, 200)) check(d, policy); // warm-up
  const per = drafts.map((d) => {
    const a = performance.now();
    check(d, policy);
    return performance.now() - a;
  });
  const sizes = drafts.map((d) => d.body.text.length);
  const typical = drafts.map((d, i) => [d, per[i]]).filter(([d]) => d.body.text.length <= 20000).map(([, t]) => t);
  return { all: stats(per), typical: stats(typical), medianBodyChars: stats(sizes).median };
}

// --- 2. growth with size ------------------------------------------------------------------------
function slope(points) {
  // Least-squares fit of log(time) = k·log(n) + c over the larger points; k ≤ 1 means linear or better.
  const pts = points.filter((p) => p.ms > 0.05);
  const xs = pts.map((p) => Math.log(p.n));
  const ys = pts.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  xs.forEach((x, i) => {
    num += (x - mx) * (ys[i] - my);
    den += (x - mx) ** 2;
  });
  return den ? num / den : 0;
}

function benchGrowth(ham) {
  const seed = ham.slice(0, 50).map((t) => draftOf(t).body.text).join('\n\n') || 'Dear resident, thank you for your email about the allotments. ';
  const bodyOf = (n) => {
    let s = '';
    while (s.length < n) s += seed;
    return s.slice(0, n);
  };
  const body = [1e3, 1e4, 1e5, 1e6, ...(QUICK ? [] : [1e7])].map((n) => {
    const d = draftOf(bodyOf(n));
    const runs = n >= 1e7 ? 2 : n >= 1e6 ? 5 : 20;
    return { n, ms: time(() => check(d, policy), runs, n >= 1e7 ? 0 : 2).median };
  });
  const recipients = [1, 10, 100, 1000].map((n) => {
    const to = Array.from({ length: n }, (_, i) => ({ name: `Resident ${i}`, address: `resident${i}@example${i % 7}.co.uk` }));
    const d = draftOf('Dear all,\nThe hall will be closed on Monday.\nKind regards', { to });
    return { n, ms: time(() => check(d, policy), 20).median };
  });
  const attachments = [1, 10, 100].map((n) => {
    const atts = Array.from({ length: n }, (_, i) => ({ name: `document-${i}.pdf`, contentType: 'application/pdf', size: 20000 + i, content: Buffer.from('%PDF-1.7\n' + 'x'.repeat(2000)) }));
    const d = draftOf('Please find attached the papers for Monday.', { attachments: atts });
    return { n, ms: time(() => check(d, policy), 20).median };
  });
  return {
    body: { points: body, slope: slope(body) },
    recipients: { points: recipients, slope: slope(recipients) },
    attachments: { points: attachments, slope: slope(attachments) },
  };
}

// --- 3. the CLI's throughput --------------------------------------------------------------------
function benchCli(ham) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'council-bench-'));
  const n = Math.min(ham.length, QUICK ? 100 : 500);
  for (let i = 0; i < n; i++) {
    const d = draftOf(ham[i]);
    const eml = `From: Town Clerk <clerk@waretowncouncil.gov.uk>\r\nTo: Jo Bloggs <jo.bloggs@example.co.uk>\r\nSubject: ${d.subject.replace(/[\r\n]/g, ' ')}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${d.body.text.replace(/\r?\n/g, '\r\n')}`;
    fs.writeFileSync(path.join(dir, `${String(i).padStart(4, '0')}.eml`), eml);
  }
  const files = fs.readdirSync(dir).map((f) => path.join(dir, f));
  const run = (list) => {
    const a = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'council-mail.js'), 'check', '--json', ...list], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    let checked = 0;
    try {
      checked = JSON.parse(r.stdout).length;
    } catch {
      /* not JSON: reported below */
    }
    return { ms: performance.now() - a, status: r.status, stderr: r.stderr, checked };
  };
  run(files.slice(0, 1)); // warm the file cache (and build lib/cli if needed)
  const one = run(files.slice(0, 1));
  const all = run(files);
  fs.rmSync(dir, { recursive: true, force: true });
  if (all.checked !== files.length) return { error: `council-mail check gave ${all.checked} results for ${files.length} files (exit ${all.status}): ${String(all.stderr).slice(0, 200)}` };
  // Start-up (Node, loading lib/cli and the rules) is what one file costs; the rest is per email.
  const perEmailMs = Math.max(0.001, (all.ms - one.ms) / (files.length - 1));
  return { emails: files.length, totalMs: all.ms, startupMs: one.ms, emailsPerSecond: files.length / (all.ms / 1000), emailsPerSecondExcludingStartup: 1000 / perEmailMs };
}

/** Start-up: one `council-mail check` of one email, wall time of the whole process (lib/cli, built ahead). */
function benchCliStartup() {
  const sample = path.join(root, 'samples', 'clean-internal.eml');
  const once = () => {
    const a = performance.now();
    const r = spawnSync(process.execPath, [path.join(root, 'bin', 'council-mail.js'), 'check', sample], { cwd: root, encoding: 'utf8' });
    return { ms: performance.now() - a, status: r.status, stderr: r.stderr };
  };
  const first = once(); // builds lib/cli when it is missing or older than src/
  if (first.status !== 0) return { error: `council-mail check ${path.relative(root, sample)} exited ${first.status}: ${String(first.stderr).slice(0, 200)}` };
  const samples = Array.from({ length: QUICK ? 5 : 15 }, () => once().ms);
  return { file: path.relative(root, sample), ...stats(samples), min: Math.min(...samples) };
}

// --- 4. sizes of what ships ---------------------------------------------------------------------
function benchSizes() {
  const dist = path.join(root, 'dist');
  const size = (f) => {
    const b = fs.readFileSync(f);
    return { bytes: b.length, gzipped: zlib.gzipSync(b, { level: 9 }).length };
  };
  const out = {};
  const ev = path.join(dist, 'launchevent.js');
  if (fs.existsSync(ev)) out.launchevent = size(ev);
  if (fs.existsSync(dist)) {
    const tp = fs.readdirSync(dist).filter((f) => /^taskpane.*\.js$/.test(f) || /^vendor.*\.js$/.test(f));
    if (tp.length) {
      const total = tp.map((f) => size(path.join(dist, f))).reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzipped: a.gzipped + b.gzipped }), { bytes: 0, gzipped: 0 });
      out.taskpane = { files: tp, ...total };
    }
    // Chunks the task pane fetches after its first render: MSAL + Graph (records.*) and the
    // part-of-speech tagger with the intent model (pane-rules.*).
    out.lazy = {};
    for (const f of fs.readdirSync(dist).filter((n) => /^(?:records|pane-rules)\..*\.js$/.test(n))) out.lazy[f.split('.')[0]] = { file: f, ...size(path.join(dist, f)) };
  }
  return out;
}

// --- 5. the send handler end to end in a bare vm context ---------------------------------------
function benchBundle() {
  const bundle = path.join(root, 'dist', 'launchevent.js');
  if (!fs.existsSync(bundle)) return { error: 'dist/launchevent.js not built (run npm run build)' };
  let runBundle;
  try {
    ({ runBundle } = require('./lib/bundle-runner.js'));
  } catch (e) {
    return { error: `bundle runner unavailable: ${e.message}` };
  }
  return runBundle(bundle, { runs: QUICK ? 20 : 100 });
}

// --- 6. a peer: alex (retext-equality + retext-profanities) ------------------------------------
async function benchAlex(ham) {
  let alex;
  try {
    alex = await import('alex');
  } catch {
    return { error: 'alex is not installed' };
  }
  const texts = ham.slice(0, QUICK ? 100 : 500).map((t) => draftOf(t));
  for (const d of texts.slice(0, 20)) {
    alex.text(d.body.text);
    check(d, policy);
  }
  const ours = [];
  const theirs = [];
  for (const d of texts) {
    let a = performance.now();
    check(d, policy);
    ours.push(performance.now() - a);
    a = performance.now();
    alex.text(d.body.text);
    theirs.push(performance.now() - a);
  }
  const o = stats(ours);
  const t = stats(theirs);
  return { emails: texts.length, oursMedianMs: o.median, alexMedianMs: t.median, oursMeanMs: o.mean, alexMeanMs: t.mean, speedupMedian: t.median / o.median, speedupMean: t.mean / o.mean };
}

// --- 7. the pane-only rules (task pane, never at send) on councillors' email ---------------------
function benchPaneRules(ham) {
  const { PANE_RULES } = require('../src/policy/rules/pane.ts');
  const councillor = { name: 'Cllr Ada Lovelace', address: 'cllr.ada.lovelace@waretowncouncil.gov.uk' };
  const texts = ham.slice(0, QUICK ? 100 : 500).map((t) => draftOf(t, { from: councillor, to: [OFFICER] }));
  for (const d of texts.slice(0, 20)) check(d, policy, { rules: PANE_RULES });
  const t = [];
  let noted = 0;
  for (const d of texts) {
    const a = performance.now();
    const r = check(d, policy, { rules: PANE_RULES });
    t.push(performance.now() - a);
    if (r.findings.length) noted++;
  }
  return { emails: texts.length, noted, ...stats(t) };
}

async function main() {
  const ham = loadHam();
  if (!ham.length) console.warn(`(no ham emails at ${hamDir}: per-email figures use the shipped samples only)`);
  results.emails = ham.length && !GROWTH_ONLY ? benchEmails(ham) : null;
  results.growth = benchGrowth(ham);
  results.cli = ham.length && !GROWTH_ONLY ? benchCli(ham) : null;
  results.cliStartup = GROWTH_ONLY ? null : benchCliStartup();
  results.sizes = GROWTH_ONLY ? {} : benchSizes();
  results.bundle = GROWTH_ONLY ? null : await benchBundle();
  results.alex = ham.length && !GROWTH_ONLY ? await benchAlex(ham) : null;
  results.paneRules = ham.length && !GROWTH_ONLY ? benchPaneRules(ham) : null;
  results.samples = loadSamples().length;
  if (!GROWTH_ONLY) {
    try {
      results.taskpane = await require('./bench-taskpane.js').benchTaskpane({ runs: QUICK ? 3 : 10 });
    } catch (e) {
      results.taskpane = { error: e instanceof Error ? e.message : String(e) };
    }
  }

  const rows = [];
  const row = (what, figure, target) => rows.push([what, figure, target || '']);
  if (results.emails) {
    row(`engine, ${results.emails.all.n} Enron ham emails: median / p95 / max`, `${ms(results.emails.all.median)} / ${ms(results.emails.all.p95)} / ${ms(results.emails.all.max)} ms`, '');
    row('engine, typical email (≤ 20 KB body): p95', `${ms(results.emails.typical.p95)} ms`, '≤ 10 ms');
  }
  for (const [k, g] of Object.entries(results.growth)) {
    row(`growth with ${k}: ${g.points.map((p) => `${p.n}→${ms(p.ms)} ms`).join(', ')}`, `slope ${g.slope.toFixed(2)}`, '≤ 1.1 (linear or better)');
  }
  const mb = results.growth.body.points.find((p) => p.n === 1e6);
  if (mb) row('1 MB body', `${ms(mb.ms)} ms`, '≤ 250 ms');
  if (results.cli && !results.cli.error) row(`council-mail check, ${results.cli.emails} emails in one run`, `${results.cli.emailsPerSecond.toFixed(0)} emails/s (${results.cli.emailsPerSecondExcludingStartup.toFixed(0)} excl. ${ms(results.cli.startupMs)} ms start-up)`, '');
  if (results.cliStartup && !results.cliStartup.error) row(`council-mail check ${results.cliStartup.file} (whole process, ${results.cliStartup.n} runs) median / min`, `${ms(results.cliStartup.median)} / ${ms(results.cliStartup.min)} ms`, '< 300 ms');
  else if (results.cliStartup) row('council-mail start-up', results.cliStartup.error, '');
  if (results.sizes.launchevent) row('dist/launchevent.js raw / gzipped', `${(results.sizes.launchevent.bytes / 1024).toFixed(0)} KB / ${(results.sizes.launchevent.gzipped / 1024).toFixed(0)} KB`, '≤ 600 KB / ≤ 200 KB');
  for (const [name, c] of Object.entries(results.sizes.lazy ?? {})) row(`task pane chunk loaded later: ${name} raw / gzipped`, `${(c.bytes / 1024).toFixed(0)} KB / ${(c.gzipped / 1024).toFixed(0)} KB`, '');
  if (results.sizes.taskpane) row('task pane JavaScript raw / gzipped', `${(results.sizes.taskpane.bytes / 1024).toFixed(0)} KB / ${(results.sizes.taskpane.gzipped / 1024).toFixed(0)} KB`, '');
  if (results.bundle && !results.bundle.error) {
    row('send handler, bare vm: evaluate bundle + first event (cold)', `${ms(results.bundle.coldMs)} ms`, '≤ 150 ms');
    row('send handler, bare vm: one event (warm) median / p95', `${ms(results.bundle.warm.median)} / ${ms(results.bundle.warm.p95)} ms`, '');
  } else if (results.bundle) row('send handler in vm', results.bundle.error, '');
  if (results.taskpane && !results.taskpane.error) row(`task pane first render in the playground (Chromium, ${results.taskpane.n} cold loads) median / p95`, `${ms(results.taskpane.median)} / ${ms(results.taskpane.p95)} ms`, '< 1000 ms');
  else if (results.taskpane) row('task pane first render', results.taskpane.error, '');
  if (results.paneRules) {
    const p = results.paneRules;
    row(`pane-only rules (intent model), ${p.emails} ham emails as if from a councillor: median / p95`, `${ms(p.median)} / ${ms(p.p95)} ms (${p.noted} emails noted)`, 'task pane only');
  }
  if (results.alex && !results.alex.error) row(`alex (tone only) vs our full check, ${results.alex.emails} emails, median`, `${ms(results.alex.alexMedianMs)} vs ${ms(results.alex.oursMedianMs)} ms: ${results.alex.speedupMedian.toFixed(1)}× faster`, '≥ 5×');

  const w = Math.max(...rows.map((r) => r[0].length));
  const w2 = Math.max(...rows.map((r) => r[1].length));
  console.log(`\nCouncil Email Policy benchmarks — ${results.machine.cpu}, ${results.machine.cores} cores, Node ${results.machine.node}\n`);
  console.log(`${'what'.padEnd(w)}  ${'figure'.padEnd(w2)}  target`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padEnd(w2)}  ${c}`);
  const out = path.join(root, 'test-output', GROWTH_ONLY ? 'bench-growth.json' : 'bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2));
  console.log(`\nwritten: ${path.relative(root, out)}`);
}

main().catch((e) => {
  console.error(`bench failed: ${e && e.stack ? e.stack : e}`);
  process.exit(1);
});
