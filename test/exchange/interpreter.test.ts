// The exported rules, read back from the generated script and run by a small interpreter of the
// conditions they use (test/exchange/rule-interpreter.ts, which cites the semantics it models):
// mail the add-in checked (header present) is untouched by the content rules; the same mail without
// the header meets them; executable attachments meet their rules either way; and ordinary business
// mail almost never meets a rule that rejects or holds.
import fs from 'fs';
import path from 'path';
import { parseEml } from '../../src/mail/eml';
import { parsePolicyText } from '../../src/policy/config';
import { applyScript } from '../../src/exchange/powershell';
import { exportRules } from '../../src/exchange/rules';
import { readBusinessMail } from '../../src/eval/business-mail';
import { evaluate, type Organisation, type TestMessage } from './rule-interpreter';
import { parseScript, type PsLiteral } from './powershell-ast';
import { SHARED } from '../helpers/draft';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/exchange');
const ware = JSON.parse(fs.readFileSync(path.join(ROOT, 'policy/ware-town-council.json'), 'utf8'));
const config = parsePolicyText(JSON.stringify({ ...ware, backstop: { stampHeader: true, clerk: 'clerk@waretowncouncil.gov.uk', councillorExternal: 'hold' } }));
const ORG: Organisation = { domains: config.organisation.domains };
const HEADER = 'X-Council-Policy-Checked: checked; by=Council Email Policy; policy=2026-12-06.1';

let rules: Map<string, Record<string, PsLiteral>>;
beforeAll(async () => {
  const parsed = await parseScript(applyScript(exportRules(config), { council: 'Ware', policyVersion: 't', mode: 'audit', generatedBy: 'test' }));
  rules = new Map();
  for (const c of parsed.commands.filter((x) => x.name === 'Set-CouncilRule')) {
    const p = Object.fromEntries(c.params);
    rules.set(String(p.Name).replace('Council Email Policy – ', ''), p.Settings as Record<string, PsLiteral>);
  }
});

async function message(file: string, withHeader: boolean): Promise<TestMessage> {
  let text = fs.readFileSync(file, 'utf8');
  if (withHeader) text = `${HEADER}\n${text}`;
  const d = await parseEml(text);
  return {
    from: d.from?.address ?? '',
    recipients: [...d.to, ...d.cc, ...d.bcc].map((a) => a.address),
    subject: d.subject,
    body: d.body.text,
    attachments: d.attachments.map((a) => ({ name: a.name, content: a.content })),
    headers: d.headers ?? {},
  };
}

/** The rules a message meets, as "name:effect". */
function meets(m: TestMessage): string[] {
  return [...rules].filter(([, s]) => evaluate(s, m, ORG).meets).map(([name, s]) => `${name}:${evaluate(s, m, ORG).effect}`);
}

describe.each([
  ['password-outside.eml', ['Passwords in email:reject'], []],
  ['part-ii-outside.eml', ['Part II papers going outside:hold'], []],
  ['part-ii-mentioned.eml', [], []],
  ['councillor-outside.eml', ['Councillor disclaimer:disclaimer', 'Councillor mail held for the Clerk:hold'], ['Councillor mail held for the Clerk:hold']],
  ['program-as-pdf.eml', ['Executable attachments:reject'], ['Executable attachments:reject']],
  // minutes.pdf.exe: a Windows program by name and by content.
  ['../../../samples/exe-double-extension.eml', ['Blocked attachment types:reject', 'Executable attachments:reject'], ['Blocked attachment types:reject', 'Executable attachments:reject']],
  ['../../../samples/ni-number-external.eml', ['NI numbers going outside (record only):record'], []],
  ['../../../samples/clean-internal.eml', [], []],
])('%s', (file, unchecked, checked) => {
  // The header strip meets every outgoing message to outside people; it is left out of the lists.
  const strip = (xs: string[]) => xs.filter((x) => !x.startsWith('Remove checked header'));
  it('without the header (mail the add-in never saw)', async () => {
    expect(strip(meets(await message(path.join(FIXTURES, file), false))).sort()).toEqual([...unchecked].sort());
  });
  it('with the header (the add-in checked it)', async () => {
    expect(strip(meets(await message(path.join(FIXTURES, file), true))).sort()).toEqual([...checked].sort());
  });
});

it('the header strip meets mail to people outside, and not internal mail', async () => {
  expect(meets(await message(path.join(FIXTURES, 'password-outside.eml'), true))).toContain('Remove checked header:strip');
  expect(meets(await message(path.join(ROOT, 'samples/clean-internal.eml'), true))).not.toContain('Remove checked header:strip');
});

const SETS = [path.join(SHARED, 'eval/spam/enron1/ham'), path.join(SHARED, 'eval/business-mail/enron3'), path.join(SHARED, 'eval/business-mail/enron5')];
(SETS.every((d) => fs.existsSync(d)) ? it : it.skip)('ordinary business mail: at most 0.2 % of each set meets a rule that rejects or holds', () => {
  for (const dir of SETS) {
    const mails = readBusinessMail(dir);
    let stopped = 0;
    for (const m of mails) {
      const msg: TestMessage = { from: 'clerk@waretowncouncil.gov.uk', recipients: ['resident@example.co.uk'], subject: m.subject, body: m.body, attachments: [], headers: {} };
      if ([...rules.values()].some((s) => {
        const r = evaluate(s, msg, ORG);
        return r.meets && (r.effect === 'reject' || r.effect === 'hold');
      })) stopped++;
    }
    const rate = stopped / mails.length;
    console.log(`${path.basename(dir)}: ${stopped} of ${mails.length} would be rejected or held (${(rate * 100).toFixed(2)} %)`);
    expect(rate).toBeLessThanOrEqual(0.002);
  }
});
