// The instruction class's train voices split in two for a fair check (issue #17): sorted by name, the
// odd-numbered voices (1st, 3rd, …) may be read and the even-numbered ones are measured by totals only.
//   node scripts/lib/run-ts.js scripts/measure-instruction-voices.ts --voices odd|even [--show]
// --show (odd voices only) prints each missed positive and false alarm with the step that lost it:
// "no candidate" (no cue and no model candidate in any sentence), "below threshold" (a model candidate
// scored under the threshold), "form" (scored over it, but obligationForm said no), "after" (a
// sentence was found, but the rule's later steps, such as the addressee, left it out).
import { loadCouncilCorpus } from '../src/eval/council-corpus';
import { councilFindings, ofVoices } from '../src/eval/council';
import { defaultPolicy } from '../src/eval/default-policy';
import { isCandidate, judgeSentence } from '../src/policy/models/council';
import { detectInstruction } from '../src/policy/rules/instructions/detect';
import { judgedInstruction, obligationForm } from '../src/policy/rules/instructions/judged';
import { splitSentences } from '../src/policy/text/sentences';

const args = process.argv.slice(2);
const which = args[args.indexOf('--voices') + 1];
if (which !== 'odd' && which !== 'even') throw new Error('--voices odd|even');
const show = args.includes('--show');
if (show && which === 'even') throw new Error('The even voices are measured by totals only.');

const train = loadCouncilCorpus('data/council-corpus', ['instruction']).filter((i) => i.split === 'train');
// The same halves as `council-mail eval council --voices` (ofVoices).
const items = ofVoices(train, which);
const voices = new Set(train.map((i) => i.voice));
const chosen = new Set(items.map((i) => i.voice));
const config = defaultPolicy();
let tp = 0, fp = 0, fn = 0, tn = 0;
const steps: Record<string, number> = {};
for (const item of items) {
  const fired = councilFindings(item, config).some((f) => f.ruleId === item.rule && f.level === 'block');
  if (item.label === 1) fired ? tp++ : fn++;
  else fired ? fp++ : tn++;
  if (item.label === 1 && !fired) {
    const to = { councillorsOnly: false, officer: item.recipient === 'internal', toOfficers: item.recipient === 'internal' };
    let step = 'no candidate';
    const rank = ['no candidate', 'below threshold', 'form', 'after'];
    const up = (s: string) => { if (rank.indexOf(s) > rank.indexOf(step)) step = s; };
    for (const s of splitSentences(item.text)) {
      const text = item.text.slice(s.start, s.end);
      if (detectInstruction(text) || judgedInstruction({ text, start: s.start }, to)) up('after');
      const j = isCandidate('instruction', text) ? judgeSentence('instruction', text) : undefined;
      if (j) up(j.fires ? (obligationForm(text, to) ? 'after' : 'form') : 'below threshold');
    }
    steps[step] = (steps[step] ?? 0) + 1;
    if (show) console.log(`MISSED [${step}] ${item.id} ${item.voice} (${item.recipient}): ${item.text.replace(/\n+/g, ' / ')}`);
  }
  if (item.label === 0 && fired && show) console.log(`FALSE ALARM ${item.id} ${item.voice} (${item.recipient}): ${item.text.replace(/\n+/g, ' / ')}`);
}
const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
console.log(`${which} voices (${chosen.size} of ${voices.size}): precision ${p.toFixed(3)} recall ${r.toFixed(3)} tp/fp/fn/tn ${tp}/${fp}/${fn}/${tn}`);
console.log(`misses by step: ${Object.entries(steps).map(([k, v]) => `${k} ${v}`).join(', ')}`);
