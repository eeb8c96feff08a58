// Performance sanity for the recipients, attachments, confidential, personal-data and credentials
// rules: each on a 1 MB body should take well under 100 ms. The bound asserted here is generous
// (shared, loaded CI machines run several times slower); the printed figures are the ones to watch.
import { RECIPIENT_RULES } from '../../../src/policy/rules/recipients';
import { ATTACHMENT_RULES } from '../../../src/policy/rules/attachments';
import { DATA_RULES } from '../../../src/policy/rules/data-rules';
import { RuleContext } from '../../../src/policy/context';
import { runRule } from '../../../src/policy/engine';
import { draft, policy, RESIDENT, CLERK } from '../../helpers/draft';
import { file } from '../../helpers/files';

const PARAGRAPH =
  'Dear Jo,\nThank you for your email about the allotments. The clerk will reply by Friday; please see attached the minutes of 12-05-24. ' +
  'Our reference is 4111 1111 and the phone number is 01920 460316. Password reset links are sent by IT. He has the keys.\n' +
  '> On Monday, Jo wrote:\n> Is the hall free on 3 March? My account is 12345678.\n\n';
const SHAPES: [string, string][] = [
  ['ordinary mail', PARAGRAPH],
  ['digits and separators', '12 34 56 7890-'],
  ['repeated label words', 'password is pin is code is '],
  ['one long line', 'x'.repeat(999) + ' '],
];
const MB = 1_000_000;

describe('rule performance on a 1 MB body', () => {
  const config = policy();
  const rules = [...RECIPIENT_RULES, ...ATTACHMENT_RULES, ...DATA_RULES];

  it.each(SHAPES)('each rule stays fast on %s', (shape, unit) => {
    const text = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
    const d = draft({
      from: CLERK,
      to: [RESIDENT, 'a@example.org', 'b@example.org', 'c@example.org', 'd@example.org'],
      cc: ['e@gmail.com'],
      composeType: 'forward',
      subject: 'Re: allotments',
      body: text,
      attachments: [file('minutes.pdf')],
      headers: { 'authentication-results': ['spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org'] },
    });
    const times: string[] = [];
    const slow: string[] = [];
    for (const rule of rules) {
      // A fresh context per rule, so each figure includes the shared work (quotes, own text) it triggers.
      const ctx = new RuleContext(d, config);
      const t0 = performance.now();
      const found = runRule(rule, ctx, 'warn');
      const ms = performance.now() - t0;
      times.push(`${rule.meta.id} ${ms.toFixed(1)} ms (${found.length})`);
      expect(found.filter((f) => f.messageId === 'rule-failed')).toEqual([]);
      if (ms >= 1000) slow.push(rule.meta.id);
    }
    // Figures only (no content): rule id, time, number of findings.
    console.log(`1 MB body, ${shape}:\n  ${times.join('\n  ')}`);
    expect(slow).toEqual([]);
  });
});
