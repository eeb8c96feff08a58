#!/usr/bin/env node
// npm run eval: runs `council-mail eval` for every task against ../shared/eval (in parallel, each
// in its own process) and writes docs/QUALITY.md with our figures beside the baselines and the
// published anchors (../shared/eval/README.md). Figures are whatever the runs print: nothing here
// is typed in by hand except the anchors and targets.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const shared = process.env.EVAL_DATA || path.join(root, '..', 'shared', 'eval');
/** Business-mail sets: the one exceptions were written against (dev), and the ones kept back. */
const BUSINESS_DEV = ['spam/enron1/ham'];
const BUSINESS_HELD_BACK = ['business-mail/enron3', 'business-mail/enron5'];
/** More held-back folders of the same kind, measured the same way: EVAL_HELD_BACK=dir1:dir2. */
const EXTRA_HELD_BACK = (process.env.EVAL_HELD_BACK || '').split(path.delimiter).filter(Boolean);
const TASKS = [
  ['auth-results', ['auth-results']],
  ['politeness', ['politeness/wikipedia.annotated.csv']],
  ['intent', ['intent']],
  ['offensive', ['offensive/labeled_data.csv']],
  ['spam', ['spam/enron1']],
  ['business-mail', [...BUSINESS_DEV, ...BUSINESS_HELD_BACK]],
];

