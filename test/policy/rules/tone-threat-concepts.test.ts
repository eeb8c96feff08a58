// Threats by concept (helper threat7, src/policy/rules/tone/threat-concepts.ts): harm, loss or exposure,
// aimed at the reader or someone named or at what is theirs, as something the writer or "someone" may
// bring about, blocks under tone/threat; harm aimed with no menace is worth a second look
// (tone/threat-possible). Not threats: a formal step, a hazard with a step asked for, business idiom, a
// joke at the writer's own expense, harm reported after the fact, and protective advice. Phrasings of our
// own, in several voices; every kind with innocent neighbours.
import { threatConcept } from '../../../src/policy/rules/tone/threat-concepts';
import rule from '../../../src/policy/rules/tone/threat';
import possible from '../../../src/policy/rules/tone/threat-possible';
import { draft, idsOf, RESIDENT } from '../../helpers/draft';

const send = (body: string) => draft({ from: RESIDENT, body });
const blocks = (body: string) => idsOf(rule, send(body)).length > 0;
const warns = (body: string) => idsOf(possible, send(body)).length > 0;
const lower = (s: string) => s.toLowerCase().replace(/’/g, "'");

describe('tone/threat by concept: harm aimed at someone or theirs, with menace, blocks', () => {
  it.each([
    // Property, on a condition or by the writer's hand.
    ['windows and a brick, on a refusal', 'Refuse my licence and your shop windows will have a brick through them by Sunday.'],
    ['a van gone missing, on a vote', "Vote it down and I'll make sure your van goes missing."],
    ['tyres flat, on more fines', 'Keep fining me and your car tyres will be flat on the first morning.'],
    ['gnomes in the river, on a blocked drive', 'Block my drive again and your garden gnomes end up in the river.'],
    ['petrol on a shed, by someone', 'Cross me again and someone will pour petrol on your shed.'],
    ['a greenhouse that will not survive, on a condition', "If the fence goes up, your greenhouse won't survive the month."],
    // A person or their family.
    ['a visit to a husband', "Approve the flats and I'll pay your husband a visit."],
    ['children who will not like what happens', "One more letter and your kids won't like what happens."],
    ['a daughter, a school and accidents', 'I know which school your daughter goes to. Accidents happen.'],
    ['the councillor outside his house', "Tell Councillor Briggs I'll be outside your house after the meeting, so think on."],
    ['a chairman who will get hurt', "Vote for the car park and your chairman's lad might get hurt on that road."],
    ['a wife\'s salon and a brick', "Cross me on Tuesday and your wife's salon will find a brick through the glass."],
    // A job or a name.
    ['another job', "Keep on at me and you'll be looking for another job."],
    ['a son\'s doings made public', "Print that and everyone hears what your son got up to, I'll make sure of it."],
    ['an address posted online', "Push this through and I'll post your address on tiktok."],
    ['the front page of the Gazette', "Your husband's expenses could end up on the front page of the Gazette if I were you I'd think again."],
    ['a career that ends', "Push the audit and your career ends with it, I'll see to that."],
    ['a photo on tiktok', 'post our names again n ur pics go on tiktok, simple'],
    // Veiled, with harm named to what is theirs (the learnt judgement and the concept agree).
    ['a greenhouse and a brick', 'Your greenhouse would look a lot worse with a brick through it.'],
    ['a shed and weedkiller', 'There is a lot of weedkiller near your shed these days.'],
    ['tyres flat overnight', "Your car's tyres always seem to go flat overnight."],
  ])('blocks %s', (_kind, body) => {
    expect(blocks(body)).toBe(true);
  });
});

describe('tone/threat by concept: harm aimed, with nothing said of who brings it about, only warns (tone/threat-possible)', () => {
  it.each([
    ['a shed roof coming off', 'Your shed roof will come off one of these days.'],
    ['bikes in the pond', "Your kids' bikes end up in the pond every summer."],
    ['fence panels coming apart', "The chairman's fence panels come apart in your hand."],
    ['a polytunnel and diesel', 'Your polytunnel smells of diesel, funnily.'],
    ['a greenhouse and stones', 'Your greenhouse glass is full of stones from the lane.'],
    ['a bike and stones', 'Your bike tyres pick up stones on that track.'],
  ])('does not block, and warns: %s', (_kind, body) => {
    expect(threatConcept(lower(body), '')).toBe(1);
    expect(idsOf(rule, send(body))).toEqual([]);
    expect(warns(body)).toBe(true);
  });
});

