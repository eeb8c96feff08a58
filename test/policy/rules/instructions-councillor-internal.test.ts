// instructions/councillor on a councillor's ordinary mail (helper prec8, the third fresh innocent set):
// the learnt judgement's candidates that ask no one to do council work, by kind, each beside real
// instructions of the nearest form that still block (4.3c). All phrasings are the tests' own.
import rule from '../../../src/policy/rules/instructions/councillor';
import { draft, CLERK, CLLR, RESIDENT, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import type { MailDraft } from '../../../src/policy/types';

const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const toResident = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });
const whole = (kind: string) => (d: MailDraft) => [{ id: `${kind}@body:0-${d.body.text.length}` }];

describe('instructions/councillor: ordinary internal mail (prec8)', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  // a time phrase with no act and no one asked: the writer's apologies and whereabouts.
  tester.accepts<MailDraft>(
    [
      ['Apologies for Monday. On nights all this week.', toClerk('Apologies for Monday. On nights all this week.')],
      ["Can't make the planning meeting. Away at my sister's until Sunday.", toClerk("Can't make the planning meeting. Away at my sister's until Sunday.")],
      ['Sorry, lambing, so nights until the end of the month.', toClerk('Sorry, lambing, so nights until the end of the month.')],
      ["Hospital appointment first thing, so I'll miss the site visit.", toClerk("Hospital appointment first thing, so I'll miss the site visit.")],
      ['Not around this week, shifts are all over the place.', toClerk('Not around this week, shifts are all over the place.')],
      ['On holiday from Saturday, back for full council.', toClerk('On holiday from Saturday, back for full council.')],
      ['Working away until Friday, phone is on.', toClerk('Working away until Friday, phone is on.')],
      ["Grandchildren staying this week, so I'm a bit tied up.", toClerk("Grandchildren staying this week, so I'm a bit tied up.")],
    ],
    "a time phrase with no act and no one asked: the writer's apologies and whereabouts, to the clerk: accepts %s",
  );
  tester.flags<MailDraft>(
    [
      ['Grit bins filled before the frost.', toClerk('Grit bins filled before the frost.'), whole('judged')],
      ['The hedge at the rec cut before the show.', toClerk('The hedge at the rec cut before the show.'), whole('judged')],
      ['Bunting down by Monday.', toClerk('Bunting down by Monday.'), whole('judged')],
      ['Play area gate padlocked from now on.', toClerk('Play area gate padlocked from now on.'), whole('judged')],
    ],
    'a bare order with a time phrase, to the clerk: flags %s',
  );

  // a time phrase with no act and no one asked: praise or thanks for work done.
  tester.accepts<MailDraft>(
    [
      ['Edging on the churchyard excellent this week.', toClerk('Edging on the churchyard excellent this week.')],
      ['Verges spotless this week, the contractor is earning his money.', toClerk('Verges spotless this week, the contractor is earning his money.')],
      ['Great job on the bunting today.', toClerk('Great job on the bunting today.')],
      ['Lovely write-up in the newsletter this week.', toClerk('Lovely write-up in the newsletter this week.')],
      ['Brilliant turnout today, thanks for organising.', toClerk('Brilliant turnout today, thanks for organising.')],
      ['The planters look superb this week.', toClerk('The planters look superb this week.')],
      ['Cheers for the quick turnaround today.', toClerk('Cheers for the quick turnaround today.')],
      ['Well done on getting the agenda out before the weekend.', toClerk('Well done on getting the agenda out before the weekend.')],
    ],
    'a time phrase with no act and no one asked: praise or thanks for work done, to the clerk: accepts %s',
  );
  tester.flags<MailDraft>(
    [
      ['Lovely job on the verges; I want the churchyard strimmed before Sunday too.', toClerk('Lovely job on the verges; I want the churchyard strimmed before Sunday too.'), whole('judged')],
      ['Great job on the bunting, the lads can take it down by Monday.', toClerk('Great job on the bunting, the lads can take it down by Monday.'), whole('judged')],
      ['Superb work on the hedges; the churchyard is to be done before Sunday.', toClerk('Superb work on the hedges; the churchyard is to be done before Sunday.'), whole('judged')],
      ['The planters look tired, so get them replanted before the fete.', toClerk('The planters look tired, so get them replanted before the fete.'), whole('judged')],
      ['The newsletter is good, but it is to go out before the weekend.', toClerk('The newsletter is good, but it is to go out before the weekend.'), whole('judged')],
      ['Well done, and the invoice must be paid today.', toClerk('Well done, and the invoice must be paid today.'), whole('judged')],
      ["Brilliant, now I'd like the hall set out before the quiz.", toClerk("Brilliant, now I'd like the hall set out before the quiz."), whole('judged')],
      ['Nice work on the gate; nobody is to use the field until Friday.', toClerk('Nice work on the gate; nobody is to use the field until Friday.'), whole('judged')],
    ],
    'praise beside a real order, to the clerk: flags %s',
  );

  // a sentence without its subject is the writer's own.
  tester.accepts<MailDraft>(
    [
      ['Thought it only fair to warn you before the agenda goes out.', toClerk('Thought it only fair to warn you before the agenda goes out.')],
      ['want to check the dates are right before the newsletter deadline thanks', toClerk('want to check the dates are right before the newsletter deadline thanks')],
      ['Just wanted to say thanks before the holidays.', toClerk('Just wanted to say thanks before the holidays.')],
      ['Trying to read the papers before Monday, they are long this time.', toClerk('Trying to read the papers before Monday, they are long this time.')],
      ['Just chasing the answer on the cemetery fees before the agenda goes out.', toClerk('Just chasing the answer on the cemetery fees before the agenda goes out.')],
      ['Had a call from a dad this week about glass in the play area, over to you.', toClerk('Had a call from a dad this week about glass in the play area, over to you.')],
      ['Hoping to get down to the allotments before Christmas to see for myself.', toClerk('Hoping to get down to the allotments before Christmas to see for myself.')],
      ['Noticed the bench was wobbly this week, probably nothing.', toClerk('Noticed the bench was wobbly this week, probably nothing.')],
      ['Thought you would want to know before the meeting.', toClerk('Thought you would want to know before the meeting.')],
    ],
    "a sentence without its subject is the writer's own, to the clerk: accepts %s",
  );
  tester.flags<MailDraft>(
    [
      ['Need the hall unlocked before the quiz.', toClerk('Need the hall unlocked before the quiz.'), whole('judged')],
      ['Want the bins out before the weekend.', toClerk('Want the bins out before the weekend.'), whole('judged')],
      ['Want you to ring the contractor today.', toClerk('Want you to ring the contractor today.'), whole('judged')],
      ['Need the grass cut by Friday.', toClerk('Need the grass cut by Friday.'), whole('judged')],
      ['Wanted the gate locked from now on.', toClerk('Wanted the gate locked from now on.'), whole('judged')],
      ['Need you to pay the invoice this week.', toClerk('Need you to pay the invoice this week.'), whole('judged')],
      ['Want the noticeboard cleared before the weekend.', toClerk('Want the noticeboard cleared before the weekend.'), whole('judged')],
      ['Need the grit bins filled before the frost.', toClerk('Need the grit bins filled before the frost.'), whole('judged')],
    ],
    'a subjectless order or wish for work, to the clerk: flags %s',
  );

  // a guess at how long it has been ("must be … since", "by now", "must have been").
  tester.accepts<MailDraft>(
    [
      ['Any word from Highways about the kerb? It must be a month since we chased them.', toClerk('Any word from Highways about the kerb? It must be a month since we chased them.')],
      ['Has the insurer come back? It must be nearly two months since the claim went in.', toClerk('Has the insurer come back? It must be nearly two months since the claim went in.')],
      ['It must be six weeks since the county promised us an answer.', toClerk('It must be six weeks since the county promised us an answer.')],
      ['It must be about a year since anyone looked at the war memorial lettering.', toClerk('It must be about a year since anyone looked at the war memorial lettering.')],
      ['It must be the end of the quarter by now, so is the grant in?', toClerk('It must be the end of the quarter by now, so is the grant in?')],
      ['There must be forty names on that petition by now.', toClerk('There must be forty names on that petition by now.')],
      ['The leak must have been there a few weeks before anyone noticed.', toClerk('The leak must have been there a few weeks before anyone noticed.')],
      ['Still no reply from the surveyor, and it must be ten days since he came out.', toClerk('Still no reply from the surveyor, and it must be ten days since he came out.')],
    ],
    'a guess at how long it has been ("must be … since", "by now", "must have been"), to the clerk: accepts %s',
  );
  tester.flags<MailDraft>(
    [
      ['The railings must be painted before Remembrance Sunday.', toClerk('The railings must be painted before Remembrance Sunday.'), whole('judged')],
      ['The drain must be cleared this week, it has flooded three times.', toClerk('The drain must be cleared this week, it has flooded three times.'), whole('judged')],
      ['It must be done by the end of the month.', toClerk('It must be done by the end of the month.'), whole('judged')],
      ['The grit bin must be filled before the frost.', toClerk('The grit bin must be filled before the frost.'), whole('judged')],
      ['That fence must be mended before the children are back.', toClerk('That fence must be mended before the children are back.'), whole('judged')],
      ['The railings must be painted since they are peeling so badly.', toClerk('The railings must be painted since they are peeling so badly.'), whole('judged')],
      ['It must be sorted by Friday, no excuses.', toClerk('It must be sorted by Friday, no excuses.'), whole('judged')],
      ['The noticeboard must be emptied before the election period starts.', toClerk('The noticeboard must be emptied before the election period starts.'), whole('judged')],
    ],
    'an obligation with "must be", to the clerk: flags %s',
  );

  // "I should like to …" as the writer's own wish.
  tester.accepts<MailDraft>(
    [
      ['I should like to be certain I have the latest version of the budget.', toClerk('I should like to be certain I have the latest version of the budget.')],
      ['I should like to be kept informed about the allotment dispute.', toClerk('I should like to be kept informed about the allotment dispute.')],
      ['I should like to come along to the site visit, if that is in order.', toClerk('I should like to come along to the site visit, if that is in order.')],
      ["I should like to read the auditor's letter before the meeting, if you have it.", toClerk("I should like to read the auditor's letter before the meeting, if you have it.")],
      ['I should like to be sure I am looking at the adopted version of the standing orders.', toClerk('I should like to be sure I am looking at the adopted version of the standing orders.')],
      ['I should like to understand how the figure was arrived at.', toClerk('I should like to understand how the figure was arrived at.')],
      ['We should like to be there when the contractor walks the site.', toClerk('We should like to be there when the contractor walks the site.')],
      ['I should like to be copied in on the correspondence with the county.', toClerk('I should like to be copied in on the correspondence with the county.')],
    ],
    '"I should like to …" as the writer\'s own wish, to the clerk: accepts %s',
  );
  tester.flags<MailDraft>(
    [
      ['I should like the hedge cut before the show.', toClerk('I should like the hedge cut before the show.'), whole('judged')],
      ['I should like the invoice paid this week.', toClerk('I should like the invoice paid this week.'), whole('judged')],
      ['I should like you to order the new bins today.', toClerk('I should like you to order the new bins today.'), whole('judged')],
      ['I should like the contractor told to start on Monday.', toClerk('I should like the contractor told to start on Monday.'), whole('judged')],
      ['I should like the notice taken down at once.', toClerk('I should like the notice taken down at once.'), whole('judged')],
      ['I should like the grass on the green mown before the fete.', toClerk('I should like the grass on the green mown before the fete.'), whole('judged')],
      ['I should like the gate padlocked from now on.', toClerk('I should like the gate padlocked from now on.'), whole('judged')],
      ['I should like the old fridge gone from the hall by Friday.', toClerk('I should like the old fridge gone from the hall by Friday.'), whole('judged')],
    ],
    '"I should like … done" of council work, to the clerk: flags %s',
  );

  // "I'd like the council to discuss …": an agenda request.
  tester.accepts<MailDraft>(
    [
      ["I'd like the council to discuss the speeding on Mill Road.", toClerk("I'd like the council to discuss the speeding on Mill Road.")],
      ['I would like members to consider a second bench by the pond.', toClerk('I would like members to consider a second bench by the pond.')],
      ["I'd like the committee to look at the grass cutting contract again.", toClerk("I'd like the committee to look at the grass cutting contract again.")],
      ["I'd like full council to debate the precept before it is set.", toClerk("I'd like full council to debate the precept before it is set.")],
      ["I'd like the council to have a proper discussion about the car park.", toClerk("I'd like the council to have a proper discussion about the car park.")],
      ['I would like the planning committee to consider the Orchard Lane application.', toClerk('I would like the planning committee to consider the Orchard Lane application.')],
      ['I want the council to decide on the Christmas lights properly this year.', toClerk('I want the council to decide on the Christmas lights properly this year.')],
      ["I'd like the council to talk about it properly.", toClerk("I'd like the council to talk about it properly.")],
    ],
    '"I\'d like the council to discuss …": an agenda request, to the clerk: accepts %s',
  );
  tester.flags<MailDraft>(
    [
      ["I'd like the council to pay the invoice this week.", toClerk("I'd like the council to pay the invoice this week."), whole('judged')],
      ["I'd like the clerk to order the bins today.", toClerk("I'd like the clerk to order the bins today."), whole('judged')],
      ["I'd like the contractor to start on Monday.", toClerk("I'd like the contractor to start on Monday."), whole('judged')],
      ["I'd like the council to cut the hedge before the show.", toClerk("I'd like the council to cut the hedge before the show."), whole('judged')],
      ["I'd like the office to send out the letters tomorrow.", toClerk("I'd like the office to send out the letters tomorrow."), whole('judged')],
      ['I want the caretaker to lock the hall from now on.', toClerk('I want the caretaker to lock the hall from now on.'), whole('judged')],
      ["I'd like the council to stop paying that firm.", toClerk("I'd like the council to stop paying that firm."), whole('judged')],
      ["I'd like the committee's hedge cut before the show.", toClerk("I'd like the committee's hedge cut before the show."), whole('judged')],
    ],
    '"I\'d like the council/clerk to …" do council work, to the clerk: flags %s',
  );

  // a resident's report passed on, or what happened, with a time phrase.
  tester.accepts<MailDraft>(
    [
      ["Someone mentioned the gate on the rec won't shut this week, not sure if it's ours.", toClerk("Someone mentioned the gate on the rec won't shut this week, not sure if it's ours.")],
      ['A resident tells me the dog bin by the school has been overflowing since Friday.', toClerk('A resident tells me the dog bin by the school has been overflowing since Friday.')],
      ['Mrs Green rang me about the streetlight on Hill Road this week.', toClerk('Mrs Green rang me about the streetlight on Hill Road this week.')],
      ['Two people stopped me at the shop today about the bus shelter glass.', toClerk('Two people stopped me at the shop today about the bus shelter glass.')],
      ['Did the solicitor ever come back to us? It was before the summer we asked.', toClerk('Did the solicitor ever come back to us? It was before the summer we asked.')],
      ['We wrote to the county before Easter and heard nothing.', toClerk('We wrote to the county before Easter and heard nothing.')],
      ['The lease query was raised before Christmas, if that helps.', toClerk('The lease query was raised before Christmas, if that helps.')],
      ['The last time the drain was cleared was before the flood.', toClerk('The last time the drain was cleared was before the flood.')],
    ],
    "a resident's report passed on, or what happened, with a time phrase, to the clerk: accepts %s",
  );
  tester.flags<MailDraft>(
    [
      ['Someone needs to clear the gate on the rec this week.', toClerk('Someone needs to clear the gate on the rec this week.'), whole('judged')],
      ['A resident tells me the bin is overflowing, so get it emptied today.', toClerk('A resident tells me the bin is overflowing, so get it emptied today.'), whole('judged')],
      ['The streetlight on Hill Road is to be reported today.', toClerk('The streetlight on Hill Road is to be reported today.'), whole('judged')],
      ['The bus shelter glass replaced before the weekend, please.', toClerk('The bus shelter glass replaced before the weekend, please.'), whole('judged')],
      ['Somebody must ring the solicitor today.', toClerk('Somebody must ring the solicitor today.'), whole('judged')],
      ['The drain on the rec is to be cleared before the rain.', toClerk('The drain on the rec is to be cleared before the rain.'), whole('judged')],
      ['The contractor to go back to the gate this week.', toClerk('The contractor to go back to the gate this week.'), whole('judged')],
    ],
    'a report with an order in it, to the clerk: flags %s',
  );

  // a noun spelled like a command verb, with "'s".
  tester.accepts<MailDraft>(
    [
      ["Phone's on if needed.", toClerk("Phone's on if needed.")],
      ["Order's in, should arrive on Friday.", toClerk("Order's in, should arrive on Friday.")],
      ["Paint's dry on the benches now.", toClerk("Paint's dry on the benches now.")],
      ["Book's in the office if anyone wants it.", toClerk("Book's in the office if anyone wants it.")],
      ["Print's a bit small on the new notice, but it reads fine.", toClerk("Print's a bit small on the new notice, but it reads fine.")],
      ["Call's at seven, I'll dial in.", toClerk("Call's at seven, I'll dial in.")],
      ["Lock's been sticking but it works with a wiggle.", toClerk("Lock's been sticking but it works with a wiggle.")],
      ["Update's on the website already, thanks.", toClerk("Update's on the website already, thanks.")],
    ],
    'a noun spelled like a command verb, with "\'s", to the clerk: accepts %s',
  );
  tester.flags<MailDraft>(
    [
      ['Phone the contractor today.', toClerk('Phone the contractor today.'), whole('directive')],
      ['Order the new bins.', toClerk('Order the new bins.'), whole('directive')],
      ['Paint the benches before the fete.', toClerk('Paint the benches before the fete.'), whole('directive')],
      ['Book the hall for the 14th.', toClerk('Book the hall for the 14th.'), whole('directive')],
      ['Print the agenda for the noticeboard.', toClerk('Print the agenda for the noticeboard.'), whole('directive')],
      ['Call the roofer and get him back.', toClerk('Call the roofer and get him back.'), whole('directive')],
      ['Lock the pavilion from now on.', toClerk('Lock the pavilion from now on.'), whole('directive')],
      ['Update the website with the new times.', toClerk('Update the website with the new times.'), whole('directive')],
    ],
    'the same word as a command, to the clerk: flags %s',
  );

  // advice on the reader's own route ("the quickest way … is to report it").
  tester.accepts<MailDraft>(
    [
      [
        "Potholes are the county's, so the quickest way to get it fixed is to report it on their website.",
        toResident("Potholes are the county's, so the quickest way to get it fixed is to report it on their website."),
      ],
      [
        "The footpath is the county's, so the best way to get it sorted is to use their online fault form.",
        toResident("The footpath is the county's, so the best way to get it sorted is to use their online fault form."),
      ],
      ["The easiest way to get the bin replaced is to ring the district council's waste team.", toResident("The easiest way to get the bin replaced is to ring the district council's waste team.")],
      [
        "Bus shelters on the A38 are the county's, so the quickest way to get the glass replaced is to phone their hotline.",
        toResident("Bus shelters on the A38 are the county's, so the quickest way to get the glass replaced is to phone their hotline."),
      ],
      ['The best thing to get the hedge cut back is to write to the owner first.', toResident('The best thing to get the hedge cut back is to write to the owner first.')],
      [
        "Streetlights are the county's job, so the simplest way to get it seen to is to report the lamp post number online.",
        toResident("Streetlights are the county's job, so the simplest way to get it seen to is to report the lamp post number online."),
      ],
      [
        'The quickest way to get the fly-tipping cleared is to report it to the district with a photo.',
        toResident('The quickest way to get the fly-tipping cleared is to report it to the district with a photo.'),
      ],
      [
        'Honestly the best way to get the bins collected is to ring Biffa direct and quote your address.',
        toResident('Honestly the best way to get the bins collected is to ring Biffa direct and quote your address.'),
      ],
    ],
    'advice on the reader\'s own route ("the quickest way … is to report it"), to a resident: accepts %s',
  );
  tester.flags<MailDraft>(
    [
      ['The quickest way to get it fixed is for our contractor to go out today.', toResident('The quickest way to get it fixed is for our contractor to go out today.'), whole('judged')],
      ['The best way to get it sorted is for the council to pay the invoice this week.', toResident('The best way to get it sorted is for the council to pay the invoice this week.'), whole('judged')],
      [
        'The quickest way to get it cleared is for the lads to go up with the trailer tomorrow.',
        toResident('The quickest way to get it cleared is for the lads to go up with the trailer tomorrow.'),
        whole('judged'),
      ],
      ["We'll get the grass cut before the show, the contractor is booked.", toResident("We'll get the grass cut before the show, the contractor is booked."), whole('commitment')],
      ['The council will get the bench fixed before the fete.', toResident('The council will get the bench fixed before the fete.'), whole('commitment')],
      ["I've told the grounds team to get the hedge cut this week.", toResident("I've told the grounds team to get the hedge cut this week."), whole('judged')],
      ['Our caretaker will have the hall set out for you by Friday.', toResident('Our caretaker will have the hall set out for you by Friday.'), whole('judged')],
      ['The quickest way is for us to get the lads to cut it back on Friday.', toResident('The quickest way is for us to get the lads to cut it back on Friday.'), whole('judged')],
    ],
    'the route is council work, to a resident: flags %s',
  );

  // a booking the writer made for themselves ("like anyone else").
  tester.accepts<MailDraft>(
    [
      ["I've booked it through the hall committee like anyone else, deposit paid.", toResident("I've booked it through the hall committee like anyone else, deposit paid.")],
      ["I've booked the village hall for the barn dance like anyone else would.", toResident("I've booked the village hall for the barn dance like anyone else would.")],
      ["I've booked the function room in my own name for the reunion.", toResident("I've booked the function room in my own name for the reunion.")],
      ["I've booked the marquee for my daughter's wedding and paid the deposit myself.", toResident("I've booked the marquee for my daughter's wedding and paid the deposit myself.")],
      ["I've arranged the skittles night at the pub like anyone else, tickets are a fiver.", toResident("I've arranged the skittles night at the pub like anyone else, tickets are a fiver.")],
      ["I've booked the church hall for the book club like anyone else, it's £12 an hour.", toResident("I've booked the church hall for the book club like anyone else, it's £12 an hour.")],
      ["I've booked the coach for the WI trip and paid for it myself.", toResident("I've booked the coach for the WI trip and paid for it myself.")],
      [
        "I've booked the room at the Legion in my own name, so it's nothing to do with the council.",
        toResident("I've booked the room at the Legion in my own name, so it's nothing to do with the council."),
      ],
    ],
    'a booking the writer made for themselves ("like anyone else"), to a resident: accepts %s',
  );
  tester.flags<MailDraft>(
    [
      [
        "I've booked the hall for the council's fun day, the invoice will come to the clerk.",
        toResident("I've booked the hall for the council's fun day, the invoice will come to the clerk."),
        whole('judged'),
      ],
      ["I've booked the contractor to cut the rec on Friday.", toResident("I've booked the contractor to cut the rec on Friday."), whole('judged')],
      [
        "I've booked the village hall for the council's Christmas do, the council will pay.",
        toResident("I've booked the village hall for the council's Christmas do, the council will pay."),
        whole('commitment'),
      ],
      ["I've told the contractor he can start on Monday.", toResident("I've told the contractor he can start on Monday."), whole('commitment')],
      ["I've arranged for the lads to clear the ditch this week.", toResident("I've arranged for the lads to clear the ditch this week."), whole('judged')],
      ["I've agreed the hire of the pavilion for the summer on behalf of the council.", toResident("I've agreed the hire of the pavilion for the summer on behalf of the council."), whole('judged')],
      ["I've booked the marquee for the jubilee, put it on the council's account.", toResident("I've booked the marquee for the jubilee, put it on the council's account."), whole('judged')],
      ["I've booked the grounds team to mow the green before the fete.", toResident("I've booked the grounds team to mow the green before the fete."), whole('judged')],
    ],
    'a booking or go-ahead for the council, to a resident: flags %s',
  );
});
