import rule from '../../../src/policy/rules/recipients/personal-address';
import { draft, findingsOf, policy, CLERK, CLLR, RESIDENT, STAFF } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('recipients/personal-address', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['a councillor writing from the council address', draft({ from: CLLR, to: [CLERK] })],
    ['an officer replying to a resident’s gmail', draft({ from: CLERK, to: [{ name: 'Jo Bloggs', address: 'jo.bloggs@gmail.com' }] })],
    ['a member of staff who is not a councillor, from a personal address', draft({ from: { name: 'Sam Smith', address: 'sam@gmail.com' }, to: [STAFF] })],
    ['a councillor to a business address', draft({ from: CLLR, to: [RESIDENT] })],
    ['a personal address whose display name has no councillor marker', draft({ from: CLERK, to: [{ name: 'Tom Baker', address: 'tom.baker@hotmail.co.uk' }] })],
  ]);

  tester.flags([
    ['a councillor sending from gmail', draft({ from: { name: 'Cllr Ada Lovelace', address: 'ada.lovelace@gmail.com' }, to: [CLERK] }), ['from-personal@from:0-1']],
    ['an officer sending to a councillor’s personal address', draft({ from: CLERK, to: [CLLR], cc: [{ name: 'Councillor Tom Baker', address: 'tombaker1963@btinternet.com' }] }), ['to-councillor-personal@cc:0-1']],
    ['a councillor copying their own personal address', draft({ from: { name: 'Cllr Ada Lovelace', address: CLLR }, to: [CLERK], bcc: [{ name: 'Ada Lovelace', address: 'ada.l@yahoo.co.uk' }] }), ['to-own-personal@bcc:0-1']],
    ['a councillor display name on a personal address, mixed case', draft({ from: CLERK, to: [{ address: 'Cllr.Someone@Gmail.com', name: 'Cllr Someone' }] }), ['to-councillor-personal@to:0-1']],
  ]);

  // A personal address the council's policy file lists as a councillor's is one the council accepted.
  const listed = policy({ roles: { councillors: [CLLR, 'ada.lovelace@gmail.com'], officers: [CLERK], source: 'file' } });
  ruleTester(rule, { level: 'warn', config: listed }).accepts([
    ['a councillor writing from a personal address the policy file lists', draft({ from: { name: 'Cllr Ada Lovelace', address: 'ada.lovelace@gmail.com' }, to: [CLERK] })],
    ['an officer writing to a personal address the policy file lists', draft({ from: CLERK, to: [{ name: 'Ada Lovelace', address: 'ada.lovelace@gmail.com' }] })],
  ], 'accepts under a policy file that lists the address: %s');
  ruleTester(rule, { level: 'warn', config: listed }).flags([
    ['an unlisted councillor’s personal address, by display name', draft({ from: CLERK, to: [{ name: 'Cllr Tom Baker', address: 'tom@gmail.com' }] }), ['to-councillor-personal@to:0-1']],
  ], 'still flags under that policy file: %s');

  it('offers to remove the personal address', () => {
    const [f] = findingsOf(rule, draft({ from: CLERK, to: [{ name: 'Cllr Tom Baker', address: 'tom@gmail.com' }] }));
    expect(f.fixes).toEqual([{ kind: 'remove-recipient', field: 'to', address: 'tom@gmail.com' }]);
    expect(f.clause).toBe('1.3');
  });
});
