// Policy 4.3: "Emails which create obligations or give instructions on behalf of the Council must be
// sent by officers only, not Councillors." Councillors ask for council work in everyday words more
// often than in commands (issue #17): a question put to the caretaker through the clerk, a job asked
// for in the passive, "would you ask Dave to…", a go-ahead they have already given, a payment held
// back until they have looked, "have it repainted", "…so pls book one", "no more bookings please".
// Said to the council's own officers each is an instruction on its behalf (a block); asking for
// information, raising a matter, an agenda request, a vote, thanks or a resident's request passed on
// for the clerk to judge is not. Said to someone outside the council, the addressee design decides
// (instructions/councillor blocks only what acts for or commits the council; work whose owner the
// words do not name warns under instructions/councillor-possible). Every sentence here is the
// writer's own phrasing, in many voices.
import councillor from '../../../src/policy/rules/instructions/councillor';
import possible from '../../../src/policy/rules/instructions/councillor-possible';
import { draft, learntIdsOf as idsOf, CLERK, CLLR } from '../../helpers/draft';
import type { MailDraft } from '../../../src/policy/types';

const CONTRACTOR = { name: 'Dean Porter', address: 'dean@porterbuilders.example.co.uk' };
const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const toContractor = (body: string) => draft({ from: CLLR, to: [CONTRACTOR], body });
/** What the email gets: a block (instructions/councillor), a warning (instructions/councillor-possible) or nothing. */
const verdict = (d: MailDraft): 'block' | 'warn' | 'none' => (idsOf(councillor, d).length ? 'block' : idsOf(possible, d).length ? 'warn' : 'none');

