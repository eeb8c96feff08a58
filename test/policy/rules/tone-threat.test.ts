import rule from '../../../src/policy/rules/tone/threat';
import { draft, learntPolicy, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/threat', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  tester.accepts([
    ['a lawful enforcement warning', 'The council will take enforcement action if the hedge is not cut.'],
    ['"threatens" about a service', 'The closure threatens the bus service.'],
    ['a formal complaint', 'I will report this to the Monitoring Officer.'],
    ['"watch" in another sense', 'Please watch the video before the meeting.'],
    ['an offer of site plans (issue #16)', 'Please make any changes you feel necessary and send them back to me by Friday. I will get you the site plans after I have spoken to the Mayor.'],
    ['an offer of comments', 'I will get you comments by close of business today.'],
    ['looking for someone when a thing is ready', 'I will find you if this appears to be ready to close.'],
    ['an email offered', "I'll shoot you an email when the agenda is out."],
    ['a price beaten', 'We will beat your current quote for the grass cutting.'],
    ['advice about paying', 'We will make sure you pay the correct amount.'],
    ['an idiom, negated', "Don't kill yourself over the minutes."],
    ['a threat the writer reports (tone/reported’s)', 'The caller said "I know where you live" and rang off.'],
  ]);

  tester.flags([
    ['losing a job', "I'll make sure you lose your job.", ['threat@body:0-23']],
    ['regret', "You'll regret this.", ['threat@body:0-13']],
    ['watch your back', 'Watch your back.', ['threat@body:0-15']],
    ['knowing where someone lives', 'I know where you live.', ['threat@body:0-21']],
    ['violence', 'I will smash your windows.', ['threat@body:0-17']],
    ['getting someone for something', "I'll get you for this.", ['threat@body:0-12']],
    ['having someone sacked', 'I will have you sacked.', ['threat@body:0-15']],
    ['an aim at the end of the sentence', 'Mark my words, I will find you.', ['threat@body:15-30']],
    ['knowing where the children are', 'I know where your kids go to school.', ['threat@body:0-25']],
  ]);

  tester.flags([
    ['a veiled threat to property', 'Nice van. Be a shame if the tyres went flat overnight.', ['veiled@body:10-54']],
    ["the issue's example", "Your van's tyres might not last long round here.", ['veiled@body:0-48']],
  ], 'judges %s a veiled threat, quoting it');

  tester.accepts([
    ['safety advice', 'Be careful on the steps, they are icy.'],
    ['a formal step', 'I will be making a formal complaint to the ombudsman.'],
    ['security advice about vans', 'Please do not leave tools in your van overnight; there have been thefts on the estate.'],
    ['a report of damage', 'Your fence came down in the storm last night and is lying across the footpath.'],
  ], 'does not judge %s a threat');
});