describe('tone/threat by concept: not threats (due process, hazards, business, jokes, reports, advice)', () => {
  it.each([
    // Due process.
    ['the ombudsman', "I'll take this to the ombudsman if your office ignores me again."],
    ['the monitoring officer and legal action', 'I will report your conduct to the monitoring officer and seek legal action.'],
    ['a formal complaint about a house', 'If your house extension goes ahead I will put in a formal complaint.'],
    ['a court order about a van', 'If your van blocks my drive again I will apply to the court.'],
    ['the standards committee', "Keep ignoring me and I'll go to the standards committee about your husband's declaration."],
    ['an appeal', 'Refuse the licence and I will appeal; your office will hear from my solicitor.'],
    // Hazards.
    ['ice and tyres', 'If you drive in tomorrow, your car tyres may struggle on the ice; please take care.'],
    ['a storm and a shed roof', 'If the storm comes through, your shed roof could come off, so tie it down.'],
    ['a flood and a garden', 'If the brook floods again your garden will end up in the river, I fear.'],
    ['snow and a greenhouse', 'Heavy snow is forecast; your greenhouse roof could come off if it settles.'],
    ['thieves and a van', 'There are thieves about, so your van could go missing if it is left on the lane.'],
    ['the gritter and a lane', "The gritter won't reach your lane, so your car may not start on Monday."],
    // Business.
    ['a deal that will die', 'If prices fall, the deal will die and your bonus goes with it.'],
    ['margins', "If we keep discounting, your margins won't survive the quarter."],
    ['customers', "Raise the fees again and your customers won't like it."],
    ['a budget', "If the grant goes, your budget won't last the year."],
    ['sales', 'Cancel the promotion and your sales will go flat by March.'],
    ['the market', 'If the market turns, your shares could go missing from the top ten.'],
    // Jokes at the writer's own expense.
    ['cake and tyres', 'If I eat any more cake my car tyres will go flat under me, ha.'],
    ['the writer\'s own shed', "If I try to fix my own shed again it won't survive the week, ha."],
    ['the writer\'s own garden', 'My garden gnomes would end up in the river if I were in charge of them.'],
    ['the writer\'s own van', "My old van won't last the winter, I'll be on the bus."],
    ['the writer\'s own cooking', "If I cook, the kitchen won't survive, so I'll bring sandwiches."],
    ['the writer\'s own car', 'My car tyres go flat if you look at them, so I may be late.'],
    // Harm reported after the fact.
    ['a window smashed', "Somebody smashed your car window last night; I've told the police."],
    ['a shed broken into', 'Your shed was broken into on Sunday, so sorry; the police have the details.'],
    ['tyres let down', "Someone let your van's tyres down outside the hall, I'm so sorry to say."],
    ['posters taken', "Your posters were taken down overnight; I've reported it."],
    ['a bench damaged', 'The bench your mother gave was damaged at the weekend; we are repairing it.'],
    ['a fence blown down', 'Your fence came down in the wind; the council will pay for repairs.'],
    // Protective advice.
    ['a shed to lock', 'Please lock your shed, there have been thefts and things go missing.'],
    ['petrol for a mower', 'If you need petrol for the mower, the can is in your shed.'],
    ['a van with a new sign', 'Your van looks great with the new signwriting.'],
    ['brakes to check', 'Please get your brakes checked before the long drive, just to be safe.'],
    ['a bonfire kept from a shed', 'Keep the bonfire well away from your shed, the wind can carry sparks.'],
    ['children and the pond', 'Please keep your children away from the pond edge, the bank is soft.'],
  ])('lets %s through', (_kind, body) => {
    expect(blocks(body)).toBe(false);
  });
});
