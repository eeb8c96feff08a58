// Policy 4.3: "Emails which create obligations or give instructions on behalf of the Council must be
// sent by officers only, not Councillors." More everyday forms of a councillor's request for council
// work (issue #17; src/policy/rules/instructions/everyday-jobs.ts): a bare imperative of work on the
// council's things, the council's money promised through the reader, its things lent or booked, a job
// listed without its verb, a payment held back on the writer's say-so, and a job asked through the
// reader or with its work word ("painted") or an "already told" that the verbs of saying also spell.
// Said to the council's own officers each is an instruction on its behalf (a block); the writer's own
// affairs, niceties, news and questions are not. Said to someone outside the council, the addressee
// design decides (instructions/councillor blocks only what acts for or commits the council; work whose
// owner the words do not name warns under instructions/councillor-possible). Every sentence here is
// the writer's own phrasing, in many voices.
import councillor from '../../../src/policy/rules/instructions/councillor';
import possible from '../../../src/policy/rules/instructions/councillor-possible';
import { draft, learntIdsOf as idsOf, CLERK, CLLR } from '../../helpers/draft';
import type { MailDraft } from '../../../src/policy/types';

const RESIDENT = { name: 'Jo Marsh', address: 'jo.marsh@example.co.uk' };
const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const toResident = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });
type Verdict = 'block' | 'warn' | 'none';
/** What the email gets: a block (instructions/councillor), a warning (instructions/councillor-possible) or nothing. */
const verdict = (d: MailDraft): Verdict => (idsOf(councillor, d).length ? 'block' : idsOf(possible, d).length ? 'warn' : 'none');

