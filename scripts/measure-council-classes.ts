// Each learnt judgement of issue #17 switched on alone (policy `learntJudgements: [class]`), measured
// against the bars of issue #16: business mail blocked ≤ 0.2 % and warned ≤ 5 % per set, and no
// item of the innocent council set (test/fixtures/innocent-council) blocked. Evaluation only:
// nothing here is trained or tuned; the verdict of an email is the shipped rules' verdict with the
// one class switched on (the other rules are run once with no learnt judgement, then the class's
// rule is run again with it, and the stronger verdict counts; rules are independent).
//   node scripts/lib/run-ts.js scripts/measure-council-classes.ts [--class C] DIR…
import path from 'path';
import { check, emptyDraft } from '../src/policy/engine';
import { RULES } from '../src/policy/rules';
import type { Finding } from '../src/policy/finding';
import { businessVerdict, readBusinessMail } from '../src/eval/business-mail';
import { defaultPolicy } from '../src/eval/default-policy';
import { findingsFor } from '../src/eval/rule-runner';
import { INNOCENT_COUNCILLOR, INNOCENT_OFFICER, INNOCENT_RECIPIENT, readInnocentCouncil } from '../src/eval/innocent-council';
import { COUNCIL_CLASSES, type CouncilClass } from '../src/policy/models/council';

const RULE_OF: Record<CouncilClass, string> = {
  instruction: 'instructions/councillor',
  harassment: 'tone/harassment',
  threat: 'tone/threat',
  discrimination: 'tone/discriminatory',
  impolite: 'tone/impolite',
  confidential: 'confidential/external',
  'special-category': 'personal-data/special-category',
  credentials: 'credentials/secret',
  advertising: 'solicitation/advertising',
};
const RANK = { ok: 0, warn: 1, block: 2 } as const;
type Verdict = keyof typeof RANK;
const stronger = (a: Verdict, b: Verdict): Verdict => (RANK[a] >= RANK[b] ? a : b);

const args = process.argv.slice(2);
const only = args.includes('--class') ? [args[args.indexOf('--class') + 1] as CouncilClass] : COUNCIL_CLASSES;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--class').map((d) => path.resolve(d));
const shipped = defaultPolicy();
const pct = (a: number, n: number) => ((100 * a) / Math.max(1, n)).toFixed(2) + ' %';

const sets = dirs.map((d) => {
  const mails = readBusinessMail(d);
  return { name: path.relative(path.resolve(__dirname, '../..'), d), mails, base: mails.map((m) => businessVerdict(findingsFor(m.body, m.subject, shipped))) };
});
const innocent = readInnocentCouncil();

const rows: Record<string, unknown> = {};
for (const cls of only) {
  const config = { ...shipped, learntJudgements: [cls] };
  const rules = RULES.filter((r) => r.meta.id === RULE_OF[cls]);
  const row: Record<string, unknown> = {};
  const parts: string[] = [];
  for (const s of sets) {
    let block = 0;
    let warn = 0;
    s.mails.forEach((m, i) => {
      const v = stronger(s.base[i], businessVerdict(findingsFor(m.body, m.subject, config, rules)));
      if (v === 'block') block++;
      else if (v === 'warn') warn++;
    });
    row[s.name] = { n: s.mails.length, block, warn, blockRate: block / s.mails.length, warnRate: warn / s.mails.length };
    parts.push(`${s.name} block ${pct(block, s.mails.length)} warn ${pct(warn, s.mails.length)}`);
  }
  const blocks: string[] = [];
  for (const item of innocent) {
    // As src/eval/innocent-council.ts sends it, with only the class's rule.
    const from = item.voice === 'councillor' ? { name: 'Cllr Ada Lovelace', address: INNOCENT_COUNCILLOR } : { name: 'Town Clerk', address: INNOCENT_OFFICER };
    const draft = emptyDraft({ from, to: [{ address: INNOCENT_RECIPIENT }], subject: '', body: { text: item.text } });
    const f: Finding[] = check(draft, config, { rules }).findings;
    if (f.some((x) => x.level === 'block')) blocks.push(item.where);
  }
  row.innocentBlocks = blocks;
  rows[cls] = row;
  process.stdout.write(`${cls}: ${parts.join('; ')}; innocent council blocked ${blocks.length}${blocks.length ? ' (' + blocks.join(', ') + ')' : ''}\n`);
}
process.stdout.write(JSON.stringify(rows) + '\n');
