import rule from '../../../src/policy/rules/tone/discriminatory';
import { learntPolicy, policy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { isCandidate, judgeSentence } from '../../../src/policy/models/council';

describe('tone/discriminatory', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  tester.accepts([
    ['faggots and peas', 'The lunch is faggots and peas.'],
    ['a fag break', 'He took a fag break at eleven.'],
    ["Offa's Dyke", "We walked Offa's Dyke Path."],
    ['a chink of light', 'A chink of light showed under the door.'],
    ['fire retardant', 'The fire retardant paint is certified.'],
    ['Pakistan and Japanese', 'The Pakistan Community Association and the Japanese garden society.'],
    ['an ambiguous slur not aimed at anyone (tone/vulgar warns instead)', 'The queer kids sat at the back.'],
    ['a slur written as an acronym (tone/vulgar warns instead)', 'The NIG report is attached.'],
    ['documents sent back (issue #16)', 'Please make any changes you feel necessary and send them back to me by Friday.'],
    ['pictures sent out', "I'll try to get some pictures, and send them out to you."],
    ['papers sent out to a group', 'Please send them out to this group.'],
    ['a sort of experience', 'We need someone of your sort of experience on the panel.'],
    ['a slur the writer reports (tone/reported’s)', 'Someone has sprayed "pakis out" on the bus shelter.'],
  ]);

  tester.flags([
    ['a racial slur', 'Those pikeys are back.', ['slur@body:6-12']],
    ['an obfuscated slur', 'Some p@ki shop.', ['slur@body:5-9']],
    ['an ambiguous word aimed at someone', 'You retard.', ['slur@body:4-10']],
    ['a discriminatory statement', 'Go back to your own country.', ['statement@body:0-27']],
    ['a Twitter spelling', 'Them niggahs again.', ['slur@body:5-12']],
    ['a short spelling the old pre-pass missed', 'See you later my nig.', ['slur@body:17-20']],
    // Issue #16: self-description is the writer's own; "he was a" is aimed at someone else.
    ['a class insult the writer uses of someone else', 'He was a total hillbilly about the planning rules.', ['slur@body:15-24']],
    ['a describing word said of a person, not "it"', 'Honestly, he is a cracker.', ['slur@body:18-25']],
    ['a homophobic slur aimed at someone', 'You faggot.', ['slur@body:4-10']],
    ['a disability slur', 'Stop being a spaz.', ['slur@body:13-17']],
    ['a slur aimed at someone before a handle (not an email address)', "you're a retard @someone", ['slur@body:9-15']],
    ['a slur with a folded double letter', 'You jungle bunny.', ['slur@body:4-16']],
    ['a class insult aimed at someone', 'You redneck.', ['slur@body:4-11']],
    ['a class insult aimed at people, before a person noun', 'Those redneck cousins again.', ['slur@body:6-13']],
    ['"send them back" about a group', 'The immigrants? Send them all back.', ['statement@body:16-34']],
    ['"send them back" where they came from', 'Just send them back where they came from.', ['statement@body:5-40']],
  ]);

  const whole = (body: string) => [`generalisation@body:0-${body.length}`];
  tester.flags<string>([
    ['age', "Older staff just can't cope with the new system.", whole],
    ['sex', 'Women are too emotional to chair the finance committee.', whole],
  ], 'judges a generalisation by %s with no slur');

  // Issue #17: the rule's own judgement (no learnt model: the shipped policy), a group named by a
  // protected characteristic and a judgement of it in one sentence. Phrasings written for this test.
  const shipped = ruleTester(rule, { level: 'block' });
  shipped.flags<string>([
    ['age', "Staff over sixty can't learn the new till, so let's not train them.", whole],
    ['pregnancy', "She's expecting, so let's not bother interviewing her.", whole],
    ['religion', "I'm not having the Sikh family's party in the main hall.", whole],
    ['race, capitalised', 'The Somali lads always leave a mess, so keep them off the rota.', whole],
    ['a coded phrase', "He isn't really one of us, if you see what I mean.", whole],
    ['a kind word before "but"', 'She is a lovely woman, but women on the grounds team are a liability.', whole],
    ['a rhetorical question', "Pensioners don't pay their way, so why should we fund their lunch club?", whole],
    ['a "support group" (not support for it)', "I'd rather the LGBT support group met somewhere else.", whole],
  ], 'flags a generalisation by %s with learnt judgements off');

  // The polite and hedged forms of the same (issue #17, third round of suites): common knowledge or
  // upbringing standing in for the group, a prejudice disowned in the same breath, a decision put down
  // to a pregnancy foreseen. Phrasings written for this test; each has an innocent neighbour below.
  shipped.flags<string>([
    ['"we all know how" a community behaves', "I've nothing against anyone, but we all know how that community leave a field once they've been on it.", whole],
    ['"we all know what happens next" after a marriage', "She's just married, and we all know what happens next, so I'd put the other one through.", whole],
    ['"only a matter of time" before maternity', "She's thirty and pregnant already, so it's only a matter of time before we're paying maternity and covering her.", whole],
    ['a trait put down to upbringing', "The Roma families are loud late at night; it's how they're brought up.", whole],
    ['"the way they are"', 'Pensioners make a fuss about every change, it is just the way they are.', whole],
    ['"in my experience" with a low opinion', 'In my experience the Polish tenants never pay their rent on time.', whole],
    ['"in my experience" on its own', 'In my experience, older applicants will never get to grips with the computer side of the job.', whole],
    ['a nationality said to bring trouble', 'Experience shows the Albanian lads bring trouble with them.', whole],
    ['"not being funny"', "I'm not being funny, but Eastern Europeans are all the same with a tenancy.", whole],
    ['standards said to be lacking', 'Nigerians simply do not share our standards of honesty.', whole],
  ], 'flags a hedged generalisation: %s (shipped policy)');

  // A group named in one sentence and judged in the next, as "they".
  const fromThey = (body: string) => [`generalisation@body:${body.indexOf('They')}-${body.length}`];
  shipped.flags<string>([
    ['nationality', "Two more Bulgarian families have applied for pitches. They don't pay on time and bring trouble.", fromThey],
    ['race', 'More Romanians have moved into Church Street. They simply do not share our values.', fromThey],
    ['religion', "The Sikh family want the hall again. They're all the same, they take over.", fromThey],
  ], 'flags a judgement of a group the sentence before named (%s)');

  // A decision taken because of the characteristic, put politely.
  shipped.flags<string>([
    ['religion, putting others off', "Between ourselves, the Muslim group's booking would put the other hirers off.", whole],
    ['race, a refusal dressed up', 'Could we find a polite way to tell the Romanian applicants there are no pitches left?', whole],
  ], 'flags a decision by %s (shipped policy)');
  const second = (body: string) => [`generalisation@body:${body.indexOf('. ') + 2}-${body.length}`];
  shipped.flags<string>([
    ['a made-up reason', "The Travellers have applied for the hall. Can we just say it's already booked?", second],
    ['a quiet preference', 'Three Bulgarian families have applied for pitches. Can we agree to quietly favour the others?', second],
  ], 'flags a refusal dressed up, after a group named the sentence before: %s');
  shipped.accepts([
    ['a start date', "We'd like someone on the reception desk who can start in January."],
    ['a wheelchair ramp', 'The wheelchair ramp would be more suitable at the side entrance.'],
    ['a younger audience', 'A younger audience would be a better fit for the youth council newsletter.'],
    ['a safety duty', 'Someone with epilepsy should not be asked to work alone at height without a risk assessment.'],
    ['young children and a request', 'She has young children, so the evening meetings are hard for her; could we move them to 6pm?'],
    ['disabled bays blocked', "The disabled bays are not much use while the contractor's van is parked across them."],
    ['a doubt about a date', "I doubt she'll manage the Tuesday meeting, she's away on holiday."],
    ['a polite refusal to a contractor', "Could we find a polite way to tell the contractor we're not renewing?"],
    ['a refusal that offers another date', 'The Polish families asked for the hall. Could we find a polite way to tell them it is booked that night, and offer the Sunday?'],
    ['praise in the same words', 'We all know how reliable the older volunteers are.'],
    ['"in my experience" and praise', 'In my experience the Polish families keep their plots beautifully.'],
    ['common knowledge about a club', "We all know the older residents' lunch club needs a new venue."],
    ['common knowledge about a hardship', 'We all know pensioners have been hit hard by the energy prices this winter.'],
    ['"what happens next" in a procedure', 'We all know what happens next: the welfare assessment for the Traveller families, then the court order.'],
    ['"only a matter of time" about a thing', "It's only a matter of time before the disabled toilet needs replacing."],
    ['"in our experience" about a channel', "In our experience young people respond best to Instagram, so we'll post there."],
    ['a comfort for older residents', 'Older residents would be more comfortable with a paper form, so please print some.'],
  ], 'does not judge %s discriminatory (decisions, shipped policy)');

  // Issue #17, sixth round of suites (helper disc3). Four kinds, each in phrasings written for this test
  // in different voices, with innocent close neighbours: a group said to be unsuited as a class to a
  // role; a candidate marked down on a pregnancy foreseen from her marriage or age (no group named);
  // theft or bad behaviour put on a group the sentence before named ("we all know what that means");
  // how a religious or ethnic community "always" behaves, as common knowledge.
  shipped.flags<string>([
    ['mothers as never the reliable choice', 'I have been around long enough to know that young mothers are never the reliable choice for a post like this.', whole],
    ['mums as never reliable', 'Mums with small children are never reliable for an on-call rota.', whole],
    ['pensioners as not the right people', 'Frankly, pensioners are not the right people for a job that needs a smartphone.', whole],
    ['Muslim lads as not the right fit', "Muslim lads are never the right fit for weekend shifts in Ramadan, so let's look elsewhere.", whole],
    ['women as never the right fit', 'Women are never the right fit for the grounds team.', whole],
    ['working mothers as not reliable', "I've run teams for thirty years and working mothers are just not reliable for emergency call-outs.", whole],
  ], 'flags a group said to be unsuited as a class: %s (shipped policy)');
  shipped.flags<string>([
    ['married at 29, marked down', "She's 29 and recently married, so realistically she'll be off on maternity within a couple of years; I've marked her down on commitment.", whole],
    ['engaged in her thirties, scored lower', "Given she has just got engaged and is in her early thirties, I'd expect her to start a family before long, so I scored her lower.", whole],
    ['a wedding and her age', "With a wedding in the spring and at her age, a baby can't be far off, so I'd go with the other applicant.", whole],
    ['thirty-two and just married', "Bearing in mind she's just married and thirty-two, I expect she'll be pregnant by next year, so I would rather appoint Mr Hale.", whole],
  ], 'flags a candidate marked down on a pregnancy foreseen: %s (shipped policy)');
  shipped.flags<string>([
    ['"we all know what that means" after Traveller families', 'Sunny Dunes has taken bookings from Traveller families for August again. We all know what that means for the shops - every shopkeeper will have to lock up everything that isn\'t nailed down.', second],
    ['"you know what that means" after a Roma wedding', "There's a Roma wedding at the hall on Saturday. You know what that means: anything not nailed down will go.", second],
  ], 'flags an insinuation about a group the sentence before named: %s');
  shipped.flags<string>([
    ["Jehovah's Witnesses, in my experience", "In my experience the Jehovah's Witnesses always take more than they give.", whole],
    ['Muslim families, "we all know"', 'We all know the Muslim families always want special arrangements for everything.', whole],
    ['a church, "everybody knows"', 'Everybody knows the Pentecostal lot never stick to their booking times.', whole],
  ], 'flags common knowledge of how a community always behaves: %s (shipped policy)');
  shipped.accepts([
    ['mothers welcome', 'Young mothers are always welcome at the Tuesday drop-in.'],
    ['mums and a question', 'Young mums are not always available on weekday evenings, so could we hold a Saturday session?'],
    ['older residents and a paper survey', 'Older residents are never the right people to test the app on their own; could we run a paper survey too?'],
    ['a preference for the strongest candidate', "Mrs Hawke is the strongest on paper, and I'd much rather we went with her."],
    ['maternity leave she has told us of', "She has told us she is starting maternity leave in March, so I'd rather we advertised the cover post now."],
    ['a wedding and the interview date', "She is getting married in June and will be on honeymoon on the interview date, so I'd rather we moved the interview."],
    ['a pregnancy ruled out as a ground', "We mustn't mark her down because she's just married and might start a family; that would be unlawful."],
    ['"what that means" for the council\'s procedure', 'Some Traveller families have arrived on Jubilee Field. We all know what that means for the council: a welfare check and a notice within the week.'],
    ['a group locking up after its event', 'The Sikh group will lock up the hall after their event.'],
    ['locking up after break-ins', 'Please lock up everything in the pavilion after the match; there have been break-ins.'],
    ['a community that always hosts', 'We all know the Muslim families always host the Eid meal for the street.'],
    ['a hall booking for a faith group', 'The Methodist church has booked the hall for its harvest supper on 4 October.'],
    ["the Equality Act's own words", 'Under the Equality Act 2010 we must not treat anyone less favourably because of pregnancy and maternity, age or religion.'],
    ['planning grounds alone', 'The objection is on planning grounds alone: the extra pitches would overload the lane and the drainage.'],
    ['a group, then their applications', 'Two more Bulgarian families have applied for pitches. Their applications will go on the waiting list in date order.'],
  ], 'does not judge %s discriminatory (sixth round, shipped policy)');

  // Words the writer attributes, then their own judgement in the same sentence.
  shipped.flags<string>([
    ['an age on a form', "He is 62 according to his form, and I'd say someone that age can't keep up.", whole],
  ], "flags the writer's own judgement after an attribution: %s");

  shipped.accepts([
    ['a group named, then a neutral "they"', "Two more Bulgarian families have applied for pitches. They'll go on the waiting list in date order."],
    ['a family from a site, treated like everyone', "The next two are a family from the Mill Lane site and Mrs Fisk. They'll be treated exactly like every other tenant."],
    ['a welfare request', 'Could you arrange the welfare visit? The Traveller families on Jubilee Field have a young baby.'],
    ['common knowledge about a thing', 'We all know the hall roof leaks, so bring a bucket.'],
    ['maternity leave', "She's off on maternity leave from May, so we'll need cover."],
    ['an age on a form, scored on the criteria', "According to her form she's 31; we'll score her on the essential criteria like the others."],
    ['a community centre', 'That community centre is in a state; the roof leaks.'],
    ['"brought up" as raised at a meeting', 'The Romanian families brought up the bin collection at the meeting.'],
    ['praise with "we all know"', 'We all know how hard the Polish families work on their plots.'],
    ['a request passed on, as "they"', 'Romanian families have moved into Church Street. They have asked for leaflets in Romanian.'],
    ['experience as a hiring criterion', "The older candidate didn't have the experience, so we'll go with someone else."],
    ['an attribution, then a neutral remark', 'A resident wrote that "immigrants never pay their way", and I have replied.'],
  ], 'does not judge %s discriminatory (hedged forms, shipped policy)');

  shipped.accepts([
    ['a supportive mention', 'The Sikh family have booked the main hall for their party; lovely.'],
    ['an adjustment', "The deaf candidate can't use the phone interview, so we'll meet in person."],
    ["the writer's own faith", "As a practising Hindu I'd rather the meeting didn't fall on Diwali."],
    ['a request for access', "Wheelchair users can't get past the bollards; could they be moved?"],
    ['a report of what a resident wrote', 'A resident wrote that "immigrants never pay their way"; I have replied.'],
    ['utility poles', 'The poles were replaced by the network operator, so keep off the verge.'],
    ['a hiring remark on the criteria', "The older candidate didn't meet the essential criteria, so we'll go with someone else."],
    ['ordinary "not one of us"', 'Not one of us could make the meeting, so let\'s rearrange.'],
    ['a sort code', 'Their sort code is on the invoice.'],
    ['a question asking for a service', 'Are there any disabled parking bays that older drivers can use?'],
    ['a sum over a threshold', 'Invoices over fifty pounds should not be paid without a purchase order.'],
  ], 'does not judge %s discriminatory (shipped policy)');

  tester.accepts([
    ["an older residents' club", "The older residents' lunch club meets on Tuesday."],
    ['reasonable adjustments', 'We must make reasonable adjustments for disabled candidates.'],
    ['a faith festival', 'The mosque has asked to use the hall for Eid; I am in favour.'],
    ['"ladies and gentlemen"', 'Ladies and gentlemen, the meeting will start at seven.'],
    // The learnt judgement's context checks (each sentence below scores above its threshold).
    ["the writer's own sex, mid-sentence", "Because I'm a woman, I don't think women should always be put on the tea rota."],
    ["someone's own request passed on", 'A trans resident has asked which changing room to use; trans women should just use whichever they prefer.'],
  ], 'does not judge %s discriminatory');

  // Issue #17 (orders2): the learnt judgement's context checks, for it to act by default. Each
  // sentence below is one the learnt model scores above its threshold (checked first), so it is the
  // context check, not the score, that keeps it quiet. Phrasings written for this test.
  const judgedButInnocent: [string, string][] = [
    ["the writer's own group, plural", 'As Christians we must always stand together on this.'],
    ["the writer's own group, 'we …'", 'We older ones never get a say on the allotment committee.'],
    ['both sexes together', 'Men and women always end up on separate tables at the quiz.'],
    ['a hardship the group meets', "Pensioners can't afford the new charges."],
    ['figures about a group', 'The census shows women always end up as the carers in this parish.'],
    ['a share of a group', "About 60% of pensioners can't use the online booking."],
    ['an event a group hosts', 'The Muslim families always host the Eid meal for the street.'],
    ['explicit sexual content (tone/harassment and tone/vulgar judge it)', 'Women on that site are always naked.'],
  ];
  it.each(judgedButInnocent)('the learnt model scores %s above its threshold', (_name, body) => {
    expect(judgeSentence('discrimination', body)?.fires).toBe(true);
  });
  tester.accepts(judgedButInnocent, 'does not judge %s discriminatory (learnt context check)');

  // Not a statement about the group at all, so not a candidate: a thing of theirs, the readers
  // addressed, a relative clause picking some out, a neutral verb ("are invited").
  it.each([
    ["the group's thing as subject", "The women's football team are always short of a pitch."],
    ['the readers addressed', 'Ladies, the tea urn is always left on.'],
    ['a relative clause', 'Young people who want to volunteer should ring the office.'],
    ['a neutral verb', 'Young people are invited to the youth council on Friday.'],
  ])('%s is not a candidate', (_name, body) => expect(isCandidate('discrimination', body)).toBe(false));
  it('a generalisation in the same words is a candidate', () => {
    expect(isCandidate('discrimination', 'Young people are always late for the youth council.')).toBe(true);
  });

  // Below a forward separator typed in the body: someone else's message passed on, by the writer's own
  // account (the rule's own word lists still read it; the learnt judgement does not block it, and
  // tone/discriminatory-possible warns instead).
  const hopeless = 'Women are hopeless at running anything.';
  tester.flags<string>([['a slur-free generalisation only the learnt judgement sees', hopeless, whole]], 'flags %s');
  // A council whose policy file does not list the judgement (the shipped file lists it since the eighth round).
  const unlisted = ruleTester(rule, { level: 'block', config: policy({ learntJudgements: ['instruction', 'advertising'] }) });
  unlisted.accepts([['the same with learnt judgements off', hopeless]], '%s');
  tester.accepts([
    ['a forwarded message', `Thanks, see below.\n\n-----Original Message-----\n${hopeless}`],
    ['an Enron-style forward line', `fyi\n- - - - - - - - - forwarded by jo bloggs / council on 01 / 11 / 2026 - - - - -\n${hopeless}`],
    ['an item of a pasted numbered list', `Rules for the quiz team:\n1) Be on time.\n2) Bring a pen.\n3) ${hopeless}\n4) No phones.\n5) Have fun.`],
  ], 'does not block %s (learnt judgement)');
  tester.flags([
    ['an item of a short numbered list', `Two points:\n1) Be on time.\n2) ${hopeless}`, [{ id: 'generalisation@body:27-69', text: `2) ${hopeless}` }]],
  ], 'flags %s');

  // Issue #16: a listed word inside a longer hashtag or joined word is not the word, unless what is
  // left is a prefix or suffix the matcher accepts.
  tester.accepts([
    ['a hashtag compound', 'Lovely photos from the games night! #roleplayinggames #wareevents'],
    ['a joined word', 'Flyers for the roleplayinggames club are in the hall.'],
  ], 'context checks: accepts %s');
  tester.flags([
    ['a slur in a hashtag on its own', 'Saw this on the bus shelter: #niggers', ['slur@body:30-37']],
    ['a slur with a plural suffix', 'Those pakis again.', ['slur@body:6-11']],
    ['a slur at the end of a hashtag of words', 'Shout out to my mate #YouMyNigga', ['slur@body:22-32']],
    ['a slur with a joined word before it', 'Get lost youniggers.', ['slur@body:9-19']],
  ], 'context checks: flags %s');
});

