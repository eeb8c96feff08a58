// instructions/councillor: said to the council's own officers or members, a councillor's request
// blocks only when what it asks for is council work, money or a rule (councilWork and askedFor in
// src/policy/rules/instructions/councillor.ts), and only when someone is directed or it is settled
// (obligationForm in src/policy/rules/instructions/judged.ts): not a member's own matter or a kindness
// passed on, advice, a view the writer marks as theirs, a report of how things stand, the writer's
// questions, or a wish for the reader's good. Beside each kind, the nearest real instructions to an
// officer still block. The phrasings are the tests' own, in several voices (a blunt farmer, a retired
// headmistress, a text-speak newcomer, a pompous mayor, a fussy accountant), written by helper prec9.
import rule from '../../../src/policy/rules/instructions/councillor';
import possible from '../../../src/policy/rules/instructions/councillor-possible';
import { draft, CLERK, CLLR, RESIDENT, learntIdsOf } from '../../helpers/draft';

const COLLEAGUE = 'cllr.tom.baker@waretowncouncil.gov.uk';
const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const toColleague = (body: string) => draft({ from: CLLR, to: [COLLEAGUE], body });
const toResident = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });
const blocks = (body: string, to = toClerk) => learntIdsOf(rule, to(body)).length > 0;

describe('instructions/councillor: a request with no council work in what it asks (councilWork)', () => {
  it.each([
    'Call me if the contractor turns up early.',
    'Ring me when the surveyor has been, I want to hear how it went.',
    'Check your inbox, I have sent the photos of the blocked gully.',
    'Have a read of the attached before Tuesday if you get a minute.',
    'Ignore the bit about the benches in my last email, I got muddled.',
    'Go easy on the typing, the budget can wait a day.',
    'pls txt me when ur back in the office',
    'Do forgive the scrawl, I am writing this on the train.',
  ])('does not block %s', (body) => {
    expect(blocks(body)).toBe(false);
  });

  it.each([
    'Call the contractor and tell him to start on Monday.',
    'Ring the surveyor and book him for Tuesday.',
    'Check the pavilion roof before the rain comes.',
    'Have the benches on the green varnished before the fete.',
    'Pay the contractor as soon as his invoice comes in.',
    'Please order a skip for the litter pick on the 3rd.',
    'Order forty chairs for the civic service.',
    'Arrange the road closure with the police for the parade.',
  ])('still blocks %s', (body) => {
    expect(blocks(body)).toBe(true);
  });

  it('leaves a command without council work to the unsure tier (warn), not silence', () => {
    expect(blocks('Bring the raffle tickets tomorrow.')).toBe(false);
    expect(learntIdsOf(possible, toClerk('Bring the raffle tickets tomorrow.'))).toEqual(['possible@body:0-34']);
  });
});

describe("instructions/councillor: a member's own matter or a kindness passed on (MEMBER_OWN)", () => {
  it.each([
    'Send me the papers for Monday again, the link did not work on my tablet.',
    'Please forward me the email from the county about the bus shelter.',
    'Book me a place on the planning training in March.',
    'Please make sure my expenses claim goes in before the end of the month.',
    'Tell Sue thanks for the minutes, they were spot on.',
    'Give Margaret my best wishes when she is back.',
    'Thank the lads for the bunting, the square looked grand.',
    'Do pass on my congratulations to the deputy clerk on her exam.',
  ])('does not block %s', (body) => {
    expect(blocks(body)).toBe(false);
  });

  it.each([
    'Send the contractor the invoice today.',
    'Forward the county the signed contract by Friday.',
    'Book the contractor in for the pavilion roof.',
    'Make sure the contractor is paid before the end of the month.',
    'Tell Sue to pay the grass-cutting invoice today.',
    'Tell the bowls club they can have the pavilion for free this season.',
    'Tell the lads to take the bunting down on Monday.',
    'Pass on to the caretaker that the hall is to be locked by ten from now on.',
  ])('still blocks %s', (body) => {
    expect(blocks(body)).toBe(true);
  });
});

