// The learnt judgement of solicitation/advertising (issue #17): private selling in plain words.
import rule from '../../../src/policy/rules/solicitation/advertising';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf } from '../../helpers/draft';

describe('solicitation/advertising, learnt judgement', () => {
  it("warns on a relative's trade offered to colleagues, quoting the writer", () => {
    const [f] = findingsOf(rule, draft({ body: 'My husband has started a gutter-cleaning round, £40 a house, so give him a ring if you need it.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.level).toBe('warn');
    expect(f.message).toContain('My husband has started a gutter-cleaning round');
    expect(f.message).toContain('3.1');
  });

  it('warns on selling your own things', () => {
    expect(idsOf(rule, draft({ body: "I'm selling my old lawnmower, £60, collection only." }))).toEqual(['learnt@body:0-51']);
  });

  it.each([
    ["the council's own event", "The council's summer fair is on 12 July; stalls are £10 each."],
    ['a declared interest', 'I must declare an interest: my husband has quoted for the gutter work.'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });
});
