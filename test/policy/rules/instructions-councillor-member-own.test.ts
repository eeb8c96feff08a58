// instructions/councillor: a member's own affairs asked of the office (MEMBER_OWN in
// src/policy/rules/instructions/councillor.ts) — their own record or details, word of themselves
// passed on, a question passed on — are the office's service to a member, not an instruction on the
// council's behalf (4.3c). Beside each, the nearest real instructions to the clerk still block. The
// phrasings are the tests' own, in several voices (a blunt farmer, a retired headmistress, a text-speak
// newcomer, a pompous mayor); the kind was noticed by helper prec8 in its own phrasings.
import rule from '../../../src/policy/rules/instructions/councillor';
import { draft, CLERK, CLLR, RESIDENT, learntIdsOf } from '../../helpers/draft';

const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const toResident = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });

describe("instructions/councillor: a member's own affairs, asked of the clerk", () => {
  it.each([
    // their own record or details
    'Put my name down to speak on item 7.',
    'Update my register of interests, I have joined the allotment society.',
    'Change my email address on the councillor list to the new one.',
    'pls update my phone number on the website, old one is dead',
    'Kindly amend my entry in the members’ handbook; I am no longer a governor.',
    'Also, correct my surname on the nameplate, it has two Ls.',
    // word of themselves passed on
    "Tell Sue I'll be ten minutes late tonight.",
    "Please tell the Mayor I'm running late, the A10 is shut.",
    "tell Jas i'm stuck at work, start without me",
    "Let the chairman know I can't make Thursday, lambing.",
    'Please let the committee know I will be abroad for the March meeting.',
    "Tell the vice-chair I have to leave at eight.",
    // a question passed on
    'Ask Dave if he still wants the old minutes.',
    'Could you ask Priya if she has the keys to the scout hut?',
    'Ask the footpath warden whether he walked the Mead route this month.',
    'Just ask Mrs Okonkwo if she would like a copy of the plan.',
  ])('accepts %s', (body) => {
    expect(learntIdsOf(rule, toClerk(body))).toEqual([]);
  });

  it.each([
    // the council's own work, records or rules
    'Update the website with the new opening times.',
    'Put the bins out on Thursday.',
    'Change the locks on the pavilion.',
    'Remove the old noticeboard from the green.',
    'Add the bus shelter to the contractor’s list.',
    // a message that instructs
    'Tell the contractor to start on Monday.',
    'Tell the grounds team I want the verge cut by Friday.',
    'Tell Dave he can use the hall for free.',
    // a question passed on with council work in it
    'Ask the contractor if he can start Monday and book him in.',
    'Ask the caretaker to open the hall at six.',
  ])('flags %s', (body) => {
    expect(learntIdsOf(rule, toClerk(body)).length).toBeGreaterThan(0);
  });

  it('reads the same words to a resident as it did before: no instruction for the council', () => {
    expect(learntIdsOf(rule, toResident("Tell Sue I'll be ten minutes late tonight."))).toEqual([]);
  });
});
