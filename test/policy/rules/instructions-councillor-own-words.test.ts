// instructions/councillor: a councillor's own words, told apart from an instruction on the council's
// behalf (4.3c), by kind (helper prec10, from the fifth fresh set's read half; the phrasings are the
// tests' own, in several voices: a lorry driver typing in lower case, a retired magistrate, a nurse
// between shifts, a student, a shopkeeper whose first language is not English). Each kind beside the
// nearest real instructions, which still block:
//  - the earlier message a reply quotes below an Outlook header block or an "On … wrote:" line, when
//    the reply goes as a new message (the learnt judgement leaves someone else's words alone);
//  - a well-wish ("Get some rest this weekend, you've earned it");
//  - the items of a list the writer leads in as their own plan or as how a scheme works;
//  - what someone is already doing ("Sarah our clerk is sending you the risk assessment this week");
//  - what the writer told someone of their own doing ("I've told her I've sent it to the office");
//  - a guess at how the readers feel ("you both must be shattered");
//  - an officer's title in a signature ("Clerk to Saddleworth Parish Council").
import rule from '../../../src/policy/rules/instructions/councillor';
import possible from '../../../src/policy/rules/instructions/councillor-possible';
import { draft, CLERK, CLLR, RESIDENT, learntIdsOf } from '../../helpers/draft';

const COLLEAGUE = 'cllr.tom.baker@waretowncouncil.gov.uk';
const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const toResident = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });
const toColleague = (body: string) => draft({ from: CLLR, to: [COLLEAGUE], body });
const blocks = (d: ReturnType<typeof draft>) => learntIdsOf(rule, d).length > 0;

const OUTLOOK = (from: string, text: string) => `From: ${from}\nSent: 03 December 2026 10:12\nTo: Cllr Ada Lovelace\nSubject: Re: your email\n\n${text}`;
const ON_WROTE = (from: string, text: string) => `On 4 Dec 2026, at 19:40, ${from} wrote:\n> ${text}`;

describe('instructions/councillor: the earlier message quoted below a reply sent as a new message', () => {
  it.each([
    ['Thanks Reverend, I will bring the tree on Saturday.', OUTLOOK('Revd Jane Okafor', 'Trees need to be in the church by Saturday 12th, and decorated by the Sunday.')],
    ['Passing this on, over to you.', OUTLOOK('Mrs P Hale', 'The hedge by the bus stop needs cutting back before the children go back to school.')],
    ['Noted, thank you.', OUTLOOK('Greenway Landscapes', 'The contractor will start on the verges on Monday and the cones are to stay out until Friday.')],
    ['will do mate', ON_WROTE('Dave Price', 'The gate on the rec must be locked by 9pm from now on.')],
    ['Happy to help, see you at the hall.', ON_WROTE('Hetton Scouts', 'The hall is to be left as found, chairs stacked by ten.')],
    ['I agree with Mr Ali, it is a mess.', OUTLOOK('Mr Imran Ali', 'I want the graffiti on the underpass cleaned off before the Remembrance parade.')],
    ['Forwarding for the file.', OUTLOOK('Joanne Pickersgill', 'Dear Councillors,\nPlease send me your casework by Wednesday lunchtime.\nKind regards,\nJoanne Pickersgill\nClerk to Saddleworth Parish Council')],
    ['ok thanks', ON_WROTE('Sally Burns', 'The skip needs to be gone from the green before the fair arrives on Thursday.')],
  ])('accepts %s (quoting another)', (own, quoted) => {
    expect(learntIdsOf(rule, toResident(`${own}\n\n${quoted}`))).toEqual([]);
    expect(learntIdsOf(rule, toClerk(`${own}\n\n${quoted}`))).toEqual([]);
  });

  it.each([
    // the same obligations in the writer's own words, above the quote
    ['Trees need to be in the church by Saturday 12th, and decorated by the Sunday.', OUTLOOK('Revd Jane Okafor', 'Who will bring the tree?')],
    ['I want the graffiti on the underpass cleaned off before the Remembrance parade.', OUTLOOK('Mr Imran Ali', 'Is anyone doing anything about the underpass?')],
    ['The gate on the rec must be locked by 9pm from now on.', ON_WROTE('Dave Price', 'What time do we lock up?')],
    ['The skip needs to be gone from the green before the fair arrives on Thursday.', ON_WROTE('Sally Burns', 'When is the skip going?')],
    ['Order the grit today please.', OUTLOOK('Mrs P Hale', 'The grit bin on Mill Lane is empty.')],
    ['Get the lads to cut the hedge by the bus stop this week.', OUTLOOK('Mrs P Hale', 'The hedge is over the path.')],
    // a header a person types, not a client's block (no Sent: or Subject:), hides nothing
    ['From: me\nThe contractor is to start on the verges on Monday.', ''],
    ['Ignore the last one.\nFrom: Cllr Lovelace\nThe hall is to be left as found, chairs stacked by ten.', ''],
  ])('flags %s (the writer’s own)', (own, quoted) => {
    expect(blocks(toClerk(quoted ? `${own}\n\n${quoted}` : own))).toBe(true);
  });
});

