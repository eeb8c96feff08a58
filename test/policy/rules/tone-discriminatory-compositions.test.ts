// Issue #17, seventh round (helper disc5): discrimination without a slur as a composition, a group named
// by a protected characteristic (in plain or coded words) and a claim about the whole group's fitness,
// behaviour or worth, or a decision taken for or against someone because of it. Policy 3.1 forbids
// discriminatory messages; Equality Act 2010 s.4 names the characteristics. Each composition has its own
// phrasings, written for this test in many voices, and innocent neighbours in the same words that stay
// silent: inclusive measures, lawful age limits, a named person's own need, requests for help.
import rule from '../../../src/policy/rules/tone/discriminatory';
import { ruleTester } from '../../helpers/rule-tester';

const whole = (body: string) => [`generalisation@body:0-${body.length}`];
/** The verdict in the sentence after a question that names its subject. */
const afterTopic = (body: string) => [`generalisation@body:${body.indexOf('? ') + 2}-${body.length}`];

describe('tone/discriminatory: compositions (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block' });

  // A group in plain or coded words ("ladies", "female drivers", "anyone past sixty", "folk with autism",
  // "that sort", "her religion") and a claim about the whole group's fitness, behaviour or worth.
  shipped.flags<string>(
    [
      ['ladies as too soft to run a depot', "Ladies are too soft to run the depot, so I'd keep the foreman's job for a bloke.", whole],
      ['female drivers as useless', 'Female drivers are useless with the big mower.', whole],
      ['anyone past sixty as too slow', 'Anyone past sixty is too slow to do the tree survey properly.', whole],
      ['caterers by nationality as dodgy', 'The Bangladeshi caterers are dodgy with their hygiene certificates.', whole],
      ["a Jehovah's Witness as no good", "A Jehovah's Witness on the Christmas team would be no good, she won't join in.", whole],
      ['a lady as in the way', 'A lady on the bell-ringing team would just get in the way.', whole],
      ['married women as holding things up', 'Married women hold the whole rota up with their school runs.', whole],
      ['autism as unsuitable', 'Folk with autism are unsuitable for the reception counter.', whole],
      ['"that type" as needing supervision', 'That type always need more supervision on the tills.', whole],
      ['"our sort of people" against newcomers', 'Our sort of people built this parish; the Kurdish families just take from it.', whole],
      ['her religion as no use', 'Her religion makes her no use at the quiz night.', whole],
      ['older staff as set in their ways', 'Older staff are too set in their ways for the new booking system.', whole],
      ['pensioners as not up to it', "Pensioners on the events team? Not up to it, they're over the hill.", afterTopic],
      ['a community as wanting its own way', "The Somali women's group will stick together and want everything their own way.", whole],
      ['"that sort" as bringing aggro', 'That sort bring nothing but aggro to the market.', whole],
      ['a "positive" stereotype by race', 'That community is naturally good with money, so give the treasurer job to the Chinese lad.', whole],
    ],
    'flags a claim about a whole group: %s',
  );
  shipped.accepts(
    [
      ["a lady's complaint passed on", 'A lady rang to say the hall heating is hopeless.'],
      ["the WI's words passed on", 'The ladies from the WI said the heating is hopeless.'],
      ["the ladies' changing room", "The ladies' changing room needs a new lock."],
      ['"ladies and gentlemen" asked to keep off', 'Ladies and gentlemen, please keep off the wet grass.'],
      ['councillors asking for a scheme', 'Our female councillors have asked for a mentoring scheme.'],
      ['a bus pass over an age', 'Anyone past sixty can ask for a free bus pass at the office.'],
      ['young trees', 'The young trees are too small to need staking.'],
      ['older equipment', 'The older equipment is too slow to run the new software.'],
      ['a type of hedge', 'That type of hedge is too slow to grow for the cemetery.'],
      ['a sort code', 'Our sort code has changed; the new details are attached.'],
      ['married couples and civil partners', 'Married couples and civil partners can both sign the joint tenancy.'],
      ["a widow's request", 'The widow of the late Cllr Price has asked for a bench by the pond.'],
      ["a named person's own need", "Mrs Ahmed says her religion means she'd rather not serve alcohol, so she'll run the tombola instead."],
      ["a candidate's own request", "The chap with autism asked for the interview questions in writing, so I've sent them."],
    ],
    'does not judge %s discriminatory (claims)',
  );

  // A decision for or against someone because of the characteristic: a post, a task, a price, a plot.
  shipped.flags<string>(
    [
      ['a post, somewhere else', "I've put the Muslim applicant down for somebody else's team; the hall job involves the bar.", whole],
      ['a contract, skipped', 'Skip the Polish lad for the grass-cutting contract, we want someone who speaks proper English.', whole],
      ['a score, marked down for a pregnancy', "Given her pregnancy I've scored her down on availability.", whole],
      ['a score, marked low for deafness', "The deaf applicant would be a liability on the phones, so I've marked him low on communication.", whole],
      ['a price, by ethnicity', 'Charge the Gypsy family the higher rate for the function room.', whole],
      ['a rota, by nationality', 'No more Romanians on the litter-pick rota, please.', whole],
      ['stewards, by birth', 'Only hire British-born stewards for the carnival.', whole],
      ['a task, moved for gender reassignment', "She's transitioning, so I've moved her to the back office, out of the way.", whole],
      ['a walk, by disability', 'Leave the wheelchair users off the guided walk list, they slow everyone down.', whole],
      ['gate duty, by religion', 'Swap the Sikh lad off the gate duty before the Remembrance parade.', whole],
      ['a contract lapsed over a pregnancy', "Let the cleaning contract lapse when it's up; the new cleaner's pregnant and won't last.", whole],
      ['a job, ended over a pregnancy', "She's pregnant, so let her contract lapse at the end of probation.", whole],
    ],
    'flags a decision by the characteristic: %s',
  );
  shipped.accepts(
    [
      ['a shortlist with a hearing loop', "I've put the applicant who asked for a hearing loop on the shortlist; it's booked for the 12th."],
      ["a skipped agenda item on a pensioners' club", "Skip the agenda item on the pensioners' lunch club; it was dealt with in March."],
      ["the deaf club's booking", 'The deaf club has booked the small room at the community rate.'],
      ['a fire limit', 'No more than forty people in the small hall, as the fire certificate says.'],
      ['an insurance condition', 'Only hire the bouncy castle from firms with public liability cover.'],
      ['a move her doctor asked for', "I've moved her to the ground-floor office, as her doctor asked, so she avoids the stairs."],
      ['hampers left for collection', "Leave the pensioners' Christmas hampers in the office for collection."],
      ['an insurance policy lapsing', 'Let the old insurance policy lapse; the new one starts on the 1st.'],
      ['a lawful age limit', "The youth club is for 11 to 18s, so we can't take the nine-year-olds on the trip."],
      ["a pensioners' lunch club", 'The over-60s lunch club has the hall every Wednesday; younger residents can join the Friday café.'],
      ['a prayer room', 'The prayer room at the community centre is open from 8am.'],
      ['equality monitoring', 'The equality monitoring form is separate from the application and the panel never sees it.'],
    ],
    'does not judge %s discriminatory (decisions)',
  );

  // A request ("could we", "can the", "please") is innocent when it asks for something, not when what it
  // asks is a decision against the group it names.
  shipped.flags<string>(
    [
      ["Down's syndrome, off a rota", "Can we leave the lad with Down's syndrome off the bar rota?", whole],
      ['Muslim women, out of the main hall', "Could we keep the Muslim women's group out of the main hall on Saturdays?", whole],
      ['older volunteers, off ladder work', "Please leave the older volunteers off the ladder work, they're past it.", whole],
      ['a Traveller family, somewhere else', 'Can we find the Traveller family somewhere else to hold the wake?', whole],
      ['a trans lady, off the front desk', "Could the trans lady be kept off the front desk during the mayor's visit?", whole],
      ['Romanian lads, away from the beer tent', 'Please keep the Romanian lads away from the beer tent.', whole],
      ['a deaf lad, left off', 'Could the deaf lad be left off the phones for the fireworks bookings?', whole],
      ['pensioners, kept away', 'Can we keep the pensioners away from the new computers in the library?', whole],
    ],
    'flags a request for a decision by the characteristic: %s',
  );
  shipped.accepts(
    [
      ['a ramp kept clear', 'Could we keep the wheelchair ramp clear of bikes on market day?'],
      ['an Eid event made known', 'Can we make sure the Muslim families know about the Eid event in the park?'],
      ["a lunch club's hall", "Please could the older residents' lunch club have the main hall on Wednesdays?"],
      ["a society's booking moved as asked", "Could we move the Sikh society's booking to the larger hall, as they asked?"],
      ['a hearing loop', 'Can the deaf club have the hearing loop switched on for the AGM?'],
      ["pensioners' hampers out of the sun", "Could you keep the pensioners' hampers out of the sun until collection?"],
      ['disabled bays kept free', 'Please leave the disabled bays free for blue badge holders on fete day.'],
      ['a space for wheelchair users', 'Could we keep a space at the front for wheelchair users at the carol service?'],
    ],
    'does not judge %s discriminatory (requests)',
  );

  // A question that names its subject, then the verdict in the next sentence.
  shipped.flags<string>(
    [
      ['Travellers at a fete, then locking up', 'Travellers at the summer fete? Lock up the raffle prizes, that lot steal anything.', afterTopic],
      ['a pregnancy, then the other candidate', "Pregnant? Then she's a risk for the autumn, so go with the other one.", afterTopic],
      ['a same-sex couple, then a refusal', "A same-sex couple for the civic reception? I've said no, it's not appropriate.", afterTopic],
      ['lesbians on a committee, then kept off', 'Two lesbians on the allotment committee? Keep them off the show judging.', afterTopic],
      ['Romanians for a room, then trouble', "Romanians wanting the function room? Tell them we're full, that lot cause trouble.", afterTopic],
      ['a Muslim family on a plot, then somewhere else', "A Muslim family on plot twelve? I'd rather not, find them somewhere else.", afterTopic],
      ['a deaf lad on a bar, then no use', 'A deaf lad on the bar at the beer festival? No use to anyone, leave him off.', afterTopic],
      ['pensioners on a website, then useless', "Pensioners running the website? They'd be useless, give it to someone younger.", afterTopic],
    ],
    'flags a verdict after a question naming the group: %s',
  );
  shipped.accepts(
    [
      ['a pregnancy, then congratulations', "Pregnant? Congratulations to her, and I've started the risk assessment."],
      ['Travellers welcome', "Travellers at the fun day? They're very welcome; the ticket price is the same for everyone."],
      ['a same-sex couple, then a booking', "A same-sex couple for the civic reception? Lovely, I've booked the parlour."],
      ['wheelchair users, then a ramp', 'Wheelchair users at the fete? The ramp is booked and the path has been checked.'],
      ['plots in date order', 'Two Polish families have asked for plots? They go on the waiting list in date order.'],
      ['a hall for Eid', "The Muslim families want the hall for Eid? Fine, it's free that Saturday."],
      ['a paper guide', "Older residents at the digital session? We'll print a paper guide too."],
      ['an interpreter', "A deaf applicant for the clerk post? We'll book an interpreter for the interview."],
    ],
    'does not judge %s discriminatory (a question, then an answer)',
  );
});
