// Experiment (docs/QUALITY.council-judgements.md, "Latest"): which of the learnt judgements that do not
// ship (harassment, threat, discrimination, impolite) should a council's policy file turn on? Each is
// one switch, chosen on suites whose dev halves no rule was fitted to, against the issue #16 limits on
// business mail and the innocent council set; the chosen switches are then measured once on the
// held-out suites. Prints figures only (no email text).
//
//   node scripts/lib/run-ts.js scripts/experiments/settings-choice.ts choose SUITE_DIR… 
//   node scripts/lib/run-ts.js scripts/experiments/settings-choice.ts business CLASS,CLASS|none
//   node scripts/lib/run-ts.js scripts/experiments/settings-choice.ts measure CLASS,CLASS|none SUITE_DIR…
//
// `choose` reads the dev halves only; `measure` reports every email of the folders given (for suites
// held out whole, all of them).
import fs from 'fs';
import path from 'path';
import { parseEml } from '../../src/mail/eml';
import { check } from '../../src/policy/engine';
import { parsePolicyText, type PolicyConfig } from '../../src/policy/config';
import { readExpectations, type SuiteVerdict } from '../../src/eval/suite';
import { evalBusinessMail } from '../../src/eval/business-mail';
import { defaultPolicy } from '../../src/eval/default-policy';
import { evalInnocentCouncil } from '../../src/eval/innocent-council';

const OPTIONAL = ['harassment', 'threat', 'discrimination', 'impolite'] as const;
const VERDICTS: SuiteVerdict[] = ['ok', 'warn', 'block'];

function withClasses(config: PolicyConfig, extra: readonly string[]): PolicyConfig {
  return { ...config, learntJudgements: [...new Set([...config.learntJudgements, ...extra])] };
}

interface Email {
  suite: string;
  file: string;
  expected: SuiteVerdict;
  split: string;
  draft: Awaited<ReturnType<typeof parseEml>>;
  config: PolicyConfig;
}

async function load(dirs: string[], halves: readonly string[]): Promise<Email[]> {
  const out: Email[] = [];
  for (const dir of dirs) {
    const policyFile = path.join(dir, 'policy.json');
    const config = parsePolicyText(fs.readFileSync(policyFile, 'utf8'), policyFile);
    for (const [file, exp] of readExpectations(dir)) {
      if (!halves.includes(exp.split)) continue;
      const draft = await parseEml(new Uint8Array(fs.readFileSync(path.join(dir, file))));
      out.push({ suite: path.basename(dir), file, expected: exp.verdict, split: exp.split, draft, config });
    }
  }
  return out;
}

function score(emails: Email[], extra: readonly string[]) {
  const confusion: Record<string, number> = {};
  let agree = 0, blockOk = 0, cleanBlocked = 0;
  for (const e of emails) {
    const got = check(e.draft, withClasses(e.config, extra)).verdict as SuiteVerdict;
    confusion[`${e.expected}→${got}`] = (confusion[`${e.expected}→${got}`] ?? 0) + 1;
    if (got === e.expected) agree++;
    if (e.expected === 'block' && got === 'ok') blockOk++;
    if (e.expected === 'ok' && got === 'block') cleanBlocked++;
  }
  const off = VERDICTS.flatMap((a) => VERDICTS.filter((b) => b !== a).map((b) => `${a}→${b} ${confusion[`${a}→${b}`] ?? 0}`)).join(', ');
  return `${(100 * agree / emails.length).toFixed(1)} % of ${emails.length}; blockable→ok ${blockOk}; clean→block ${cleanBlocked}; ${off}`;
}

const parseClasses = (s: string) => (s === 'none' ? [] : s.split(',').filter(Boolean));

async function main() {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode === 'choose') {
    const emails = await load(rest.map((d) => path.resolve(d)), ['dev']);
    console.log(`shipped:             ${score(emails, [])}`);
    for (const c of OPTIONAL) console.log(`+ ${c.padEnd(17)} ${score(emails, [c])}`);
    console.log(`+ all four:          ${score(emails, OPTIONAL)}`);
  } else if (mode === 'measure') {
    const [classes, ...dirs] = rest;
    const emails = await load(dirs.map((d) => path.resolve(d)), ['dev', 'locked']);
    console.log(`shipped:             ${score(emails, [])}`);
    console.log(`+ ${classes.padEnd(17)} ${score(emails, parseClasses(classes))}`);
  } else if (mode === 'business') {
    const extra = parseClasses(rest[0] ?? 'none');
    const shared = path.resolve(__dirname, '../../../shared/eval');
    const dirs = [path.join(shared, 'spam/enron1/ham'), path.join(shared, 'business-mail/enron3'), path.join(shared, 'business-mail/enron5')];
    const r = evalBusinessMail(dirs, { config: withClasses(defaultPolicy(), extra) });
    for (const [name, s] of Object.entries(r.sets)) console.log(`${name}: block ${(100 * s.blockRate).toFixed(2)} % (${Math.round(s.blockRate * s.n)}/${s.n}), warn ${(100 * s.warnRate).toFixed(2)} %`);
    const inn = evalInnocentCouncil({ config: withClasses(defaultPolicy(), extra) });
    console.log(`innocent council set: ${inn.blocked} blocked, ${inn.warned} warned of ${inn.n}`);
  } else {
    throw new Error('Usage: settings-choice.ts choose DIR… | business CLASSES | measure CLASSES DIR…');
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
