// The learnt judgement of confidential/external (issue #17): leaks in plain words, no marker.
import rule from '../../../src/policy/rules/confidential/external';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf, CLERK, CLLR, RESIDENT } from '../../helpers/draft';

const LEAK = "Between ourselves, the committee agreed behind closed doors to offer the Scouts' hut to the rugby club for £30,000.";

describe('confidential/external, learnt judgement', () => {
  it('flags closed-session content told to a resident, quoting the writer', () => {
    const [f] = findingsOf(rule, draft({ from: CLLR, to: [RESIDENT], body: `Hi Pat,\n${LEAK}\nCllr Lovelace` }));
    expect(f.messageId).toBe('learnt');
    expect(f.level).toBe('block');
    expect(f.message).toContain('Between ourselves');
    expect(f.message).toContain('closed (Part II) session');
    expect(f.message).toContain('3.1');
  });

  it("flags the council's legal advice passed on in confidence", () => {
    expect(idsOf(rule, draft({ to: [RESIDENT], body: "Don't repeat this, but our solicitor says the council would probably lose the boundary case." }))).toEqual(['learnt@body:0-92']);
  });

  it.each([
    ['the same words to members only', draft({ to: [CLLR, CLERK], body: LEAK })],
    ['Part II mentioned without its content', draft({ to: [RESIDENT], body: 'The hut was discussed in Part II, so I cannot say more until the decision is published.' })],
    ['taking legal advice', draft({ to: [RESIDENT], body: 'We will take legal advice and report back at the next meeting.' })],
  ])('accepts %s', (_name, d) => {
    expect(idsOf(rule, d).filter((id) => id.startsWith('learnt'))).toEqual([]);
  });
});
