// Each "Load example" draft shows what its label promises, through the real engine.
import { check, emptyDraft } from '../../src/policy/engine';
import { htmlToText } from '../../src/policy/text/html';
import { EXAMPLES, exampleState, nameFromAddress, senders } from '../../src/playground/examples';
import { policy } from '../helpers/draft';
import type { MailDraft } from '../../src/policy/types';
import { DOMAINS } from './sim';

const config = policy();

function draftOf(id: string): MailDraft {
  const e = EXAMPLES.find((x) => x.id === id)!;
  const from = senders(config.roles, DOMAINS).find((s) => s.address.emailAddress === e.from)!.address;
  const s = exampleState(e, DOMAINS, from);
  const a = (l: typeof s.to) => (l ?? []).map((x) => ({ address: x.emailAddress, name: x.displayName, recipientType: x.recipientType }));
  return emptyDraft({
    from: { address: from.emailAddress, name: from.displayName },
    to: a(s.to),
    cc: a(s.cc),
    subject: s.subject,
    body: { text: htmlToText(s.bodyHtml ?? '').text, html: s.bodyHtml },
    composeType: s.composeType === 'newMail' ? 'new' : s.composeType,
  });
}

describe('playground examples', () => {
  it.each([
    ['clean', 'ok', []],
    ['councillor-instruction', 'block', ['instructions/councillor']],
    ['visible-external', 'warn', ['recipients/visible-external']],
    ['ni-number', 'warn', ['personal-data/external']],
    ['offensive-reply', 'block', ['tone/abusive']],
  ] as const)('%s gives %s with %j', (id, verdict, rules) => {
    const r = check(draftOf(id), config);
    expect(r.verdict).toBe(verdict);
    const ids = r.findings.filter((f) => f.level !== 'info').map((f) => f.ruleId);
    expect(ids).toEqual(expect.arrayContaining([...rules]));
  });

  it('every example sender is in the From list', () => {
    const all = senders(config.roles, DOMAINS).map((s) => s.address.emailAddress);
    for (const e of EXAMPLES) expect(all).toContain(e.from);
  });

  it.each([
    ['cllr.ada.lovelace@waretowncouncil.gov.uk', 'Cllr Ada Lovelace'],
    ['deputy.clerk@waretowncouncil.gov.uk', 'Deputy Clerk'],
  ])('names %s as %s', (a, n) => expect(nameFromAddress(a)).toBe(n));
});
