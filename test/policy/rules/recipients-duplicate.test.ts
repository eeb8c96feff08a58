import rule from '../../../src/policy/rules/recipients/duplicate';
import { draft, findingsOf, idsOf, RESIDENT, CLERK } from '../../helpers/draft';

describe('recipients/duplicate', () => {
  it.each([
    ['one recipient', draft({ to: [RESIDENT] })],
    ['different people', draft({ to: [RESIDENT], cc: [CLERK] })],
    ['no recipients at all', draft({ to: [] })],
  ])('accepts %s', (_name, d) => {
    expect(idsOf(rule, d)).toEqual([]);
  });

  it.each([
    ['To and Cc', draft({ to: [RESIDENT], cc: [RESIDENT] }), ['duplicate@cc:0-1']],
    ['case differs', draft({ to: ['Jo.Bloggs@Example.co.uk'], bcc: [RESIDENT] }), ['duplicate@bcc:0-1']],
    ['twice in To', draft({ to: [CLERK, RESIDENT, RESIDENT] }), ['duplicate@to:2-3']],
  ])('flags %s', (_name, d, expected) => {
    expect(idsOf(rule, d)).toEqual(expected);
  });

  it('offers to remove the extra entry', () => {
    const [f] = findingsOf(rule, draft({ to: [RESIDENT], cc: [RESIDENT] }));
    expect(f.fixes).toEqual([{ kind: 'remove-recipient', field: 'cc', address: RESIDENT }]);
    expect(String(f)).toMatch(/^cc:0-1 warn .+ \[recipients\/duplicate\]$/);
  });
});
