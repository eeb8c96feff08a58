// Cost of the recipients, attachments, confidential, personal-data and credentials rules on a 1 MB
// body (hardening lane, jest.config.js): each rule's CPU time must grow linearly from 62.5 KB to 1 MB
// (test/helpers/cost.ts), never a wall-clock bound a busy machine could break. The milliseconds
// themselves are `npm run bench`'s and `npm run profile`'s.
import { RECIPIENT_RULES } from '../../../src/policy/rules/recipients';
import { ATTACHMENT_RULES } from '../../../src/policy/rules/attachments';
import { DATA_RULES } from '../../../src/policy/rules/data-rules';
import { RuleContext } from '../../../src/policy/context';
import { runRule } from '../../../src/policy/engine';
import { draft, policy, RESIDENT, CLERK } from '../../helpers/draft';
import { file } from '../../helpers/files';
import { growsLinearly } from '../../helpers/cost';

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

  const draftOf = (text: string) =>
    draft({
      from: CLERK,
      to: [RESIDENT, 'a@example.org', 'b@example.org', 'c@example.org', 'd@example.org'],
      cc: ['e@gmail.com'],
      composeType: 'forward',
      subject: 'Re: allotments',
      body: text,
      attachments: [file('minutes.pdf')],
      headers: { 'authentication-results': ['spf=pass smtp.mailfrom=example.org; dmarc=pass header.from=example.org'] },
    });

  it.each(SHAPES)('each rule grows linearly on %s', (_shape, unit) => {
    const small = draftOf(unit.repeat(Math.ceil(MB / 16 / unit.length)).slice(0, MB / 16));
    const large = draftOf(unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB));
    const steep: string[] = [];
    for (const rule of rules) {
      // A fresh context per run, so each figure includes the shared work (quotes, own text) it triggers.
      const run = (d: typeof large) => {
        const found = runRule(rule, new RuleContext(d, config), 'warn');
        expect(found.filter((f) => f.messageId === 'rule-failed')).toEqual([]);
      };
      const { ok, growth } = growsLinearly(run, small, large, 16);
      if (!ok) steep.push(`${rule.meta.id}: ${growth.ratio.toFixed(1)}× (${growth.small.toFixed(1)} → ${growth.large.toFixed(1)} ms CPU)`);
    }
    expect(steep).toEqual([]);
  });
});
