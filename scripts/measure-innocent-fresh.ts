// The fresh innocent set (data/innocent-fresh/, README there): ordinary council emails written by
// writers who had not seen the checker, each writer's set split by persona into a read half
// (`*-read.txt`) and a locked half (`*-locked.txt`). Every email must go out unblocked.
//
//   node scripts/lib/run-ts.js scripts/measure-innocent-fresh.ts read [--rule RULE] [--warn]
//     each blocked email of the read half (and with --warn each warned one): where, rules, text
//   node scripts/lib/run-ts.js scripts/measure-innocent-fresh.ts read|locked --totals
//     counts only: emails, blocked, warned, and per rule (the only view of the locked half)
//   --set NAME  another fresh set under data/ (default innocent-fresh; the second, written later on
//     2026-12-07, is data/innocent-fresh2; the third, data/innocent-fresh3, has mail inside the
//     council too: `voice > officer | text`)
//
// Each email is sent as the innocent council set sends it (src/eval/innocent-council.ts): a
// councillor's from a councillor's council address, the rest from the clerk's, to one outside
// recipient unless the line names another (src/eval/innocent-council.ts). Prints to the terminal only.
import path from 'path';
import { businessVerdict } from '../src/eval/business-mail';
import { defaultPolicy } from '../src/eval/default-policy';
import { evalInnocentCouncil, innocentFindings, readInnocentCouncil } from '../src/eval/innocent-council';

const args = process.argv.slice(2);
const setName = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'innocent-fresh';
if (!setName || !/^innocent-fresh\d*$/.test(setName)) {
  process.stderr.write(`--set takes the name of a fresh set under data/ (innocent-fresh, innocent-fresh2, innocent-fresh3), not "${setName ?? ''}".\n`);
  process.exit(2);
}
const DIR = path.resolve(__dirname, '../data', setName);
const half = args[0];
if (half !== 'read' && half !== 'locked') {
  process.stderr.write('Usage: measure-innocent-fresh.ts read|locked [--totals] [--set NAME] [--rule RULE] [--warn]\n');
  process.exit(2);
}
const only = new RegExp(`-${half}\\.txt$`);

if (args.includes('--totals')) {
  const r = evalInnocentCouncil({ dir: DIR, only });
  const rules = Object.entries(r.byRule)
    .sort((a, b) => b[1].block - a[1].block || b[1].warn - a[1].warn)
    .map(([rule, c]) => `  ${rule.padEnd(36)} block ${String(c.block).padStart(3)}  warn ${String(c.warn).padStart(3)}`);
  const to = Object.entries(r.byRecipient).map(([t, c]) => `  to ${t.padEnd(33)} ${String(c.n).padStart(3)} emails, ${c.blocked} blocked, ${c.warned} warned`);
  process.stdout.write(`${setName}, ${half} half: ${r.n} emails, ${r.blocked} blocked (${(100 * r.blockRate).toFixed(1)} %), ${r.warned} warned (${(100 * r.warnRate).toFixed(1)} %)\n${[...to, ...rules].join('\n')}\n`);
  process.exit(0);
}
if (half === 'locked') {
  process.stderr.write('The locked half is counted only (--totals); its emails are never printed.\n');
  process.exit(2);
}
const ruleArg = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const showWarn = args.includes('--warn');
const config = defaultPolicy();
let blocked = 0;
let warned = 0;
const items = readInnocentCouncil(DIR, only);
for (const item of items) {
  const findings = innocentFindings(item, config);
  const v = businessVerdict(findings);
  if (v === 'block') blocked++;
  else if (v === 'warn') warned++;
  if (v === 'ok' || (v === 'warn' && !showWarn)) continue;
  const shown = findings.filter((f) => (f.level === 'block' || (showWarn && f.level === 'warn')) && (!ruleArg || f.ruleId === ruleArg));
  if (!shown.length) continue;
  process.stdout.write(`\n${item.where} (${item.voice} to ${item.to}) → ${v}\n`);
  for (const f of shown) {
    const words = f.span && f.span.field === "body" ? item.text.slice(f.span.start, f.span.end) : '';
    process.stdout.write(`  [${f.level}] ${f.ruleId} ${f.messageId}${words ? `: "${words.replace(/\n/g, ' ')}"` : ''}\n`);
  }
  process.stdout.write(`  ${item.text.replace(/\n/g, '\n  ')}\n`);
}
process.stdout.write(`\nread half: ${items.length} emails, ${blocked} blocked, ${warned} warned\n`);