function run(task, targets, label = task) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'bin/council-mail.js'), 'eval', task, ...targets], { cwd: root });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() || '';
      let report = null;
      try {
        report = JSON.parse(last);
      } catch (e) {
        report = null;
      }
      resolve({ task: label, code, report, error: report ? '' : err.trim().split('\n').pop() || `exit ${code}`, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const pct = (x) => (typeof x === 'number' ? `${(x * 100).toFixed(2)} %` : '—');
const num = (x) => (typeof x === 'number' ? x.toFixed(3) : '—');
const ok = (cond) => (cond ? 'reached' : '**not reached**');
/** Marks a figure whose hyper-parameters were chosen by the same cross-validation that reports it. */
const CV = '‡';

/** Business-mail sets by role: the dev set was read while writing exceptions, the rest were not. */
function businessSets(b) {
  const sets = Object.entries((b && b.sets) || {});
  const dev = sets.filter(([name]) => name === 'ham');
  const held = sets.filter(([name]) => name !== 'ham');
  return { dev, held };
}

const setFigure = ([name, v]) => `${name === 'ham' ? 'enron1 ham' : name} (${v.n}): block ${pct(v.blockRate)}, warn ${pct(v.warnRate)}`;
const setOk = (sets) => sets.every(([, v]) => v.blockRate <= 0.002 && v.warnRate <= 0.05);

function table(results, innocent, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7) {
  const r = Object.fromEntries(results.map((x) => [x.task, x.report || {}]));
  const a = r['auth-results'];
  const p = r.politeness;
  const i = r.intent;
  const o = r.offensive;
  const s = r.spam;
  const b = r['business-mail'];
  const { dev, held } = businessSets(b);
  const offensiveTarget = `hateRecall and offensiveRecall ≥ 0.90 on the held-back half: ${ok(o.oddHateRecall >= 0.9 && o.oddOffensiveRecall >= 0.9)}; neither ≤ 5 % there: ${ok(o.oddNeitherFlagRate <= 0.05)}`;
  return `Figures are kept apart by how far they can be trusted: **dev** figures come from data that was read,
or whose settings were chosen, while the detectors were written (they flatter); **held-back** figures
come from data nobody read while writing them. ${CV} marks a figure whose hyper-parameters were chosen
by the very cross-validation that reports it (slightly optimistic, and there is no held-back set).

| task | n | dev figure | held-back figure | baseline | anchor | target |
|---|---|---|---|---|---|---|
| auth-results (13 mailauth fixtures) | ${a.n} | ${a.passed}/${a.n} fixtures right (pairs P ${num(a.precision)} R ${num(a.recall)}) | none kept back | ${pct(a.baseline)} (report nothing) | RFC 8601 App. B examples: all pass in test/mail/auth-results.test.ts | every fixture right: ${ok(a.failed === 0)} |
| politeness, Wikipedia, quartiles, 10-fold CV | ${p.n} | accuracy ${pct(p.accuracy)} ${CV} | none kept back | ${pct(p.baseline)} | paper SVM LOO: BOW 79.84 %, strategies+unigrams 83.79 %; human 86.72 % | ≥ 84 %: ${ok(p.accuracy >= 0.84)} ${CV} |
| intent, Enron sentences, 10-fold CV | ${i.n} | P ${num(i.precision)} R ${num(i.recall)} F1 ${num(i.f1)} ${CV} (accuracy ${pct(i.accuracy)}); task-pane note (log-odds > ${i.paneThreshold}): P ${num(i.panePrecision)} R ${num(i.paneRecall)}; previous word patterns: P ${num(i.patternsPrecision)} R ${num(i.patternsRecall)} F1 ${num(i.patternsF1)} | none kept back | accuracy ${pct(i.baseline)} (always "no"), F1 0 | Lampert et al. 2010: 83.76 % message-level accuracy; Cohen et al. 2004: P > 0.80 at R > 0.50 | F1 ≥ 0.80: ${ok(i.f1 >= 0.8)} ${CV} |
| offensive (Davidson et al. 2017), tone lexicon: abusive+threat+discriminatory (block), vulgar+impolite crude words (warn) | ${o.n} | even rows (${o.evenN}, read while changing the lexicons): hateRecall ${num(o.evenHateRecall)}, offensiveRecall ${num(o.evenOffensiveRecall)}, neitherFlagRate ${pct(o.evenNeitherFlagRate)} (${pct(o.evenNeitherUnanimousFlagRate)} of those no annotator called hate or offensive) | odd rows (${o.oddN}): hateRecall ${num(o.oddHateRecall)}, offensiveRecall ${num(o.oddOffensiveRecall)}, neitherFlagRate ${pct(o.oddNeitherFlagRate)} (${pct(o.oddNeitherUnanimousFlagRate)} of those no annotator called hate or offensive); all rows: blocked ${pct(o.blockRate)} | accuracy ${pct(o.baseline)} (always "flag") | paper LR: weighted F1 0.90; hate P 0.44 R 0.59 | ${offensiveTarget} |
| solicitation/* on Enron-Spam enron1 (junk mail, not council mail) | ${s.n} | ham false alarms ${pct(s.hamFalseAlarmRate)} (the ham is the business-mail dev set); spam recall on odd-numbered files ${num(s.recallDevHalf)} (for information) | spam recall on even-numbered files ${num(s.recallHeldOutHalf)} (for information) | accuracy ${pct(s.baseline)} (always ham) | Metsis et al. 2006: 90–98 % spam recall at ≥ 95 % ham recall (generic spam filters) | ham false alarms ≤ 1 %: ${ok(s.hamFalseAlarmRate <= 0.01)}; no recall target (see below) |
| business-mail: ordinary business email, officer → one external, whole rule set | ${b.n} | ${dev.map(setFigure).join('; ') || '—'} | ${held.map(setFigure).join('; ') || '—'} | 0 % (every email is innocent) | — | each set block ≤ 0.2 % and warn ≤ 5 %: dev ${ok(setOk(dev))}, held back ${ok(setOk(held))} |
${suiteRow(r.suite)}
${heldoutRow(r['suite-heldout'])}
| innocent council set (test/fixtures/innocent-council) | ${innocent.n} | — | ${innocent.blocked} blocked (${pct(innocent.blockRate)}), ${innocent.warned} warned (${pct(innocent.warnRate)}) | 0 % | — | no block: ${ok(innocent.blocked === 0)} |
| fresh innocent set: ordinary council emails by writers who had not seen the checker (data/innocent-fresh) | ${fresh.read.n + fresh.locked.n} | read half (fixes written from it): ${fresh.read.blocked} blocked (${pct(fresh.read.blockRate)}), ${fresh.read.warned} warned (${pct(fresh.read.warnRate)}) | locked half: ${fresh.locked.blocked} blocked (${pct(fresh.locked.blockRate)}), ${fresh.locked.warned} warned (${pct(fresh.locked.warnRate)}) | 0 % | first run: read 15 blocked, locked 9 (of 225 each) | no block: locked ${ok(fresh.locked.blocked === 0)} |${fresh2Row(fresh2)}${fresh3Row(fresh3)}${fresh4Row(fresh4)}${fresh5Row(fresh5)}${fresh6Row(fresh6)}${fresh7Row(fresh7)}${checkRow(r['council-check'])}${check5Row(r['council-check5'])}`;
}

/** The second fresh set (data/innocent-fresh2): neither half was read by anyone changing the checker when it was first measured. */
function fresh2Row(f) {
  if (!f) return '';
  const half = (h) => `${h.blocked} blocked (${pct(h.blockRate)}), ${h.warned} warned (${pct(h.warnRate)})`;
  return `\n| second fresh innocent set: new writers, more councillors writing to people outside the council (data/innocent-fresh2) | ${f.read.n + f.locked.n} | read half: ${half(f.read)} | locked half: ${half(f.locked)} | 0 % | — | no block: ${ok(f.read.blocked + f.locked.blocked === 0)} |`;
}

/** Our own council suites (data/council-suites): the dev halves were read, the locked halves not. */
function suiteRow(u) {
  if (!u || !u.halves) return '| council suites (data/council-suites) | — | not run | — | — | — | — |';
  const half = (h) => `agreement ${pct(h.agreement)} (${h.n}), blockable passed as ok ${h.blockablePassedOk}, clean blocked ${h.cleanBlocked}`;
  const meets = (h) => h.agreement >= 0.9 && h.blockablePassedOk === 0 && h.cleanBlocked === 0;
  return `| council suites: whole emails, ${Object.keys(u.suites).length} fictional councils, verdicts decided from the policy text before the checker ran (data/council-suites) | ${u.n} | dev halves: ${half(u.halves.dev)} | locked halves: ${half(u.halves.locked)} | ${pct(u.baseline)} (always the commonest verdict) | issue #17's held-back suites: 79 % and 75 % agreement when filed | ≥ 90 % agreement, none blockable passing as ok, none clean blocked: locked ${ok(meets(u.halves.locked))} |`;
}

/** Suites held out whole (data/council-suites-heldout): every email locked, none read while changing rules. */
function heldoutRow(u) {
  if (!u || !u.halves) return '| council suites held out whole (data/council-suites-heldout) | — | not run | — | — | — | — |';
  const h = u.halves.locked;
  const meets = h.agreement >= 0.9 && h.blockablePassedOk === 0 && h.cleanBlocked === 0;
  // Second readings (second-readings.json in each suite): how far two careful people agree, and the
  // checker against the verdict most of them give.
  const g = u.readings;
  const readings = g
    ? `; read again by ${g.readers} independent readers (${g.readerVsWriter.pairs} readings): a reader agrees with the writer ${pct(g.readerVsWriter.agreement)} (kappa ${num(g.readerVsWriter.kappa)}), with another reader ${pct(g.readerVsReader.agreement)}; the checker agrees with a reader ${pct(g.checkerVsReader.agreement)}, with the majority verdict ${pct(g.majority.agreement)} (${g.majority.n}; blockable passed as ok ${g.majority.blockablePassedOk}, clean blocked ${g.majority.cleanBlocked})${g.unanimous.n < g.majority.n ? `, on the ${g.unanimous.n} emails all readings agree on ${pct(g.unanimous.agreement)} (blockable passed as ok ${g.unanimous.blockablePassedOk}, clean blocked ${g.unanimous.cleanBlocked})` : ''}`
    : '';
  return `| council suites held out whole: ${Object.keys(u.suites).length} more fictional councils, no email read while changing rules (data/council-suites-heldout) | ${u.n} | — | agreement ${pct(h.agreement)} (${h.n}), blockable passed as ok ${h.blockablePassedOk}, clean blocked ${h.cleanBlocked}${readings} | ${pct(u.baseline)} (always the commonest verdict) | issue #17's held-back suites: 79 % and 75 % agreement when filed | ≥ 90 % agreement, none blockable passing as ok, none clean blocked: ${ok(meets)} |`;
}

/** Per set and per rule: emails warned and blocked, as rates. */
function businessTable(b) {
  if (!b || !b.sets) return 'The business-mail run failed; see below.';
  const names = Object.keys(b.sets);
  const label = (n) => (n === 'ham' ? 'enron1 ham (dev)' : `${n} (held back)`);
  const rules = Object.keys(b.byRule).sort();
  const cell = (set, rule) => {
    const c = set.byRule[rule];
    if (!c || (!c.block && !c.warn)) return '—';
    return [c.block ? `block ${pct(c.block / set.n)}` : '', c.warn ? `warn ${pct(c.warn / set.n)}` : ''].filter(Boolean).join(', ');
  };
  return `| rule | ${names.map(label).join(' | ')} |
|---|${names.map(() => '---').join('|')}|
| **all rules (verdict)** | ${names.map((n) => `block ${pct(b.sets[n].blockRate)}, warn ${pct(b.sets[n].warnRate)}`).join(' | ')} |
${rules.map((rule) => `| ${rule}${rule === 'attachments/missing' ? ' (not counted: attachments were stripped)' : ''} | ${names.map((n) => cell(b.sets[n], rule)).join(' | ')} |`).join('\n')}`;
}

/** Each rule that blocks under the shipped policy: its false-block rate on every innocent set. */
function falseBlockTable(b, innocent, blockRules, council) {
  const names = b && b.sets ? Object.keys(b.sets) : [];
  const label = (n) => (n === 'ham' ? 'enron1 ham (dev)' : `${n} (held back)`);
  const rate = (count, n) => `${count || 0}/${n} (${pct((count || 0) / Math.max(1, n))})`;
  return `| block-level rule | ${names.map(label).join(' | ')} | innocent council set | precision on the recall issue's locked test v3 (2026-12-06, scored once) |
|---|${names.map(() => '---').join('|')}|---|---|
${blockRules.map((rule) => `| ${rule} | ${names.map((n) => rate(b.sets[n].byRule[rule]?.block, b.sets[n].n)).join(' | ')} | ${rate(innocent.byRule[rule]?.block, innocent.n)} | ${lockedPrecision(council, rule)} |`).join('\n')}`;
}

/** The rule's precision on the council corpus's locked test (shipped policy), class by class. */
function lockedPrecision(council, rule) {
  const classes = Object.entries((council && council.classes) || {}).filter(([, c]) => c.rule === rule && c.level === 'block');
  if (!classes.length) return 'no class in the corpus';
  return classes.map(([name, c]) => (c.tp + c.fp ? `${num(c.precision)} (${name}: ${c.tp}/${c.tp + c.fp}, recall ${num(c.recall)})` : `— (${name}: nothing flagged)`)).join('; ');
}

/** The missed items grouped by sentence: "sentence" (disguises). */
function missedText(missed, techniques) {
  if (!missed.length) return 'Nothing was missed.';
  const by = new Map();
  for (const m of missed) {
    const at = m.indexOf(': ');
    const source = m.slice(at + 2);
    by.set(source, [...(by.get(source) ?? []), m.slice(0, at)]);
  }
  const lines = [...by].map(([source, ts]) => `- "${source}" (${ts.length === techniques ? 'every disguise' : ts.join(', ')})`);
  const mild = by.has('Stop sending me this shit.')
    ? '\n\nA mild swear word that is not aimed at a person is reported by the tone lexicon as impolite (warn), not abusive, in plain text too: the set expects tone/abusive there.'
    : '';
  return `Missed:\n\n${lines.join('\n')}${mild}`;
}

/** The innocent council set, scored in-process (test/fixtures/innocent-council). */
function innocentRun() {
  require('./lib/register');
  const { evalInnocentCouncil } = require('../src/eval/innocent-council.ts');
  const r = evalInnocentCouncil();
  process.stdout.write(`innocent-council: ${r.n} items, blocked ${r.blocked}, warned ${r.warned}\n`);
  return r;
}

/**
 * A fresh set with mail inside the council (data/innocent-fresh3 … data/innocent-fresh5): a councillor
 * to an officer or a fellow councillor as well as to outside; its read half was read by one helper
 * fixing false blocks. `what` describes the set, `first` its first run before any change for it.
 */
function insideRow(f, what, first, readLabel = 'read half (fixes written from it)') {
  if (!f) return '';
  const half = (h) => {
    const officer = h.byRecipient.officer;
    return `${h.blocked} blocked (${pct(h.blockRate)}; to an officer ${officer ? officer.blocked : 0} of ${officer ? officer.n : 0}), ${h.warned} warned (${pct(h.warnRate)})`;
  };
  return `\n| ${what} | ${f.read.n + f.locked.n} | ${readLabel}: ${half(f.read)} | locked half: ${half(f.locked)} | 0 % | first run: ${first} | no block: locked ${ok(f.locked.blocked === 0)} |`;
}
const fresh3Row = (f) => insideRow(f, "third fresh innocent set: new writers, a third of it a councillor's mail to the council's own officers or members (data/innocent-fresh3)", 'read 9 blocked, locked 6 (11 of 193 to an officer)');
const fresh4Row = (f) => insideRow(f, "fourth fresh innocent set: new writers, most of it a councillor's mail to the council's own officers (data/innocent-fresh4)", 'read 3 blocked, locked 5 (3 of 241 to an officer, 3 of 64 between councillors)');
const fresh5Row = (f) => insideRow(f, "fifth fresh innocent set: new writers, most of it a councillor's mail to the council's own officers, many replies with quoted text (data/innocent-fresh5)", 'read 8 blocked, locked 8 (12 of 241 to an officer)');

const fresh6Row = (f) =>
  insideRow(f, "sixth fresh innocent set: a new writer, most of it a councillor's mail to the council's own officers, replies with quoted text (data/innocent-fresh6; the read half read by one helper in the eighth session)", 'read 5 blocked, locked 3 (7 of 80 to an officer)', 'read half');
const fresh7Row = (f) =>
  insideRow(f, "seventh fresh innocent set: a new writer, ten new personas, most of it a councillor's mail to the council's own officers (data/innocent-fresh7; nobody has read either half)", 'read 2 blocked, locked 2 (3 of 79 to an officer)', 'read half (not read either)');

/**
 * The check set (data/council-check, "set": "v4"): new voices for the six classes furthest from
 * issue #17's bar. Helpers saw its totals only, at most twice each, to choose between designs, so it is
 * mildly tuned; the locked test v3 stays the fair figure.
 */
function checkRow(c, label = 'check set v4 (data/council-check)', seen = 'totals seen by helpers choosing between designs (mildly tuned)', first = 'first run (b9c99e9): discrimination 0.244, harassment 0.111, impolite 0.133, instruction 0.578, special-category 0.489, threat 0.044 (all P 1.000)') {
  if (!c || !c.classes) return '';
  const cells = Object.entries(c.classes).map(([cls, v]) => `${cls} ${num(v.precision)} / ${num(v.recall)}`);
  return `\n| ${label}: new voices, per class P / R at the class's level, as shipped | ${c.n} | ${seen}: ${cells.join('; ')} | — | — | ${first} | P ≥ 0.90 and R ≥ 0.80 per class: ${ok(Object.values(c.classes).every((v) => v.precision >= 0.9 && v.recall >= 0.8))} |`;
}

/** The second check set (data/council-check5, "set": "v5"): run by the lead only, never shown to helpers tuning. */
const check5Row = (c) =>
  checkRow(c, 'check set v5 (data/council-check5)', 'figures run by the lead only (not seen while tuning)', 'first run (0411584): discrimination 0.200, harassment 0.375, impolite 0.100, threat 0.025 (all P 1.000)');

/** A fresh innocent set (data/innocent-fresh … data/innocent-fresh7): its read and locked halves, counted apart. */
function freshRun(name) {
  require('./lib/register');
  const { evalInnocentCouncil } = require('../src/eval/innocent-council.ts');
  const dir = path.join(root, 'data', name);
  if (!fs.existsSync(dir)) return undefined;
  const out = {};
  for (const half of ['read', 'locked']) {
    out[half] = evalInnocentCouncil({ dir, only: new RegExp(`-${half}\\.txt$`) });
    process.stdout.write(`${name} ${half}: ${out[half].n} items, blocked ${out[half].blocked}, warned ${out[half].warned}\n`);
  }
  return out;
}

/** Rule ids whose level is block under the shipped policy file. */
function blockLevelRules() {
  require('./lib/register');
  const { defaultPolicy } = require('../src/eval/default-policy.ts');
  const { RULES } = require('../src/policy/rules/index.ts');
  const { effectiveLevel } = require('../src/policy/engine.ts');
  const config = defaultPolicy();
  return RULES.filter((rule) => effectiveLevel(rule.meta, config) === 'block')
    .map((rule) => rule.meta.id)
    .sort();
}

/** The evasion set (test/fixtures/evasion.json, from scripts/gen-evasion.js), scored in-process. */
async function evasionSection() {
  require('./lib/register');
  const { scoreEvasion } = require('../src/eval/evasion.ts');
  const { resolvePolicy } = require('../src/policy/config.ts');
  const config = resolvePolicy(JSON.parse(fs.readFileSync(path.join(root, 'policy', 'ware-town-council.json'), 'utf8')));
  const items = JSON.parse(fs.readFileSync(path.join(root, 'test', 'fixtures', 'evasion.json'), 'utf8'));
  const s = await scoreEvasion(items, config);
  process.stdout.write(`evasion: caught ${s.caught}/${s.toCatch}, false blocks ${s.falseBlocks}/${s.innocent}\n`);
  const rows = Object.entries(s.byTechnique)
    .map(([t, v]) => `| ${t} | ${v.caught}/${v.toCatch} (${pct(v.caught / v.toCatch)}) | ${v.falseBlocks}/${v.innocent} |`)
    .join('\n');
  return `
## Evasion set

\`test/fixtures/evasion.json\` (made by \`scripts/gen-evasion.js\`): ${s.toCatch} obfuscated variants of abusive
phrases, councillor instructions and passwords that their rule must still catch, and ${s.innocent} innocent
look-alikes (place names, allotment hoes, password advice) that must not be blocked, under ${Object.keys(s.byTechnique).length}
disguises. Rules read text after \`src/policy/text/normalise.ts\` undoes zero-width characters, soft
hyphens, full-width letters, look-alike letters inside Latin words, letter spacing ("f u c k",
"p.a.s.s.w.o.r.d", split back into words) and leetspeak ("p455w0rd"), and reads hidden text inside a
line after that line (so \`Please <span hidden>zzz</span>arrange payment\` reads as the recipient
sees it, and the hidden words are still checked). Spacing and leetspeak are undone only where the result is a
word the rules or models know (\`src/policy/text/vocabulary.ts\`), so "I a m", "10am", "A55",
postcodes and passwords stay as typed. HTML tricks go through the same HTML-to-text step as Outlook
bodies. Eight techniques hide what matters inside attachments (issue #18, finding 3): programs inside ZIPs
(nested, renamed, by name or by magic number), ZIPs renamed as Office or OpenDocument files, phishing
carriers (web pages, SVG images, OneNote files, a web page named .pdf, one inside a ZIP), and
attached emails (Outlook item attachments, .eml files and Outlook .msg files) carrying abuse,
passwords or programs; their innocent look-alikes are zips of PDFs and photos, genuine Office files,
PDFs and ordinary attached emails, built by the generator with fflate (and .msg files with cfb).

Caught: **${s.caught}/${s.toCatch} (${pct(s.catchRate)})**; innocent look-alikes blocked: **${s.falseBlocks}/${s.innocent} (${pct(s.falseAlarmRate)})**.

| disguise | caught | innocent blocked |
|---|---|---|
${rows}

${missedText(s.missed, Object.keys(s.byTechnique).length)}

Not undone: swear words in leetspeak are left to the tone lexicon (it reads leetspeak with
its own safeguards for "A55" and place names); a bare number or two-letter word ("15" for "is", "G0")
is read as a word only in a sentence with two longer leetspeak words; letters spaced more widely than
one character are left alone; hidden text is only known for HTML bodies read through our converter.
`;
}

async function main() {
  if (!fs.existsSync(shared)) {
    process.stderr.write(`eval: no data at ${shared} (set EVAL_DATA); see ../shared/eval/README.md\n`);
    process.exit(2);
  }
  const tasks = TASKS.map(([t, ps]) => [t, ps.map((p) => path.join(shared, p)).concat(t === 'business-mail' ? EXTRA_HELD_BACK.map((p) => path.resolve(p)) : [])]);
  // The council corpus's newest locked test (v3), under the shipped policy: read for the figures only, never tuned on.
  tasks.push(['council', [path.join(root, 'data', 'council-corpus'), '--split', 'test-v3']]);
  // The check set (data/council-check): figures only, as shipped.
  if (fs.existsSync(path.join(root, 'data', 'council-check'))) tasks.push(['council', [path.join(root, 'data', 'council-check'), '--split', 'test'], 'council-check']);
  if (fs.existsSync(path.join(root, 'data', 'council-check5'))) tasks.push(['council', [path.join(root, 'data', 'council-check5'), '--split', 'test'], 'council-check5']);
  // Our own whole-email council suites (data/council-suites): dev halves read, locked halves never tuned on.
  const suitesDir = path.join(root, 'data', 'council-suites');
  const suites = fs.existsSync(suitesDir) ? fs.readdirSync(suitesDir).map((d) => path.join(suitesDir, d)).filter((d) => fs.statSync(d).isDirectory()) : [];
  if (suites.length) tasks.push(['suite', suites]);
  // Suites held out whole (data/council-suites-heldout): no email in them was read while changing rules.
  const heldoutDir = path.join(root, 'data', 'council-suites-heldout');
  const heldout = fs.existsSync(heldoutDir) ? fs.readdirSync(heldoutDir).map((d) => path.join(heldoutDir, d)).filter((d) => fs.statSync(d).isDirectory()) : [];
  if (heldout.length) tasks.push(['suite', heldout, 'suite-heldout']);
  const results = await Promise.all(tasks.map(([t, ps, label]) => run(t, ps, label)));
  for (const r of results) process.stdout.write(`${r.task}: ${r.report ? JSON.stringify(r.report) : 'FAILED ' + r.error} (${r.seconds.toFixed(1)} s)\n`);
  const failed = results.filter((r) => !r.report);
  const innocent = innocentRun();
  const fresh = freshRun('innocent-fresh');
  const fresh2 = freshRun('innocent-fresh2');
  const fresh3 = freshRun('innocent-fresh3');
  const fresh4 = freshRun('innocent-fresh4');
  const fresh5 = freshRun('innocent-fresh5');
  const fresh6 = freshRun('innocent-fresh6');
  const fresh7 = freshRun('innocent-fresh7');
  const business = results.find((r) => r.task === 'business-mail')?.report;
  const intent = results.find((r) => r.task === 'intent')?.report || {};
  const body = `# Detection quality

Written by \`npm run eval\` (scripts/eval.js) from \`council-mail eval\` runs on \`../shared/eval\`
(protocols, licences and anchors: that folder's README). Every figure stands beside its
majority-class baseline and its published anchor. Regenerate rather than edit.

${table(results, innocent, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7)}

## How each figure is made

- **auth-results**: the topmost Authentication-Results header of each .eml (parsed by
  \`src/mail/eml.ts\`, read by \`src/policy/auth-results.ts\`) against expected.json, method by method.
  The RFC 8601 Appendix B examples and Exchange Online's header are unit tests. Sender verdicts on the
  fixtures: ${results.find((r) => r.task === 'auth-results')?.report?.senders ?? '—'}.
- **politeness**: 10-fold cross-validation (stratified, seeded) of the recipe that trains the shipped
  weights (\`npm run train:politeness\`: strategies after Danescu-Niculescu-Mizil et al. 2013 + word
  unigrams and bigrams, our own logistic regression, pruned to 2,800 features, weights to one decimal place, inside each fold).
  The hyper-parameters were picked from a small grid with this same cross-validation, so the figure
  is slightly optimistic (neighbouring settings: 84–85 %). Paper figures are leave-one-out SVM, ours 10-fold.
  Strategies alone score about 79 %, strategies + unigrams about 84.6 %.
- **intent**: 10-fold cross-validation of \`npm run train:intent\` (compromise/two part-of-speech tags,
  opening words, word pairs; logistic regression with naive Bayes scaling, the 10,000 largest weights
  kept). Target F1 0.80 ${ok(intent.f1 >= 0.8)} at F1 ${num(intent.f1)} ${CV}: epochs, learning rate,
  l2, minimum count, naive Bayes scaling and the decision threshold were all chosen by this same
  cross-validation (\`src/eval/intent.ts\` lists the grid), and nothing was kept back, so the figure
  is optimistic; the gain from naive Bayes scaling held on four fold seeds. The corpus's own label
  noise (about 20 % disagreement) bounds this.
- **offensive**: each tweet as an email body from an officer to one resident, flagged when the
  lexicon-driven tone checks report anything at any level: tone/abusive, tone/threat and
  tone/discriminatory (block), tone/vulgar (warn: vulgar words not aimed at anyone, ambiguous slurs on
  their own) and tone/impolite's crude-word findings (\`mild\` swearing, \`insult\` words aimed at
  someone); not the politeness model or curt phrases. A warning counts as a flag because it is what a
  council wants from an undirected "bitch" or "hoe" in mail: the sender is asked, not stopped, since
  the same words are dog breeding and gardening in UK council mail (the innocent UK set stays at zero
  blocks). "blocked" is the share of all tweets that would stop a send. The lexicon is hand-curated from
  general knowledge of slurs, abuse and vulgar slang (\`src/policy/data/profanity.ts\`, \`slurs.ts\`);
  no weights were trained on this set. Exceptions and context judgements (everyday senses, words cut
  off by an ellipsis, slurs the writer uses of themselves, a word for a kind of person used of a thing
  such as "a redneck pool" or "it was a proper cracker", a verb sense such as "cripple the service" or
  "we hoe the beds", a word named as a word ("the word …"), mild swearing inside someone else's
  words, and "redneck" and "hillbilly" as class insults that count only when aimed at someone, like
  "idiot") were written while reading
  the **even** rows only (by the CSV's row number); the **odd** rows are the fair figure. Tweets
  labelled neither that are still flagged are mostly slurs and vulgar words the annotators let pass
  ("retarded", "nicca", "hoes", "tranny"), mild swearing ("damn", "wtf") and words tweeted in their
  ordinary sense; a council still wants a warning on these in its mail, so they are not exempted to
  reach the 5 % target.
- **spam**: solicitation/* on each Enron message. Enron spam is generic junk mail, not council mail,
  so spam recall is shown for information only: the solicitation rules are judged by their false
  alarms on ordinary mail (here, and on the business-mail sets below) and by the realistic council
  solicitations of the recall issue. Nothing is trained on spam/ (no licence): solicitation/advertising
  is a hand-written cue scorer (junk-only families such as online medicines, share tips, loans, prizes,
  advance-fee fraud, replica goods, degrees for sale, free-electronics lead generation, phishing and
  bought-in list footers; commercial cues capped below the threshold; filter-dodging shapes, one of
  them SpamAssassin's LONGWORDS), with weights set by hand while looking at enron1 (cues added on
  2026-11-29 while reading misses in the odd-numbered files only), so every figure on enron1 is dev.
- **business-mail**: every file of each folder is a plain-text email (optional first line
  \`Subject: …\`), checked by the whole send rule set as the clerk's email to one external recipient
  (\`council-mail eval business-mail DIR…\`). Every email is innocent: the block rate is the share
  whose verdict is block; the warn rate the share whose verdict is warn, not counting an email whose
  only warning is attachments/missing (the sets had their attachments stripped). Exceptions were
  written while reading enron1 ham only (\`--show RULE\`); enron3 and enron5 were measured by their
  totals only, and the sets kept back by the lead are measured the same way (\`EVAL_HELD_BACK=dir1:dir2
  npm run eval\` adds them here). Nothing is learnt from these sets (no licence).
- **innocent council set**: ${innocent.n} sentences and short emails from council life
  (\`test/fixtures/innocent-council/\`, its README says how they were written: before the checker was
  run on them), each sent as the clerk's email to one external recipient, a councillor's from a
  councillor's address. None may block (\`test/policy/innocent-council.test.ts\`); warnings are counted.

## Business mail, per set and per rule

Share of emails with at least one finding of each rule at each level (an email can have several).

${businessTable(business)}

## Block-level rules: false blocks on innocent mail

Every rule whose level is block in the shipped policy file, with the share of innocent emails it
blocked. Each of these is a send a council officer could not make.

${falseBlockTable(business, innocent, blockLevelRules(), results.find((r) => r.task === 'council')?.report)}

${failed.length ? '## Runs that failed\n\n' + failed.map((f) => `- ${f.task}: ${f.error}`).join('\n') + '\n' : ''}`;
  const evasion = await evasionSection();
  const extra = path.join(root, 'docs', 'QUALITY.cost.md');
  const cost = fs.existsSync(extra) ? '\n' + fs.readFileSync(extra, 'utf8') : '';
  // Hand-measured council-corpus figures (issue #17), kept beside the generated ones.
  const councilFile = path.join(root, 'docs', 'QUALITY.council-judgements.md');
  const council = fs.existsSync(councilFile) ? fs.readFileSync(councilFile, 'utf8') : '';
  fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
  fs.writeFileSync(path.join(root, 'docs', 'QUALITY.md'), body + evasion + council + cost);
  process.stdout.write('wrote docs/QUALITY.md\n');
  process.exit(failed.length ? 1 : 0);
}

main();