/** Each kind: sentences that instruct (with what a resident's copy gets), and innocent neighbours. */
const KINDS: { kind: string; instruct: [string, Verdict][]; innocent: string[] }[] = [
  {
    kind: "a bare imperative of work on the council's things",
    instruct: [
      ['Take the bunting down after the fete.', 'block'],
      ["Water the planters outside the surgery tonight, they're gasping.", 'block'],
      ['give the bowls club the keys to the pavilion fri', 'block'],
      ["Tidy the notice board by the post office, it's all out of date.", 'block'],
      ['Collect the new dog bins from the depot on Tuesday morning.', 'block'],
      ['Leave the side gate open for the bin lorry on Thursdays.', 'block'],
      ['Let the Guides use the hall kitchen on Wednesday evenings.', 'block'],
      ["Waive the hire fee for the food bank's coffee morning.", 'block'],
      ['Seating plan attached and it is final; issue it to the ushers.', 'none'],
    ],
    innocent: [
      "Give my love to your mum, I hear she's home.",
      "Leave the minutes with me and I'll read them tonight.",
      "Take the weekend off, you've earned it after the fete.",
      "Let the hall committee know I can't make Tuesday.",
      "Pop round for a cuppa when you're passing.",
      'Take care on the roads, the lane by the hall is like glass.',
      'Give your little one a hug from me.',
      'Open the attachment and tell me what you think of my speech.',
      "Leave it with me, I'll ask around the bowls club.",
    ],
  },
  {
    kind: "the council's money promised through the reader",
    instruct: [
      ["Let the contractor know I'll pay him £200 on Friday.", 'block'],
      ["Let the tree surgeon know we'll cover the cost of the chipper hire.", 'block'],
      ['let the dj know we\'ll pay him on the night', 'block'],
      ['Tell Mrs Ahmed that we will fund the new planters for the square.', 'block'],
      ["I've told Gary he'll get £150 for doing the bonfire.", 'block'],
      ["The band are happy, they'll get £300 for the Jubilee afternoon.", 'block'],
      ['I promised the choir £120 for singing at the switch-on.', 'block'],
      ["Let the sign writer know I'd pay him half up front.", 'block'],
    ],
    innocent: [
      "Let the vicar know I'll pay for the flowers myself.",
      "Let Sue know I'll be ten minutes late.",
      "Let the contractor know I'll be on site at nine to meet him.",
      'Let the treasurer know I can pay the quiz entry on the night.',
      "Let the Scouts know we'll be there to cheer them on.",
      "Let Pam know I'll cover her shift on the tombola.",
      "Let the chair know I'll send my report on Friday.",
      "Let the WI know we'd love to come to the jam judging.",
    ],
  },
  {
    kind: "the council's things lent, or the office asked to book for it",
    instruct: [
      ['Gary can take the council van to the tip on Saturday.', 'none'],
      ["The Brownies may borrow the council's gazebo for their fun day.", 'none'],
      ["The allotment society can have the council's strimmer for the weekend.", 'block'],
      ['The lights go up on the last weekend of November, so can we book the cherry picker for then?', 'block'],
      ['Can we order some more grit before the cold snap?', 'block'],
      ['can we book the marquee for the fun day pls', 'none'],
      ["Let's book the bouncy castle people for the gala.", 'none'],
      ['Can we hire a skip for the clean-up day?', 'block'],
    ],
    innocent: [
      'Can we book a meeting room for Thursday evening?',
      'Can we book a time to go through my register of interests?',
      "Let's book a date for the next working group.",
      'Can we order a pizza for after the meeting? Only joking.',
      'Can we have a chat about the budget before full council?',
      "Can I take the council's paperwork home to read?",
      "Let's hire a minibus for our own ward walk, my treat.",
      'Can we book a call with the auditor for next week?',
    ],
  },
  {
    kind: 'a job listed without its verb, with a time or a round',
    instruct: [
      ['Cones out the night before.', 'none'],
      ['Memorial lawn edged and gravel raked every Friday, without fail.', 'block'],
      ['The hedge by the school cut back before term starts.', 'block'],
      ['lights up by 1st dec pls', 'block'],
      ['Bunting down after the fete.', 'block'],
      ['Bins emptied and the paths swept before the parade.', 'block'],
      ['Barriers out the night before the carnival.', 'none'],
      ['Verges by the chapel mown every fortnight from May.', 'block'],
    ],
    innocent: [
      'Churchyard hedge gets cut after nesting season, not before.',
      'Hall bookings up by 20% after the refurbishment.',
      'The verges looked lovely after the mowing.',
      'Grass was cut before the fete, thank you.',
      'The hedge cut back before term starts?',
      'Tickets out every Monday at the shop.',
      'Kids up by six tomorrow for the school trip, so I will be shattered.',
      'Lovely job, bins emptied before the parade.',
    ],
  },
  {
    kind: "a payment held back on the writer's say-so",
    instruct: [
      ["The fencing contractor's invoice oughtn't to go through until the job is finished properly.", 'block'],
      ['Payment to the stonemason stands until I have inspected the lettering.', 'block'],
      ["The roofer's invoice isn't to be paid until I've been up the ladder myself.", 'block'],
      ['The cheque for the sign writer waits until the spelling is fixed.', 'warn'],
      ["The plumber's bill shouldn't go through till the leak has been fixed.", 'warn'],
      ["Payment for the benches mustn't go until the fixings are checked.", 'block'],
      ['The final payment to the landscapers stands until the turf takes.', 'none'],
      ['the electricians invoice isnt to go thru till the lights work', 'block'],
    ],
    innocent: [
      "My expenses claim shouldn't go in until I have the receipts.",
      "The grant payment won't arrive until March.",
      'Your invoice will be paid within 30 days, as usual.',
      "The payment can't go through until the bank reopens.",
      'The bill for the hall was paid last week.',
      'I think the invoice went through before the audit.',
      'Is the cheque for the band ready yet?',
      'The payment to the choir was made until last year.',
    ],
  },
  {
    kind: 'a job asked through the reader, or with a work word the verbs of saying also spell',
    instruct: [
      ['The poppy wreath stand is rusted. Have it shot-blasted and painted before the 11th.', 'block'],
      ["The reading room should be open on Saturday mornings from next month; I've already told the library volunteers.", 'none'],
      ['Can you get someone to look at the swings before half term?', 'block'],
      ['Could you ask the lads to see to the gate on the rec?', 'block'],
      ['Would you get Dave to check the lights in the pavilion?', 'block'],
      ['The shelter roof has rotted. Have it stripped and painted before winter.', 'block'],
      ["The pavilion bar opens at six on match days from now on; I've just told the cricket club.", 'block'],
      ['Will you ask the caretaker to look at the boiler in the hall?', 'block'],
    ],
    innocent: [
      'Graffiti on the bus shelter: someone sprayed and painted rude words on it.',
      'Dave has already told the volunteers the reading room is shutting.',
      'Can you get Dave to ring me?',
      'Can you get Sue to look at my expenses form?',
      'Could you ask Sue to check her emails, she owes me a reply?',
      "Mrs Finch has just told the paper the shelter's a disgrace.",
      'Would you get the caretaker to give me a call when he is free?',
      'Could you ask Dave to see to my parking permit?',
      'Can you get the clerk to check the spelling of my name on the list?',
    ],
  },
  {
    kind: 'the writer\'s order in the old forms, and a council act asked in text-speak',
    instruct: [
      ['It is my express wish that the chain of office be cleaned before the civic service.', 'warn'],
      ['I direct that the flags be flown at half mast on Monday.', 'block'],
      ['I insist that all the chairs be put out by seven.', 'none'],
      ['It is my wish that the mayoral car be polished before the parade.', 'block'],
      ['I require that the parlour be swept and aired before the reception.', 'none'],
      ['I direct that the memorial railings be repainted before Remembrance Sunday.', 'block'],
      ['can u order more bin bags for the litter pick?', 'block'],
      ['will u pls pay the band on the night?', 'block'],
    ],
    innocent: [
      'I require that the minutes be amended to show I voted against.',
      'I insist that my apologies be recorded.',
      'It is my wish to thank the clerk for her hard work.',
      'I insist that you be kind to yourself this week.',
      'can u tell me when the meeting is?',
      'I direct that members be patient with the new clerk, it is her first week.',
      'It is my fond wish that all the residents be happy this Christmas.',
      'will u be at the fete on saturday?',
    ],
  },
];

describe('instructions/councillor: more everyday requests for council work (issue #17)', () => {
  describe.each(KINDS)('$kind', ({ instruct, innocent }) => {
    it.each(instruct)('blocks to the clerk: %s', (body) => {
      expect(verdict(toClerk(body))).toBe('block');
    });
    it.each(instruct)('to a resident, as the addressee design gives: %s (%s)', (body, outside) => {
      expect(verdict(toResident(body))).toBe(outside);
    });
    it.each(innocent)('does not block to the clerk: %s', (body) => {
      expect(idsOf(councillor, toClerk(body))).toEqual([]);
    });
  });
});
