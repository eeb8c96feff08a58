// The learnt judgement of personal-data/special-category (issue #17): details in prose about
// someone identifiable, sent outside; never the writer's own news.
import rule from '../../../src/policy/rules/personal-data/special-category';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf, CLERK, RESIDENT, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('personal-data/special-category, learnt judgement', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  it("flags a colleague's operation told to a resident, quoting the writer", () => {
    const [f] = findingsOf(rule, draft({ to: [RESIDENT], body: 'Our caretaker, Graham Poole, is off for two months after heart surgery.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.level).toBe('block');
    expect(f.message).toContain('Graham Poole');
    expect(f.message).toContain('health details');
  });

  it('flags a disciplinary warning about a named member of staff', () => {
    expect(idsOf(rule, draft({ to: [RESIDENT], body: 'The new warden, Mrs Tilly Green, has been given a final written warning for poor timekeeping.' }))).toEqual(['learnt@body:0-93']);
  });

  tester.accepts([
    ["the writer's own operation", draft({ to: [RESIDENT], body: 'I am off for two months after heart surgery, so please write to the deputy clerk.' })],
    ['a council health event', draft({ to: [RESIDENT], body: 'The council is holding a heart health morning at the library on Friday.' })],
    ['the same details sent inside the council', draft({ to: [CLERK], body: 'Our caretaker, Graham Poole, is off for two months after heart surgery.' })],
  ]);
});