describe('instructions/councillor: advice and a view the writer marks as theirs (ADVICE, OWN_VIEW)', () => {
  it.each([
    'You might want to check with the insurers before the fete, just in case.',
    'You may want to ring Highways before Friday, they are quicker on the phone.',
    'It is worth asking the county about the drain before we spend anything.',
    'Worth a ring to the tree officer before the weekend.',
    'I think the car park lines want repainting, they have nearly worn away.',
    'Personally I think the shelter should be moved nearer the school.',
    'If you ask me, the noticeboard wants replacing altogether.',
    'For what it is worth, I feel the hall floor should be sanded.',
  ])('does not block %s', (body) => {
    expect(blocks(body)).toBe(false);
  });

  it.each([
    'You must check with the insurers before the fete.',
    'Ring Highways before Friday and report the drain.',
    'Ask the county to clear the drain before we spend anything.',
    'Get the tree officer out before the weekend.',
    'The car park lines are to be repainted next week.',
    'The shelter should be moved nearer the school before the new term.',
    'I want the noticeboard replaced by the end of the month.',
    'Have the hall floor sanded before the dance.',
  ])('still blocks %s', (body) => {
    expect(blocks(body)).toBe(true);
  });
});

describe('instructions/councillor: a report of how things stand, and the writer’s questions (NOT_ASKED, LEAD_IN)', () => {
  it.each([
    'The lights in the underpass are flickering again today.',
    'There is a lot of fly-tipping up by the recycling bins again this week.',
    'Still no grit in the bin on Hill Road this morning.',
    'The footpath sign at Mill Lane has been down since last week.',
    'A couple of queries on the accounts before Thursday:',
    'Some questions on the draft minutes before the meeting:',
    'Three things from my walk round the village today:',
    'The bus shelter keeps flooding every time it rains this week.',
  ])('does not block %s', (body) => {
    expect(blocks(body)).toBe(false);
  });

  it.each([
    'The lights in the underpass need fixing today.',
    'Get the fly-tipping by the recycling bins cleared this week.',
    'Get the grit bin on Hill Road filled this morning.',
    'Put the footpath sign at Mill Lane back up this week.',
    'Pay the auditor before Thursday.',
    'The draft minutes are to be published before the meeting.',
    'Make sure the bins are emptied today.',
    'The bus shelter is to be cleaned every week from now on.',
  ])('still blocks %s', (body) => {
    expect(blocks(body)).toBe(true);
  });
});

describe("instructions/councillor: a wish for the reader's good (POLITE_OPENERS)", () => {
  it.each([
    'Get well soon.',
    'Take care on those icy roads tonight.',
    'Rest up and do as the doctor says.',
    'Have a lovely break over Christmas, you have earned it.',
    'Enjoy your holiday, the parish will survive without you.',
    'Stay safe on the way home.',
    'Good luck with the audit on Tuesday.',
    'Happy birthday, hope the cake was good.',
  ])('does not block %s to a colleague', (body) => {
    expect(blocks(body, toColleague)).toBe(false);
  });

  it.each([
    'Get the grass cut soon.',
    'Get the bunting on the green taken down on Monday.',
    'Rest the mower, and then order a new blade for it.',
    'Have the hall heated for the carol service.',
    'Pay the bouncy castle man on the day of the fete.',
    'The pavilion is not to be opened until the club has signed.',
    'Get the grit bin filled before the frost.',
    'Put the Christmas lights up before the switch-on.',
  ])('still blocks %s to the clerk', (body) => {
    expect(blocks(body)).toBe(true);
  });
});

describe("instructions/councillor: the writer's side's own things, said outside (OWNED)", () => {
  it.each([
    "We'll need a table or two, but we can bring our own chairs.",
    'We will need power for the urn, though we can bring our own extension lead.',
  ])('does not block %s', (body) => {
    expect(blocks(body, toResident)).toBe(false);
  });
});
