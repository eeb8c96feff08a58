// Experiment support (docs/QUALITY.md, "A sentence encoder, measured and not shipped"): for every item
// of data/council-corpus, whether the shipped policy, and the policy with every learnt judgement on,
// catches it at its class's level. Writes JSON { id: [shipped, learnt] } to the path given.
//   node scripts/lib/run-ts.js scripts/experiments/shipped-verdicts.ts OUT.json
import fs from 'fs';
import { councilFindings, LEARNT_CLASSES } from '../../src/eval/council';
import { defaultPolicy } from '../../src/eval/default-policy';
import { loadCouncilCorpus } from '../../src/eval/council-corpus';

const out = process.argv[2];
if (!out) throw new Error('Usage: shipped-verdicts.ts OUT.json');
const RANK: Record<string, number> = { block: 2, warn: 1 };
const shipped = defaultPolicy();
const learnt = { ...shipped, learntJudgements: [...LEARNT_CLASSES] };
const verdicts: Record<string, [boolean, boolean]> = {};
for (const item of loadCouncilCorpus('data/council-corpus')) {
  const fired = (c: typeof shipped) => councilFindings(item, c).some((x) => x.ruleId === item.rule && (RANK[x.level] ?? 0) >= RANK[item.level]);
  verdicts[item.id] = [fired(shipped), fired(learnt)];
}
fs.writeFileSync(out, JSON.stringify(verdicts));
