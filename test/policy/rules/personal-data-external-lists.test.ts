// Lists of named residents with addresses and sums owed, going outside (issue #17, warn).
import rule from '../../../src/policy/rules/personal-data/external';
import { draft, findingsOf, CLERK, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const LIST = 'Unpaid pitch fees for your agency:\nMrs R. Dale, 14 Fore Street, £120\nTom Ince, 3 Crib Street, £85\nA. Shah, Flat 2, 9 Star Street, £40';

describe('personal-data/external, lists of residents who owe money', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  it('warns on a list with names, addresses and sums, quoting its first entry', () => {
    const [f] = findingsOf(rule, draft({ to: [RESIDENT], body: LIST }));
    expect(f.messageId).toBe('resident-list');
    expect(f.level).toBe('warn');
    expect(f.message).toContain('Mrs R. Dale, 14 Fore Street, £120');
    expect(f.message).toContain('3 named people');
  });

  tester.accepts([
    ['the same list sent to the office', draft({ to: [CLERK], body: LIST })],
    ['a total without names', draft({ to: [RESIDENT], body: 'Three traders owe pitch fees totalling £245.' })],
    ['one named debt', draft({ to: [RESIDENT], body: 'Mrs R. Dale, 14 Fore Street, owes £120.' })],
    ['charges without people', draft({ to: [RESIDENT], body: 'Garage 3, 18 Collett Road, £260 a year\nGarage 7, 2 Star Street, £130 a year' })],
  ]);
});
