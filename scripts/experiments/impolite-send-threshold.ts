// Experiment (helper imp6): where to set tone/impolite's learnt judgement at send. For each threshold,
// the share of enron1 ham emails (readable) whose best judged window passes it, and the out-of-fold
// recall and precision of the rule with its judgement on the corpus's train voices (fold models
// from `train-council.ts --folds FILE`, odd and even voices apart). Figures only.
//   node scripts/lib/run-ts.js scripts/experiments/impolite-send-threshold.ts FOLDS.json
import fs from 'fs';
import path from 'path';
import { COUNCIL_MODELS, judgeCouncil, type CouncilModel } from '../../src/policy/models/council';
import { splitSentences } from '../../src/policy/text/sentences';
import { loadCouncilCorpus } from '../../src/eval/council-corpus';
import { councilFindings, ofVoices } from '../../src/eval/council';
import { defaultPolicy } from '../../src/eval/default-policy';
import { readBusinessMail } from '../../src/eval/business-mail';

const root = path.resolve(__dirname, '../..');
const folds = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')).impolite as { voices: string[]; model: CouncilModel }[];
const items = loadCouncilCorpus(path.join(root, 'data/council-corpus'), ['impolite']).filter((i) => i.split === 'train');
const config = defaultPolicy();
const best = (m: CouncilModel, text: string) => judgeCouncil(text, splitSentences(text), ['impolite'], { impolite: { ...m, threshold: -Infinity } })[0]?.score ?? -Infinity;
const ham = readBusinessMail(path.resolve(root, '../shared/eval/spam/enron1/ham')).map((m) => best(COUNCIL_MODELS.impolite, m.body ?? ''));
const rows: Record<string, { label: number; rule: boolean; score: number }[]> = { odd: [], even: [] };
for (const half of ['odd', 'even'] as const)
  for (const f of folds)
    for (const it of ofVoices(items, half).filter((i) => f.voices.includes(i.voice)))
      rows[half].push({ label: it.label, rule: councilFindings(it, config).some((x) => x.ruleId === 'tone/impolite'), score: best(f.model, it.text) });
for (let t = 1; t <= 6; t += 0.5) {
  const fig = (r: (typeof rows)['odd']) => {
    const tp = r.filter((x) => x.label && (x.rule || x.score > t)).length;
    const fp = r.filter((x) => !x.label && (x.rule || x.score > t)).length;
    return `P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / r.filter((x) => x.label).length).toFixed(3)}`;
  };
  console.log(`t ${t}: enron1 ham ${ham.filter((s) => s > t).length}/${ham.length}; odd ${fig(rows.odd)}; even ${fig(rows.even)}`);
}