describe('instructions/councillor: a well-wish', () => {
  it.each([
    "Get some rest this weekend, you've earned it.",
    'Put your feet up tonight, the fireworks were a triumph.',
    'Have a lovely Christmas, both of you, and thanks for the wreaths.',
    'Take care, see you at full council.',
    'Enjoy your break in Whitby, the minutes can wait.',
    'have a proper rest over the bank holiday, you deserve it after the gala',
    'Take it easy this week after all that with the road closure.',
    'Look after yourself, that cold sounded nasty.',
    'Have a good weekend, the lights looked wonderful on the green.',
  ])('accepts %s', (body) => {
    // After a thank-you that names the council's work (the wreaths, the road closure): neither a block nor a warning.
    const email = `Thanks for Sunday, the road closure went smoothly and the wreaths were all there on time. ${body}`;
    for (const d of [toClerk(email), toResident(email)]) expect([...learntIdsOf(rule, d), ...learntIdsOf(possible, d)]).toEqual([]);
  });

  it.each([
    'Take care of the invoice from Greenways today.',
    'Have a good weekend, and order the grit before Monday.',
    'Enjoy your break, but get the verges cut first.',
    'Have the lads put the bunting up this weekend.',
    'Have the lads take the Christmas tree down this weekend.',
    'Tell the contractor to start on Monday, and have a word with him about the cones.',
    'Get some quotes for the pavilion roof this week.',
    'Put the feet back on the bench by the war memorial.',
    'Have a lovely Christmas, and pay the roofer before you go.',
  ])('flags %s', (body) => {
    expect(blocks(toClerk(body))).toBe(true);
  });
});

describe("instructions/councillor: a list of the writer's own plan, or of how a scheme works", () => {
  it.each([
    [toColleague, 'My plan for Thursday:\n1. support the budget;\n2. ask whether the £5,000 for the skate park can be earmarked;\n3. vote against the planters.'],
    [toColleague, "I'm going to:\n- propose we defer the precept item\n- second Jan's motion on the £800 for the defib cabinet"],
    [toClerk, 'What I intend to do at the meeting:\n1. raise the £2,000 for the youth club;\n2. ask for the allotment rents to be frozen.'],
    [toColleague, 'my thinking for the finance committee:\n1) query the £450 for the hanging baskets\n2) push for the grant to the foodbank'],
    [toResident, 'I can tell you how it works:\n1. The form is on the council website.\n2. The most you can ask for is £500.\n3. You need the last accounts signed by your treasurer.'],
    [toResident, 'How the small grants scheme works:\n1. Apply by 31 January.\n2. You need two quotes for anything over £100.\n3. Send the receipts afterwards.'],
    [toColleague, 'I will:\n1. ask the chair to take item 9 first\n2. propose £3,000 for the war memorial railings'],
    [toResident, 'Happy to explain how the hall hire scheme works:\n- Book through the office.\n- You need your own insurance for events over 50 people.\n- Pay the deposit when you book.'],
  ])('accepts %#', (to, body) => {
    expect(learntIdsOf(rule, to(body))).toEqual([]);
  });

  it.each([
    'Could you:\n1. order the grit;\n2. pay the roofer £450.',
    'I need you to:\n1. book the hall for the 12th\n2. pay the deposit.',
    "I've asked the clerk to:\n1. order the paint;\n2. get the railings done by Friday.",
    'Actions:\n1. Order the grit.\n2. Pay the roofer £450.',
    'For the office:\n- cancel the skip\n- pay the scouts the £200 for the litter pick',
    'Two things:\n1. Get the verges cut by Friday.\n2. Pay Greenways.',
    'My plan for Thursday:\nYou order the grit and pay the roofer today.',
    'How it works: the clerk is to pay the roofer £450 today.',
  ])('flags %#', (body) => {
    expect(blocks(toClerk(body))).toBe(true);
  });
});

