import rule from '../../../src/policy/rules/authenticity/impersonation';
import { draft, findingsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

// The default policy lists cllr.ada.lovelace@ and cllr.tom.baker@ as councillors, clerk@ etc. as officers.
const from = (name: string, address: string) => draft({ from: { name, address }, to: ['clerk@waretowncouncil.gov.uk'] });

describe('authenticity/impersonation', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['the councillor from the council address', from('Cllr Ada Lovelace', 'cllr.ada.lovelace@waretowncouncil.gov.uk')],
    ['a district councillor from a partner', from('Cllr Sam Smith', 'sam.smith@eastherts.gov.uk')],
    ['another town clerk at a company domain', from('Town Clerk', 'clerk@hertfordtowncouncil.org.uk')],
    ['a resident who shares a first name only', from('Ada Jones', 'ada.jones@gmail.com')],
    ['no display name', from('', 'someone@gmail.com')],
    ['"Clerkenwell Plumbing" is not a title', from('Clerkenwell Plumbing', 'office@gmail.com')],
  ]);

  tester.flags([
    ['a councillor name from webmail', from('Cllr Ada Lovelace', 'ada.lovelace.ware@gmail.com'), ['person@from:0-1']],
    ['a councillor name with a Cyrillic letter', from('Аda Lovelace', 'office@example.net'), ['person@from:0-1']],
    ['surname first', from('Lovelace, Ada', 'ceo@example.net'), ['person@from:0-1']],
    ['the council name from outside', from('Ware Town Council', 'accounts@example.net'), ['organisation@from:0-1']],
    ['"Councillor" from webmail', from('Councillor Smith', 'cllrsmith@outlook.com'), ['title@from:0-1']],
    ['"Town Clerk" from webmail', from('Town Clerk', 'townclerk1@gmail.com'), ['title@from:0-1']],
  ]);

  it('says "check with the sender by phone"', () => {
    const [f] = findingsOf(rule, from('Cllr Ada Lovelace', 'ada@gmail.com'));
    expect(f.message).toMatch(/check with the sender by phone/);
  });
});
