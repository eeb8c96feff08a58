// Issue #17, eighth round (helper disc6): discrimination without a slur read by concept and composition,
// not by phrase. A person or group made identifiable by a role (applicant, steward, tenant, operative,
// family) and described by a protected characteristic (Equality Act 2010 s.4), in a closed class a clerk
// would name: a characteristic word before the role, or a condition or treatment after it ("the
// candidate with MS"). The judgement: the group as the subject of a claim about what its members do or
// cannot do, or an adverse decision of an employer, a hall or a plot manager. Policy 3.1 forbids discriminatory messages. Every phrasing here was written for this test, in
// many voices; each kind has innocent neighbours in the same words that stay silent (a circumstance or
// an entitlement, the writer's own characteristic, someone's own request, a provision made for them).
import rule from '../../../src/policy/rules/tone/discriminatory';
import { ruleTester } from '../../helpers/rule-tester';
import possible from '../../../src/policy/rules/tone/discriminatory-possible';
import { draft, idsOf, policy } from '../../helpers/draft';

const whole = (body: string) => [`generalisation@body:0-${body.length}`];

describe('tone/discriminatory: concepts and compositions (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block' });

  // The group as the subject of a claim about what its members do or cannot do.
  shipped.flags<string>(
    [
      ['drivers by nationality never indicating', 'Bulgarian drivers never indicate when they pull into the depot.', whole],
      ['older councillors not reading papers', "Older councillors don't read the papers before the meeting anyway.", whole],
      ['young mums always wanting time off', 'Young mums always want the school holidays off, every one of them.', whole],
      ['deaf volunteers unable to follow', "Deaf volunteers can't follow a briefing, whatever we do.", whole],
      ['Catholic families keeping apart', "Catholic families won't mix with the rest of the parish.", whole],
      ['female stewards unable to handle a crowd', "Female stewards can't handle a rowdy crowd at closing time.", whole],
      ['Nigerian applicants as never honest', 'Nigerian applicants are never straight about their references.', whole],
      ['gay lads as all drama', 'Gay lads are all drama on a committee, in my view.', whole],
      ['trans members as never satisfied', 'Trans members are never satisfied with the changing rooms, whatever we spend.', whole],
    ],
    'flags a claim about what a group does: %s',
  );
  shipped.accepts(
    [
      ['a parking arrangement', 'Bulgarian drivers can park in the east yard on Saturday.'],
      ['a request for printed papers', 'Older councillors have asked for printed papers before the meeting.'],
      ['a welcome', 'Young mums are always welcome at the Tuesday toddler group.'],
      ['a pager bought', "Deaf volunteers can't hear the radios, so we've bought vibrating pagers."],
      ['a hardship', "Older residents can't get to the surgery without the Tuesday bus."],
      ['an entitlement', "Pensioners don't pay for the lunch club; the grant covers it."],
      ['the writer herself', "I'm Jewish and won't be able to attend on Saturday because of Shabbat."],
      ['a circumstance', "Young people don't have anywhere to go in the evenings since the youth club shut."],
      ['invitations sent', 'The mosque and the synagogue have all been invited to the civic service.'],
    ],
    'does not judge %s discriminatory (claims)',
  );

  // A person described by a condition or a characteristic before their role, and an adverse decision.
  shipped.flags<string>(
    [
      ['a condition, scored down', "The candidate with epilepsy would be off half the year, so I'd score her down.", whole],
      ['a breakdown, dropped', "Anyone who's had a breakdown shouldn't be given the keys, so I've dropped him from the rota.", whole],
      ['an older applicant, put in the reserve pile', "I've put the older applicant in the reserve pile; we want someone with energy.", whole],
      ['a pregnant apprentice, finished', "The pregnant apprentice isn't worth the bother, so I'm finishing her on Friday.", whole],
      ['female operatives, never on the mowers', 'I never put female operatives on the big mowers.', whole],
      ['a stammer, left off', 'Leave the steward with a stammer off the radio team.', whole],
      ['a married applicant, never booked', "We never book married women for the late shift, they're always off home.", whole],
      ['dementia in a role, kept away', 'Keep the volunteer with dementia away from the tea urn and the raffle money.', whole],
    ],
    'flags a decision about a person by a condition or characteristic: %s',
  );
  shipped.accepts(
    [
      ['a condition, a room booked', 'The candidate with epilepsy has asked us to avoid flashing lights; the room is booked.'],
      ['a breakdown, back at work', 'The volunteer who had a breakdown last year is back and doing brilliantly.'],
      ['a stammer, questions in advance', 'The applicant with a stammer would like the questions in advance, which is fine.'],
      ['an older applicant, scored on the criteria', 'The older applicant scored highest on the finance questions.'],
      ['a pregnant apprentice, a risk assessment', 'The pregnant apprentice is on lighter duties after the risk assessment.'],
      ['female operatives, ticketed', 'Our female operatives are all ticketed on the big mowers.'],
      ['a stammer, a buggy', 'The steward with a stammer can use the golf buggy on the night.'],
      ['a married applicant, a start date', 'The newly married applicant has asked to start after her honeymoon.'],
    ],
    'does not judge %s discriminatory (decisions)',
  );

  // A description in one sentence and something else in the next: no decision against the person, and no
  // block (a decision in the next sentence alone is left to the learnt judgement).
  shipped.accepts(
    [
      ['a pregnancy, then lifting avoided as advised', "Our cleaner has just told me she's pregnant. Don't give her any heavy lifting, as her midwife advised."],
      ["a Jehovah's Witness's own request", "One of the stewards is a Jehovah's Witness. He has asked to be left off the carol concert."],
      ['a hijab, then a uniform', 'The girl who wants the kiosk job wears a hijab. We can get one in the council colours.'],
      ['a gay couple, then the raffle', "Two of the volunteers are gay men. They've offered to run the raffle together."],
      ['a stammer, then time', "That applicant has a stammer. Let's send him the questions in advance so he has time."],
      ['maternity leave, then the rota', "Amy starts maternity leave on Monday. Please don't put her on next week's rota."],
      ['a wheelchair, then a raised bed', 'The tenant on plot 4 is in a wheelchair now. We should build him a raised bed.'],
      ['an age, then a pension question', 'The caretaker is in his late fifties. He wants to know about the pension scheme.'],
    ],
    'does not judge %s discriminatory (a description, then something else)',
  );

  // "That community", "those people" and the like beside a group, innocently.
  shipped.accepts(
    [
      ['a community centre', 'Quoted the Sikh temple the standard rate; that community centre got the same.'],
      ['people who came', 'The Somali families came to the fun day; those people who helped with the stalls deserve thanks.'],
      ['a rugby crowd', 'The rugby club have booked the pitch again. That crowd leave it in a state every time.'],
      ['late rent, no group', 'Three tenants are late again. That lot of letters went out on Monday.'],
      ['a mosque car park', 'The mosque has offered its car park for the fete; those spaces will help a lot.'],
      ['a kind of plant', 'Two families have asked for plots. That sort of demand is good news for the society.'],
      ['a pool booking', 'The Muslim women have booked the pool again. That session is popular.'],
      ['a sort code', 'Irish travellers have asked about the site; their sort code was wrong on the form.'],
    ],
    'does not judge %s discriminatory (a kind, innocently)',
  );
});

// Decided by the learnt judgement alone (no decision word the concepts read): it blocks where a council
// lists the judgement, and warns under the shipped policy, which leaves discrimination out because
// listed it blocked one email of a fresh innocent set nobody had read (ninth session).
describe('tone/discriminatory: a decision only the learnt judgement reads', () => {
  const body = 'The applicant with a stammer is not really for us on the phones.';
  it('blocks where the policy lists the judgement, warns under the shipped policy', () => {
    const listed = policy({ learntJudgements: ['discrimination'] });
    expect(idsOf(rule, draft({ body }), listed)).toEqual(whole(body));
    expect(idsOf(rule, draft({ body }))).toEqual([]);
    expect(idsOf(possible, draft({ body }))).toEqual(whole(body));
  });
});