// Since threat7 the shipped policy lists the learnt threat judgement: where it fires on another sentence of
// the same threat and that sentence stands (learntThreatStands), that sentence is reported too.
describe('tone/threat: veiled threats without a violent verb, in the shipped policy', () => {
  const shipped = ruleTester(rule, { level: 'block' });

  shipped.flags([
    ['a shame to see a car keyed', 'That is a lovely Jaguar. Be a shame to see it keyed.', ['threat@body:30-51']],
    ['the same night', 'Put those bollards in and they will come down the same night.', ['threat@body:26-60']],
    ['one eye open', 'If I were the chairman I would sleep with one eye open.', ['threat@body:31-54']],
    ['watching himself', 'Your enforcement officer wants to watch himself.', ['threat@body:25-47']],
    ['a visit after dark', "We'll be paying your shed a visit one night soon.", ['threat@body:0-33']],
    ['regret aimed at the writer', "You'll regret crossing me.", ['threat@body:0-13']],
    ['bins in the canal', 'Objectors might find their wheelie bins in the canal.', ['threat@body:10-52']],
    ['things fine only until the writer says', 'Those new benches won\'t last the week. I\'ll see to that.', ['threat@body:18-55']],
    ['long memories', 'Some of us have long memories. Think about that on Thursday.', ['threat@body:16-42']],
    ['friends who are not as nice', 'I have friends, and they are not as nice as me.', ['threat@body:25-46']],
    ['which house is whose', 'I know which house is yours, Derek.', ['threat@body:0-27']],
  ], 'blocks %s');

  shipped.accepts([
    ['watching oneself on ice', 'You want to watch yourself on the steps this morning; they are icy.'],
    ['an inspection visit', "We'll be paying your allotment a visit on Tuesday to check the water butts."],
    ['a shame about the weather', 'It would be a shame if the fete were cancelled because of the rain.'],
    ['damage reported', 'The bench by the pond was smashed overnight; I have reported it to the police.'],
    ['regret a missed event', "You'll regret missing the carol service; the choir was wonderful."],
    ['a long memory for names', 'My mother has a long memory for names and faces.'],
    ['a lift home', 'I know which way you drive home, so I can drop the papers off on my way.'],
  ], 'lets %s through');

  // Knowing where someone goes, and a warning to bear it in mind (src/policy/rules/tone/harassment-evidence.ts).
  const veiled = (body: string, sentence: string) => [`veiled@body:${body.indexOf(sentence)}-${body.indexOf(sentence) + sentence.length}`];
  const FLEECE = "I'll say this once. I know you're in the Fleece most Friday nights with your lot. Might be worth you remembering that before you type anything else about me.";
  const LIVES = 'I know which pub you drink in on a Friday, Mr Hollis. Bear that in mind before Thursday.';
  shipped.flags([
    ['knowing where she drinks, and a warning', FLEECE, veiled(FLEECE, "I know you're in the Fleece most Friday nights with your lot.")],
    ['knowing which pub he drinks in, and a warning', LIVES, veiled(LIVES, 'I know which pub you drink in on a Friday, Mr Hollis.')],
  ], 'blocks %s (two pieces of evidence)');
  const CAR = "That white Range Rover of yours sits on the verge by my gate every night. It'd be a real shame if something heavy caught it one of these mornings.";
  shipped.flags([
    ['the reader’s car, and harm hedged', CAR, [...veiled(CAR, "It'd be a real shame if something heavy caught it one of these mornings."), ...veiled(CAR, 'That white Range Rover of yours sits on the verge by my gate every night.')]],
  ], 'blocks %s (property and a hedge)');
  shipped.accepts([
    ['a warning about a bend, with a request', 'Your van is parked on the bend again. Please move it; accidents happen on that corner.'],
    ['a shame about the weather, nothing of the reader’s', 'It would be a shame if the fete were cancelled because of the rain.'],
    ['knowing where she drinks, to bring a petition', "I know you're in the Fleece most Friday nights, so I'll bring the petition there for you to sign."],
    ['a warning with nothing known of the reader', 'Please remember that the hall closes at ten; bear that in mind when you book.'],
  ], 'lets %s through (one piece of evidence)');

  // Others who know where the reader lives, told to them with a warning.
  const TOWN = "Think on. It's a small town, and everybody knows which house is yours on Mill Lane.";
  const PEOPLE = 'People round here know where you live, Mrs Dale. You might want to reconsider before the meeting.';
  shipped.flags([
    ['everybody knowing which house is the reader’s, and "think on"', TOWN, [...veiled(TOWN, "It's a small town, and everybody knows which house is yours on Mill Lane."), ...veiled(TOWN, 'Think on.')]],
    ['people knowing where she lives, and a rethink urged', PEOPLE, veiled(PEOPLE, 'People round here know where you live, Mrs Dale.')],
  ], 'blocks %s (others who know, and a warning)');
  shipped.accepts([
    ['everybody knowing which house, to deliver a card', 'Everybody knows which house is yours, so the card from the bowls club will find you.'],
    ['a rethink urged with nothing known of the reader', 'You might want to reconsider the date before Monday; the hall is booked.'],
  ], 'lets %s through (one piece of evidence)');

  // Harm to a thing foretold (fire, not surviving), with menace beside it: disowned, "just saying", the writer's own hand.
  const PILE = "If the pallets are still there on Saturday the whole pile goes up in smoke, and if the flames catch your noticeboard that's your problem not mine.";
  const PANELS = "The lads round here have long memories. If those turbines go up I wouldn't count on them still standing come spring.";
  const SHED = 'Your new store shed could easily go up in flames one night. I\'ll bring the matches myself.';
  const JUST = 'Put the cameras on the green and they will go up in smoke within a week. Just saying.';
  shipped.flags([
    ['a fire foretold, and responsibility disowned', PILE, veiled(PILE, PILE)],
    ['things not surviving, and long memories', PANELS, [...veiled(PANELS, "If those turbines go up I wouldn't count on them still standing come spring."), ...veiled(PANELS, 'The lads round here have long memories.')]],
    ['a fire foretold, and the writer’s own hand', SHED, [...veiled(SHED, 'Your new store shed could easily go up in flames one night.'), ...veiled(SHED, "I'll bring the matches myself.")]],
    ['a fire foretold, and "just saying"', JUST, veiled(JUST, 'Put the cameras on the green and they will go up in smoke within a week.')],
  ], 'blocks %s (harm to a thing, and menace)');
  shipped.accepts([
    ['a bonfire night notice', 'The bonfire goes up in flames at 7pm sharp; just saying, bring a torch and keep children behind the rope.'],
    ['a fire-risk warning with a request', 'If the flames catch the gazebo it will go up in smoke in seconds, so please keep the barbecue six metres away. Not my problem if you ignore the fire officer, mind.'],
    ['plans going up in smoke, a figure of speech', 'If the county pulls the grant, our plans for the hall go up in smoke. Just saying.'],
    ['a fire foretold with no menace', 'If the hedge trimmings are left in the skip they could go up in smoke in this heat.'],
    ['doubt about a thing, with no menace', "I wouldn't count on the old benches still being in one piece after another winter; they are rotten."],
    ['matches for the candles', "I'll bring the matches for the candles on the Christingle table."],
    ['a fire in the past, told as history', 'Just so you know, the old pavilion caught fire in 1987 and was rebuilt by volunteers.'],
    ['bins in the river after a storm', 'The bins ended up in the river again after the high winds last night; just saying, they need weighting.'],
    ['a heater left on', 'The old shed could catch fire if anyone leaves the heater on. Think about it.'],
    ['an allotment flattened by contractors, with regret', "If the council approves the scheme, you'll find your allotment flattened by the contractors for the drainage work, I'm afraid, so bear it in mind."],
    ['petrol for the strimmers, on a condition', "We'll bring the petrol for the strimmers if the council can lend us two on Saturday."],
    ['matches offered on a condition', "I'll bring the matches if the vicar wants the candles lit before the service."],
    ['paraffin for a garden bonfire', "We'll be burning the hedge trimmings on Saturday with a can of paraffin to start it; if the wind is wrong we'll wait."],
  ], 'lets %s through');

  // More phrasings of the same kinds, written with them.
  const SHEDS = "Funny how sheds catch fire round here when people don't listen. Think about it.";
  const MAST = "If that mast goes up on the rec, it won't be standing for long. You've been warned.";
  const ALLOTMENT = "Approve the housing on Mill Field and you'll find your allotment wrecked. Your choice.";
  const RIVER = "It's a shame about the new benches. Shame if they all ended up in the river.";
  const PETROL = "I'll be down there with a can of petrol if the hedges aren't cut by Friday.";
  const PARK = 'I know you leave the office at five and walk through the park. Something to bear in mind.';
  shipped.flags([
    ['fire hinted, and "think about it"', SHEDS, veiled(SHEDS, "Funny how sheds catch fire round here when people don't listen.")],
    ['a mast not left standing, and a warning', MAST, veiled(MAST, "If that mast goes up on the rec, it won't be standing for long.")],
    ['an allotment wrecked on a condition, "your choice"', ALLOTMENT, veiled(ALLOTMENT, "Approve the housing on Mill Field and you'll find your allotment wrecked.")],
    ['benches in the river, a shame', RIVER, veiled(RIVER, 'Shame if they all ended up in the river.')],
    ['the writer with petrol, on a condition', PETROL, veiled(PETROL, PETROL)],
    ['the reader’s routine known, and a warning', PARK, veiled(PARK, 'I know you leave the office at five and walk through the park.')],
  ], 'blocks %s');
  shipped.accepts([
    ['the reader’s routine known, for an errand', "I know you leave the office at five, so I'll drop the keys in before then. Bear that in mind if you're running late."],
    ['living alone, and help offered', 'I know you live on your own, so do let us know if you need help with the snow clearing; bear that in mind.'],
    ['which house is hers, for the hanging baskets', 'Everybody knows which house is yours because of the lovely hanging baskets. Something to think about for the Britain in Bloom entry!'],
  ], 'lets %s through');
});


