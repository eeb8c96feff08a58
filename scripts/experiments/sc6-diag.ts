import path from 'path';
import { loadCouncilCorpus } from '../../src/eval/council-corpus';
import { ofVoices, councilFindings } from '../../src/eval/council';
import { defaultPolicy } from '../../src/eval/default-policy';
import { judgeCouncil, COUNCIL_MODELS } from '../../src/policy/models/council';
import { splitSentences } from '../../src/policy/text/sentences';
const root = '/work/h-sc6';
const split = process.argv[2] ?? 'train';
let items = loadCouncilCorpus(path.join(root, 'data/council-corpus'), ['special-category']).filter((i) => i.split === split);
if (split === 'train') items = ofVoices(items, 'odd');
const cfg = defaultPolicy();
for (const it of items) {
  const f = councilFindings(it, cfg).filter((x) => x.ruleId === it.rule);
  const fired = f.length > 0;
  if ((it.label === 1) === fired) continue;
  const sents = splitSentences(it.text);
  const j = judgeCouncil(it.text, sents, ['special-category'], { 'special-category': { ...COUNCIL_MODELS['special-category'], threshold: -Infinity } })[0];
  console.log(`${it.label ? 'MISS' : 'FA  '} ${it.id} score=${j ? j.score.toFixed(2) : 'nogate'} ${it.text.replace(/\n/g, ' / ').slice(0, 160)}`);
}
