// instructions/councillor (helper instr10): four kinds of a councillor's ordinary email to the office
// that read as an instruction but direct no one on the council's behalf (4.3c), each in phrasings of
// the tests' own, beside true instructions of the same shape that must still block:
//  - the "you" of anyone who goes that way, getting past a nuisance ("…so overgrown you have to step
//    into the road"): a report of the nuisance, not a job for the reader (the "you must / have to" cue);
//  - a resident's or group's question passed on in the past tense ("The craft group asked if they can
//    use the hall…"): raising a matter, unless the writer answers it in the same sentence;
//  - a reassurance passed on to someone ill or away ("…tell him not to worry about the minutes"): a
//    kindness, unless an order follows it;
//  - what is left, made light of ("I'll pop my claim in Monday, it just needs signing"): the writer's own
//    paper on its way in as often as not, so never sure; with a time set for it ("The lease just needs
//    signing before Friday") it warns. "The cheques need signing", "…just needs signing by the chair" block.
import councillor from '../../../src/policy/rules/instructions/councillor';
import possible from '../../../src/policy/rules/instructions/councillor-possible';
import { draft, learntIdsOf as idsOf, CLERK, CLLR } from '../../helpers/draft';
import type { MailDraft } from '../../../src/policy/types';

const toClerk = (body: string) => draft({ from: CLLR, to: [CLERK], body });
const blocks = (d: MailDraft) => idsOf(councillor, d);
const warns = (d: MailDraft) => idsOf(possible, d);

const KINDS: { kind: string; ok: string[]; block: string[] }[] = [
  {
    kind: 'the "you" of anyone getting past a nuisance',
    ok: [
      'The pavement by the school is so overgrown you have to step into the road.',
      'The stile on the top field is broken, you need to climb over the fence instead.',
      "There's a puddle right across the entrance to the rec, you have to wade through it.",
      'The hedge on Mill Lane is that wide you must walk in the road.',
      'The branches by the lych gate hang so low you have to duck.',
      '- nettles either side of the boardwalk, you have to squeeze past sideways',
      'Since the fence came down you have to climb up the bank to get to the allotments.',
    ],
    block: [
      'You have to cut the brambles back on the creek path before Saturday.',
      'You need to get the kissing gate rehung this week.',
      'You must walk the footpath with the contractor before we pay him.',
      'You need to step in and stop the contractor before he fells the oak.',
      'You have to clear the path near the old barge before the walk on Sunday.',
      'The brambles are across the path, you have to get them cut back this week.',
      'You have to lock the pavilion gate every night from now on.',
      'The footpath is blocked by brambles, so you need to get the contractor out to cut them before Sunday.',
    ],
  },
  {
    kind: "a resident's or group's question passed on",
    ok: [
      'Two of the allotment holders asked if they can have a water butt each.',
      'The youth club leader asked whether they could use the pavilion on Friday nights.',
      'A couple of the dog walkers wanted to know if they can park in the hall car park on Sunday mornings.',
      'The bowls club were asking if they may keep their mower in the shed over winter.',
      'The Brownies wondered whether they could have the hall for nothing for their carol evening.',
      'One of the stallholders asked me if she can use the pavilion toilets on market days.',
      'The running club asked can they store their cones in the pavilion.',
    ],
    block: [
      "The craft group asked if they can use the hall cheaper in winter, and I've told them they can.",
      'The WI asked about the hall rate, and I\'ve agreed they can have it at half price.',
      'The ladies from the craft group can use the village hall at half price this winter.',
      'The craft group can have the hall for free on Tuesdays.',
      'Tell the craft group they can use the hall cheaper in winter.',
      'The allotment holders asked for water butts; order six before the spring.',
    ],
  },
  {
    kind: 'a reassurance passed on to someone ill or away',
    ok: [
      'Tell him not to worry about the minutes.',
      "Please tell Sue not to worry about the accounts while she's off.",
      'Give him my best and tell him not to fret about the audit.',
      'Best wishes to your mum, and tell her not to worry about the allotment rent.',
      "Sorry to hear Dave's laid up, tell him there's no rush with the allotment survey.",
      "Hope she's on the mend soon, and let her know not to worry about the newsletter.",
      "Poor Mike, tell him not to fret about the website while he's in hospital.",
    ],
    block: [
      "Tell him not to pay the roofer until I've seen the quote.",
      'And tell him not to let the scouts have the hall again.',
      'Tell the caretaker not to unlock the pavilion for the football club.',
      'Get well soon, and tell him to get the minutes out by Friday.',
      'Give him my best, and tell him to book the contractor for Monday.',
      'Tell her not to worry about the minutes, and get the agenda out today.',
      "Tell her there's no rush with the newsletter, and order the grit today.",
      'Tell him not to worry about the minutes, and tell the caretaker to lock the hall at ten.',
      "Hope he's better soon and tell him not to rush back, the contractor can start Monday.",
    ],
  },
  {
    kind: 'what is left, made light of: "just needs signing"',
    ok: [
      "I'll pop my expenses claim in on Monday, it just needs signing.",
      "I'll post the nomination papers back tomorrow, they just need signing.",
      "I'll drop my mileage sheet round tonight, just needs a signature.",
      "I'll send the DBS form back on Friday, it's filled in and only needs a signature.",
      "I'll drop my register of interests form in after work, it's done bar it just needs signing.",
      "sorry I'll bring the form in tomorrow its all done just needs signing by me",
      "I will bring the declaration form to Thursday's meeting, it only needs a signature.",
    ],
    block: [
      "I'll drop the keys in on Monday; the pavilion gate needs painting before the season.",
      'The grant form needs signing by the clerk and sending off before Friday.',
      'The contract with the grass cutter needs signing this week.',
      "I'll bring the invoice in, it needs paying before the end of the month.",
      "I'll drop my form in tomorrow, and the cheques need signing by Friday.",
      'The lease on the allotments just needs signing, so get it done this week.',
      "I'll drop the lease round tomorrow, it just needs signing by the chair before Friday.",
      "I'll bring the grant claim in, it only needs signing off and sending to the county this week.",
      "I'll pop the contract in on Monday, it just needs signing and the deposit paying.",
    ],
  },
];

