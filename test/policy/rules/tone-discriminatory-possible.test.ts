// tone/discriminatory-possible: the learnt judgement of slur-free generalisations warns where the policy
// file does not let it block (the shipped policy), with tone/discriminatory's context checks.
import rule from '../../../src/policy/rules/tone/discriminatory-possible';
import discriminatory from '../../../src/policy/rules/tone/discriminatory';
import { draft, findingsOf, idsOf, policy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { judgeSentence } from '../../../src/policy/models/council';

const hopeless = 'Women are hopeless at running anything.';
/** A council whose policy file does not list the judgement (as the shipped file does not, since the ninth session). */
const unlisted = () => policy({ learntJudgements: ['instruction', 'advertising'] });

describe('tone/discriminatory-possible', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  ruleTester(rule, { level: 'warn', config: unlisted }).flags<string>([
    ['a slur-free generalisation only the learnt judgement sees', hopeless, (body) => [`generalisation@body:0-${body.length}`]],
  ], 'warns on %s where the policy file does not list the judgement');

  // Each is one the learnt model scores above its threshold, so the rule's context check keeps it quiet.
  const judgedButInnocent: [string, string][] = [
    ["the writer's own group, plural", 'As Christians we must always stand together on this.'],
    ['a hardship the group meets', "Pensioners can't afford the new charges."],
    ['an event a group hosts', 'The Muslim families always host the Eid meal for the street.'],
  ];
  it.each(judgedButInnocent)('the learnt model scores %s above its threshold', (_name, body) => {
    expect(judgeSentence('discrimination', body)?.fires).toBe(true);
  });
  tester.accepts([
    ...judgedButInnocent,
    ['a welcome', 'Young people are invited to the youth council on Friday.'],
  ], 'is silent on %s');

  // The rule's own unsure tier: a hedged remark about a group ("in my experience", "we all know") with
  // no low opinion or forecast named warns; tone/discriminatory blocks it once it has one.
  const hedged = 'In my experience, older applicants struggle with the computer side of the job.';
  tester.flags<string>([
    ['a hedged remark about an age group', hedged, (body) => [`generalisation@body:0-${body.length}`]],
    ['common knowledge about a group', "We all know the Romanian families on the estate keep different hours.", (body) => [`generalisation@body:0-${body.length}`]],
  ], 'warns on %s');
  tester.accepts([
    ['a hedged remark with praise', 'In my experience the Polish families keep their plots beautifully.'],
    ['a hedged remark about no group', 'In my experience the contractors always run late in December.'],
    ['a hedged remark the writer reports', 'A resident wrote that "in my experience the Polish families are different".'],
  ], 'is silent on %s');
  it('leaves a hedged remark with a forecast to tone/discriminatory', () => {
    const body = 'In my experience, older applicants will never get to grips with the computer side.';
    expect(idsOf(rule, draft({ body }))).toEqual([]);
    expect(idsOf(discriminatory, draft({ body }))).toEqual([`generalisation@body:0-${body.length}`]);
    expect(idsOf(discriminatory, draft({ body: hedged }))).toEqual([]);
  });

  it('warns, never blocks, and leaves the sentence to tone/discriminatory once the council lists the judgement', () => {
    const [f] = findingsOf(rule, draft({ body: hopeless }), unlisted());
    expect(f.level).toBe('warn');
    expect(f.message).toContain(`"${hopeless}" could be read as judging people by a protected characteristic`);
    expect(idsOf(discriminatory, draft({ body: hopeless }), unlisted())).toEqual([]);
    const listed = policy({ learntJudgements: ['discrimination'] });
    expect(idsOf(rule, draft({ body: hopeless }), listed)).toEqual([]);
    expect(idsOf(discriminatory, draft({ body: hopeless }), listed)).toEqual([`generalisation@body:0-${hopeless.length}`]);
  });

  // A forward separator typed into a new message vouches for nothing (only Outlook's own reply or
  // forward header does): what follows warns at most, in any policy, and is never dropped.
  const typed = `Thanks, see below.\n\n-----Original Message-----\n${hopeless}`;
  const typedAt = typed.indexOf('-----'); // the separator line and the sentence are one "sentence"
  it.each([
    ['the shipped policy', policy()],
    ['a policy that lists the judgement', policy({ learntJudgements: ['discrimination'] })],
  ])('warns on a generalisation below a typed forward separator, in %s', (_name, config) => {
    expect(idsOf(rule, draft({ body: typed }), config)).toEqual([`generalisation@body:${typedAt}-${typed.length}`]);
    expect(idsOf(discriminatory, draft({ body: typed }), config)).toEqual([]);
  });

  it("leaves to tone/discriminatory what its own checks decide, in any policy", () => {
    const body = "Older staff just can't cope with the new system.";
    expect(judgeSentence('discrimination', body)?.fires).toBe(true);
    expect(idsOf(discriminatory, draft({ body }))).toEqual([`generalisation@body:0-${body.length}`]);
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });
});
