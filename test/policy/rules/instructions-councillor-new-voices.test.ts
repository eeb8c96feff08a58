// instructions/councillor (helper instr11): six kinds of a councillor's instruction in the words new
// writers use (issue #17, 4.3c), found on instr11's own set (test/fixtures/instructions-new-voices),
// each in phrasings of the tests' own beside as many innocent neighbours of the same shape:
//  - a go-ahead passed on to whoever does the work ("Told the hedge man he can do the churchyard side
//    Thursday", "I've said to Mr Penrose, who does a little joinery, that he may mend the lychgate");
//  - the council's money committed in plain words ("…council to pay", "he should invoice the council",
//    "the council will settle it");
//  - a request in the subjunctive ("Might I ask that the cabinet be inspected before the fun run");
//  - who is to do what, laid down ("The litter pickers are to use the blue sacks");
//  - an expectation that names work ("I would expect the grass to be cut before Remembrance Sunday"),
//    not one that foretells a crowd, a delay or a view ("I'd expect the hall to be busy on Saturday":
//    that no longer blocks);
//  - work to have done, asked in a question or the conditional ("I'd be grateful if you'd have the lamp
//    replaced this week", "have the new goalposts put in by sat?").
import councillor from '../../../src/policy/rules/instructions/councillor';
import { draft, learntIdsOf as idsOf, CLERK, CLLR } from '../../helpers/draft';
import type { MailDraft } from '../../../src/policy/types';

const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const blocks = (d: MailDraft) => idsOf(councillor, d);

