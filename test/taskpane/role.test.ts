import { describeSenderRole } from '../../src/taskpane/shared/role';
import { CLLR, CLERK, STAFF, policy } from '../helpers/draft';

describe('the sender role line', () => {
  it.each([
    ['a listed councillor', { address: CLLR }, /Councillor \(listed in the council’s policy file\)/],
    ['a listed officer', { address: CLERK }, /an officer \(listed/],
    ['a display name marking a councillor', { address: 'someone@waretowncouncil.gov.uk', name: 'Cllr Jo Smith' }, /Councillor \(because the display name/],
    ['anyone else', { address: STAFF }, /staff \(because the address is not listed/],
  ])('names %s and where the role came from', (_n, from, expected) => {
    expect(describeSenderRole(policy(), from)).toMatch(expected);
  });

  it('says when roles were last synced from Entra ID', () => {
    const config = policy({ roles: { councillors: [CLLR], officers: [], source: 'entra', syncedAt: '2026-11-20T06:00:00Z' } });
    expect(describeSenderRole(config, { address: CLLR })).toMatch(/Entra ID groups, last synced 20 November 2026/);
  });

  it('says nothing before the sender is known', () => {
    expect(describeSenderRole(policy(), undefined)).toBe('');
  });
});