// Round six: harm to a thing (the reader's or the council's) foretold and tied to what the writer wants,
// with a hedge; someone's safety on the way home with a hedge. Phrasings of our own, with neighbours.
describe('tone/threat: harm to a named thing or person tied to a demand, with menace (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block', input: (body: string) => draft({ from: RESIDENT, body }) });
  const veiled = (body: string, sentence: string) => [`veiled@body:${body.indexOf(sentence)}-${body.indexOf(sentence) + sentence.length}`];
  const SIGNS = 'If the barrier stays up past the weekend, your new signs could end up at the bottom of the river. Accidents happen.';
  const ASTRA = 'You park that silver Astra on Mill Street every night, Mrs Lowe. It would be a pity if it got a few scratches. Just saying. Drop the fine.';
  const MACHINES = "Keep the car park charges and the new ticket machines won't last the winter. Accidents happen round here.";
  const VAN = "That's a nice van, the one you leave outside the library. Shame if it got keyed one evening. Withdraw the objection.";
  const HARBOUR = 'Refuse my application again and the planters outside your office could end up in the harbour. Just saying.';
  const TOWPATH = 'It gets very dark on the towpath when you walk home late, Mrs Kaur. Shame if anything happened. Vote the right way on the marina.';
  const CAR = "Nice car you've got, Mr Shah. Be a shame to see it knocked about. Think carefully before the committee decides on my application.";
  shipped.flags([
    ['signs at the bottom of the river unless a barrier goes', SIGNS, veiled(SIGNS, 'If the barrier stays up past the weekend, your new signs could end up at the bottom of the river.')],
    ['the reader\'s car known, scratches hedged, a fine to drop', ASTRA, veiled(ASTRA, 'It would be a pity if it got a few scratches.')],
    ['machines not lasting the winter if charges stay, "accidents happen"', MACHINES, veiled(MACHINES, "Keep the car park charges and the new ticket machines won't last the winter.")],
    // A threat phrase ("shame if it got keyed") settles it before the evidence does.
    ['the van she leaves, keyed, and an objection to withdraw', VAN, [`threat@body:${VAN.indexOf('Shame')}-${VAN.indexOf(' one evening')}`]],
    ['planters in the harbour on a demand, "just saying"', HARBOUR, veiled(HARBOUR, 'Refuse my application again and the planters outside your office could end up in the harbour.')],
    // The learnt judgement's sentence, aimed at a named person, tied to a vote, with a hedge (menaceFor).
    ['walking home late, "shame if anything happened", and a vote', TOWPATH, veiled(TOWPATH, 'Shame if anything happened.')],
    ['the car he has, knocked about, before a decision', CAR, veiled(CAR, 'Be a shame to see it knocked about.')],
  ], 'blocks %s');
  shipped.accepts([
    ['a car scratched in the yard, with an apology', "Your car got a few scratches in the depot yard; I'm so sorry, please send me the repair bill."],
    ['vans knocked about by the swell, moved on request', 'If the vans are left on the quay they might get knocked about by the swell; could you move them?'],
    ['accidents on a bend, a sign asked for', 'Accidents happen on that bend. Could you put up a sign before the parish council decides on the crossing?'],
    ['a decision going to appeal', "Don't be surprised if the decision goes to appeal; it's entirely your decision whether to fight it."],
    ['a bench in the pond after a storm', 'The old bench ended up at the bottom of the pond after the storm; the contractor will fish it out.'],
    ['the school run, and banners to drop off', 'You drive past the school every morning, so could you drop the banners off?'],
    ['walking home in the dark, and a lift offered', "I know you walk home in the dark, so I'll give you a lift after the meeting."],
    ['benches wrapped against scratches', 'The contractor says the new benches might get a few scratches in transit, so they will wrap them.'],
    ['carol tickets not to go to waste', 'It would be a shame if the tickets for the carol concert went to waste; could you share the poster?'],
  ], 'lets %s through');
});

