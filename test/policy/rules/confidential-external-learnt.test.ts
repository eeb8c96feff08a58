// The learnt judgement of confidential/external (issue #17): leaks in plain words, no marker.
import rule from '../../../src/policy/rules/confidential/external';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf, learntPolicy, CLERK, CLLR, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

// Worded so the rule's own content patterns (./content.ts) miss it ("picked", no decision word, the
// closed session only described): the judgement speaks. Named as "the closed part", the rule's own
// content judgement now reads a confidence with a closed session in it (sixth round, below).
const LEAK = "Between ourselves, the committee picked the rugby club for the Scouts' hut at £30,000 in the part of the meeting the public missed last night.";

describe('confidential/external, learnt judgement', () => {
  it('flags closed-session content told to a resident, quoting the writer', () => {
    const [f] = findingsOf(rule, draft({ from: CLLR, to: [RESIDENT], body: `Hi Pat,\n${LEAK}\nCllr Lovelace` }));
    expect(f.messageId).toBe('learnt');
    expect(f.level).toBe('block');
    expect(f.message).toContain('Between ourselves');
    expect(f.message).toContain('in confidence');
    expect(f.message).toContain('3.1');
  });

  it('leaves a confidence naming the closed session to the rule\'s own content judgement', () => {
    const body = "Between ourselves, the committee picked the rugby club for the Scouts' hut at £30,000 in the closed part last night.";
    expect(idsOf(rule, draft({ from: CLLR, to: [RESIDENT], body }))).toEqual([`content@body:0-${body.length}`]);
  });

  it("flags the council's legal advice given in plain words", () => {
    const body = "Going by our solicitor's letter, the council would probably lose the boundary case and have to pay costs.";
    expect(idsOf(rule, draft({ to: [RESIDENT], body }))).toEqual([`learnt@body:0-${body.length}`]);
  });

  // Legal and staffing words are everyday business talk: a window only they let in must score far
  // higher (SEND_THRESHOLD's weak tier) than one a confidence or a closed session lets in.
  ruleTester(rule, { level: 'block', config: learntPolicy() }).accepts(
    [
      ['lawyers on a contract', draft({ to: [RESIDENT], body: 'Our lawyers think the regulator will probably approve the pipeline sale next month.' })],
      ['lawyers on terms', draft({ to: [RESIDENT], body: 'Our lawyers say the contract terms are standard and we can sign on Friday.' })],
    ],
    'business legal talk: accepts %s',
  );

  ruleTester(rule, { level: 'block', config: learntPolicy() }).accepts([
    ['the same words to members only', draft({ to: [CLLR, CLERK], body: LEAK })],
    ['Part II mentioned without its content', draft({ to: [RESIDENT], body: 'The hut was discussed in Part II, so I cannot say more until the decision is published.' })],
    ['taking legal advice', draft({ to: [RESIDENT], body: 'We will take legal advice and report back at the next meeting.' })],
  ]);

  // The judgement reads only cues that pass the rule's own checks (a footer, reported words). Each of
  // these scores above the send threshold when the checks are left out.
  ruleTester(rule, { level: 'block', config: learntPolicy() }).accepts(
    [
      ['a footer', draft({ to: [RESIDENT], body: "This email and any attachments are confidential: if you are not the intended recipient, our solicitor's advice is to delete it." })],
      ['a complaint reported', draft({ to: [RESIDENT], body: 'Your email alleges the warden is under a disciplinary after the grievance; the Chair is investigating.' })],
    ],
    'does not judge %s',
  );

  // A confidence that carries only the writer's own view or intention is no council business passed
  // on (a personal view is the disclaimer rule's); with a decision, advice or a process it still is.
  ruleTester(rule, { level: 'block', config: learntPolicy() }).accepts(
    [
      ['a view on the landlord', draft({ from: CLLR, to: [RESIDENT], body: "Between you and me I think the council has been far too soft on the landlord of that HMO and I'll be pushing for a much tougher line when it comes to us. The planning committee's response was, in my opinion, weak." })],
      ['a vote to come', draft({ from: CLLR, to: [RESIDENT], body: "Strictly between us, I reckon the skate park is a waste of money and I'll be voting against it." })],
    ],
    "the writer's own view: accepts %s",
  );
  it('still flags a confidence that carries a decision, with a view beside it', () => {
    const body = "Between ourselves, I think it's a mistake, but the committee picked the rugby club for the Scouts' hut at £30,000 in the closed part last night.";
    expect(idsOf(rule, draft({ from: CLLR, to: [RESIDENT], body })).length).toBe(1);
  });
  // The same kind in the past tense and as praise: "I thought … handled it very well", "I was impressed
  // with …", "I felt … was the best". A view or praise is the writer's own, not council material (3.1);
  // someone's private life, a staff move, or a decision beside it is still a confidence passed on.
  const view = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });
  ruleTester(rule, { level: 'block', config: learntPolicy() }).accepts(
    [
      ['praise of the chairman', view("Between ourselves, I thought the chairman handled last night's meeting very well, given how heated it got.")],
      ['the best debate in years', view("Strictly between us, I felt the debate on the skate park was the best we've had in years.")],
      ['a councillor at the hustings', view('Between ourselves, I reckoned Cllr Shaw spoke far better than anyone expected at the hustings.')],
      ['the new clerk praised', view('Between you and me, I was really impressed with the new clerk at her first full council meeting.')],
      ['a grumble about a long meeting', view('Off the record, I thought the planning meeting went on far too long, but the Chair kept it civil.')],
      ['the star of the carnival committee', view('Keep this to yourself, but I felt the Deputy Mayor was the star of the carnival committee this year.')],
      ['pride in the council after the floods', view('Between you and me, I was proud of how the whole council pulled together after the floods.')],
      ['an officer on the lights switch-on', draft({ from: CLERK, to: [RESIDENT], body: 'Between ourselves, I thought the Christmas lights switch-on was the best we have ever had.' })],
    ],
    'a view or praise in the past tense: accepts %s',
  );
  it.each([
    ['a private life beside the view', 'Between you and me, I felt sorry for the clerk, her husband has been having an affair.'],
    ['a decision beside the view', 'Strictly between us, I thought the meeting went well, and the committee agreed to sell the allotment land to the developer.'],
    ['a resignation beside the view', 'Between you and me, I felt the deputy clerk was let down; she has handed in her resignation.'],
    ['a closed session settled beside the view', 'Between ourselves, I thought the closed session went well: members voted to settle with the contractor for £18,000.'],
  ])('still blocks a view with %s', (_name, body) => {
    expect(findingsOf(rule, view(body)).map((f) => f.level)).toEqual(['block']);
  });
});
