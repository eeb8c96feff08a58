// helper sc6: per prose kind, how many emails of each business set the rule blocks through it (totals only).
import path from 'path';
import { readBusinessMail } from '../../src/eval/business-mail';
import { findingsFor, rulesWhere } from '../../src/eval/rule-runner';
import { defaultPolicy } from '../../src/eval/default-policy';
const rules = rulesWhere((id) => id === 'personal-data/special-category');
const cfg = defaultPolicy();
for (const dir of ['../shared/eval/business-mail/enron3', '../shared/eval/business-mail/enron5']) {
  const by: Record<string, number> = {};
  for (const m of readBusinessMail(path.resolve(dir))) {
    for (const f of findingsFor(m.body, m.subject, cfg, rules).filter((f) => f.level === 'block')) by[f.messageId] = (by[f.messageId] ?? 0) + 1;
  }
  console.log(path.basename(dir), JSON.stringify(by));
}
