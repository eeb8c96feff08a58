// helper sc6: personal-data/special-category alone over the business-mail sets. Shows enron1 ham hits
// (readable); enron3 and enron5 give totals only.
import path from 'path';
import { readBusinessMail } from '../../src/eval/business-mail';
import { findingsFor, rulesWhere } from '../../src/eval/rule-runner';
import { defaultPolicy } from '../../src/eval/default-policy';
const rules = rulesWhere((id) => id === 'personal-data/special-category');
const cfg = defaultPolicy();
for (const dir of ['../shared/eval/spam/enron1/ham', '../shared/eval/business-mail/enron3', '../shared/eval/business-mail/enron5']) {
  const readable = dir.includes('enron1');
  let b = 0;
  for (const m of readBusinessMail(path.resolve(dir))) {
    const fs = findingsFor(m.body, m.subject, cfg, rules).filter((f) => f.level === 'block');
    if (!fs.length) continue;
    b++;
    if (readable) for (const f of fs) console.log(`  ${m.file} ${f.messageId}: ${(f.span?.field === 'body' ? m.body : m.subject).slice(f.span!.start, f.span!.end).replace(/\s+/g, ' ').slice(0, 200)}`);
  }
  console.log(`${path.basename(dir)}: ${b} blocked`);
}
