import rule from '../../../src/policy/rules/personal-data/special-category';
import { draft, CLERK, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { PRACTICAL_REASONS } from '../../helpers/special-category-practical';
import { KINDS } from '../../helpers/special-category-kinds';

const out = (body: string, extra: Parameters<typeof draft>[0] = {}) => draft({ to: [RESIDENT], body, ...extra });
const flagRows = (rows: [string, string, string[]][]) => rows.map(([name, body, ids]) => [name, out(body), ids] as [string, ReturnType<typeof out>, string[]]);

describe('personal-data/special-category', () => {
  const tester = ruleTester(rule, { level: 'block' });

  tester.accepts([
    ['the health and safety policy', out("Please read the council's health and safety policy.")],
    ['NHS walk-in centre hours', out('The NHS walk-in centre opening hours are 8am to 8pm.')],
    ['the church hall', out('The church hall is booked for the Christian Aid coffee morning.')],
    ['a dementia café', out('The council has dementia-friendly status and runs a dementia café.')],
    ['a charity that has dementia support', out('Age UK has dementia support groups on Tuesdays.')],
    ['health data to council people only', draft({ to: [CLERK], body: 'Mrs Smith has dementia.' })],
    ['health data to a partner body', draft({ to: ['adultcare@hertfordshire.gov.uk'], body: 'Mrs Smith has dementia.' })],
    ['sympathy to the person themselves', out('I was sorry to hear about your diagnosis.')],
    ['a Catholic school', out('St Mary’s is a Catholic school.')],
    ['suffering from flooding', out('The lane is suffering from flooding again.')],
    ['a councillor’s surgery', out('Her surgery is on Saturday morning at the library.')],
    ['residents generally', out('We support residents and their mental health.')],
    ['the van had a breakdown', out('The van had a breakdown on the A10.')],
    ['the sender’s own diagnosis (issue #16)', out('I have been recently diagnosed with lung cancer, so I will be working from home.')],
    ['the sender’s own stay in hospital', out('I was admitted to hospital last week and am back on Monday.')],
    ['an unnamed person in the news (issue #16)', out('A postal worker in New Jersey was diagnosed with anthrax.')],
    ['a forwarded news item', out('From the Herts Mercury: the former mayor, Mr Green, was arrested on Friday, police said.')],
    ['faith in the economy (issue #16)', out('The economist said her faith in the economy was shaken by the figures.')],
    ['a race for a seat', out('His race for the county seat starts in May.')],
    ['a conviction that is a belief', out('Her conviction that the hall should stay open is well known.')],
    ['charged with a task', out('Sam has been charged with leading the project.')],
    ['cautioned against spending', out('The clerk was cautioned against spending more by the auditor.')],
    ['probation at work', out('The new assistant is on probation until March.')],
  ]);

  tester.flags([
    ['a named person has dementia', out('Mrs Smith has dementia and needs help.'), ['health@body:4-22']],
    ['a relation with a modifier', out('My neighbour has early-onset dementia.'), ['health@body:3-37']],
    ['was diagnosed with', out('He was diagnosed with cancer last year.'), ['health@body:3-21']],
    ['suffering from', out('The tenant is suffering from depression.'), ['health@body:14-39']],
    ['his diagnosis', out('I understand his diagnosis is serious.'), ['health@body:13-26']],
    ['is pregnant', out('Jo is pregnant.'), ['health@body:3-14']],
    ['was arrested', out('Her son was arrested on Friday.'), ['criminal@body:8-20']],
    ['a criminal record', out('Mr Jones has a criminal record.'), ['criminal@body:9-30']],
    ['religion', out('She is a practising Muslim.'), ['identity@body:0-26']],
    ['sexual orientation', out('His sexuality is nobody’s business.'), ['identity@body:0-13']],
    ['trade union membership', out('Sam is a union member.'), ['identity@body:0-21']],
    ['a relative clause', out('Mrs Patel, who has diabetes, asked about parking.'), ['health@body:11-27']],
    ['in a quoted message (it still leaves the council)', out('See below.\n\n> My husband has dementia'), ['health@body:17-37']],
    ['in the subject', out('hi', { subject: 'Re: Mr Brown was diagnosed with MS' }), ['health@subject:13-31']],
    ['someone the sender knows of', out('I understand that she was diagnosed with cancer.'), ['health@body:22-40']],
    ['charged with an offence', out('He was charged with assault.'), ['criminal@body:3-19']],
  ]);

  // Issue #16: a statement that something is kept confidential or held back names a kind of data
  // without giving it; a phrase that gives the data still blocks.
  tester.accepts([
    ['a condition held back', out('I am sorry, but I am not able to share details of her medical condition.')],
    ['a record not discussed', out('We cannot discuss his criminal record with you.')],
    ['an assurance about a disability', out('Any details of his disability will be kept strictly confidential.')],
  ], 'context checks: accepts %s');
  tester.flags([
    ['a conviction given, then held back', out('Mr Hale was convicted of theft in 2019, so I cannot say more.'), ['criminal@body:8-21']],
  ], 'context checks: flags %s');

  // Issue #17: a criminal record in plain words, about someone other than the writer.
  tester.flags([
    ['did months for an offence', out('Darren Jewell did eighteen months for handling stolen tools in 2019.'), ['criminal@body:14-46']],
    ['did time for', out('Her brother did time for burglary, you know.'), ['criminal@body:12-33']],
    ['was inside, plain', out('The new tenant got two years inside a while back.'), ['criminal@body:15-35']],
    ['was done for an offence', out('Mr Lacey was done for drink-driving last spring.'), ['criminal@body:9-35']],
    ['got a caution', out('Kyle Barton got a caution for shoplifting at the Co-op.'), ['criminal@body:12-29']],
    ['has a conviction for', out('I gather Mrs Dace has a conviction for benefit fraud.'), ['criminal@body:18-38']],
    ['a caution years ago', out('Roy Pym had a caution years ago for fraud, so watch the cash tin.'), ['criminal@body:8-35']],
    ['years in short', out('the caretaker did 3 yrs for robbery back in the day'), ['criminal@body:14-35']],
    ['a driving ban', out("Don't put Terry on the tractor, he was banned for drink driving."), ['criminal@body:35-63']],
    ['on licence', out('Dean was released on licence last year.'), ['criminal@body:9-28']],
    ['he’s gay', out("Tony told me he's gay, so don't try to set him up."), ['identity@body:13-21']],
  ], 'plain words: flags %s');
  tester.accepts([
    ['the writer’s own past', out('I did eighteen months for handling when I was nineteen, and I have been straight since.')],
    ['work done for someone', out('The work was done for the parish council and signed off in May.')],
    ['years of service', out('Mrs Cole did two years for the council as our clerk before she retired.')],
    ['an unnamed person in the news', out('From the Gazette: a Lyddon man was done for drink-driving, police said.')],
    ['police crime-prevention advice', out('PCSO advice: anyone caught handling stolen tools can end up with a caution or a conviction, so mark your tools.')],
    ['a planning objection about offences in general', out('Fly-tipping is a criminal offence, and a conviction can mean a fine of up to £50,000.')],
    ['a caution from an auditor for a task', out('The clerk was cautioned by the auditor for late filing.')],
    ['a ban on parking', out('Lorries are banned for safety reasons on Mill Lane.')],
    ['a tag on a parcel', out('The parcel is on a trolley with a tag on it.')],
    ['the writer’s own faith', out("I'm a practising Catholic, so I'll miss the Sunday meeting.")],
    ['a Catholic school', out("She's a Catholic school governor.")],
    ['plain words to the clerk only', draft({ to: [CLERK], body: 'Darren Jewell did eighteen months for handling stolen tools.' })],
    ['a temporary job', out("She's doing twelve months for the parish as a temp.")],
    ['an apprenticeship', out("He's doing three years for his apprenticeship at the garage.")],
    ['sentenced to paperwork, of oneself', out('I was sentenced to a lot of paperwork this week!')],
  ], 'plain words: accepts %s');

  // Issue #17: a sentence being served or passed, in any tense ("only just out after doing eighteen
  // months for handling", "was given two years for burglary", "was sentenced to six months").
  tester.flags([
    ['doing months, just out', out("The fella next to you is Darren Cowens, he's only just out after doing eighteen months for handling stolen goods."), ['criminal@body:65-99']],
    ['given years for an offence', out('Darren was given two years for burglary in 2019.'), ['criminal@body:11-39']],
    ['sentenced to', out('He was sentenced to six months for assault.'), ['criminal@body:3-19']],
    ['out of jail', out('Kev has just come out of jail, so keep an eye on the cash tin.'), ['criminal@body:18-29']],
  ], 'a sentence served: flags %s');

  // Issue #17: a same-sex partner implies a third person's sexuality; it counts only where the writer
  // treats it as private (said as logistics, it is what the person lives openly).
  tester.flags([
    ['a partner, asked to be left out', out("I'd leave out that she lives with her girlfriend Jo. I don't think Helen has told many people."), ['sexuality@body:23-48']],
    ['his husband, not out at work', out('Between you and me, Tom lives with his husband in Lyddon.'), ['sexuality@body:24-46']],
    ['a partner, then nobody knows', out('Sam has moved in with her girlfriend. Nobody in the office knows yet.'), ['sexuality@body:8-36']],
  ], 'same-sex partner: flags %s');
  tester.accepts([
    ['ordinary logistics', out('Jane and her wife will both be at the dinner, so please keep two seats.')],
    ['a partner said openly', out('Helen and her girlfriend Jo are running the tombola again this year.')],
    ['a different-sex partner kept quiet', out("I'd leave out that she lives with her husband in Upper Fenwick.")],
    ['friends, not a partner', out("Please don't mention it, but she went to the show with her girlfriends.")],
    ['the writer’s own partner', out("I'd rather you left this out, but I live with my girlfriend Jo.")],
    ['kept private, but told only inside', draft({ to: [CLERK], body: "Please don't mention it, but Helen lives with her girlfriend." })],
    ['a man partner said openly', out("He's been with a bloke from Watford for years and they're both coming to the dinner.")],
    ['the writer’s family not knowing something else', out("My family have no idea I'm standing for mayor.")],
  ], 'same-sex partner: accepts %s');

  // Issue #17: what the justice system did to a person, and sexuality or faith after a name or role.
  tester.flags([
    ['locked up, of a relation', out("Her husband's just been locked up for hitting her."), ['criminal@body:4-33']],
    ['on a tag', out("Darren's on a tag at the moment so he can't do evenings."), ['criminal@body:0-17']],
    ['a record for an offence, the subject earlier', out("The lad who wants the kiosk has got a record for dealing, I'd steer clear."), ['criminal@body:32-56']],
    ['form for stealing', out("He's got form for nicking from the boats."), ['criminal@body:5-25']],
    ['up in court', out('Steve Hogg was up in court last month for drink driving.'), ['criminal@body:6-26']],
    ['a convicted offender', out('The new tenant of hut 4 is a convicted burglar.'), ['criminal@body:29-46']],
    ['a role as the subject of a faith', out("The new deputy is a Jehovah's Witness, so no birthday cake for her."), ['identity@body:8-37']],
    ['sexuality after a name', out("Amy's a lesbian, so don't bother."), ['identity@body:0-15']],
  ], 'plain words, more: flags %s');
  tester.accepts([
    ['a building locked up', out('The hall was locked up at ten and the alarm set.')],
    ['in court as a witness to a planning appeal', out('Bob was in court for the planning appeal all day.')],
    ['form for being late', out("He's got form for turning up late, bless him.")],
    ['the writer’s own record', out('I was done for speeding once, years ago.')],
    ['tagged in photos', out('Jenny was tagged in the photos on Facebook.')],
    ['a register of interests', out('The chairman is on the register of interests for the bowls club.')],
    ['a depressed market', out('The market is depressed and the stall numbers are down.')],
    ['an alarm disabled', out("The alarm's disabled while the painters are in.")],
    ['tablets for moss', out('The caretaker is on tablets for the moss on the paths.')],
    ['a union of councils', out("Cllr Ogle is in the union of parish councils' training group.")],
    ['on the drinks rota', out("He's on the drinks rota for the civic reception.")],
    ['the writer’s own condition', out("I'm diabetic so I'll bring my own lunch.")],
    ['a gate, with a person earlier', out('The gate John fitted swings both ways.')],
  ], 'plain words, more: accepts %s');

  // Issue #17: sexuality in everyday idiom is the same as "he is gay"; a same-sex partner in plain
  // words ("he's been with a bloke") counts where the writer says the family does not know.
  tester.flags([
    ['an idiom after a name', out('No chance, Martin bats for the other side, so don’t waste your evening.'), ['identity@body:11-41']],
    ['an idiom after "he\'s"', out("Don't bother, he's that way inclined."), ['identity@body:14-36']],
    ['both ways', out('She swings both ways, apparently.'), ['identity@body:0-20']],
    ['a bloke, and the family has no idea', out("He's been with a bloke from Watford for years, his mum and the church lot have no idea."), ['sexuality@body:0-22']],
    ['another woman, and the parents do not know', out("She lives with another woman in Harlingford, but her parents don't know."), ['sexuality@body:0-28']],
  ], 'idiom and plain partner: flags %s');
  tester.accepts([
    ['a match', out("Martin bats for the other side on Sunday, so we'll be a man short against Watford.")],
    ['a gate', out('The new gate swings both ways, so mind the post.')],
    ['the writer themselves', out("I'm not that way inclined, but thanks for the thought.")],
    ['the idiom to the clerk only', draft({ to: [CLERK], body: 'Martin bats for the other side, between us.' })],
  ], 'idiom and plain partner: accepts %s');

  // Issue #17, round 6: special-category details given in passing as a practical reason or a heads-up.
  // A named person’s illness or treatment as the reason they are away (issue #17); the writer’s own, plain "off sick", a cold and a charity are not.
  tester.flags(flagRows(PRACTICAL_REASONS.health), 'practical reasons, health: flags %s');
  tester.accepts([
    ['I’m having chemo on Tuesdays', out("I'm having chemo on Tuesdays, so I'll work from home.")],
    ['I’m off with depression at the moment', out("I'm off with depression at the moment, sorry for the delay.")],
    ['Sue is off sick this week', out('Sue is off sick this week, so please ring the office.')],
    ['The Macmillan nurses are holding a coffee mornin', out('The Macmillan nurses are holding a coffee morning for cancer research.')],
    ['Bob’s off with the lads to the match on Saturday', out("Bob's off with the lads to the match on Saturday.")],
    ['My husband has started chemotherapy', out('My husband has started chemotherapy, so I may be slow to reply.')],
    ['The hall is booked for the cancer support group ', out('The hall is booked for the cancer support group on Fridays.')],
    ['She’s away with the Brownies at camp until Sunda', out("She's away with the Brownies at camp until Sunday.")],
    ['He’s off for his holidays until the 4th', out("He's off for his holidays until the 4th.")],
    ['She’s off with a cold', out("She's off with a cold, back Monday.")],
    ['Ms Hale is away with Ms Patel at the training da', out('Ms Hale is away with Ms Patel at the training day.')],
    ['The hospital has started dialysis at the new uni', out('The hospital has started dialysis at the new unit in Ware.')],
    ['She’s in the dialysis unit all week helping with', out("She's in the dialysis unit all week helping with the fundraiser.")],
    ['He’s in for a treat at the fete', out("He's in for a treat at the fete.")],
    ['Age UK on the high street has dementia support g', out('Age UK on the high street has dementia support groups.')],
  ], 'practical reasons, health: accepts %s');
  // A prison sentence in plain words, with words between (issue #17); years of service, a degree and a prevention team are not.
  tester.flags(flagRows(PRACTICAL_REASONS.criminal), 'practical reasons, criminal: flags %s');
  tester.accepts([
    ['I did eighteen months at the county council for ', out('I did eighteen months at the county council for planning before coming here.')],
    ['She spent two years at Leeds for her nursing deg', out('She spent two years at Leeds for her nursing degree.')],
    ['He served six years on the committee for the all', out('He served six years on the committee for the allotments.')],
    ['Mrs Cole did two years at the library for the co', out('Mrs Cole did two years at the library for the council.')],
    ['He served four years as chair of the panel for f', out('He served four years as chair of the panel for fraud prevention.')],
    ['Dave spent three months in the finance team work', out('Dave spent three months in the finance team working on theft claims.')],
  ], 'practical reasons, criminal: accepts %s');
  // Faith said plainly, as a heads-up (issue #17); the writer’s own, a place’s own event and a venue are not.
  tester.flags(flagRows(PRACTICAL_REASONS.faith), 'practical reasons, faith: flags %s');
  tester.accepts([
    ['The mosque is holding Friday prayers in the park', out('The mosque is holding Friday prayers in the park during the works.')],
    ['The Mayor will be at the church for the Remembra', out('The Mayor will be at the church for the Remembrance service.')],
    ['I go to Mass every Sunday so I’ll miss the meeti', out("I go to Mass every Sunday so I'll miss the meeting.")],
    ['The gurdwara has booked the hall for its Vaisakh', out('The gurdwara has booked the hall for its Vaisakhi celebration.')],
    ['She’s very observant', out("She's very observant, she noticed the leak first.")],
    ['He’s religious about locking up at ten', out("He's religious about locking up at ten.")],
    ['Our room is booked by the synagogue for Shabbat ', out('Our room is booked by the synagogue for Shabbat lunch.')],
    ['Cllr Ahmed will attend the mosque’s open day on ', out("Cllr Ahmed will attend the mosque's open day on Saturday.")],
    ['The choir goes to church every Sunday', out('The choir goes to church every Sunday.')],
    ['Tom is the religious education lead at the schoo', out('Tom is the religious education lead at the school.')],
  ], 'practical reasons, faith: accepts %s');
  // "his partner" or "her partner" with a hint at what it means or at others’ disapproval (issue #17); said plainly it is not.
  tester.flags(flagRows(PRACTICAL_REASONS.partner), 'practical reasons, partner: flags %s');
  tester.accepts([
    ['Adrian and his partner Simon are coming to the p', out('Adrian and his partner Simon are coming to the party.')],
    ['He lives with his partner', out('He lives with his partner. Please send the invoice to him.')],
    ['If you follow me on Twitter you will see his par', out("If you follow me on Twitter you will see his partner's photos.")],
    ['Our partner organisation', out('Our partner organisation, if you follow me, is the CAB.')],
    ['She’s in the dialysis unit all week helping with', out("She's in the dialysis unit all week helping with the fundraiser.")],
    ['He’s in for a treat at the fete', out("He's in for a treat at the fete.")],
  ], 'practical reasons, partner: accepts %s');

  // Issue #17, round 7: a criminal record with plural offences or time served without a number, a
  // member of staff's disciplinary matter or sickness-absence record, sexuality passed on as a warning.
  // Restored kinds (issue #17) kept inside the council: internal HR, a colleague's faith or partner.
  tester.accepts([
    ['a suspension told to the clerk', draft({ to: [CLERK], body: 'Darren was sacked for fiddling his mileage, so he won’t be at the bridge day.' })],
    ['a diagnosis told to the clerk', draft({ to: [CLERK], body: 'Since her autism diagnosis, Ellie has needed a quiet room.' })],
    ['fasting told to the clerk', draft({ to: [CLERK], body: 'Priya is fasting for Ramadan, so don’t book her for the lunch.' })],
  ], 'restored kinds inside the council: accepts %s');

  for (const [kind, { flags, accepts }] of Object.entries(KINDS)) {
    tester.flags(flagRows(flags), `${kind}, round 7: flags %s`);
    tester.accepts(accepts.map(([name, body]) => [name, out(body)] as [string, ReturnType<typeof out>]), `${kind}, round 7: accepts %s`);
  }
});
