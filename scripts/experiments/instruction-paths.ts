// Experiment support (helper prec9): every path by which a councillor's sentence reaches
// instructions/councillor, counted per set: the cue families of ./detect.ts (commitment, question
// request, polite request, directive phrase, imperative) and the judged paths (judgedPath: the model
// with its obligation forms, and the plain forms). For each, how many sentences fire (a candidate),
// and how many emails end blocked or warned through it. Prints to the terminal only.
//   node scripts/lib/run-ts.js scripts/experiments/instruction-paths.ts [--show PATH] SET…
//   SET: fresh-read, fresh2-read, …, fresh5-read, innocent, corpus-train (counts only), corpus-train-odd, corpus-dev
import path from 'path';
import { RuleContext } from '../../src/policy/context';
import { emptyDraft } from '../../src/policy/engine';
import { defaultPolicy } from '../../src/eval/default-policy';
import { readInnocentCouncil, INNOCENT_COUNCILLOR, INNOCENT_OFFICER, INNOCENT_OTHER_COUNCILLOR, INNOCENT_RECIPIENT } from '../../src/eval/innocent-council';
import { loadCouncilCorpus } from '../../src/eval/council-corpus';
import { ofVoices } from '../../src/eval/council';
import { BUILT_REGEXES, detectInstruction } from '../../src/policy/rules/instructions/detect';
import { judgedPath, obligationForm } from '../../src/policy/rules/instructions/judged';
import { instructionForms } from '../../src/policy/models/council';
import { instructionFindings } from '../../src/policy/rules/instructions/councillor';

const [, DIRECTIVES_RE, , , , , POLITE_REQUEST] = BUILT_REGEXES;
const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const sets = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--show');
const config = { ...defaultPolicy(), learntJudgements: defaultPolicy().learntJudgements };

interface Mail { where: string; to: 'outside' | 'officer' | 'councillor'; text: string }
function mails(set: string): Mail[] {
  const m = /^(fresh\d?)-read$/.exec(set);
  if (m) {
    const dir = path.resolve('data', m[1] === 'fresh' ? 'innocent-fresh' : 'innocent-' + m[1]);
    return readInnocentCouncil(dir, /-read\.txt$/).filter((i) => i.voice === 'councillor');
  }
  if (set.startsWith('dir:')) return readInnocentCouncil(path.resolve(set.slice(4))).filter((i) => i.voice === 'councillor');
  if (set === 'innocent') return readInnocentCouncil().filter((i) => i.voice === 'councillor');
  // corpus-train-odd: the train split's odd voices (ofVoices), the half that may be read.
  const [split, half] = set.replace('corpus-', '').split('-');
  if (split === 'test' || (half && half !== 'odd') || (show && split === 'train' && !half)) throw new Error('corpus-train-odd or corpus-dev (the even voices and test are totals only)');
  const all = loadCouncilCorpus('data/council-corpus', ['instruction']).filter((i) => i.split === split);
  return (half ? ofVoices(all, 'odd') : all)
    .filter((i) => i.label === 1 && i.role === 'councillor')
    .map((i) => ({ where: i.id, to: i.recipient === 'internal' ? 'officer' : 'outside', text: i.text }));
}

function detectPath(s: string): string | undefined {
  const f = detectInstruction(s);
  if (!f) return undefined;
  if (f.kind === 'commitment') return 'cue:commitment';
  if (/\?["'”’)\s]*$/.test(s)) return 'cue:question-request';
  const p = POLITE_REQUEST.exec(s);
  if (p && p.index === f.start) return 'cue:polite-request';
  DIRECTIVES_RE.lastIndex = 0;
  if (DIRECTIVES_RE.test(f.cue)) return 'cue:directive-phrase';
  return 'cue:imperative';
}

for (const set of sets) {
  const counts: Record<string, { fire: number; block: number; warn: number }> = {};
  const items = mails(set);
  let blocked = 0;
  for (const item of items) {
    const address = item.to === 'outside' ? INNOCENT_RECIPIENT : item.to === 'officer' ? (set.startsWith('corpus') ? 'office@waretowncouncil.gov.uk' : INNOCENT_OFFICER) : INNOCENT_OTHER_COUNCILLOR;
    const draft = emptyDraft({ from: { name: 'Cllr Ada Lovelace', address: INNOCENT_COUNCILLOR }, to: [{ address }], subject: '', body: { text: item.text } });
    const ctx = new RuleContext(draft, config);
    const to = { officer: item.to === 'officer', toOfficers: item.to === 'officer', councillorsOnly: item.to === 'councillor' };
    const found = instructionFindings(ctx);
    let any = false;
    for (const s of ctx.sentences) {
      let p = detectPath(s.text);
      if (!p) {
        const j = to.councillorsOnly ? undefined : judgedPath(s.text, to);
        if (j?.startsWith('model')) p = `judged:${j}[${instructionForms(s.text.toLowerCase()).join(',')}]`;
        else if (j) p = `judged:${j}`;
      }
      if (!p) continue;
      const f = found.find((x) => x.span?.field === 'body' && x.span.start === s.start);
      const c = (counts[p] ??= { fire: 0, block: 0, warn: 0 });
      c.fire++;
      if (f?.sure) c.block++;
      else if (f) c.warn++;
      if (f?.sure) any = true;
      if (show && p.startsWith(show) && (f || args.includes('--all'))) process.stdout.write(`  ${item.where} ${item.to} ${f ? (f.sure ? 'BLOCK' : 'warn') : 'excused'} ${p}: ${s.text.replace(/\n/g, ' ')}\n`);
    }
    if (any) blocked++;
  }
  process.stdout.write(`${set}: ${items.length} councillor emails, ${blocked} blocked\n`);
  for (const [p, c] of Object.entries(counts).sort((a, b) => b[1].fire - a[1].fire)) process.stdout.write(`  ${p.padEnd(48)} fires ${String(c.fire).padStart(4)}  block ${String(c.block).padStart(4)}  warn ${String(c.warn).padStart(3)}\n`);
}
void obligationForm;
