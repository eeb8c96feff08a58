// Experiment (helper imp6): tone/impolite with its learnt judgement, cross-validated by voice. Each
// train item of the impolite class is checked with the fold model that never saw its voice (the
// `--folds FILE` of scripts/train-council.ts), and the figures are printed for the odd and the even
// voices (src/eval/council.ts ofVoices). Figures only.
//   node scripts/lib/run-ts.js scripts/experiments/impolite-oof.ts FOLDS.json
import fs from 'fs';
import path from 'path';
import { COUNCIL_MODELS, type CouncilModel } from '../../src/policy/models/council';
import { loadCouncilCorpus } from '../../src/eval/council-corpus';
import { councilFindings, ofVoices } from '../../src/eval/council';
import { defaultPolicy } from '../../src/eval/default-policy';

const root = path.resolve(__dirname, '../..');
const folds = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')).impolite as { voices: string[]; model: CouncilModel }[];
const items = loadCouncilCorpus(path.join(root, 'data/council-corpus'), ['impolite']).filter((i) => i.split === 'train');
const shipped = defaultPolicy();
const config = { ...shipped, learntJudgements: [...shipped.learntJudgements, 'impolite'] };
const models = COUNCIL_MODELS as Record<string, CouncilModel>;
const kept = models.impolite;
for (const half of ['odd', 'even'] as const) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const f of folds) {
    models.impolite = f.model;
    for (const it of ofVoices(items, half).filter((i) => f.voices.includes(i.voice))) {
      const fired = councilFindings(it, config).some((x) => x.ruleId === 'tone/impolite');
      if (it.label) fired ? tp++ : fn++;
      else fired ? fp++ : tn++;
    }
  }
  models.impolite = kept;
  console.log(`${half} voices, rule with judgement (out of fold): P ${(tp / Math.max(1, tp + fp)).toFixed(3)} R ${(tp / Math.max(1, tp + fn)).toFixed(3)} (tp ${tp} fp ${fp} fn ${fn} tn ${tn})`);
}