const KINDS: { kind: string; ok: string[]; block: string[] }[] = [
  {
    kind: 'a go-ahead passed on to whoever does the work',
    ok: [
      'I said to Pam that she could come to the meeting if she wanted.',
      'Told the lads from the football club they can ask the clerk about hiring the pitch.',
      "Let me know if he can do the hedge on Friday, I'd like to be there.",
      'I said to the chap from the paper that he could ring the office for the figures.',
      'Told Margaret she can email the clerk direct about her allotment.',
      'I told him he can do whatever he likes with his own hedge.',
      'I told the new councillor she can sit in on the planning committee next week.',
    ],
    block: [
      'Told Gary he can paint the railings next week.',
      'I said to Mr Okoro, who has the van, that he could clear the ditch on Monday.',
      'told the plumber he can fix the urinals tomorrow',
      'Let the sweep know he can do the chimney in the reading room whenever suits.',
      "I've said to the lad with the strimmer that he may do the cemetery paths on Thursday.",
      'Told the fencing firm they can start on the play area once the ground dries out.',
      'I said to Bob, the one who did the bus shelter, that he can mend the bench by the pond.',
    ],
  },
  {
    kind: "the council's money committed in plain words",
    ok: [
      'Does the contractor invoice the council monthly or quarterly?',
      "If the damage was the contractor's fault, the council shouldn't have to pay.",
      "It's not for the council to pay for private drives.",
      'Who pays for the bus shelter, us or the county council?',
      'Was the council invoiced for the extra visit in March?',
      'The grant goes straight to the football club, not through the council.',
      'I paid for the raffle prizes myself, so nothing to claim.',
    ],
    block: [
      'Said yes to the tree man, two hundred quid, council to pay.',
      "He's to send the bill to the council.",
      'The electrician can bill the council direct.',
      'The council will settle it.',
      "I've told the florist she should invoice the parish council for the wreaths.",
      'Sorted the marquee with Dave, he can invoice the town council after the fete.',
      'Said yes to the disco for the youth club night, council to foot the bill.',
    ],
  },
  {
    kind: 'a request in the subjunctive',
    ok: [
      'May I ask that my apologies be recorded for Tuesday.',
      'Might I ask that the minutes be amended to show I abstained.',
      'May I ask that the item be deferred to the next meeting.',
      'I would ask that members be given more time to read the papers.',
      'Might I ask that the matter be discussed at full council?',
      "I'd ask that the report be circulated to all members before the meeting.",
    ],
    block: [
      'May I ask that the hall heating be left on for the Brownies on Thursday.',
      'I would ask that the verges on Mill Lane be cut before the village show.',
      'Could I ask that the notice on the bus shelter be taken down this week?',
      "I'd ask that the skip be removed from the green by Monday.",
      'I ask that the railings by the pond be painted before the parade.',
      'Might I ask that the cemetery gates be locked at dusk from now on.',
    ],
  },
  {
    kind: 'who is to do what, laid down',
    ok: [
      'The plan is to use the hall for the craft fair.',
      'The aim is to keep the cost under £500.',
      'The committee is to meet again in March.',
      'The mayor is to open the fete at two.',
      'Are the scouts to use the hall again this year?',
      'All that remains is to sign the lease at the next meeting.',
      'The idea for the youth club is to use the pavilion on Fridays.',
    ],
    block: [
      'Hirers are to take their rubbish home with them.',
      'The contractor is to park on the road, not the verge.',
      'The cleaners are to lock the side door when they leave.',
      'From now on the bowls club are to use the side entrance.',
      'Dog walkers are to keep to the path across the wildflower meadow.',
      'The lads doing the bonfire are to clear up the ash by Monday.',
    ],
  },
  {
    kind: 'an expectation that names work, not one that foretells',
    ok: [
      "I'd expect the hall to be busy on Saturday.",
      "I'd expect the car park to be packed on Saturday.",
      'I expect the council will be criticised in the paper next week.',
      "I'm expecting the hall to be full for the quiz on Friday.",
      'I would expect the county to object to the planning application before Christmas.',
      "I'd expect the bus to be late again on Monday, it always is.",
    ],
    block: [
      'I would expect the bins on the green to be emptied before the fete.',
      'I would expect the noticeboard to be updated this week.',
      "I'd expect the contractor to sweep up after himself before the fete.",
      'I would expect the grass around the war memorial to be cut before Remembrance Sunday.',
      "I'd expect the verges by the school to be strimmed before term starts.",
      'I would expect the gritting to be done before the frost this week.',
    ],
  },
  {
    kind: 'work to have done, asked in a question or the conditional',
    ok: [
      'Could you get my expenses form sorted when you have a moment?',
      "Can you have a look at the drain when you're passing?",
      'Have the bins been emptied yet?',
      'Have the lads cleared up by now?',
      'Could you have the minutes ready for me by Thursday?',
      'If you could get my name put down for the training, that would be lovely.',
    ],
    block: [
      'Could you have the bench by the pond repaired before the summer?',
      "I'd be grateful if you'd have the broken light in the pavilion porch replaced this week.",
      'have the new nets put in by fri?',
      'Would you have the leaves on the path to the church cleared before Sunday?',
      'Can you get the dripping tap in the hall kitchen fixed before the wedding?',
      'get the litter bins by the shop emptied before the market pls',
    ],
  },
];

describe("instructions/councillor: instructions in new writers' words (instr11)", () => {
  describe.each(KINDS)('$kind', ({ ok, block }) => {
    it.each(ok)('does not block: %s', (body) => {
      expect(blocks(toClerk(body))).toEqual([]);
    });
    it.each(block)('blocks: %s', (body) => {
      expect(blocks(toClerk(body))).toEqual([expect.stringMatching(/^(?:directive|commitment|judged)@body:0-/)]);
    });
  });

  it("the issue's instructions still block", () => {
    for (const body of [
      "I'd like the bus shelter repainted before the Remembrance parade.",
      'The planters should be moved to the library wall by the end of the month.',
      'Could you make sure the contractor uses the green bins from now on?',
      "Don't let them start on the pavilion roof until I've seen the quote.",
      'The footpath gate is to be padlocked overnight from now on.',
      "I've told the window cleaner he can start on Tuesday at his usual rate.",
    ])
      expect(blocks(toClerk(body))).toHaveLength(1);
  });
});
