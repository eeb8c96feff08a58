// Policy 4.3: "Emails which create obligations or give instructions on behalf of the Council must be
// sent by officers only, not Councillors." The addressee decides what counts as one. To the council's
// own officers, a councillor asking for council work is an instruction (instructions/councillor
// blocks, as before). To someone outside the council, a request is the council's only when it sets the
// council's people, money, say-so or work on what it owns in motion, or promises in its name; the
// reader's own affairs, a group's own event, a request for information or a meeting, and advice passed
// on instruct no one for the council. Work asked of an outsider whose owner the words do not name is
// this rule's (warn). Every sentence here is the writer's own phrasing; each "ok" one was blocked
// before the addressee decided.
import councillor from '../../../src/policy/rules/instructions/councillor';
import rule from '../../../src/policy/rules/instructions/councillor-possible';
import { draft, learntFindingsOf, learntIdsOf as idsOf, CLERK, CLLR, RESIDENT, STAFF, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import type { MailDraft } from '../../../src/policy/types';

const CONTRACTOR = { name: 'Mark Hext', address: 'mark@hexthedging.example.co.uk' };
const toResident = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });
const toContractor = (body: string) => draft({ from: CLLR, to: [CONTRACTOR], body });
const toGroup = (body: string) => draft({ from: CLLR, to: [{ name: 'Hollins WI', address: 'secretary@hollinswi.example.org.uk' }], body });
const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const blocks = (d: MailDraft) => idsOf(councillor, d);
const warns = (d: MailDraft) => idsOf(rule, d);
const whole = (kind: string) => (d: MailDraft) => [`${kind}@body:0-${d.body.text.length}`];

/** Kinds of a councillor's email to someone outside the council that instruct no one for the council. */
const NOT_FOR_THE_COUNCIL: { kind: string; to: (body: string) => MailDraft; bodies: string[] }[] = [
  {
    kind: "the reader's own affairs",
    to: toResident,
    bodies: [
      'You must put your objection in writing to the district before the 14th.',
      'You need to fill in the blue form for a dropped kerb and send it to the county.',
      'Please make sure you keep the receipt for the skip in case the district asks.',
      "You'll need to get your hedge cut back before the county does its survey in May.",
      'You have to register the dog with a microchip by law, the vet can do it.',
      'Make sure the smoke alarm in your flat is tested every month.',
      "You should send your photos to the district's enforcement team today.",
      'You must get your own skip licence from the county before it goes on the road.',
      'Make sure you tell the district the bin was missed three weeks running.',
    ],
  },
  {
    kind: "a group's own event",
    to: toGroup,
    bodies: [
      'Make sure your volunteers bring their own gloves and hi-vis on Saturday.',
      'The choir must be at the church by half six for the warm-up.',
      'Please ask your members to bring their own chairs to the picnic.',
      'Make sure your team brings the gazebo and the urn on Saturday.',
      'Please ask the parents to collect the children from the church at four.',
      "You'll need to bring your own float for the tombola stall.",
      'I need your band to arrive by seven for the sound check.',
      "Please tell your helpers to wear something warm, it's outdoors.",
      "You must have your own insurance for the bonfire, the council's doesn't cover it.",
    ],
  },
  {
    kind: 'a request for information, or a meeting or surgery arranged',
    to: toResident,
    bodies: [
      'You must come to my surgery on Saturday, bring the letters with you.',
      'I need you to send me the photos before I raise it at the meeting.',
      'Make sure you come along to public questions on the 9th, you get three minutes.',
      'I need you to tell me the exact dates the lights were out.',
      'You must let me know by Friday if you want me to raise it.',
      'Please make sure you send me the reference so I can chase it.',
      'Make sure you bring the letters to my surgery on Saturday morning.',
      'I want you to come to the meeting and tell them what you told me.',
    ],
  },
  {
    kind: 'advice passed on',
    to: toResident,
    bodies: [
      'Get a second quote before you sign anything with that firm.',
      "You must check the deeds before you move the fence, that's what the solicitor said.",
      'Make sure you keep a diary of the noise, the district will ask for it.',
      'You need to speak to Citizens Advice about the rent arrears first.',
      'Please make sure you ring 999 if you see anyone at the allotment sheds at night.',
      "Make sure you get three quotes for your roof, the grant won't pay otherwise.",
      'You must tell your insurer about the flood before you start clearing up.',
      'You need to ask your landlord to fix the damp before it gets worse.',
    ],
  },
];

/** Said to someone outside the council, these act for it or commit it: a block, and the same to the clerk. */
const FOR_THE_COUNCIL: [name: string, to: (body: string) => MailDraft, body: string][] = [
  ['a contractor told to start, at the usual rate', toContractor, 'You can start on the verges on Monday, the usual rate applies.'],
  ['work on a council green asked of a contractor', toContractor, 'Please get the grass on the rec cut before the gala.'],
  ['an invoice promised payment', toContractor, "Invoice the council for the extra visit and I'll make sure it's paid."],
  ['work on a council shelter wished for', toContractor, "I'd like the bus shelter glass replaced before the school term starts."],
  ['a standing order for the verges', toContractor, 'The verges on Mill Lane are to be cut before the show, not after.'],
  ["work held back on the writer's say-so", toContractor, "Don't start on the war memorial until I've seen the method statement."],
  ["the council's hall promised free", toGroup, 'The WI can have the hall free of charge for their centenary.'],
  ['the pavilion promised free to a group', toGroup, 'Your lads can use the pavilion kitchen every Saturday, no charge.'],
  ['the caretaker set to work through a resident', toResident, 'Tell the caretaker to unlock the pavilion for you at six.'],
  ['a resident promised the pothole filled', toResident, "We'll get the pothole by your gate filled before the weekend."],
];

