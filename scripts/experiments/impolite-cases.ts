// Experiment: tone/impolite's findings on a JSON of phrasings ({kind: {warn: [...], ok: [...]}}), with every learnt judgement on.
import fs from 'fs';
import rule from '../../src/policy/rules/tone/impolite';
import { check, emptyDraft } from '../../src/policy/engine';
import { parsePolicyText } from '../../src/policy/config';
import path from 'path';
const file = path.resolve(__dirname, '../../policy/ware-town-council.json');
const base = parsePolicyText(fs.readFileSync(file, 'utf8'), file);
const config = { ...base, learntJudgements: ['instruction', 'harassment', 'threat', 'discrimination', 'impolite', 'confidential', 'special-category', 'credentials', 'advertising'] };
const cases = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as Record<string, { warn: string[]; ok: string[] }>;
let bad = 0;
for (const [kind, c] of Object.entries(cases)) {
  for (const [want, list] of [['warn', c.warn], ['ok', c.ok]] as const) {
    for (const body of list) {
      const d = emptyDraft({ body: { text: body }, from: { address: 'clerk@waretowncouncil.gov.uk' } as never, to: [{ address: 'someone@example.com' }] as never });
      const fs2 = check(d, config, { rules: [rule], surface: 'compose' }).findings.filter((f) => f.ruleId === 'tone/impolite');
      const got = fs2.length ? 'warn' : 'ok';
      if (got !== want) bad++;
      console.log(`${got === want ? '  ' : 'XX'} ${kind} ${want}: ${body} -> ${fs2.map((f) => `${f.messageId}@${f.span?.start}-${f.span?.end}`).join(' ')}`);
    }
  }
}
console.log('wrong', bad);
