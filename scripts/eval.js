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
const TASKS = [
  ['auth-results', 'auth-results'],
  ['politeness', 'politeness/wikipedia.annotated.csv'],
  ['intent', 'intent'],
  ['offensive', 'offensive/labeled_data.csv'],
  ['spam', 'spam/enron1'],
];

function run(task, target) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [path.join(root, 'bin/council-mail.js'), 'eval', task, target], { cwd: root });
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
      resolve({ task, code, report, error: report ? '' : err.trim().split('\n').pop() || `exit ${code}`, seconds: (Date.now() - started) / 1000 });
    });
  });
}

const pct = (x) => (typeof x === 'number' ? `${(x * 100).toFixed(2)} %` : '—');
const num = (x) => (typeof x === 'number' ? x.toFixed(3) : '—');
const ok = (cond) => (cond ? 'reached' : '**not reached**');

function table(results) {
  const r = Object.fromEntries(results.map((x) => [x.task, x.report || {}]));
  const a = r['auth-results'];
  const p = r.politeness;
  const i = r.intent;
  const o = r.offensive;
  const s = r.spam;
  return `| task | n | our figure | baseline | anchor | target |
|---|---|---|---|---|---|
| auth-results (13 mailauth fixtures) | ${a.n} | ${a.passed}/${a.n} fixtures right (pairs P ${num(a.precision)} R ${num(a.recall)}) | ${pct(a.baseline)} (report nothing) | RFC 8601 App. B examples: all pass in test/mail/auth-results.test.ts | every fixture right: ${ok(a.failed === 0)} |
| politeness, Wikipedia, quartiles, 10-fold CV | ${p.n} | accuracy ${pct(p.accuracy)} | ${pct(p.baseline)} | paper SVM LOO: BOW 79.84 %, strategies+unigrams 83.79 %; human 86.72 % | ≥ 84 %: ${ok(p.accuracy >= 0.84)} |
| intent, Enron sentences, 10-fold CV | ${i.n} | P ${num(i.precision)} R ${num(i.recall)} F1 ${num(i.f1)} (accuracy ${pct(i.accuracy)}); task-pane note (log-odds > ${i.paneThreshold}): P ${num(i.panePrecision)} R ${num(i.paneRecall)}; previous word patterns: P ${num(i.patternsPrecision)} R ${num(i.patternsRecall)} F1 ${num(i.patternsF1)} | accuracy ${pct(i.baseline)} (always "no"), F1 0 | Lampert et al. 2010: 83.76 % message-level accuracy; Cohen et al. 2004: P > 0.80 at R > 0.50 | F1 ≥ 0.80: ${ok(i.f1 >= 0.8)} |
| offensive (Davidson et al. 2017), tone lexicon: abusive+threat+discriminatory (block), vulgar+impolite crude words (warn) | ${o.n} | hateRecall ${num(o.hateRecall)}, offensiveRecall ${num(o.offensiveRecall)}, neitherFlagRate ${pct(o.neitherFlagRate)}; blocked ${pct(o.blockRate)} of all tweets | accuracy ${pct(o.baseline)} (always "flag") | paper LR: weighted F1 0.90; hate P 0.44 R 0.59 | recalls ≥ 0.90: ${ok(o.hateRecall >= 0.9 && o.offensiveRecall >= 0.9)}; neither ≤ 20 %: ${ok(o.neitherFlagRate <= 0.2)} |
| spam (Enron-Spam enron1), solicitation/* | ${s.n} | spam recall ${num(s.recall)} (odd-numbered files ${num(s.recallDevHalf)}, held-out even-numbered ${num(s.recallHeldOutHalf)}), hamFalseAlarmRate ${pct(s.hamFalseAlarmRate)}; all rules hamFalseBlockRate ${pct(s.hamFalseBlockRate)} (${s.hamBlocksByRule || 'none'}) | accuracy ${pct(s.baseline)} (always ham) | Metsis et al. 2006: 90–98 % spam recall at ≥ 95 % ham recall | recall ≥ 0.80: ${ok(s.recall >= 0.8)}; ham false alarms ≤ 1 %: ${ok(s.hamFalseAlarmRate <= 0.01)}; false blocks ≤ 0.5 %: ${ok(s.hamFalseBlockRate <= 0.005)} |`;
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
bodies.

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
  const results = await Promise.all(TASKS.map(([t, p]) => run(t, path.join(shared, p))));
  for (const r of results) process.stdout.write(`${r.task}: ${r.report ? JSON.stringify(r.report) : 'FAILED ' + r.error} (${r.seconds.toFixed(1)} s)\n`);
  const failed = results.filter((r) => !r.report);
  const body = `# Detection quality

Written by \`npm run eval\` (scripts/eval.js) from \`council-mail eval\` runs on \`../shared/eval\`
(protocols, licences and anchors: that folder's README). Every figure stands beside its
majority-class baseline and its published anchor. Regenerate rather than edit.

${table(results)}

## How each figure is made

- **auth-results**: the topmost Authentication-Results header of each .eml (parsed by
  \`src/mail/eml.ts\`, read by \`src/mail/auth-results.ts\`) against expected.json, method by method.
  The RFC 8601 Appendix B examples and Exchange Online's header are unit tests. Sender verdicts on the
  fixtures: ${results.find((r) => r.task === 'auth-results')?.report?.senders ?? '—'}.
- **politeness**: 10-fold cross-validation (stratified, seeded) of the recipe that trains the shipped
  weights (\`npm run train:politeness\`: strategies after Danescu-Niculescu-Mizil et al. 2013 + word
  unigrams and bigrams, our own logistic regression, pruned to 4,000 features inside each fold).
  The hyper-parameters were picked from a small grid with this same cross-validation, so the figure
  is slightly optimistic (neighbouring settings: 84–85 %). Paper figures are leave-one-out SVM, ours 10-fold.
  Strategies alone score about 79 %, strategies + unigrams about 84.6 %.
- **intent**: 10-fold cross-validation of \`npm run train:intent\` (compromise/two part-of-speech tags,
  opening words, word pairs; logistic regression). Target F1 0.80 **not reached**: the best recipe we
  tried reached 0.786 with 10,556 features (too big for the event bundle); the shipped one keeps
  words seen at least 3 times. The corpus's own label noise (about 20 % disagreement) bounds this.
- **offensive**: each tweet as an email body from an officer to one resident, flagged when the
  lexicon-driven tone checks report anything at any level: tone/abusive, tone/threat and
  tone/discriminatory (block), tone/vulgar (warn: vulgar words not aimed at anyone, ambiguous slurs on
  their own) and tone/impolite's crude-word findings (\`mild\` swearing, \`insult\` words aimed at
  someone); not the politeness model or curt phrases. A warning counts as a flag because it is what a
  council wants from an undirected "bitch" or "hoe" in mail: the sender is asked, not stopped, since
  the same words are dog breeding and gardening in UK council mail (the innocent UK set stays at zero
  blocks). "blocked" is the share of all tweets that would stop a send. The lexicon is hand-curated from
  general knowledge of slurs, abuse and vulgar slang (\`src/policy/data/profanity.ts\`, \`slurs.ts\`);
  no weights were trained on this set. Tweets labelled neither that are flagged are mostly reclaimed
  slurs between friends, "redneck" and "retarded", and words tweeted in their ordinary sense.
- **spam**: solicitation/* on each Enron message (recall is a proxy: generic junk, not council
  solicitation); hamFalseBlockRate runs the whole compose rule set with each ham sent by an officer to
  one external recipient. Nothing is trained on spam/ (no licence): solicitation/advertising is a
  hand-written cue scorer (junk-only families such as online medicines, share tips, loans, prizes,
  advance-fee fraud, replica goods, degrees for sale, free-electronics lead generation, phishing and
  bought-in list footers; commercial cues capped below the threshold; filter-dodging shapes, one of
  them SpamAssassin's LONGWORDS), with weights set by hand while looking at enron1, so the figures are
  in-sample. The cues added on 2026-11-29 were written while reading misses in the odd-numbered files
  only: the even-numbered half is the fairer figure. Target recall 0.80 **not reached**: 236 spam
  messages have under 120 characters of text, part of the ham is commercial newsletters (so commercial
  cues cannot be trusted alone), and lowering the threshold to 2.5 buys about 0.04 of recall for 1.7 %
  ham false alarms (see docs/rules/solicitation/advertising.md).

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
