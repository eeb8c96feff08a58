// instructions/councillor (helper instr9): a block must be defensible sentence by sentence. Of the
// learnt judgement's candidates, only one that directs someone and leaves no choice blocks (directs in
// src/policy/rules/instructions/judged.ts): named work that must, is to or should be done, work the
// writer wants done, a go-ahead or promise passed on, someone named asked to do it, an imperative, or a
// request with a time set that names who is to do it. A candidate that directs no one (a bare note with
// a time, a wish in the conditional with no one asked, a question asking for a look) only warns
// (instructions/councillor-possible): the councillor is told what to check and may send anyway. All
// phrasings are the tests' own.
import councillor from '../../../src/policy/rules/instructions/councillor';
import possible from '../../../src/policy/rules/instructions/councillor-possible';
import { draft, learntIdsOf as idsOf, CLERK, CLLR } from '../../helpers/draft';
import type { MailDraft } from '../../../src/policy/types';

const CONTRACTOR = { name: 'Mark Hext', address: 'mark@hexthedging.example.co.uk' };
const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const toContractor = (body: string) => draft({ from: CLLR, to: [CONTRACTOR], body });
const blocks = (d: MailDraft) => idsOf(councillor, d);
const warns = (d: MailDraft) => idsOf(possible, d);

/** Each kind that now warns, to whom, with its neighbours that still block and those that are left alone. */
const KINDS: { kind: string; to: (body: string) => MailDraft; warn: string[]; block: string[]; ok: string[] }[] = [
  {
    kind: 'a bare note with a time, naming no work done and no one to do it',
    to: toClerk,
    warn: [
      // Moved from block (prec8's tables): a clerk could read each as the writer's reminder of a date.
      'Minutes out by Friday.',
      'Hall heating on before the quiz.',
      'Sandbags at the pavilion door before the rain.',
      'Road closure notice to the police today.',
      'Clerk, the county letter goes today.',
      'Newsletter with the printers this week.',
      'Poppy wreath at the memorial before Sunday.',
      'The grant form to the county tomorrow.',
      'Parish magazine piece by the weekend.',
    ],
    block: [
      'The minutes must be sent out by Friday.',
      'The road closure notice has to be sent to the police today.',
      'The agenda should be circulated to members by Wednesday.',
      'The contractor is to have the sandbags at the pavilion door before the rain.',
      'Caretaker to get the hall heating on before the quiz.',
      'Have the verges by the school cut before the open day.',
    ],
    ok: ["Back from my sister's by Friday.", 'Hospital again tomorrow, so no site visit.', 'Quiz night was a triumph before the storm hit.', 'Great turnout at the memorial on Sunday.', 'Home by six if anyone needs me.', 'Agenda to members by Wednesday.'],
  },
  {
    kind: 'a wish in the conditional, with no one asked',
    to: toClerk,
    warn: [
      // Moved from block (instructions-councillor.test.ts, 'a request in the conditional').
      "I'd be glad if a load of bark chippings went down on the allotment path this week.",
      "I'd be pleased if a few more chairs turned up in the hall before the quiz.",
      'It would be nice if the notice board had the new dates up before the fete.',
      "I'd be glad if the weather held for the fete this week.",
      'It would be nice if we had a bigger crowd before the judges come.',
      "I'd be pleased if you could join us at the quiz before Christmas.",
    ],
    block: [
      "I'd be glad if the lads could put bark chippings down on the allotment path this week.",
      'It would be lovely if the grounds team could gravel the car park before the show.',
      "I'd like the grass behind the school cut before sports day.",
      'I want the benches on the green varnished.',
      'I trust the flag will be flown at half mast on Friday.',
      "I'd like the contractor to start on the pavilion roof on Monday.",
    ],
    ok: ['It would be lovely if the sun came out before the show.', "I'd be delighted if more families came to the carols this year.", "I'd be delighted if new bulbs went in along the verge this autumn.", 'It would be lovely if some fresh gravel appeared on the car park before the show.', "I'd be happy if the flower tubs got some colour before the judges come.", "I'd be grateful if there were grit in the bin by the school before the frost."],
  },
  {
    kind: 'a question asking a contractor for a look by a day',
    to: toContractor,
    warn: [
      // Moved from block (instructions-councillor.test.ts; to the clerk it was left alone already).
      'Could somebody look at the gate before Saturday?',
      'Could you have a look at the fence by the rec before Saturday?',
      'Can you take a look at the gutters on the pavilion before the rain?',
      'Could somebody look at the leak in the hall before Friday?',
      'Could someone have a look at the swings before half term?',
      'Could you look into the streetlight by the church this week?',
    ],
    block: [
      'Could you strim the verge by the school before Saturday?',
      'Can you clear the gutters on the pavilion before the rain?',
      'Could you mend the fence by the rec before Friday?',
      'Can you empty the bins in the park before the parade?',
      'Could someone fix the leak in the hall before the quiz?',
      'Can you get the lads to strim round the memorial before Sunday?',
    ],
    ok: ['Could someone look at the sign on Mill Lane this week?', 'Could you look into the lights on the footpath before the clocks change?', 'Could you see if the bus shelter can be saved before winter?', 'Would you check whether the hall boiler is due a service before winter?'],
  },
];

describe('instructions/councillor: a block only where the sentence directs (instr9)', () => {
  describe.each(KINDS)('$kind', ({ to, warn, block, ok }) => {
    it.each(warn)('warns, does not block: %s', (body) => {
      expect(blocks(to(body))).toEqual([]);
      expect(warns(to(body))).toEqual([`possible@body:0-${body.length}`]);
    });
    it.each(block)('still blocks: %s', (body) => {
      expect(blocks(to(body))).toEqual([expect.stringMatching(/^(?:directive|commitment|judged)@body:0-/)]);
    });
    it.each(ok)('neither blocks nor warns: %s', (body) => {
      expect(blocks(to(body))).toEqual([]);
      expect(warns(to(body))).toEqual([]);
    });
  });

  it.each([
    "I've told the football club they can use the top pitch from Saturday.",
    'I said yes to the scouts having the hut for nothing.',
    "I've promised the WI the small hall at no charge.",
    "I've given the bowls club the go-ahead to put up a shed.",
    "I've told the tree surgeon to start on the yew next week.",
    "I've agreed with the caretaker that he'll lock up at ten from now on.",
  ])('a go-ahead or promise passed on still blocks: %s', (body) => {
    expect(blocks(toClerk(body))).toEqual([expect.stringMatching(/^(?:commitment|judged)@body:0-/)]);
  });
  it.each([
    'Would you kindly ask Gary to replace the broken slat on the bench.',
    'Please get the electrician to fix the timer on the pavilion lights.',
    'Check the pavilion gutters before the rain comes.',
    'Forward the county the signed lease by Friday.',
    'Could you ask the groundsman to roll the square.',
    'I expect the hall cleared of the jumble by six.',
  ])('someone named asked, an imperative or named work wanted still blocks: %s', (body) => {
    expect(blocks(toClerk(body))).toEqual([expect.stringMatching(/^(?:directive|judged)@body:0-/)]);
  });
});