describe("instructions/councillor: a councillor's ordinary email to the office (instr10)", () => {
  describe.each(KINDS)('$kind', ({ ok, block }) => {
    it.each(ok)('neither blocks nor warns: %s', (body) => {
      expect(blocks(toClerk(body))).toEqual([]);
      expect(warns(toClerk(body))).toEqual([]);
    });
    it.each(block)('still blocks: %s', (body) => {
      expect(blocks(toClerk(body))).toEqual([expect.stringMatching(/^(?:directive|commitment|judged)@body:0-/)]);
    });
  });

  it.each(['The new lease just needs signing before Friday.', 'The grant form only needs signing this week.', 'The allotment agreements just need signing before the AGM.'])(
    'made light of, with a time set, it warns: %s',
    (body) => {
      expect(blocks(toClerk(body))).toEqual([]);
      expect(warns(toClerk(body))).toEqual([`possible@body:0-${body.length}`]);
    },
  );

  // A well-wish, then a reassurance: the second clause reads as an order to the cue patterns, so it warns.
  it('a well-wish then a reassurance warns at most', () => {
    const d = toClerk('Send her my love, and tell her not to worry about the hall bookings.');
    expect(blocks(d)).toEqual([]);
  });

  it.each([
    "I'd like the bus shelter repainted before the Remembrance parade.",
    'The footpath gate is to be padlocked overnight from now on.',
    "I've told the window cleaner he can start on Tuesday at his usual rate.",
    "Don't let them start on the pavilion roof until I've seen the quote.",
  ])('the issue\'s instructions still block: %s', (body) => {
    expect(blocks(toClerk(body))).toEqual([expect.stringMatching(/^(?:directive|commitment|judged)@body:0-/)]);
  });

  it('the same words said to someone outside the council are judged as before', () => {
    // A go-ahead passed on outside still commits the council.
    const d = draft({ from: CLLR, to: ['secretary@craftgroup.example.org'], body: "The craft group asked if they can use the hall cheaper in winter, and I've told them they can." });
    expect(blocks(d)).toEqual([expect.stringMatching(/^(?:commitment|judged)@body:0-/)]);
  });
});
