import rule from '../../../src/policy/rules/tone/threat-possible';
import threat from '../../../src/policy/rules/tone/threat';
import { draft, findingsOf, idsOf, policy, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { judgeSentence } from '../../../src/policy/models/council';

describe('tone/threat-possible', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['an offer of documents (the issue’s example)', 'Please make any changes you feel necessary and send them back to me by Friday. I will get you the site plans after I have spoken to the Mayor.'],
    ['an offer of comments', 'I will get you comments by close of business today.'],
    ['looking for someone', 'I will find you if this appears to be ready to close.'],
    ['an email offered', "I'll shoot you an email with the times."],
    ['a price beaten', 'We will beat your current price on the grounds contract.'],
    ['a sure threat (tone/threat’s)', "I'll get you for this."],
    ['advice to pay', 'We will make sure you pay the right amount.'],
    ['paying for tickets', 'You will pay for the tickets on the door.'],
    ['an idiom, negated', "Don't kill yourself over the minutes."],
  ], 'is silent on %s');

  it.each([
    ['an aim the sentence does not settle', "I'll get you next week.", ['threat@body:0-12']],
    ['dealing with someone, unexplained', 'We will deal with you properly.', ['threat@body:0-21']],
  ])('warns on %s', (_name, body, expected) => {
    expect(idsOf(rule, draft({ body }))).toEqual(expected);
    expect(idsOf(threat, draft({ body }))).toEqual([]);
  });

  // The learnt threat judgement, where the policy file does not let it block (the shipped policy lists it since threat7).
  it.each([
    ['a veiled threat to property', 'Nice van. Be a shame if the tyres went flat overnight.', ['veiled@body:10-54']],
  ])('warns on %s the learnt judgement reads as a veiled threat', (_name, body, expected) => {
    const unlisted = policy({ learntJudgements: [] });
    expect(idsOf(rule, draft({ body }), unlisted)).toEqual(expected);
    expect(idsOf(threat, draft({ body }), unlisted)).toEqual([]);
    expect(idsOf(threat, draft({ body }))).toEqual(expected);
    // Once the council lists the judgement, tone/threat blocks it and this rule is silent.
    const listed = policy({ learntJudgements: ['threat'] });
    expect(idsOf(rule, draft({ body }), listed)).toEqual([]);
    expect(idsOf(threat, draft({ body }), listed)).toEqual(expected);
    expect(findingsOf(rule, draft({ body }), unlisted)[0].message).toMatch(/could be read as a veiled threat to a person or their property.*3\.1/);
  });

  // Since threat7 the example is a threat by concept (harm to the reader's things, and "might"): it
  // blocks in any policy, listed or not (src/policy/rules/tone/threat-concepts.ts).
  it("blocks the issue's example by concept, whatever the policy lists", () => {
    const body = "Your van's tyres might not last long round here.";
    for (const config of [policy({ learntJudgements: [] }), policy()]) {
      expect(idsOf(threat, draft({ body }), config)).toEqual(['veiled@body:0-48']);
      expect(idsOf(rule, draft({ body }), config)).toEqual([]);
    }
  });

  // Ordinary courtesy and an errand about a document, with nothing of a person's named, are not veiled
  // threats, though the learnt judgement reads them so (the precondition keeps the test able to fail).
  it.each([
    ['courtesy about a vote', "I know some of you feel differently and I respect that - I just didn't want anyone to be surprised on the night."],
    ['an invoice on its way', "Stick the invoice in to Margaret at the council office and I'll make sure she knows it's coming."],
  ])('is silent on %s', (_name, body) => {
    expect(judgeSentence('threat', body)?.fires).toBe(true);
    expect(idsOf(rule, draft({ body }))).toEqual([]);
    expect(idsOf(threat, draft({ body }), policy({ learntJudgements: ['threat'] }))).toEqual([]);
  });
  it('still warns where the sentence names something of the reader’s', () => {
    const body = "I respect that, but I know where you live and I'd hate for anything to happen to your car.";
    expect(idsOf(rule, draft({ body })).length + idsOf(threat, draft({ body })).length).toBeGreaterThan(0);
  });

  // Concern for someone's property before a named hazard, with a step asked for, is not a veiled threat.
  it.each([
    ['a storm, and a boat to be moved', "There is an amber warning for Sunday night and your lines look chafed; I'd hate to see anything happen to her. Could you double them up by Saturday?"],
    ['thieves, and tools to be moved', "There have been thefts from vans on the estate this month. I'd hate for anything to happen to your tools, so please take them in overnight."],
  ])('is silent on %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
    expect(idsOf(threat, draft({ body }), policy({ learntJudgements: ['threat'] }))).toEqual([]);
  });
  it('still warns on the same hedge with no hazard or request', () => {
    const body = "Your lines were looking chafed when I walked round this morning and I'd hate to see anything happen to her.";
    expect(judgeSentence('threat', body)?.fires).toBe(true);
    expect(idsOf(rule, draft({ body })).length + idsOf(threat, draft({ body })).length).toBeGreaterThan(0);
  });

  // Harm to a thing on a condition, with no menace beside it: worth a second look, not a block.
  it.each([
    ['a mast not left standing, on a condition', 'If that mast goes up on the rec, it won\'t be standing for long.'],
    ['a fire foretold on a condition', 'If the pallets are there on Saturday the whole pile goes up in smoke.'],
  ])('warns on %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([`veiled@body:0-${body.length}`]);
    expect(idsOf(threat, draft({ body }))).toEqual([]);
  });
  it('is silent on the same harm with no condition', () => {
    expect(idsOf(rule, draft({ body: 'The old barn went up in flames in 1987.' }))).toEqual([]);
  });

  it('warns by default and never blocks', () => {
    const [f] = findingsOf(rule, draft({ body: "I'll get you next week." }));
    expect(f.level).toBe('warn');
  });
});