type Verdict = 'block' | 'warn' | 'none';
/** Each kind: sentences that instruct (with what an outsider's copy gets), and innocent neighbours. */
const KINDS: { kind: string; instruct: [string, Verdict][]; innocent: string[] }[] = [
  {
    kind: "the council's staff asked in a question to do a job",
    instruct: [
      ['Can the caretaker leave the side door open for the bowls lot on Thursday?', 'block'],
      ['Could the grounds team strim round the war memorial before Sunday?', 'block'],
      ['can the lads get the leaves off the footpath tmrw pls', 'block'],
      ['Would the handyman fit a new hasp to the tool store this week?', 'block'],
      ['Could the groundsman drag the cricket square before the first fixture?', 'block'],
      ['Can our contractors start on the cemetery wall once the frost lifts?', 'block'],
      ['Could the cleaners do the chamber carpets while the council is in recess?', 'block'],
      ['Would the lengthsman clear the grips on Long Lane after the storm?', 'block'],
    ],
    innocent: [
      'Can the caretaker tell me what time the hall is free on Thursday?',
      'Would the lads like a bacon roll after the litter pick?',
      'Could the contractor be there at nine, do you know?',
      'Can the caretaker have Friday off for his daughter\'s wedding? Lovely news.',
      'Would the groundsman know who owns the verge by the pub?',
      'Could the caretaker confirm the hall is booked for the WI?',
      'Could the grounds team\'s work plan go on the next agenda?',
      'Can the handyman let me know if he found my glasses in the pavilion?',
      'Could the contractors attend the site meeting on Tuesday?',
    ],
  },
  {
    kind: 'someone asked through the reader to do a job',
    instruct: [
      ['Would you ask Dave to take the Christmas tree down on Monday and put the lights in the loft.', 'block'],
      ['Could you get someone to empty the dog bin by the stile before the weekend?', 'block'],
      ['Can you ask the lads to move the benches back onto the green after the fair?', 'block'],
      ['will u get gary to fix the latch on the play area gate', 'block'],
      ['Could you please tell the contractor to repaint the railings by the school in green, not black?', 'block'],
      ['Would you kindly ask Mr Okafor to replace the cracked pane in the bus shelter.', 'block'],
      ['Could you get the electrician to fix the timer on the pavilion lights?', 'block'],
      ['Can you tell Sue to book the hall for the Remembrance lunch?', 'block'],
    ],
    innocent: [
      'Could you ask Dave to ring me about the allotment dispute?',
      'Would you ask the vicar whether the church is free for the concert?',
      'Can you tell the caretaker thank you from me for Saturday?',
      'Could you ask the auditor when she wants the papers?',
      'Would you ask Mrs Reid if she is happy for her letter to be read out?',
      'Could you ask the caretaker whether the lost property box has a blue scarf in it?',
      'Could you ask Highways whether the drain is theirs or ours?',
      'Will you tell the Brownies how much we enjoyed their carol singing?',
    ],
  },
  {
    kind: 'a job asked for in the passive',
    instruct: [
      ['Please could the railings by the school be painted over the summer.', 'block'],
      ['Could the notice board by the shop be reglazed before the fete?', 'block'],
      ['Can the bench on the green be varnished before the jubilee tea?', 'block'],
      ['Would the pavilion gutters be cleared out before the autumn, please?', 'block'],
      ['Can we get the footpath signs replaced before the walking festival?', 'warn'],
      ['can we get the dog bins emptied twice a week over summer pls', 'block'],
      ['Could our flower beds by the war memorial be cleared before Remembrance?', 'block'],
      ['Can we have the play area fence repaired before half term?', 'block'],
    ],
    innocent: [
      'Could the footpath be discussed at the next meeting?',
      'Can we get an update on the bus shelter repairs before Tuesday?',
      'Can we have a look at the bench on Thursday\'s walkabout?',
      'Could the railings go on the agenda for the December meeting?',
      'Can we get the paint colour on the agenda please?',
      'Mrs Patel asked whether the benches could be painted before the fete; could you decide?',
      'Could the minutes of the last meeting be circulated to me before Tuesday?',
      'Thanks so much for getting the bunting down so quickly, it looks smart again.',
    ],
  },
  {
    kind: "the writer's own go-ahead passed on",
    instruct: [
      ['I have graciously allowed the Pony Club to use the top field on Saturdays.', 'block'],
      ["I've let the tree surgeon know the usual rate is fine for the willows.", 'block'],
      ['ive let the window man know thats fine, he starts weds', 'warn'],
      ["I've permitted the carnival committee to park their floats on the rec overnight.", 'block'],
      ['I have allowed the Scouts to store their canoes in the pavilion over winter.', 'block'],
      ["I let the roofer know his price is fine, so he'll be up there next week.", 'none'],
      ["I've allowed the farmers' market to site its stalls on the green every other Sunday.", 'block'],
      ['I have permitted the bell ringers to use the hall for their annual dinner.', 'block'],
    ],
    innocent: [
      "I've let the vicar know Tuesday is fine for me.",
      'I was allowed to use the projector at my old school, it was very easy.',
      'I have let the residents know the district is dealing with the bins.',
      "I've let the Brownies know the hall question is one for the full council.",
      'Mrs Khan asked if her group could use the hall; I said I would pass it to you.',
      'I let the Ramblers know the meeting is on the 12th.',
      'Am I allowed to bring my dog to the litter pick?',
      'I have let the group know that I will raise it at the next meeting.',
    ],
  },
  {
    kind: "a payment held back on the writer's say-so",
    instruct: [
      ["Hold off paying the roofer till I've seen the gutters myself.", 'block'],
      ["please hold off paying the signwriter until I've checked his spelling", 'block'],
      ['Nothing gets paid to the signwriter till I have inspected the lettering.', 'block'],
      ["The tree surgeon's invoice oughtn't to be paid until the stumps are ground out.", 'block'],
      ['Hold off payment on the hedging invoice until I have walked the lane.', 'block'],
      ['Nothing gets paid out for the fireworks until the display has happened.', 'block'],
      ["hold off paying the sparky til ive seen the lights working", 'block'],
      ['The groundworks bill oughtn\'t to be paid until the drainage has been tested.', 'block'],
    ],
    innocent: [
      "I'll hold off paying my subs till I've seen the accounts, as is my right as a member.",
      'We held off paying the roofer last year until the snagging was done, I recall.',
      'Has the roofer been paid yet? I would like to know before the meeting.',
      'Can the payment to the signwriter go on the agenda for a decision?',
      'I\'ll be voting against paying the tree surgeon until we have a proper report.',
      'Nothing gets done in this village without the WI, bless them.',
      'Thank you for paying the hall deposit so promptly.',
      'Mr Grey asked whether we would hold off paying until the job is finished; what do you advise?',
    ],
  },
  {
    kind: 'a causative order at the start of a clause',
    instruct: [
      ['The poppy display stand has gone rusty. Have it rubbed down and repainted before November.', 'block'],
      ['The chamber clock has stopped again; have it mended before the budget meeting.', 'block'],
      ['Get the sparky round to the pavilion, the floodlight is out again.', 'block'],
      ['Have the contractor look at the cracked slab by the war memorial.', 'block'],
      ['The mayoral car is filthy. Have it cleaned before Sunday.', 'block'],
      ['Get the caretaker to put the heating on early for the blood donors.', 'block'],
      ['The noticeboard by the church is tatty: have the glass replaced and the frame oiled.', 'block'],
      ['Have the groundsman lift the daffodil bulbs once they die back.', 'block'],
    ],
    innocent: [
      'Have the minutes been done yet? No rush.',
      'Have the lads enjoyed the new kit? They looked smart on Saturday.',
      'Have a look at the photos when you get a chance, the bunting looked lovely.',
      'Have a lovely holiday, you have earned it.',
      'Have a restful weekend, the office has earned it.',
      'Have the residents been told about the road closure by the county?',
      'Have the contractor\'s figures come in yet? I would like to see them before Tuesday.',
      'Have the benches been painted? A resident asked me and I did not know.',
    ],
  },
  {
    kind: 'a job asked for after a comma or "so", with "please"',
    instruct: [
      ["the bunting's looking tatty, so pls take it down before the market", 'block'],
      ['The fun day is on the 14th, so please book the bouncy castle for then.', 'none'],
      ['The lamp by the steps is out again, please get it fixed before the dark nights.', 'block'],
      ['The wreaths arrived damaged; please order two more for Sunday.', 'block'],
      ['its the gala saturday so pls book the toilet trailer for friday', 'block'],
      ['The skip on the green is overflowing, so please get it emptied.', 'block'],
      ["The hedge by the pavilion has gone wild, so please cut it back before the match.", 'block'],
      ['The pond railings are wobbly, please repair them before the duck race.', 'block'],
    ],
    innocent: [
      'The fun day was brilliant, so please pass my thanks to everyone.',
      'I will be late on Thursday, please start without me.',
      'The minutes look fine to me, please thank the clerk for them.',
      'The gala is on Saturday, so please come along if you can.',
      'I have sent the photos, please let me know if they did not arrive.',
      'Thank you for the agenda, please find my apologies attached.',
      'The lamp by the steps is out again, could it go on the list for the next meeting?',
      'It was lovely to see you at the fete, please give my best to your mum.',
      'I am away next week, so please get in touch with Cllr Ahmed if anything comes up.',
      'The surgery is on Saturday, so please put it in the diary.',
      'The form is attached, so please fill in your part and send it back.',
      'Lovely to see you at the fete, please take care of that cold.',
    ],
  },
  {
    kind: 'a ban or a relief said to the staff in plain words',
    instruct: [
      ['No more bookings for the pavilion on Sunday mornings please.', 'block'],
      ['No more barbecues on the rec please, the scorch marks take months to go.', 'block'],
      ["Caretaker doesn't need to put the tables away after the quiz, the PTA will do it.", 'none'],
      ["The groundsman doesn't need to mow the wildflower strip this summer.", 'block'],
      ["The caretaker needn't unlock the chamber on Saturday, the surgery is cancelled.", 'block'],
      ['No more hiring the hall to the fitness lot on Mondays please, it clashes with the choir.', 'block'],
      ["the grounds team don't need to strim the churchyard path till after the wedding", 'block'],
      ['No more skips on the village green please, the grass never recovers.', 'block'],
    ],
    innocent: [
      'We have had no more complaints about the bins, please pass that on.',
      "The caretaker doesn't need to worry, nobody blames him for the flood.",
      'Sorry, no more from me tonight, please forgive the long email.',
      "I don't need to see the plans again, thank you.",
      'No more questions from me, the report was clear.',
      "The caretaker needn't have stayed late for me, but it was kind of him.",
      'Could the caretaker\'s hours go on the staffing committee agenda?',
      'Is there no more room in the hall on Sunday, please?',
    ],
  },
];

describe('instructions/councillor: instructions in everyday words (issue #17)', () => {
  describe.each(KINDS)('$kind', ({ instruct, innocent }) => {
    it.each(instruct)('blocks to the clerk: %s', (body) => {
      expect(verdict(toClerk(body))).toBe('block');
    });
    it.each(instruct)('to a contractor, as the addressee design gives: %s (%s)', (body, outside) => {
      expect(verdict(toContractor(body))).toBe(outside);
    });
    it.each(innocent)('does not block to the clerk: %s', (body) => {
      expect(idsOf(councillor, toClerk(body))).toEqual([]);
    });
  });
});
