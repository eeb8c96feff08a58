// Experiment (helper imp6): how many train items of the impolite class (odd and even voices) have a window the
// learnt judgement's gate (CONFIRM in src/policy/models/council.ts) lets it judge. Figures only.
import path from 'path';
import { judgeCouncil, COUNCIL_MODELS } from '../../src/policy/models/council';
import { splitSentences } from '../../src/policy/text/sentences';
import { loadCouncilCorpus } from '../../src/eval/council-corpus';
import { ofVoices } from '../../src/eval/council';
const root = path.resolve(__dirname, '../..');
const items = loadCouncilCorpus(path.join(root, 'data/council-corpus'), ['impolite']).filter((i) => i.split === 'train');
for (const half of ['odd', 'even'] as const) {
  const its = ofVoices(items, half);
  let pg = 0, ng = 0, p = 0, n = 0;
  const m = { ...COUNCIL_MODELS.impolite, threshold: -Infinity };
  for (const it of its) {
    const j = judgeCouncil(it.text, splitSentences(it.text), ['impolite'], { impolite: m });
    if (it.label) { p++; if (j.length) pg++; } else { n++; if (j.length) ng++; }
  }
  console.log(half, 'positives gated', pg, '/', p, 'neighbours gated', ng, '/', n);
}