// Round seven: harm to a thing told as something that just happens ("have a way of", "tend to come to
// grief"), with a hint that it is meant: no one about to see or know, a deadline ("while you still can"),
// an appeal to an understanding ("I'm sure you understand me"), or a warning. Phrasings of our own, in
// different voices, each with an innocent close neighbour.
describe('tone/threat: harm that "just happens" to a thing, with a hint it is meant (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block', input: (body: string) => draft({ from: RESIDENT, body }) });
  const veiled = (body: string, sentence: string) => [`veiled@body:${body.indexOf(sentence)}-${body.indexOf(sentence) + sentence.length}`];
  const CARAVAN = 'Shift that caravan off the verge while you still can. Caravans left out there have a way of catching fire.';
  const PLANTERS = "You've put your planters right by the bus stop. Planters in that corner tend to get smashed after closing time, and no one's about to see it.";
  const RAMPS = 'Build your skate park if you must. Ramps like that have a way of ending up in the canal, and nobody would ever know who did it.';
  const MARQUEE = "The marquee will be out on the field all night. Marquees do tend to come to grief in the dark. I'm sure we understand each other.";
  const SIGN = 'Your new sign will come to grief before Christmas, and nobody round here will be any the wiser. Say no more.';
  const HOARDING = 'Pull that hoarding down while you still can. Hoardings on that corner have been known to catch fire.';
  const HUT = "That hut of yours has a way of getting damaged when the committee ignores people. Word to the wise.";
  shipped.flags([
    ['a caravan, fire, and a deadline', CARAVAN, veiled(CARAVAN, 'Caravans left out there have a way of catching fire.')],
    ['planters smashed, and no one about to see', PLANTERS, veiled(PLANTERS, "Planters in that corner tend to get smashed after closing time, and no one's about to see it.")],
    ['ramps in the canal, and nobody to know', RAMPS, veiled(RAMPS, 'Ramps like that have a way of ending up in the canal, and nobody would ever know who did it.')],
    ['a marquee coming to grief, and an understanding', MARQUEE, veiled(MARQUEE, 'Marquees do tend to come to grief in the dark.')],
    ['a sign coming to grief, and nobody the wiser', SIGN, veiled(SIGN, 'Your new sign will come to grief before Christmas, and nobody round here will be any the wiser.')],
    ['a hut damaged, and a word to the wise', HUT, veiled(HUT, 'That hut of yours has a way of getting damaged when the committee ignores people.')],
    ['a hoarding known to catch fire, and a deadline', HOARDING, veiled(HOARDING, 'Hoardings on that corner have been known to catch fire.')],
  ], 'blocks %s');
  shipped.accepts([
    ['cyclists coming to grief on a bend, no one about', 'Cyclists tend to come to grief on that bend after dark when no one is about, which is why we asked the county for a light.'],
    ['chairs that go missing, locked away', 'Chairs left on the green have a way of going missing, so we lock them in the store.'],
    ['a scheme that came to grief, and an understanding', "The old scheme came to grief over funding; I'm sure you understand me when I say we need a firmer budget."],
    ['nobody the wiser about an agenda', 'Nobody would be any the wiser if we moved the item to next month, so let us do that.'],
    ['a hall booked while you still can', 'Book the hall while you still can; it fills up quickly before Christmas.'],
    ['lanterns known to come to grief, with no one addressed', 'Sky lanterns have been known to come to grief in the trees, so we will not release any this year.'],
    ['floodlights damaged in a storm, a step asked for', 'Floodlight columns tend to get damaged in gales, so could you check the bolts before winter?'],
  ], 'lets %s through');
});