// Round seven: one person described by a characteristic (married, engaged, her age, a mum), then, in the
// next sentence, what she or he "will" do or cost used against them in a decision on a post: a pregnancy
// foreseen, retirement foreseen, a family's absences foreseen. Phrasings of our own, with neighbours.
describe('tone/discriminatory: a candidate described, then a forecast used against them (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block' });
  const at = (sentence: string) => (body: string) => [`generalisation@body:${body.indexOf(sentence)}-${body.indexOf(sentence) + sentence.length}`];
  shipped.flags<string>([
    ['newly wed, the first baby foreseen', "Ms Patel was the best on paper, but she's newly wed and 31. Appoint her and the first baby will have us recruiting again inside two years, so I'd rather go with Mr Cole.", at("Appoint her and the first baby will have us recruiting again inside two years, so I'd rather go with Mr Cole.")],
    ['late fifties, retirement foreseen', 'The applicant for the caretaker post is in his late fifties. Give him two years and he\'ll be thinking about retirement, so I\'d put the younger lad forward.', at("Give him two years and he'll be thinking about retirement, so I'd put the younger lad forward.")],
    ['mid thirties, the upheaval of a family', 'Between us, candidate C is a married woman in her mid thirties. We can\'t risk the upheaval when she starts a family halfway through the neighbourhood plan.', at("We can't risk the upheaval when she starts a family halfway through the neighbourhood plan.")],
    ['sixty-four, marked down', "Mr Aziz interviewed well, but he's 64. He'll be gone before he's learnt the job, so I've marked him down.", at("He'll be gone before he's learnt the job, so I've marked him down.")],
    ['a mum, absences foreseen', "Candidate A is a mum of two young ones. She'll always be off when they're ill, so I'd rather go with someone else.", at("She'll always be off when they're ill, so I'd rather go with someone else.")],
    ['just engaged, a baby and the gap', "She's just engaged, according to her referee. If we promote her now she'll be off having a baby within the year, and we can't carry the gap.", at("If we promote her now she'll be off having a baby within the year, and we can't carry the gap.")],
  ], 'flags %s');
  shipped.accepts([
    ['just married, a start date', "She's just married and back from honeymoon on the 12th. If we appoint her, she'll start on the 19th."],
    ['late fifties, experience', 'Mr Reeve is in his late fifties and has run two parish offices. If we appoint him he\'ll bring all that experience from day one.'],
    ['a pregnancy told us, cover advertised', "She has told us she's pregnant and due in May. We can't leave the post empty, so we'll advertise maternity cover now."],
    ['sixty-three, part-time asked for', "He's 63 and has asked to go part-time. He'll keep the allotments role and we'll recruit for the cemetery work."],
    ['early thirties, praised', "Candidate B is in her early thirties and was the strongest at interview. She'll be a great asset, so let's offer her the post."],
    ['a family ruled out as a ground', "She's just married. We mustn't turn her down because she might start a family; she'll be scored on the criteria like anyone else."],
    ['a baby-changing unit', "We can't afford the disruption of fitting the first baby-changing unit during the fete."],
  ], 'does not judge %s discriminatory');
});