describe('instructions/councillor: the addressee decides', () => {
  describe.each(NOT_FOR_THE_COUNCIL)('to someone outside the council, $kind', ({ to, bodies }) => {
    it.each(bodies)('is neither blocked nor warned: %s', (body) => {
      expect(blocks(to(body))).toEqual([]);
      expect(warns(to(body))).toEqual([]);
    });
  });

  it.each(FOR_THE_COUNCIL)('blocks, to someone outside the council: %s', (_name, to, body) => {
    expect(blocks(to(body))).toEqual([expect.stringMatching(/^(?:directive|commitment|judged)@body:0-/)]);
    expect(warns(to(body))).toEqual([]);
  });
  it.each(FOR_THE_COUNCIL)('blocks, the same to the clerk: %s', (_name, _to, body) => {
    expect(blocks(toClerk(body))).toEqual([expect.stringMatching(/^(?:directive|commitment|judged)@body:0-/)]);
  });

  // Promises and prices in the council's name go to the outsider they bind, not the clerk.
  const tester = ruleTester(councillor, { level: 'block', config: learntPolicy() });
  tester.flags<MailDraft>(
    [
      ['a price accepted', toContractor('Your price of £1,800 for the fencing is fine by me, go ahead.'), whole('commitment')],
      ['a resident told the council will clear their hedge', toResident("The council will clear your hedge by Friday, I've sorted it."), whole('commitment')],
      ['the hedge promised for next week', toResident('We will sort the hedge along your side of the lane next week.'), whole('commitment')],
      ['a contractor told the parish will pay', toContractor('Go ahead and do the hedges up the lane next week, the parish will settle up with you after Christmas.'), whole('directive')],
      ['a vague wish about the pavilion named just before', toContractor('Still dripping through the ceiling of the pavilion. I want it sorted before Friday.'), ['judged@body:52-83']],
    ],
    'promises and go-aheads to outsiders: %s',
  );
  tester.accepts<MailDraft>(
    [
      ['a promise to fix a date', toResident("We'll have a date for the meeting soon, I'll let you know.")],
      ['what we will do at the meeting', toResident("We'll discuss the hedge on Tuesday and I'll let you know what's decided.")],
      // Was a block before: a contractor's own draft invoice corrected names no council work.
      ["a correction of the contractor's own invoice", toContractor('The figures on the draft invoice are wrong. Change it.')],
    ],
    'not promises: %s',
  );
});

describe('instructions/councillor-possible', () => {
  const tester = ruleTester(rule, { level: 'warn', config: learntPolicy() });
  const possible = (d: MailDraft) => [`possible@body:0-${d.body.text.length}`];
  // Work asked of someone outside the council whose owner the words do not name. The first five were
  // blocks to a contractor; on their own they could be the reader's own job as well as the council's.
  const unsure: [string, string][] = [
    ['a vague wish', 'I want it sorted before Friday.'],
    ['"I\'d like it sorted"', "I'd like it sorted before the spring."],
    ['"I expect it to be resolved"', 'I expect it to be resolved by Friday.'],
    ['"I want this sorted out"', 'I want this sorted out by the end of the month.'],
    ['"the work will be finished by…"', 'I expect the work will be finished by the end of the month.'],
    ['a fridge taken away', 'Please get the old fridge taken away before the weekend.'],
    ['broken glass cleared', 'The broken glass needs clearing up today.'],
    ['a lamp fixed', "I'd like the lamp by the surgery fixed this week."],
  ];
  tester.flags<MailDraft>(
    unsure.map(([name, body]) => [name, toContractor(body), possible] as const),
    'warns, to a contractor: %s',
  );
  tester.flags<MailDraft>(
    unsure.map(([name, body]) => [name, toResident(body), possible] as const),
    'warns, to a resident: %s',
  );
  it.each(unsure)('never blocks to an outsider: %s', (_name, body) => {
    expect(blocks(toContractor(body))).toEqual([]);
  });
  // To the clerk, work named is the instruction 4.3 forbids (the first four raise a problem and name no act).
  it.each(unsure.slice(4))('blocks the same to the clerk: %s', (_name, body) => {
    expect(blocks(toClerk(body))).toEqual([expect.stringMatching(/^(?:directive|judged)@body:0-/)]);
  });

  tester.accepts<MailDraft>(
    [
      ['the same to the clerk (instructions/councillor decides)', toClerk("I'd like the lamp by the surgery fixed this week.")],
      ['from the clerk', draft({ from: CLERK, to: [CONTRACTOR], body: 'Please get the old fridge taken away before the weekend.' })],
      ['from staff', draft({ from: STAFF, to: [RESIDENT], body: 'The broken glass needs clearing up today.' })],
      ['a sure instruction (instructions/councillor blocks)', toContractor('Please get the grass on the rec cut before the gala.')],
      ["the reader's own work", toResident("You'll need to get your hedge cut back before the county does its survey in May.")],
      ['a question', toContractor('Could you let me know when the work will be finished?')],
    ],
    'accepts: %s',
  );

  it('says what, why (4.3) and what to do, quoting the sentence', () => {
    const [f] = learntFindingsOf(rule, toResident('The broken glass needs clearing up today.'));
    expect(f.message).toContain("may read as asking someone to act on the Council's behalf");
    expect(f.message).toContain('"The broken glass needs clearing up today."');
    expect(f.message).toContain('(4.3c)');
    expect(f.message).toContain('ask the Clerk');
  });
});
