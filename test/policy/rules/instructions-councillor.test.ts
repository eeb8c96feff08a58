import rule from '../../../src/policy/rules/instructions/councillor';
import possible from '../../../src/policy/rules/instructions/councillor-possible';
import { detectInstruction } from '../../../src/policy/rules/instructions/detect';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf, CLERK, CLLR, RESIDENT, STAFF, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import type { MailDraft } from '../../../src/policy/types';

const fromCllr = (body: string) => draft({ from: CLLR, to: [CLERK], body });

describe('instructions/councillor', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  tester.accepts([
    ['an information question', 'Could you tell me when the meeting is?'],
    ['a question about what the clerk is doing', 'Is the clerk arranging the room?'],
    ['a polite opener', 'Please find attached my notes.'],
    ['"please let me know"', 'Please let me know if you have questions.'],
    ['"please see below"', 'Please see below.'],
    ['thanks', 'Thanks for all your help.'],
    ['a hypothetical', 'If you need to contact me, I am at home.'],
    ['sending apologies', 'Send my apologies to the committee.'],
    ['a report of a decision', 'The council agreed the budget last night.'],
    ['"you must be joking"', 'You must be joking.'],
    ['asking for an agenda item', 'I will ask the clerk to put it on the next agenda so the council can consider it.'],
    ['asking for an agenda item (issue #16)', 'Speaking as your ward councillor, I will ask the clerk to put it on the next agenda so the council can consider it.'],
    ['putting a matter to the committee', 'Please add the bus shelter to the agenda for the committee.'],
  ], { title: 'accepts from a councillor: %s', input: (body: string) => ({ ...fromCllr(body), composeType: 'reply' }) });

  tester.accepts([
    ['the clerk instructing a contractor', draft({ from: CLERK, body: 'Please arrange for the grass to be cut.' })],
    ['staff instructing', draft({ from: STAFF, body: 'Order twenty new bins.' })],
  ], 'accepts from an officer or staff: %s');

  tester.flags([
    ['"please arrange"', 'Please arrange for the grass to be cut.', ['directive@body:0-39']],
    ['an imperative at sentence start', 'Order twenty new bins.', ['directive@body:0-22']],
    ['"tell the clerk to"', 'Hi. Tell the clerk to pay the invoice.', ['directive@body:4-38']],
    ['"ask the clerk to" for a council act', 'I will ask the clerk to pay the invoice.', ['directive@body:0-40']],
    ['"you must"', 'You must finish by Friday.', ['directive@body:0-26']],
    ['"I want you to"', 'I want you to chase the contractor.', ['directive@body:0-35']],
    ['a polite request for a council act', 'Can you please pay this today?', ['directive@body:0-30']],
    ['"the council will pay"', 'The council will pay for the repairs.', ['commitment@body:0-37']],
    ['"I have agreed on behalf of the council"', 'I have agreed on behalf of the council to fund it.', ['commitment@body:0-50']],
    ['"go ahead and sign"', 'Go ahead and sign the contract.', ['commitment@body:0-31']],
    ['"I approve the quote"', 'I approve the quote.', ['commitment@body:0-20']],
    ['"consider this approved"', 'Consider this approved.', ['commitment@body:0-23']],
    ['a go-ahead reported to a contractor', "I've told the window cleaner he can start on Tuesday at his usual rate.", ['commitment@body:0-71']],
  ], { title: 'flags from a councillor: %s', input: fromCllr });

  const judged = (body: string) => [{ id: `judged@body:0-${body.length}`, message: `This reads as asking an officer or contractor to act on the Council's behalf: "${body}"` }];
  tester.flags([
    ['"I\'d like … done"', "I'd like the bus shelter repainted before the Remembrance parade.", judged],
    ['a passive obligation', 'The footpath gate is to be padlocked overnight from now on.', judged],
    ['a command in a later clause', 'The car park barrier keeps sticking, so ring the engineers and get it looked at.', judged],
    ['holding work back on the writer\'s say-so', "Don't let the contractor touch the war memorial until I've seen the method statement.", judged],
    ['a change announced as settled', "The noticeboard is going back to the old layout, I've told Mandy.", judged],
  ], { title: 'judges an instruction not phrased as a command: %s', input: fromCllr });

  it('explains a judged instruction in a sentence quoting the writer, never in cue words', () => {
    const [f] = findingsOf(rule, fromCllr('Lovely evening. The noticeboard is going back to the old layout, I\'ve told Mandy.'));
    expect(f.messageId).toBe('judged');
    expect(f.message).toContain("reads as asking an officer or contractor to act on the Council's behalf");
    expect(f.message).toContain('"The noticeboard is going back to the old layout, I\'ve told Mandy."');
    expect(f.message).not.toMatch(/\bh:|\bthe words\b|settled|causative|clause-imperative/);
  });

  tester.accepts([
    ['asking to be told', 'Could you let me know when the gate is locked?'],
    ['an agenda request', 'Can the bus shelter go on the next agenda?'],
    ['a voting intention', "I'll be proposing we repaint it on Thursday."],
    ['asking when work can start', 'Could you let me know when they can start?'],
    ["the contractor's own news of when he can start", 'The roofer rang: he says he can start on Tuesday if the weather holds.'],
    ['a report of what a resident asked', 'A resident tells me the dog bin on Mill Road is overflowing again.'],
    ['a question whether something will be done', 'Will the hedges by the school be trimmed before the sports day?'],
    ['a question whether something is being done', 'Is the defibrillator being serviced this month, or was that done in spring?'],
    ['a quoted joke', 'My favourite cracker joke: "Don\'t let the vicar bring his own chair until I\'ve seen it."'],
    ['praise', 'The hanging baskets look lovely this year, well done, keep it up.'],
    ['asking for papers for oneself', 'I need the quote for the new bench on my desk by Friday.'],
    ['what the councillor will propose at the meeting', "I'll be proposing that we ask the groundsman to cut back the verges before the lights switch-on."],
    ['a motion the councillor will move', 'I intend to move that the council buys two new benches for the green.'],
    ["residents' request passed on to the clerk", 'Several people on Church Lane have asked whether the salt bin could be topped up before the frost.'],
    ['a complaint about a standard, with nothing to do', 'Papers at nine the night before. Frankly I expect better.'],
  ], { title: 'does not judge %s an instruction', input: fromCllr });

  tester.flags([
    ['an expectation with something to do', 'I expect the chamber cleared and the chairs stacked by six.', (body: string) => [{ id: `judged@body:0-${body.length}` }]],
    ['permission to start work', "I've let Kieran know he can start on the fencing next week at the price he gave us.", (body: string) => [{ id: `commitment@body:0-${body.length}` }]],
    ['a go-ahead in plain words', "Spoke to a couple of the others and you're all right to get started, same rate as last year.", (body: string) => [{ id: `commitment@body:0-${body.length}` }]],
    ['an order in another clause of a proposal', "I'll be proposing we repaint the shelter, so please order the paint today.", (body: string) => [{ id: `directive@body:0-${body.length}` }]],
    ['an order before an agenda request', 'Get the contractor in this week; I will ask for it to go on the next agenda as well.', (body: string) => [{ id: `directive@body:0-${body.length}` }]],
    ['the councillor\'s own order after a relayed request', 'The residents have asked for the hedge to be cut. Get the contractor in this week.', ['directive@body:50-82']],
  ], { title: 'still judges %s an instruction', input: fromCllr });

  it('ignores instructions inside a quoted message', () => {
    const body = 'Noted, thank you.\n\nOn 1 May 2026, Clerk wrote:\n> Please arrange for the grass to be cut.';
    expect(idsOf(rule, { ...fromCllr(body), composeType: 'reply' })).toEqual([]);
  });

  it('blocks by default and points at the whole sentence', () => {
    const [f] = findingsOf(rule, fromCllr('Thanks. Please arrange for the grass to be cut.'));
    expect(f.level).toBe('block');
    expect(f.actual).toBe('Please arrange for the grass to be cut.');
  });

  it('detects per sentence without context', () => {
    expect(detectInstruction('Please arrange a skip.')).toMatchObject({ kind: 'directive', cue: 'Please arrange' });
    expect(detectInstruction('I authorise the payment.')).toMatchObject({ kind: 'commitment', cue: 'I authorise' });
    expect(detectInstruction('When is the meeting?')).toBeUndefined();
  });

  // Issue #16: a resident's words the councillor relays are not the councillor's instruction, and a
  // disclaimer footer is not written to anyone.
  tester.accepts([
    ['a resident’s request relayed in quotation marks', 'Mrs Khan wrote: "Please remove the dead tree outside number 4 today."'],
    ['a request reported with a verb of saying', 'The contractor told me that the clerk should pay the invoice today.'],
    ['a footer', 'See you on Tuesday.\n\nCllr Ann Moss\nThis email is intended solely for the addressee. Any views or opinions expressed are mine and not the council’s. Contact the clerk for official council business.'],
  ], { title: 'context checks: accepts from a councillor: %s', input: fromCllr });
  tester.flags([
    ['the councillor’s own instruction after a quotation', 'Mrs Khan wrote to me about the tree. Remove the dead tree outside number 4 today.', ['directive@body:37-81']],
    ['the councillor’s own instruction after a verb of saying', 'The letter says it is urgent, so I need you to pay it today.', ['directive@body:0-60']],
    ['the councillor’s own instruction after a quote for work', 'Given the quote from Smiths, I want you to order the benches today.', ['directive@body:0-67']],
  ], { title: 'context checks: flags from a councillor: %s', input: fromCllr });

  // Suite fixes: who is asked to act, and whether the sentence has the form of an obligation at all.
  // The learnt judgement is a candidate; it stands only with an obligation's form and someone to instruct.
  const toResident = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });
  const toContractor = (body: string) => draft({ from: CLLR, to: [{ name: 'Mark Hext', address: 'mark@hexthedging.example.co.uk' }], body });
  const toCouncillor = (body: string) => draft({ from: CLLR, to: [{ name: 'Cllr Amara Okafor', address: 'amara.okafor@example.org.uk' }], body });
  const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
  const whole = (kind: string) => (d: MailDraft) => [{ id: `${kind}@body:0-${d.body.text.length}` }];
  tester.accepts<MailDraft>([
    ['a prediction, to a resident', toResident('Most of the lads who would use it will have moved on to cars in two years.')],
    ['a statement opening with "Nobody", to a resident', toResident("Nobody sticks to the 30 as it is, and there's no one to enforce it since they shut the front desk.")],
    ['a report of what the council decided, with a date', toResident('The town council has agreed to put £2,000 towards the flood gate scheme, so the application can go in before Christmas.')],
    ['an offer to anyone, with a date', toResident('If anyone wants their boiler serviced before the cold snap, the offer runs until the end of January.')],
    ['an obligation argued with a fellow councillor', toCouncillor('Every pound has to be found, budgeted and justified to 14,000 households.')],
    ['what should happen, said to a fellow councillor', toCouncillor('The planters should be moved to the library wall by the end of the month.')],
    ["the writer's own undertaking", toResident("I can't promise what the outcome will be, but I'll make sure it doesn't get lost.")],
    ["the writer's advice", toResident("I'd make sure the shed is locked and the strimmer's not left out.")],
    ['"the choice is yours"', toResident('The choice is yours.')],
    ['a view on a quote, to the clerk', toClerk('£2,350 for laying the hedge along the burial ground is fine by me.')],
    ['a price accepted only if', toContractor('If £2,350 is fine by the committee, the clerk will write to you.')],
    ["what the writer said they would do", toClerk('Mr Hughes asked about the hedge. I told him I would pass his request on to you.')],
    ["the writer's own check", toClerk("How many gazebos do we have? I want to make sure I've got the numbers right for the plan.")],
    ["the writer's own worry", toClerk("I don't want to get the procedure wrong before Thursday.")],
    ['thanks, with a time', toClerk('Thank you so much for your patience with all my questions this week.')],
    ["the writer's own pleasure", toClerk('May I ask whether the heads are invited? I should be pleased to see them there.')],
  ], 'addressee and form: accepts from a councillor: %s');

  tester.flags<MailDraft>([
    ['the same view on a quote, to the contractor', toContractor('£2,350 for laying the hedge along the burial ground is fine by me.'), whole('commitment')],
    ['"we\'ll go with your quote"', toContractor("We'll go with your quote for the fencing."), whole('commitment')],
    ['the go-ahead as a shrug', toContractor("While you're in town next week you may as well crack on with the crown lift on the limes."), whole('commitment')],
    ['"crack on" as a command', toContractor('Crack on in January, and send your invoice to the clerk when you are done.'), whole('directive')],
    ['a promise of payment', toContractor("I'll see she pays it straight off."), whole('commitment')],
    ['free use of a room promised to a group', toResident('So the Brindley Room is yours every Tuesday from 6 till 8, no charge, right through to Easter.'), whole('commitment')],
    ['use of council property passed on', toClerk('I said they can have the hut for free on Saturdays.'), whole('commitment')],
    ['permission given in so many words', toClerk('I gave the food bank permission to store tins in the pavilion kitchen.'), whole('commitment')],
    ['"make sure" as an order', toClerk("Make sure the lease doesn't get lost."), whole('directive')],
    ['what should happen, said to the clerk', toClerk('The planters should be moved to the library wall by the end of the month.'), whole('judged')],
    ['a promise the council will act, passed on', toClerk('Mr Hughes rang about the hedge. I told him we would sort it out for him next week.'), ['judged@body:32-82']],
    ['the reader asked to get someone in', toClerk('Could you get the electrician in to sort the sockets before the fete?'), whole('judged')],
  ], 'addressee and form: flags from a councillor: %s');

  // Third-round suites: a council act asked for politely (in the conditional, or as a question with
  // "would you be able to"), a deal promised in the council's name, and a matter raised with the
  // officers (a question, or a wish that a problem be put right, to the clerk on the To line).
  const toClerkCc = (body: string) => draft({ from: CLLR, to: [CLERK], cc: [RESIDENT], body });
  const toContractorAndClerk = (body: string) => draft({ from: CLLR, to: [{ name: 'Mark Hext', address: 'mark@hexthedging.example.co.uk' }, CLERK], body });
  tester.flags<MailDraft>([
    ['a contract renewal asked in the conditional', toContractor("I'd be very grateful if you could renew our grounds maintenance contract for another year."), whole('directive')],
    ['a hire agreement rolled over "if you could"', toContractor('If you could roll the marquee hire agreement over to next season on the same terms, that would be lovely.'), whole('directive')],
    ['an extension asked "would you be able to"', toContractor('Would you be able to extend the cleaning contract until the end of March?'), whole('directive')],
    ['a payment asked in the conditional, to the clerk', toClerk("I'd be grateful if you could pay Hext's invoice before Friday."), whole('directive')],
    ['a concession traded in the parish council\'s name', toContractor('If you fund the new goalposts, the parish council will drop its objection to the floodlights.'), whole('commitment')],
    ['a promise not to object', toContractor('The town council will not object to the hoarding going up in May.'), whole('commitment')],
    ['a deal declared agreed', toContractor('You can take that as agreed from our side.'), whole('commitment')],
    ['a price closed as a deal', toContractor("Four hundred for the lot and it's a deal."), whole('commitment')],
    ['a vague wish to a contractor', toContractor("Still dripping through the ceiling of the pavilion. I want it sorted before Friday."), ['judged@body:52-83']],
    ['a vague wish to a contractor with the clerk also on To', toContractorAndClerk('I want it sorted before Friday.'), whole('judged')],
    ['a council act asked of "someone", to the clerk', toClerk("Could someone pay Hext's invoice this week?"), whole('directive')],
    ['a named job wished for, to the clerk', toClerk("I'd like the noticeboard glass replaced before the Christmas lights."), whole('judged')],
  ], 'polite requests, deals and raising a matter: flags from a councillor: %s');
  tester.accepts<MailDraft>([
    ['a copy of the contract asked for', toContractor("I'd be grateful if you could send the clerk a copy of the contract.")],
    ['asking when the contract ends', toContractor('Would you be able to tell me when the cleaning contract ends?')],
    ['asking what a renewal would cost', toContractor('Could you let me know what renewing the maintenance agreement would cost?')],
    ['the council\'s process, to a resident', toResident('The parish council will consider your letter at its meeting on 12 January.')],
    ['"a deal" as a noun', toResident("That's a deal breaker for most of the people I've spoken to.")],
    ['"take it as read"', toResident('Take it as read that every one of us is on your side over the footpath.')],
    ['asking the office whether someone could ring a resident', toClerk('Mr Ellis says nobody has come back to him about the hedge. Could someone in the office ring him this week?')],
    ['asking the clerk whether a reply could go today', toClerk('Is there any chance a reply could go to her today?')],
    ['"I\'d like it sorted", to the clerk', toClerk("The minutes went out late again. I'd like it sorted before the spring.")],
    ['the same, with a resident copied', toClerkCc("The minutes went out late again. I'd like it sorted before the spring.")],
    ['"I expect it to be resolved", to the clerk', toClerk('I expect it to be resolved by Friday.')],
    ['"I want this sorted out", to the clerk', toClerk('I want this sorted out by the end of the month.')],
    ['a question whether someone could look by a day, to the clerk', toClerk('Could somebody look at the gate before Saturday?')],
    ['a view with what the writer said in debate', toResident("My own view is that the scheme is far too big and I said so at the meeting, but I was outvoted and it is now for the district.")],
  ], 'polite requests, deals and raising a matter: accepts from a councillor: %s');

  // Sixth-round suites: what the sentence does. A grumble that the reader was told already, a
  // prediction of what others will do, the council itself as the one who should act, a record
  // corrected or papers asked for by a member from the officers, and how to reach a seller the email
  // recommends, are not instructions on the council's behalf; the same words giving an order still are.
  const curt = (subject: string) => (body: string) => draft({ from: CLLR, to: [CLERK], subject, body });
  tester.accepts<MailDraft>([
    ['a curt correction to the draft minutes', curt('RE: Draft minutes')('Still wrong. Item 4 was withdrawn, not lost. Change it.')],
    ['a correction, "correct it"', curt('Minutes of 3 March')('I seconded it, not Cllr Pye. Correct it.')],
    ['a correction with "please"', curt('RE: Draft minutes')('My name is spelt wrong in the draft. Fix it please.')],
    ['a correction in a reply about an item', curt('RE: Planning committee')('Item 9 says I voted for it. I abstained. Amend it.')],
    ['papers circulated to members', curt('Papers')('Please circulate the draft minutes to members when you have a moment.')],
    ['the wording of a notice checked', curt('Notice')('Would you please check the wording of the notice before it goes up on Friday.')],
    ['minutes checked against the recording', curt('Minutes')('Please check the minutes against the recording before they are signed.')],
    ["\"I've told you this already\"", curt('RE: Allowance claim')("I've told you this already. It's all in my last email. Read it.")],
    ['"I told you that already"', curt('RE: Mileage')('I told you that already, the dates are on the form.')],
    ['"as I told you"', curt('RE: Mileage')('As I told you, the claim covers both meetings.')],
    ['a prediction of the parish council', toResident("I expect the parish will object and I'd be surprised if the county let it through.")],
    ['a prediction of the district', toResident('I expect the district will refuse it, though you never know with their planners.')],
    ['a prediction of the village', toResident("I'd expect most of the village will turn out against it.")],
    ["\"I expect they'll…\"", toResident("I expect they'll approve it on the officer's recommendation, sadly.")],
    ['a prediction, to the clerk', toClerk("I'd expect the planning committee will want to see the bat survey first.")],
    ['what the council should be doing, in a view', toResident('In my view the council should be reopening the toilets before Easter.')],
    ['what the town council needs to be', draft({ from: CLLR, to: [{ name: 'News desk', address: 'news@courier.example.co.uk' }], body: 'Personally I think the town council needs to be far bolder on the high street this year.' })],
    ["how to reach a relative's firm, to residents", toResident("My nephew Craig does tarmac drives, fully insured, and he'll do a fair price for anyone in the village. Ring him on 07700 900418 and say Frank sent you.")],
    ['how to reach a relative, by email', toResident("If anyone needs a chimney sweep, my lad's just started up. Email him at tom@sweeps.example.co.uk and mention my name.")],
    ["booking with the writer's own salon", toResident("My salon has a few gaps next week. Book in with me on 07700 900777 and I'll knock 10% off for residents.")],
  ], 'what the sentence does: accepts from a councillor: %s');
  tester.flags<MailDraft>([
    ['a bare "Fix it." about the heating', curt('RE: Hall heating')('Still broken. Fix it.'), ['directive@body:14-21']],
    ['a correction with a second order', curt('RE: Draft letter')('Change it and send it out today.'), whole('directive')],
    ['a contract sent to a firm', curt('Contract')('Please send the signed contract to Hext Hedging today.'), whole('directive')],
    ['a notice sent to residents', curt('Road closure')('Please circulate the road closure notice to all residents before Friday.'), whole('directive')],
    ['papers to members, then an order', curt('RE: Draft minutes')('Please send the draft minutes to members and pay the invoice today.'), whole('directive')],
    ["\"I expect you'll…\" with a time", toClerk("I expect you'll sort the heating before Thursday."), whole('judged')],
    ['"I expect the fence will be up before…"', toContractor('I expect the fence will be up before the fair.'), whole('judged')],
    ["\"I've told you to order…\", then an order", toClerk("I've told you to order the new bins. Do it today."), ['judged@body:0-36', 'directive@body:37-49']],
    ['a go-ahead passed on with "I told you"', toClerk('I told you the lads can start on Monday.'), whole('judged')],
    ['the toilets to be reopened, to the clerk', toClerk('The toilets should be reopened before Easter.'), whole('judged')],
    ["a relative's firm booked for council work, to the clerk", toClerk('My brother does a good price on fencing. Book him for the cemetery job.'), ['directive@body:41-71']],
  ], 'what the sentence does: flags from a councillor: %s');

  // A tease the writer marks as not meant is no instruction on the council's behalf (4.3c): "only
  // joking", "just kidding", "tongue in cheek", "don't take that seriously", after the words
  // or opening the next sentence. A real instruction beside a joke, a joke "about" something else, "I'm
  // not joking", or a bare wink (no mark that the words are not meant) still blocks.
  tester.accepts([
    ['a tease about tired legs, "only joking" after it', 'Your legs must be tired after all that leafleting... only joking, thanks for all your help.'],
    ['a mock order, "just kidding"', 'You must bring cake to every meeting from now on, just kidding.'],
    ['a mock order, "only teasing"', 'Order yourself a medal for surviving the budget meeting, only teasing.'],
    ['a mock order, "Don\'t take that seriously!"', "You must wear the Santa hat to every meeting in December. Don't take that seriously!"],
    ['"tongue in cheek"', "You are to report to the mayor's parlour for a telling off, tongue in cheek of course."],
    ['"don\'t take that seriously"', "Please arrange for a brass band to greet me at the door next time – don't take that seriously!"],
    ['"take it seriously" in the next sentence', "Make sure you sing at the Christmas social this year. Don't take it seriously!"],
    ['"Only joking!" as the next sentence', "Get the kettle on, I'm parched after that meeting! Only joking, I'll make my own."],
    ['"I\'m only kidding" in a signed email', "Hi Sue,\nMake sure you never let me near the microphone again, I'm only kidding.\nThanks for a great evening.\nCllr Lovelace"],
    ['a mock ban in brackets', 'Consider yourself banned from the biscuit tin until Christmas (only joking).'],
    ['a tease about a helper, "Only joking" and praise after it', "Tell Dave he's not allowed near the barbecue tongs again after last year. Only joking, he did a grand job."],
  ], { title: 'a tease marked as not meant: accepts from a councillor: %s', input: fromCllr });
  const sentence = (kind: string, s: string) => (body: string) => [`${kind}@body:${body.indexOf(s)}-${body.indexOf(s) + s.length}`];
  tester.flags([
    ['an instruction after "Only joking about…, but"', 'Only joking about the biscuits, but please pay the Hertford invoice today.', (b: string) => [`directive@body:0-${b.length}`]],
    ['an instruction after "Only joking!"', 'Only joking! Now order the new bins before Friday.', sentence('directive', 'Now order the new bins before Friday.')],
    ['an instruction after a joke and "Just kidding."', 'Get the kettle on! Just kidding. Now please order the new bins.', sentence('directive', 'Now please order the new bins.')],
    ['"and I\'m not joking"', "Tell the contractor to start on Monday, and I'm not joking.", (b: string) => [`directive@body:0-${b.length}`]],
    ['"Joking aside" before a commitment', 'Joking aside, the council will pay for the repairs to his fence.', (b: string) => [`commitment@body:0-${b.length}`]],
    ['a joke about something else after the order', 'Pay the tree surgeon today, only joking about the biscuits.', (b: string) => [`directive@body:0-${b.length}`]],
    ['a joke about something else in the next sentence', 'Pay the Hertford invoice today. Only joking about the cake though.', sentence('directive', 'Pay the Hertford invoice today.')],
    ['"no joke"', "I'd like the bus shelter repainted before the parade, no joke.", (b: string) => [`judged@body:0-${b.length}`]],
    ['"I am not joking" in the next sentence', 'Order twenty new bins. Seriously, I am not joking.', sentence('directive', 'Order twenty new bins.')],
    ['a wink at no one after a council payment', 'Please pay the invoice today ;-)', (b: string) => [`directive@body:0-${b.length}`]],
    ['a wink after a go-ahead for a contractor', 'Tell the roofer he can start on Monday ;-)', (b: string) => [`commitment@body:0-${b.length}`]],
    ['"don\'t take that seriously" about something else', "The council will pay for the fence, don't take that seriously about the colour.", (b: string) => [`commitment@body:0-${b.length}`]],
    ['an instruction after the mark in the same sentence', 'Bring cake to every meeting from now on, only joking, but please sign the Hext contract today.', (b: string) => [`directive@body:0-${b.length}`]],
  ], { title: 'a real instruction beside a joke: flags from a councillor: %s', input: fromCllr });

  // Seventh-round suites and issue #17's kinds, in plain words. A work word that the verbs of saying
  // also spell ("the quote", "painted", "graffiti") is the work, not someone's words passed on; a plain
  // order ("is not to", the council's staff told what they will do) is an instruction however the
  // model reads it; a number to ring is not. The neighbours: reported words, the writer's own plans,
  // a hope, an enquiry, "not to blame".
  const toGroups = (body: string) => draft({ from: CLLR, to: ['team@rescue.example.org.uk', 'footpaths@example.org.uk'], body });
  tester.flags<MailDraft>([
    ['a job that "ought to be painted", to a contractor', toContractor('Those railings ought to be painted before the frosts come.'), whole('judged')],
    ['work held back until the writer has seen the quote', toClerk("Don't let them start on the pavilion roof until I've seen the quote."), whole('judged')],
    ['minutes "to be written up"', toClerk('The minutes are to be written up and out to members by Monday.'), whole('judged')],
    ['a sign that "should be painted"', toClerk('The new sign should be painted green to match the shelter, not blue.'), whole('judged')],
    ['graffiti to be gone', toClerk('The graffiti on the underpass should be gone by Monday.'), whole('judged')],
    ['payment held off', toClerk("Hold off paying the graffiti man until I've seen the underpass myself."), whole('judged')],
    ['"are not to have"', toClerk("The scouts are not to have the hall again until they've paid what they owe."), whole('judged')],
    ['"is not to start"', toClerk('The contractor is not to start until the bats have been surveyed.'), whole('judged')],
    ['"\'s not to go near"', toClerk("Gary's not to go near the memorial roses with the strimmer again."), whole('judged')],
    ['a contact number, then an order', toContractor('Ring 01768 223344 and order a skip for Monday.'), whole('directive')],
    ['"reply to this resident"', toClerk('Reply to this resident today and tell her the bin will be emptied.'), whole('directive')],
    ['a number to call, then a booking', toContractor('Call 07700 900123 and get the scaffold booked for Thursday.'), whole('directive')],
  ], 'plain words: flags from a councillor: %s');
  tester.accepts<MailDraft>([
    ['a resident\'s view passed on', toClerk('The resident said the bins should be emptied on Mondays as well.')],
    ["the contractor's advice passed on", toClerk('According to the contractor, the railings ought to be painted before the frost.')],
    ['what a resident wrote', toClerk('Mr Dean wrote that the hedge should be cut before the nesting season.')],
    ['what the graffiti says', toClerk('The graffiti says the shelter should be pulled down, which is a bit rich.')],
    ['"don\'t worry"', toClerk("Don't worry about the minutes, there's no rush.")],
    ['"don\'t let me forget"', toClerk("Don't let me forget to bring the keys on Thursday.")],
    ['"don\'t give it another thought"', toClerk("Don't give it another thought, these things happen.")],
    ['"don\'t pay any attention"', toClerk("Don't pay any attention to the Facebook lot, they'll move on.")],
    ['a hope with no work in it', toClerk("I'd love to see the baskets looking this good next year.")],
    ['papers to see', toClerk("I'd like to see the report before Thursday if possible.")],
    ['work for a committee to see', toClerk("I'd like to see the accounts presented to the finance committee in March.")],
    ['"keep up the good work"', toClerk('Keep up the good work.')],
    ['a meeting asked for', toClerk('Can we meet on Tuesday instead?')],
    ['the writers seeing to it themselves', toClerk("Can we make sure we've got enough chairs ourselves, or is that your job?")],
    ["what the writer wouldn't want", toClerk("I wouldn't want to see the hall closed, would you?")],
    ['"not to blame"', toClerk('We are not to blame for the flooding, the drains are the county\'s.')],
    ['"he\'s not to blame"', toClerk("He's not to blame, the rota was wrong.")],
    ["the writer's own holding off", toClerk("I'll hold off on replying to her until we've spoken.")],
    ['a ban said to a resident', toResident("Don't give the bowls club the keys till they've signed the agreement, I'll tell the clerk.")],
    ['a ban argued with a fellow councillor', toCouncillor("The scouts are not to have the hall again until they've paid what they owe, I'll propose it.")],
    ['a number to call for details', toResident('Call 01768 223344 for more details.')],
    ['a number to ring to book', toGroups('Ring 015394 60344 to book a place on the litter pick.')],
    ['a number to phone for a lift', toResident("Phone 07700 900123 if you'd like a lift to the meeting.")],
    ['a home number to ring', toResident("Ring 020 7946 0000 after six, that's my home number.")],
    ['"ring me on…"', toResident("Ring me on 07700 900123 if you'd like to come and see the plot.")],
    ['"email me … or ring…"', toGroups('Email me if you want a place, or ring 015394 60344.')],
    ['"text me … to book"', toResident('Text me on 07700 900789 to book.')],
  ], 'plain words: accepts from a councillor: %s');

  // The council's own staff told what they will do; a seat on the council or its website is no promise of its money.
  tester.flags<MailDraft>([
    ['the caretaker told what he will do', toClerk('The caretaker will mark out a space for me by the town hall door.'), whole('judged')],
    ['a minute-style action for the clerk', toClerk('Clerk to update the website and the voicemail with the new hours.'), whole('judged')],
    ['what the grounds team will need to do', toClerk('The grounds team will need to replace the planters before the judges come.'), whole('judged')],
    ['what the office will decline', toClerk('The office will decline all Sunday invitations on my behalf.'), whole('judged')],
    ['"grounds team to…"', toClerk('Grounds team to strim the churchyard every fortnight from April.'), whole('judged')],
    ["what the caretaker mustn't do, in a later clause", toClerk("The jumble sale lot want the tables left out on Friday, so the caretaker mustn't put them away."), whole('judged')],
  ], 'staff: flags from a councillor: %s');
  tester.accepts<MailDraft>([
    ['what the clerk will know', toClerk('The clerk will know the answer better than me.')],
    ['when the office will be shut', toClerk('The office will be shut over Christmas, I assume.')],
    ['what the caretaker will need to know', toClerk("The caretaker will need to know the alarm code, won't he?")],
    ["a contractor's own plans", toClerk('The roofer will start on Monday if the weather holds, he says.')],
    ['the clerk will write, to a resident', toResident('The clerk will write to you about the allotment next week.')],
    ['the grounds team will have been busy', toClerk('The grounds team will have been busy with all this rain.')],
    ['what the office will want', toClerk('The office will want the forms back by Friday, I suppose.')],
    ['a seat on the council', toResident("She's been on the council for twenty years.")],
    ["charges on the council's website", toResident("The room hire charges are on the council's website.")],
    ['a question whether a tab is on the council', toClerk('Is the bar tab on the council, or do we pay ourselves?')],
    ['a payment the council decided', toResident('The council is paying £2,000 towards it, as agreed in March.')],
    ['a bill on the council, hypothetically', toResident('If the bill goes on the council, the auditor will ask questions.')],
    ['the writer on the council', toResident("I'm on the council and I'll raise it for you.")],
    ["costs on the council's agenda", toResident("The costs of the appeal are on the council's agenda for Tuesday.")],
  ], 'staff and money: accepts from a councillor: %s');

  // Other voices: the writer's own promises and plans, a hope, and advice, are not instructions.
  tester.accepts<MailDraft>([
    ['"it would be most helpful to know"', toClerk('It would be most helpful to know when the flagpole will be repaired.')],
    ['"it would be lovely if the sun came out"', toClerk('It would be lovely if the sun came out for the fete.')],
    ['the writer\'s own plans with a colleague', toClerk("I've agreed with Pam that we'll both go to the Rotary dinner.")],
    ['a promise to a grandson', toClerk("I've promised my grandson I'll take him to see the lights switched on.")],
    ['"told you it would rain"', toClerk('Told you it would rain for the fete!')],
    ['advice to bring a coat, to a contractor', toContractor("You'll want to bring a coat, it's freezing up on the moor.")],
  ], 'other voices: accepts from a councillor: %s');

  // Said to a resident or a contractor, what the council's staff will do and a standing rule commit the
  // council too; an enquiry promised, or what someone may not be blamed for, does not.
  tester.flags<MailDraft>([
    ['what the caretaker will do, to a resident', toResident('The caretaker will mark out a space for your stall on the day.'), whole('judged')],
    ['a standing rule, to a resident', toResident("The scouts are not to have the hall again until they've paid, and you can tell them I said so."), whole('judged')],
    ['the clerk to pay, to a contractor', toContractor("Clerk to pay your invoice this week, I've told her."), whole('judged')],
    ['"is not to be left open", to the clerk', toClerk('The footpath gate is not to be left open after dusk.'), whole('judged')],
  ], 'to anyone: flags from a councillor: %s');
  tester.accepts<MailDraft>([
    ['the clerk will send a permit', toResident('The clerk will send you a new permit.')],
    ['the clerk will look into it', toResident('The clerk will look into it and get back to you.')],
    ['the office will check', toResident('The office will check and let you know.')],
    ['the office will be in touch', toResident('The office will be in touch next week.')],
    ['the deputy clerk will deal with a query', toResident("I'm away next week; the deputy clerk will deal with your query.")],
    ['"not to blame"', toResident('You are not to blame for any of this.')],
    ['"told you"', toResident('Told you it would be a long meeting!')],
  ], 'to anyone: accepts from a councillor: %s');

  // Restore round: the council's money promised in plain words, to anyone but councillors; a council act
  // forbidden and "can we make sure", said to the officers; a byelaw explained; a hedge; a note's "Gave…".
  tester.flags<MailDraft>([
    ['a tab put on the council, to the clerk', toClerk("Clerk. The Legion's bar tab at the reception is on the council."), (d: MailDraft) => [{ id: `judged@body:7-${d.body.text.length}` }]],
    ['"the council\'s paying", to a contractor', toContractor("Don't worry about the bill, the council's paying."), whole('judged')],
    ['a charge waived, to a resident', toResident('Bring the kids along, we won\'t charge you for the hall.'), whole('judged')],
    ['a hire put on the council\'s account', toContractor("The marquee hire goes on the council's account, I've squared it."), whole('judged')],
    ['marshals on the council\'s bill', toClerk("The parade marshals go on the council's bill."), whole('judged')],
    ['an order on the council\'s account', toClerk("I ordered the wreaths on the council's account, they'll send the bill to you."), whole('judged')],
    ['a paying council with a sum', toClerk("Face painter is booked, the council's paying £120."), whole('judged')],
    ['"won\'t be charging them"', toResident('The allotment society can have the trailer for nothing, we won\'t be charging them.'), whole('judged')],
  ], 'money: flags from a councillor: %s');
  tester.accepts<MailDraft>([
    ['what the council decided it is paying', toResident('The council is paying £2,000 towards it, as agreed in March.')],
    ['a view on what the council pays', toResident("The council's paying far too much for the grass cutting, in my view.")],
    ['what the council paid', toResident('The council paid for the bench last year.')],
    ['a question whether it charges', toResident('Does the council charge for the hall?')],
    ['a seat on the council', toResident('Mrs Green is on the council now.')],
    ["a bill on the council's website", toResident("The bill is on the council's website if you want to check it.")],
    ['a condition', toResident('The council is covering it if the grant falls through.')],
    ['the writer\'s own round', toResident('The drinks are on me tonight.')],
    ['a question of who pays', toResident("Who's paying? The council's paying, I think?")],
  ], 'money: accepts from a councillor: %s');
  tester.flags<MailDraft>([
    ['keys not to be given', toClerk("Don't give the bowls club the keys till they've signed the agreement."), whole('judged')],
    ['a payment held', toClerk("Don't pay the roofer until the gutters are back on."), whole('judged')],
    ['a booking refused', toClerk("Don't book the hall out to the wedding lot again."), whole('judged')],
    ['nobody on the field', toClerk("Don't let anyone on the field till the lines are dry."), whole('judged')],
    ['"can we make sure" of the bins', toClerk('Can we make sure the bins are out by Thursday?'), whole('judged')],
    ['"can we make sure" of the grit bins', toClerk('Can we make sure the grit bins are filled before the cold snap?'), whole('judged')],
    ['a note\'s "Gave … the ok"', toClerk('Gave the youth club the ok to use the pavilion on Fridays.'), whole('commitment')],
    ['a note\'s "Gave … permission"', toClerk('Gave the scouts permission to camp on the rec.'), whole('commitment')],
    ['a hedge after a real order', toClerk('The clerk will sort the heating before Thursday, I expect.'), whole('judged')],
  ], 'to the officers: flags from a councillor: %s');
  tester.accepts<MailDraft>([
    ['the keys ban, to a resident', toResident("Don't give the bowls club the keys till they've signed the agreement.")],
    ['"don\'t pay them any mind"', toClerk("Don't pay them any mind.")],
    ['"don\'t let them get to you"', toClerk("Don't let them get to you, you're doing a grand job.")],
    ['"don\'t let the weather put you off"', toClerk("Don't let the weather put you off coming on Saturday.")],
    ['"don\'t give up"', toClerk("Don't give up on the allotment waiting list idea.")],
    ['"can we make sure" of ourselves', toClerk('Can we make sure our diaries are clear for the 14th?')],
    ['"can we make sure we talk"', toClerk('Can we make sure we talk before the meeting?')],
    ['a byelaw explained, to a resident', toResident("Dogs are not to be let off the lead on the rec, that's the byelaw.")],
    ['a byelaw explained, to the clerk', toClerk("Dogs are not to be let off the lead on the rec, that's the byelaw.")],
    ['a hedge after a reply', toResident('The clerk will let you know, I expect.')],
    ['a hedge, to the clerk', toClerk('The keys are in the drawer, I expect.')],
    ['someone else gave permission', toClerk('The chairman gave the scouts permission to camp, I gather.')],
    ['a note\'s "Gave the talk"', toClerk('Gave the talk at the WI, it went well.')],
    ['"Order yours"', toResident('Order yours now, the calendars are only £5.')],
  ], 'to the officers: accepts from a councillor: %s');

  it('reads use of property as a commitment, not a look at the papers', () => {
    expect(detectInstruction('I said they can have the hut for free on Saturdays.')).toMatchObject({ kind: 'commitment' });
    expect(detectInstruction('I told her she could have a look at the minutes.')).toBeUndefined();
  });

  it('reads an officer greeting as the addressee of a bare time-bound instruction', () => {
    // A bare note with a time, naming no one to do it, warns (instr9: instructions/councillor-possible).
    const body = 'Clerk,\n\nRoad closure notice goes to the police today, not tomorrow.\n\nAshdown';
    expect(idsOf(rule, toResident(body))).toEqual([]);
    expect(idsOf(possible, toResident(body))).toEqual(['possible@body:8-67']);
    expect(idsOf(rule, toResident('Road closure notice goes to the police today, not tomorrow.'))).toEqual([]);
  });

  // Fresh innocent set: the reader sent on their own errand. To someone outside the council's office, an
  // imperative that asks the reader to ring, tell or report to another authority, a trader or the
  // council office gives no instruction on the council's behalf; one that sets the council's workers,
  // contractors or money to work, or passes on an order, still does; the clerk asked is instructed.
  tester.accepts<MailDraft>([
    ["the county's drain", toResident("That drain is the county's, not ours. Phone them on 0300 123 6789 and quote the reference on the grating.")],
    ['a verge reported online', toResident('Report it on the Highways website and put a photo in, it does get looked at.')],
    ['a crime number', toResident('Ring the police on 101 and get a crime number, your insurer will want it.')],
    ["the district's lamp", toResident('Email them at lighting@district.example.gov.uk and tell them it flickers all night.')],
    ['whom to ask for at the office', toResident('Ring the office on 01234 567890 and ask for Sandra, she does the bookings.')],
    ['another authority asked for a lid', toResident('Contact the borough on 01234 111222 and ask them to send a new lid.')],
    ['"ring it through"', toResident('Ring it through to the floodline, the more people who do the quicker they come.')],
    ['a late bus', toResident('Call the bus operator and tell them the 7.40 never turns up.')],
    ['whose name to give', toResident("Tell her Maureen sent you, she'll see you right.")],
    ['booking a room for oneself', toResident('Contact the booking office to book the hall for your party.')],
    ['"please" first', toResident('Please tell the district the bin by the bus stop has lost its lid.')],
    ['the clerk as the council office', toResident("Ring the clerk on 01234 567890 and she'll put your name down for a plot.")],
    ['a photo for Highways', toResident('Send them a photo of the pothole, they like evidence.')],
    ['a greeting passed on', toResident('Ask for Sandra at the desk. Tell her I said hello.')],
  ], 'own errand: accepts from a councillor: %s');
  tester.flags<MailDraft>([
    ['the contractor told to start', toResident('Ring the contractor and tell him to start Monday.'), whole('directive')],
    ['a firm told to start', toResident('Ring Hext on 07700 900111 and tell him to start on the hedge Monday.'), whole('directive')],
    ['bins ordered', toResident('Phone Smiths on 01234 567890 and order twenty new bins.'), whole('directive')],
    ['a tower booked', toResident('Call the scaffolders and get the tower booked for Thursday.'), whole('directive')],
    ['the caretaker set to work', toResident('Ring the caretaker and have him open the hall at six.'), whole('directive')],
    ["the council's account", toResident("Ring Jones and put the wreaths on the council's account."), whole('directive')],
    ['a delivery cancelled', toResident("Email the builders and cancel Friday's delivery."), whole('directive')],
    ["a fee waived on the writer's say-so", toResident('Ring them and tell them I said the fee is waived.'), whole('directive')],
    ['a discount promised', toResident("Tell the office I sent you and they'll give you a discount."), whole('directive')],
    ['the clerk set to book', toResident('Ring the clerk and have her book the hall for you.'), whole('directive')],
    ['the clerk told to hand over a key', toResident('Tell the clerk to give you a key to the pavilion.'), whole('directive')],
    ['"said it\'s fine"', toResident("Ring the office and tell them the chairman said it's fine to park on the green."), whole('directive')],
    ['the same errand, to the clerk', toClerk('Ring Highways on 01609 780780 and give them the grid number.'), whole('directive')],
    ['"ring it in", to the clerk', toClerk('Ring it in to the floodline today.'), whole('directive')],
  ], 'own errand: flags from a councillor: %s');

  // The council's position stated: a refusal of its money creates no obligation; a promise of it, a
  // charge waived or permission given still does.
  tester.accepts<MailDraft>([
    ['work on private land', toResident("The council won't pay for work on private land, I'm sorry to say.")],
    ['a fence on the far side', toResident("I'm afraid the council won't meet the cost of a fence on your side of the boundary.")],
    ['private lanes', toResident("The council won't pay for resurfacing private lanes.")],
    ['a private ditch', toResident("Sadly the council won't pay to clear a private ditch.")],
    ['a survey twice', toResident("The council won't pay twice for the same survey.")],
    ['legal costs', toResident("I'm sorry, but the council won't meet legal costs in a neighbour dispute.")],
  ], 'a refusal: accepts from a councillor: %s');
  tester.flags<MailDraft>([
    ['the council paying for a gate', toResident('The council will pay for the new gate.'), whole('commitment')],
    ['the cost of a skip met', toResident('The council will meet the cost of the skip.'), whole('commitment')],
    ["the council won't mind", toResident("The council won't mind you parking on the green on Sunday."), whole('judged')],
    ['no charge for the pavilion', toResident("The council won't charge the scouts for the pavilion."), whole('judged')],
    ['no charge for the hall', toResident("We won't charge you for the hall on Saturday."), whole('judged')],
    ['the council paying, said as settled', toResident("Don't worry about the skip, the council's paying."), whole('judged')],
  ], 'a refusal: flags from a councillor: %s');

  // Fresh innocent set (data/innocent-fresh): sentences the learnt judgement scored that instruct nobody
  // on the council's behalf. Each kind is cleared as narrowly as it runs; the same shape with someone
  // asked to act, a time set or the council committed still blocks.
  const blocked = (d: MailDraft) => idsOf(rule, d).length > 0;
  const fwd = (own: string, passedOn: string) => `${own}\n\n---------- Forwarded message ---------\nFrom: A resident\nSubject: Please help\n${passedOn}\nThanks`;
  const fresh: { kind: string; ok: MailDraft[]; still: MailDraft[] }[] = [
    {
      kind: "a view marked as the writer's own, asking no one and setting no time",
      ok: [
        toResident('In my view the war memorial railings ought to be green, not black.'),
        toResident('Speaking for myself, the bus stop should go back where it was.'),
        toResident('I reckon the bottle bank needs moving further from the houses.'),
        toResident('For what it\'s worth, the Christmas tree should stay on the green.'),
        toResident('If you ask me, the hall wants repainting inside.'),
        toResident('I personally feel the parking bays should be wider.'),
        // Said to the council's officer, a member's view, the matter raised for them to weigh (helper prec9).
        toClerk('In my view the war memorial railings ought to be green, not black.'),
        toClerk('I reckon the bottle bank needs moving further from the houses.'),
      ],
      still: [
        toContractor('In my view the railings ought to be painted before Remembrance Sunday.'),
        toResident('Speaking for myself, the contractor should be paid as soon as the invoice comes in.'),
        toContractor("For what it's worth, the hedge needs cutting this week."),
        toClerk('I reckon the lads should be strimming the churchyard every fortnight from now on.'),
        toClerk('Personally I think the grounds team need to be clearing the drains before the frost.'),
        toContractor('I think the lads should be starting on the bowls green on Monday.'),
        // Said to the council's officer with a time or a standing rule, the view asks them to act.
        toClerk('In my view the railings ought to be painted before Remembrance Sunday.'),
        toClerk('I reckon the bottle bank needs moving further from the houses from now on.'),
      ],
    },
    {
      kind: 'what the writer said in a debate',
      ok: [
        toResident('I said put the new bins by the bus stop, others wanted them by the school.'),
        toResident('In committee I said plant wildflowers on the verge, some preferred grass.'),
        toResident('I said buy the second-hand mower, the rest wanted a new one.'),
        toResident('I said paint the shelter green, some wanted it left as it is.'),
        toResident('In the debate I said fund the youth club first, everyone else backed the skate park.'),
        toResident('I said move the market to Saturdays, the rest wanted Fridays.'),
      ],
      still: [
        toClerk("I said they can have the hut on Saturdays, others wanted a charge."),
        toResident('I said the scouts can use the pavilion for free, others wanted a charge.'),
        toResident('I said the council will pay for it, the rest wanted to wait.'),
        toContractor('In committee I said the contractor can go ahead, some wanted another price.'),
        toContractor('At the meeting I said you can start on the fencing next week.'),
        toResident('I said the allotment society can have the trailer for nothing, others wanted a fee.'),
      ],
    },
    {
      kind: "a guess at what is or will be so ('which must be a first', 'should be a good night')",
      ok: [
        toResident('Forty volunteers on the litter pick, which must be a record.'),
        toResident("The bonfire raised £900, and that must be the best we've ever done."),
        toResident('Over two hundred at the bonfire, that must be the biggest crowd yet.'),
        toResident('Eight inches of snow on the green, which must be a record.'),
        toResident('Three weddings in one weekend at the church, that must be some kind of record.'),
        toResident('The hall was packed for the panto, which must be a sign the new times suit people.'),
        toResident('The quiz should be a good night, do come along.'),
        toResident('It should be a lovely evening if the rain holds off.'),
        toResident('It must be lovely to have the new kitchen in at last.'),
        toResident('The fireworks should be spectacular this year.'),
      ],
      still: [
        toContractor('The noticeboard glass must be replaced before the fete, which must be a first for you.'),
        toClerk('This must be a priority for the grounds team this week.'),
        toContractor('The bins must be emptied every morning over the holidays.'),
        toContractor('The new gates must be the green ones, fitted before the fete.'),
        toClerk('The minutes must be on the website by Friday, which must be a first.'),
        toContractor('The hedge along the school must be cut back this week.'),
        toContractor('The fence should be painted before the fete, which should be a good night.'),
        toClerk('The chairs should be out by six, the quiz should be a grand night.'),
      ],
    },
    {
      kind: "the writer's own undertaking to do something themselves",
      ok: [
        toResident('I am free until noon, after which I have promised to take my mother to the dentist.'),
        toResident("I've agreed to open the fete on Saturday."),
        toResident("I've agreed to judge the scarecrow competition again this year."),
        toResident('I promised to walk the footpath with the Ramblers before I say anything.'),
        toResident('I have arranged to meet the vicar at ten about the churchyard wall.'),
        toResident("I've agreed to read a lesson at the carol service before Christmas."),
      ],
      still: [
        toResident("I've agreed to pay the bell-ringers £50 out of the council's budget."),
        toResident("I've promised to let the scouts have the hall for nothing."),
        toResident("I've agreed to waive the hire fee for the WI's centenary."),
        toResident("I've promised the cricket club they can use the pavilion."),
        toResident("I've agreed to give the youth club the old minibus."),
        toResident("I've promised to give the bowls club the old mower for nothing."),
      ],
    },
    {
      kind: 'a running order at a clock time',
      ok: [
        toResident("The lantern parade will start at 5pm from the school, and you're at the front with the drum."),
        toResident('The service will start at 3pm, and your reading comes after the second hymn.'),
        toResident('The quiz will start at 7.30 and the raffle is at the interval.'),
        toResident("The fun run will start from 10am at the rec, with the toddlers' race first."),
        toResident('The brass band will start at about 2 and play for an hour.'),
        toResident('The carols will start at around 6, and the mince pies come out after.'),
      ],
      still: [
        toContractor("The contractor will start on Monday, I've squared it."),
        toResident('The roofers will start next week at the usual rate.'),
        toContractor('Your lads will start on the hedge in November at the usual price.'),
        toContractor('The cleaners will start on the pavilion straight after the match.'),
        toContractor("The tree surgeon will start Monday, I've said yes."),
        toContractor('You will start at 8am on the bowls green, not before.'),
      ],
    },
    {
      kind: "a resident's message below a typed forward separator",
      ok: [
        toResident(fwd('I am passing this on, as the shelter is the county\'s.', 'Could somebody please see to it before the dark evenings?')),
        toResident(fwd('Forwarded with her permission.', "I'd like the broken swing taken away before someone gets hurt.")),
        toResident(fwd('See below, from a neighbour of the rec.', 'The hedges along the lane should be cut back this week, not next month.')),
        toResident(fwd('This came to me; it is yours, I think.', 'The gate on the footpath is to be padlocked at night from now on.')),
        toResident(fwd('Passing this on for your attention.', 'I want the skip by the allotments gone by Friday.')),
        toResident(fwd('From a resident, for your records.', 'The litter bins by the shops need emptying every morning over the holidays.')),
      ],
      still: [
        toResident(fwd("I'd like the broken swing taken away before Friday.", 'Thank you for your help.')),
        toResident(fwd('The hedges along the lane should be cut back this week, not next month.', 'Thank you.')),
        toResident(fwd('The gate on the footpath is to be padlocked at night from now on.', 'Thanks again.')),
        toResident(fwd('I want the skip by the allotments gone by Friday.', 'Much obliged.')),
        toResident(fwd('Ring the contractor and get the swing taken away today.', 'Could somebody see to it?')),
        toResident(fwd('The litter bins by the shops need emptying every morning over the holidays.', 'Regards.')),
      ],
    },
    {
      kind: 'the council writing to someone outside it or passing their matter on, said to them',
      ok: [
        toResident('The clerk will write to the county with the council\'s concerns.'),
        toResident('The office will reply formally once the committee has met.'),
        toResident('The clerk will confirm the date of the hearing.'),
        toResident('The RFO will confirm the figures in writing.'),
        toResident('The clerk will follow up with the details of the licence.'),
        toContractor('The clerk will write formally with the council\'s questions.'),
        toResident('The clerk will forward your letter to the county.'),
        toResident('The clerk will let the Ramblers know about the stile.'),
      ],
      still: [
        toClerk('The clerk will write to the county with the council\'s concerns.'),
        toClerk('The office will reply formally once the committee has met.'),
        toClerk('The clerk will be in touch with the insurers about the claim today.'),
        toClerk('The RFO will confirm the figures to the auditor in writing.'),
        toClerk('The clerk will follow up with Highways about the drains.'),
        toClerk('The clerk will forward the letter to the county today.'),
        toClerk('The clerk will let the Ramblers know about the stile.'),
        toResident('The caretaker will mark out a space for your stall on the day.'),
      ],
    },
  ];
  describe.each(fresh)('fresh set: $kind', ({ ok, still }) => {
    it.each(ok.map((d) => [d.body.text, d] as const))('does not block: %s', (_t, d) => expect(idsOf(rule, d)).toEqual([]));
    it.each(still.map((d) => [d.body.text, d] as const))('still blocks: %s', (_t, d) => expect(blocked(d)).toBe(true));
  });
});
