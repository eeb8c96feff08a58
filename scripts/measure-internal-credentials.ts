// Internal false alarms of credentials/secret: business mail put through the rule as an officer's
// email to a colleague inside the council (same bodies as `council-mail eval business-mail`, which
// sends each to one external recipient). A code is judged the same whoever receives it (docs/rules/
// credentials/secret.md), so there is no internal business-mail set to measure on: this reads the
// same folders with an internal recipient. Evaluation only: nothing is trained here. Prints, per
// folder, the emails with a credentials/secret block or warn, for an internal and an external
// recipient, and (with --show) the masked sentence of each internal finding, for the terminal only.
//   node scripts/lib/run-ts.js scripts/measure-internal-credentials.ts [--show] DIR…
import path from 'path';
import { check, emptyDraft } from '../src/policy/engine';
import { RULES } from '../src/policy/rules';
import { readBusinessMail } from '../src/eval/business-mail';
import { defaultPolicy } from '../src/eval/default-policy';
import { EVAL_RECIPIENT, EVAL_SENDER } from '../src/eval/rule-runner';
import { mask } from '../src/policy/text/mask';

const RULE = 'credentials/secret';
/** A colleague at the shipped policy's own domain (policy/ware-town-council.json). */
const COLLEAGUE = 'deputy.clerk@waretowncouncil.gov.uk';

const args = process.argv.slice(2);
const show = args.includes('--show');
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => path.resolve(d));
if (!dirs.length) {
  console.error('Give one or more folders of plain-text emails (e.g. ../shared/eval/spam/enron1/ham).');
  process.exit(2);
}
const config = defaultPolicy();
const rules = RULES.filter((r) => r.meta.id === RULE);

function findings(to: string, subject: string, text: string) {
  const draft = emptyDraft({ from: { name: 'Town Clerk', address: EVAL_SENDER }, to: [{ address: to }], subject, body: { text } });
  return check(draft, config, { rules }).findings.filter((f) => f.ruleId === RULE && (f.level === 'block' || f.level === 'warn'));
}

const total = { n: 0, internal: { block: 0, warn: 0 }, external: { block: 0, warn: 0 } };
for (const dir of dirs) {
  const mails = readBusinessMail(dir);
  const c = { internal: { block: 0, warn: 0 }, external: { block: 0, warn: 0 } };
  for (const m of mails) {
    for (const [who, to] of [['internal', COLLEAGUE], ['external', EVAL_RECIPIENT]] as const) {
      const fs = findings(to, m.subject, m.body);
      if (fs.some((f) => f.level === 'block')) c[who].block++;
      else if (fs.length) c[who].warn++;
      if (show && who === 'internal') {
        for (const f of fs) {
          if (!f.span || f.span.field !== 'body') continue;
          const s = Math.max(m.body.lastIndexOf('\n', f.span.start - 1) + 1, f.span.start - 100);
          const e = Math.min(f.span.end + 100, (m.body.indexOf('\n', f.span.end) + 1 || m.body.length + 1) - 1);
          const line = `${m.body.slice(s, f.span.start)}[${mask(m.body.slice(f.span.start, f.span.end))}]${m.body.slice(f.span.end, e)}`;
          console.log(`${path.basename(dir)}/${m.file} ${f.level} ${f.messageId}: ${line.replace(/\s+/g, ' ').trim()}`);
        }
      }
    }
  }
  total.n += mails.length;
  for (const who of ['internal', 'external'] as const) for (const l of ['block', 'warn'] as const) total[who][l] += c[who][l];
  console.log(`${path.basename(dir)}: n ${mails.length}; internal block ${c.internal.block}, warn ${c.internal.warn}; external block ${c.external.block}, warn ${c.external.warn}`);
}
console.log(JSON.stringify({ task: 'internal-credentials', rule: RULE, ...total }));