describe('instructions/councillor: what someone is already doing, or what the writer told someone they did', () => {
  it.each([
    'the green will be lit from 4.30 and sarah our clerk is sending you the risk assessment this week.',
    'Our caretaker is putting the chairs out for you before Saturday.',
    "The office is posting the hire forms to you this week.",
    'The clerk is chasing the county about your streetlight this week.',
    "I've told her I've sent it to the office.",
    'I told Mr Hussain I had passed his letter to the clerk.',
    "I've told them I'm raising it at full council.",
    'I said to the school I was at the meeting when it was agreed.',
  ])('accepts %s', (body) => {
    expect(learntIdsOf(rule, toResident(body))).toEqual([]);
    expect(learntIdsOf(rule, toClerk(`Hi Gwen,\nPassing this on from a mum at the school gate. ${body}\nThanks`))).toEqual([]);
  });

  it.each([
    "I've told the contractor he can start on the verges on Monday.",
    "I told her we'd sort the hedge by Friday.",
    "I've told the scouts they can have the hall for nothing this week.",
    'The clerk is to send the scouts the hall keys before Friday.',
    'The caretaker will open the hall for the scouts at six this week.',
    'Clerk to order the grit before Monday.',
    "I've told Greenways the price is fine, so they can start this week.",
    'You are sending the risk assessment to the choir this week, and the lads are to put the barriers out.',
  ])('flags %s', (body) => {
    expect(blocks(toClerk(body))).toBe(true);
  });
});

describe('instructions/councillor: a guess at how the readers feel, and an officer’s title', () => {
  it.each([
    "Catherine and Yusuf, the switch-on was the best in years, you both must be shattered so have a good weekend and put your feet up, you've earned it",
    'Great work on the fete, you all must be worn out, the field looked superb.',
    'Thanks for the Remembrance parade, you two must be exhausted after the road closure.',
    'Brilliant market day, you both must be relieved the rain held off for the stalls.',
    'Regards,\nJoanne\nClerk to the Council',
    'Kind regards\nPeter Lund\nClerk to Hetton Town Council',
    'Best wishes,\nAnn Moss\nRFO to the Burial Board',
    'Thanks,\nDeputy Clerk\nClerk to Holme Valley Parish Council',
  ])('accepts %s', (body) => {
    expect(learntIdsOf(rule, toClerk(body))).toEqual([]);
  });

  it.each([
    'The chairs must be set out in the hall by six, you both know where they go.',
    'You all must have the stalls cleared off the green by five.',
    'Clerk to update the website before Friday.',
    'Clerk to pay the roofer today.',
    'RFO to pay the Greenways invoice this week.',
    'Office to send the allotment letters out today.',
    'The hall must be cleared by the lads before the council meeting.',
    'The caretaker is to lock the pavilion at nine from now on.',
  ])('flags %s', (body) => {
    expect(blocks(toClerk(body))).toBe(true);
  });
});
