// Experiment support (helper instr9): the instruction class's block and block-or-warn figures apart
// (`council-mail eval council` reports at the class's level, block, only). Totals only: no item is printed.
//   node scripts/lib/run-ts.js scripts/experiments/instruction-tiers.ts DIR --split train|dev|test [--voices odd|even]
// The corpus's locked test split is refused (test-v3 is the lead's); `test` is for data/council-check.
import path from 'path';
import { check, emptyDraft } from '../../src/policy/engine';
import { RULES } from '../../src/policy/rules';
import { defaultPolicy } from '../../src/eval/default-policy';
import { loadCouncilCorpus } from '../../src/eval/council-corpus';
import { ofVoices } from '../../src/eval/council';

const args = process.argv.slice(2);
const dir = args[0];
const split = args[args.indexOf('--split') + 1];
const voices = args.includes('--voices') ? (args[args.indexOf('--voices') + 1] as 'odd' | 'even') : undefined;
if (!dir || !split) throw new Error('DIR --split S');
if (split === 'test' && path.basename(path.resolve(dir)) === 'council-corpus') throw new Error('The corpus test split is the lead\'s.');
let items = loadCouncilCorpus(dir, ['instruction']).filter((i) => i.split === split);
if (voices) items = ofVoices(items, voices);
const rules = RULES.filter((r) => r.meta.id === 'instructions/councillor' || r.meta.id === 'instructions/councillor-possible');
const config = defaultPolicy();
const c = { pos: 0, neg: 0, posBlock: 0, posAny: 0, negBlock: 0, negAny: 0 };
for (const item of items) {
  const draft = emptyDraft({
    from: item.role === 'councillor' ? { name: 'Cllr Jo Evans', address: 'jo.evans@waretowncouncil.gov.uk' } : item.role === 'officer' ? { name: 'Town Clerk', address: 'clerk@waretowncouncil.gov.uk' } : item.role === 'contractor' ? { name: 'Brook Builders', address: 'office@brookbuilders.example.co.uk' } : { name: 'A Resident', address: 'resident@example.co.uk' },
    to: [item.recipient === 'internal' ? { name: 'Council Office', address: 'office@waretowncouncil.gov.uk' } : { name: 'J Smith', address: 'j.smith@example.co.uk' }],
    subject: '',
    body: { text: item.text },
  });
  const f = check(draft, config, { rules }).findings;
  const block = f.some((x) => x.ruleId === 'instructions/councillor' && x.level === 'block');
  const any = block || f.some((x) => x.ruleId.startsWith('instructions/councillor') && (x.level === 'warn' || x.level === 'block'));
  if (item.label === 1) { c.pos++; if (block) c.posBlock++; if (any) c.posAny++; }
  else { c.neg++; if (block) c.negBlock++; if (any) c.negAny++; }
}
const r = (a: number, b: number) => (b ? a / b : 0).toFixed(3);
console.log(`${dir} ${split}${voices ? ' ' + voices : ''}: positives ${c.pos}, neighbours ${c.neg}`);
console.log(`  block:         recall ${r(c.posBlock, c.pos)} (${c.posBlock})  precision ${r(c.posBlock, c.posBlock + c.negBlock)}  neighbours blocked ${c.negBlock}`);
console.log(`  block or warn: recall ${r(c.posAny, c.pos)} (${c.posAny})  precision ${r(c.posAny, c.posAny + c.negAny)}  neighbours flagged ${c.negAny}`);
