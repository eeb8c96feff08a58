// Experiment support for scripts/experiments/suite-encoder.js (not part of the product): each suite
// email as the shipped checker sees it (the suite's own policy file, src/eval/suite.ts's reading of
// expected.json), with the shipped verdict, the two gates the encoder needs (sender a councillor in the
// policy's roles; a recipient outside the council's domains) and the sentences of the writer's own
// words (RuleContext: quoted reply and forward text left out). Also the enron1 ham shipped verdicts, as
// `council-mail eval business-mail` decides them. Texts stay in memory: nothing is written or printed.
import fs from 'fs';
import path from 'path';
import { parseEml } from '../../src/mail/eml';
import { check } from '../../src/policy/engine';
import { parsePolicyText } from '../../src/policy/config';
import { RuleContext } from '../../src/policy/context';
import { readExpectations, type SuiteSplit, type SuiteVerdict } from '../../src/eval/suite';
import { businessVerdict, readBusinessMail } from '../../src/eval/business-mail';
import { findingsFor } from '../../src/eval/rule-runner';
import { defaultPolicy } from '../../src/eval/default-policy';

export interface SuiteEmail {
  set: string;
  suite: string;
  split: SuiteSplit;
  expected: SuiteVerdict;
  shipped: SuiteVerdict;
  councillor: boolean;
  external: boolean;
  sentences: string[];
}

/** Every email of every suite folder under `root` (a folder of suite folders). */
export async function suiteEmails(root: string): Promise<SuiteEmail[]> {
  const out: SuiteEmail[] = [];
  const set = path.basename(root);
  for (const suite of fs.readdirSync(root).sort()) {
    const dir = path.join(root, suite);
    if (!fs.statSync(dir).isDirectory() || !fs.existsSync(path.join(dir, 'policy.json'))) continue;
    const config = parsePolicyText(fs.readFileSync(path.join(dir, 'policy.json'), 'utf8'), path.join(dir, 'policy.json'));
    for (const [file, exp] of [...readExpectations(dir)].sort(([a], [b]) => a.localeCompare(b))) {
      const draft = await parseEml(new Uint8Array(fs.readFileSync(path.join(dir, file))));
      const shipped = check(draft, config).verdict as SuiteVerdict;
      const ctx = new RuleContext(draft, config);
      const sender = ctx.sender;
      out.push({
        set,
        suite,
        split: exp.split,
        expected: exp.verdict,
        shipped,
        councillor: sender.role === 'councillor' && sender.source === 'policy',
        external: ctx.externalRecipients.length > 0,
        sentences: ctx.sentences.map((s) => s.text.replace(/\s+/g, ' ').trim()).filter((t) => t.split(' ').length >= 3),
      });
    }
  }
  return out;
}

/** Shipped verdicts of the first `n` enron1 ham emails, as the business-mail eval decides them. */
export function enronShipped(dir: string, n: number): SuiteVerdict[] {
  const config = defaultPolicy();
  return readBusinessMail(dir)
    .slice(0, n)
    .map((m) => businessVerdict(findingsFor(m.body, m.subject, config)));
}
