// Special-category details told in prose about someone identifiable (issue #17, helper sc6): a closed
// class of conditions, treatments, HR steps and identities, tied in one sentence to a named person, a
// title and surname, a role ("the hall cleaner", "our litter picker") or "he"/"she", and sent outside.
// The same rows with the learnt judgement off and on (as shipped, it confirms the rule's candidates).
import rule from '../../../src/policy/rules/personal-data/special-category';
import { draft, CLERK, RESIDENT, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { PROSE } from '../../helpers/special-category-prose';

const out = (body: string) => draft({ to: [RESIDENT], body });
const id = (body: string, messageId: string, words: string) => {
  const at = body.indexOf(words);
  if (at < 0) throw new Error(`"${words}" is not in "${body}"`);
  return `${messageId}@body:${at}-${at + words.length}`;
};

describe.each([
  ['rule alone', undefined],
  ['with the learnt judgement', learntPolicy()],
])('personal-data/special-category in prose (%s)', (_name, config) => {
  const tester = ruleTester(rule, { level: 'block', config });
  for (const [kind, { flags, accepts }] of Object.entries(PROSE)) {
    describe(kind, () => {
      tester.flags(flags.map(([name, body, messageId, words]) => [name, out(body), [id(body, messageId, words)]]));
      tester.accepts(accepts.map(([name, body]) => [name, out(body)]));
      // The same details sent inside the council (to the clerk) are the council's own business.
      tester.accepts(flags.map(([name, body]) => [`${name}, sent inside`, draft({ to: [CLERK], body })]));
    });
  }
});