// When the learnt judgement's veiled threat is strong enough to block: the words around aim it at the
// reader (their home, family or title), tie it to what the writer wants (a vote, an objection, the
// tickets) and carry menace (a warning, a hedge). Without all three it is a warning to read again,
// and sympathy or deference is not a threat at all.
describe('tone/threat-possible: when the learnt veiled threat blocks instead (menace, an aim and a demand)', () => {
  const fromResident = (body: string) => draft({ from: RESIDENT, body });
  const sure: [string, string, string][] = [
    ['strangers on the reader\'s road, "your call", and a vote', 'Lot of strangers about on your road at night, Mr Shah. Your call. Vote against the car park on Thursday.', 'Lot of strangers about on your road at night, Mr Shah.'],
    ['things missing from sheds, "think about it", and an objection', 'Funny how things go missing from sheds round here, Mrs Dale. Think about it before you object to my plans.', 'Funny how things go missing from sheds round here, Mrs Dale.'],
    ['a quiet lane, "just so you know", and an objection to withdraw', 'Your house is down a very quiet lane, councillor. Just so you know. Withdraw the planning objection.', 'Your house is down a very quiet lane, councillor.'],
  ];
  it.each(sure)('blocks %s (tone/threat), and does not warn', (_name, body, sentence) => {
    expect(judgeSentence('threat', sentence)?.fires).toBe(true);
    const start = body.indexOf(sentence);
    expect(idsOf(threat, fromResident(body))).toEqual([`veiled@body:${start}-${start + sentence.length}`]);
    expect(idsOf(rule, fromResident(body))).toEqual([]);
  });
  const unsure: [string, string, string][] = [
    ['strangers about, and sheds to lock (no demand)', 'Lot of strangers about on the estate at night, so lock your sheds.', 'Lot of strangers about on the estate at night, so lock your sheds.'],
    ['a quiet lane the gritter may miss (no demand)', 'Your house is down a very quiet lane, councillor, so the gritter may not reach it. Just so you know.', 'Your house is down a very quiet lane, councillor, so the gritter may not reach it.'],
  ];
  it.each(unsure)('only warns on %s', (_name, body, sentence) => {
    expect(judgeSentence('threat', sentence)?.fires).toBe(true);
    expect(idsOf(threat, fromResident(body))).toEqual([]);
    expect(idsOf(rule, fromResident(body)).length).toBeGreaterThan(0);
  });
  it.each([
    ['sympathy about a van broken into', "So sorry to hear about your van being broken into last night. I hope you're all right."],
    ['sympathy about damage to a car', 'So sorry to hear someone smashed your car window outside the hall on Friday.'],
    ['a deferential "your decision"', 'I have set out both options for the allotment fence. It is entirely your decision, and I will support whatever you choose.'],
    ['"of course it\'s your call"', "Of course it's your call whether the bonfire goes ahead; I'll back you either way."],
  ])('is silent on %s', (_name, body) => {
    expect(idsOf(rule, fromResident(body))).toEqual([]);
    expect(idsOf(threat, fromResident(body))).toEqual([]);
  });
});
