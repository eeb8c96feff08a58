// How many of the council corpus's train items reach a learnt judgement at all: the share of positives
// (and of neighbours) for which the candidate step (`gateOpen`: the hand-written cues) opens a window,
// per class, narrow and wide candidates, for three groups of train voices: the older voices the cues
// were written from ("old"), the third train addition ("t3": ids "-t3-") and the fourth ("t4": ids
// "-t4?-"), which the cues never saw. Train split only; docs/QUALITY.council-judgements.md quotes it.
//   node scripts/lib/run-ts.js scripts/measure-candidate-reach.ts
import { loadCouncilCorpus } from '../src/eval/council-corpus';
import { gateOpen, isSentenceClass, type CouncilClass } from '../src/policy/models/council';
import { splitSentences } from '../src/policy/text/sentences';
const items = loadCouncilCorpus('data/council-corpus').filter((i) => i.split === 'train');
const classes: CouncilClass[] = ['instruction', 'harassment', 'threat', 'discrimination', 'impolite', 'confidential', 'special-category', 'credentials', 'advertising'];
for (const cls of classes) {
  for (const wide of [false, true]) {
    const row: string[] = [];
    for (const grp of ['old', 't3', 't4']) {
      const sel = items.filter((i) => i.class === cls && (grp === 'old' ? !/-t[34]/.test(i.id) : i.id.includes(`-${grp}`)));
      const rate = (lab: number) => {
        const s = sel.filter((i) => i.label === lab);
        const open = s.filter((i) => isSentenceClass(cls) ? splitSentences(i.text).some((r) => gateOpen(cls, i.text.slice(r.start, r.end), wide)) : gateOpen(cls, i.text, wide));
        return s.length ? `${(open.length / s.length).toFixed(2)}(${s.length})` : '-';
      };
      row.push(`${grp} pos ${rate(1)} neg ${rate(0)}`);
    }
    console.log(cls.padEnd(17), wide ? 'wide  ' : 'narrow', row.join(' | '));
  }
}
