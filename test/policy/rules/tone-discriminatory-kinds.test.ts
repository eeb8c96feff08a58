// Issue #17, ninth round (helper disc7): kinds of discrimination without a slur, each in phrasings written
// for this test, with innocent neighbours in the same words. Policy 3.1 forbids discriminatory messages.
//   - a person described by a characteristic and their role ("the deaf operative", "the candidate with
//     autism") with a low opinion of them: the same judgement the group words already had;
//   - a quality the group is said to lack ("don't have the stomach for", "haven't got what it takes");
//   - a group said to need watching ("need watching", "like a hawk");
//   - newcomers from abroad as a kind ("a family that has only just come over here");
//   - a preference for people of one kind ("stick to able-bodied helpers");
//   - the writer's own act told with the subject left out ("Told the agency …", "Quoted the temple …"),
//     which is the writer's decision, not someone else's words.
import rule from '../../../src/policy/rules/tone/discriminatory';
import { ruleTester } from '../../helpers/rule-tester';

const whole = (body: string) => [`generalisation@body:0-${body.length}`];

describe('tone/discriminatory: kinds without a slur (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block' });

  shipped.flags<string>(
    [
      ['a deaf operative as a liability', 'The deaf operative is a liability near the chipper.', whole],
      ['an older volunteer as past it', 'The older volunteer is past it on the ladder work.', whole],
      ['a pregnant steward as a nightmare', 'Our pregnant steward is a nightmare on the gate rota.', whole],
      ['a candidate with autism as out of place', 'The candidate with autism would be out of place on the front desk.', whole],
      ['a married apprentice as useless', 'That married apprentice is useless on a Friday afternoon.', whole],
      ['a blind applicant as not up to it', 'The blind applicant is not up to the site inspections.', whole],
    ],
    'flags a low opinion of a person described by a characteristic: %s',
  );
  shipped.accepts(
    [
      ['a pager asked for', 'The deaf operative has asked for a vibrating pager near the chipper.'],
      ['ladder work done', 'The older volunteer did the ladder work brilliantly.'],
      ['a chair on the gate', 'Our pregnant steward is on the gate rota with a chair, as agreed.'],
      ['questions in writing', 'The candidate with autism would like the interview questions in writing.'],
      ['college on Fridays', 'That married apprentice starts college on Friday afternoons.'],
      ['plans in large print', 'The blind applicant will need the site plans in large print.'],
    ],
    'does not judge %s discriminatory (a person described)',
  );

  shipped.flags<string>(
    [
      ['women and the stomach for enforcement', "Women haven't the stomach for the enforcement patrols, frankly.", whole],
      ['older councillors and the temperament', "Older councillors don't have the temperament for the planning committee.", whole],
      ['young mums and what it takes', "Young mums haven't got what it takes to chair a committee.", whole],
      ['pensioners and the brains', 'Pensioners lack the brains for the new booking system.', whole],
      ['gay men and the backbone', "Gay men don't have the backbone for the rugby club committee.", whole],
      ['disabled staff and the build', "Disabled staff don't have the build for grounds work.", whole],
    ],
    'flags a quality a group is said to lack: %s',
  );
  shipped.accepts(
    [
      ['the writer without the stomach', "I don't have the stomach for another all-night budget meeting."],
      ['papers asked for early', 'Older councillors have asked for the planning papers a week early.'],
      ['nobody and another vote', 'Nobody has the stomach for another vote on the car park.'],
      ['a booking system learnt', 'Pensioners found the new booking system easy after the session.'],
      ['a health evening', "The gay men's health night at the surgery is on Thursday."],
      ['a say in the ramp', 'Disabled staff will have a say in the design of the new ramp.'],
    ],
    'does not judge %s discriminatory (a quality)',
  );

  shipped.flags<string>(
    [
      ['Romanian tenants and the water', 'Romanian tenants need watching on the allotment water.', whole],
      ['a Traveller family checked on', 'The Traveller family needs checking up on every week.', whole],
      ['older drivers supervised', 'Older drivers need supervising on the minibus run.', whole],
      ['Polish lads watched', "Watch the Polish lads like a hawk when they're near the tools.", whole],
      ['a Muslim stall watched', 'The Muslim stall needed watching at the last market.', whole],
      ['female staff checked on', 'Female staff need checking up on with the takings.', whole],
    ],
    'flags a group said to need watching: %s',
  );
  shipped.accepts(
    [
      ['tenants minding the water', "The Romanian tenants are watching the allotment water for us while we're away."],
      ['a boiler watched', 'The new boiler needs watching, so check it every week.'],
      ['a refresher course', 'Older drivers on the minibus run have asked for a refresher course.'],
      ['tools looked after', 'The Polish lads have kept a close eye on the tools all week.'],
      ['a busy stall', 'The Muslim stall was the busiest at the last market.'],
      ['cashing up together', 'Female staff will cash up the takings together from Monday.'],
    ],
    'does not judge %s discriminatory (watching)',
  );

  shipped.flags<string>(
    [
      ['a plot refused (issue #17)', "We shouldn't give the plot to a family that has only just come over here.", whole],
      ['people and the rules', "People who've just come over here don't respect the allotment rules.", whole],
      ['lads on the grounds team', "The lads who recently came over here won't fit in on the grounds team.", whole],
      ['families and the food bank', 'Families that have just come over here take from the food bank first.', whole],
      ['workers on the tractors', 'Workers who only just came over here are a liability on the tractors.', whole],
      ['a hall not let', "I'd rather not let the hall to a lot that has just come over here.", whole],
    ],
    'flags newcomers from abroad judged as a kind: %s',
  );
  shipped.accepts(
    [
      ['a welcome pack', 'A family that has only just come over here has been given a welcome pack.'],
      ['a drain to look at', 'Can you come over here and look at the drain on plot 9?'],
      ['the depot crew', "The people who've just come over from the depot will fix the gate."],
      ['forms at the library', 'Families that have just come over here can get help with forms at the library.'],
      ['the same terms', 'Tenants who recently came over here are entitled to a plot on the same terms as anyone.'],
      ['a football team', 'The lads who just came over here from Kyiv have joined the football team.'],
    ],
    'does not judge %s discriminatory (newcomers)',
  );

  shipped.flags<string>(
    [
      ['able-bodied helpers', 'Maybe we stick to able-bodied helpers for the main push.', whole],
      ['British-born stewards', "Let's stay with British-born stewards for the Remembrance parade.", whole],
      ['younger staff on the bar', "We'll stick with younger staff on the bar at the beer festival.", whole],
      ['male operatives on the lock-up', "I'd stick to male operatives for the lock-up rota.", whole],
      ['older stewards for the look', 'Stick with older stewards for the civic service; they look the part.', whole],
      ['English-born volunteers', 'We should stick to English-born volunteers for the heritage walk.', whole],
    ],
    'flags a preference for people of one kind: %s',
  );
  shipped.accepts(
    [
      ['the usual route', "We'll stick to the usual route for the older residents' outing."],
      ['children looked after', 'Stay with the younger children until their parents arrive.'],
      ['spelling', "Let's stick to British English spelling in the newsletter."],
      ['laptops', "We'll stick with older laptops until the grant comes through."],
      ['first aiders', 'Stay with male and female first aiders on every shift.'],
      ['a ramp built', 'We should stick to the plan and build the ramp for disabled visitors.'],
    ],
    'does not judge %s discriminatory (a preference)',
  );

  shipped.flags<string>(
    [
      ['an agency told', "Told the agency we don't want any more Polish workers on the bins.", whole],
      ['a temple quoted', 'Quoted the Sikh temple the commercial rate, since that lot always haggle.', whole],
      ['a school written to', "Wrote to the school to say we won't have pregnant volunteers on the fun run.", whole],
      ['a committee rung', "Rang the hall committee to say we won't let the Roma families book again.", whole],
      ['a contractor told', 'Told the contractor to keep the older lads off the scaffolding.', whole],
      ['a landlord told', "Told the landlord we'd rather not have a gay couple in the flat above the office.", whole],
    ],
    "flags the writer's own decision told without a subject: %s",
  );
  shipped.accepts(
    [
      ['told to the writer', "Told us they don't want any more Polish workers on the bins."],
      ['a community rate', 'Quoted the Sikh temple the community rate for the Diwali evening.'],
      ['a risk assessment', "Wrote to the school about the pregnant volunteer's risk assessment."],
      ['a celebration booked', "Rang the hall committee to book the Roma families' celebration."],
      ['experience praised', 'Told the contractor the older lads know the scaffolding better than anyone.'],
      ['a permit asked for', 'Told them the gay couple in the flat above have asked for a parking permit.'],
    ],
    'does not judge %s discriminatory (an act told)',
  );
});
