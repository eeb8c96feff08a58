import rule from '../../../src/policy/rules/confidential/external';
import { draft, findingsOf, idsOf, policy, CLERK, CLLR, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const FOOTER =
  '\n\n--\nThis email and any attachments are confidential and intended solely for the addressee. It may contain confidential or legally privileged information. If you are not the intended recipient, please tell the sender and delete it.';
const out = (body: string, extra: Parameters<typeof draft>[0] = {}) => draft({ to: [RESIDENT], body, ...extra });

describe('confidential/external', () => {
  const tester = ruleTester(rule, { level: 'block' });

  tester.accepts([
    ['a standard footer', out('Thank you for your email about the bins.' + FOOTER)],
    ['a CONFIDENTIAL heading to council people only', draft({ to: [CLLR], cc: [CLERK], body: 'CONFIDENTIAL\n\nPart II item 12: staffing.' })],
    ['a marker to a partner body', draft({ to: ['planning@eastherts.gov.uk'], subject: 'Confidential: enforcement case', body: 'Part II minutes attached.' })],
    ['confidential waste collection', out('Hello', { subject: 'Confidential waste collection on Friday' })],
    ['lower-case "confidential" in running text', out('We treat all complaints in a confidential manner.')],
    ['seeking legal advice (not the advice itself)', out('We will take legal advice before replying.')],
    ['Part 2 of a report', out('Part 2 of the report covers the footpaths.')],
    // Was flagged before issue #16: agendas are published with Part II items listed by title (the
    // reports are what is withheld), so an agenda line naming a Part II item discloses nothing.
    ['Part II in agenda form', out('Agenda item 14 (Part II): land at Priors Wood')],
    ['a sensitivity label that is not confidential', out('Hello', { sensitivityLabel: 'General' })],
    ['a footer (issue #16)', out('Thanks.\n\nThis message may contain confidential, proprietary or legally privileged information.')],
    ['concern about confidential information (issue #16)', out('We have become increasingly concerned about confidential information.')],
    ['an assurance about the reader’s details', out('Information you provided will be kept strictly confidential.')],
    ['Part II mentioned without its content (issue #16)', out("The tender was considered in Part II at Tuesday's meeting, so I am not able to say more until the decision is published.")],
    ['a topic in the subject', out('Hello', { subject: 'Training on confidential information' })],
    // Content without a marker (issue #17): what is not a disclosure.
    ['a secret that is not council business', out("Don't tell a soul, but I'm organising a surprise party for the clerk's retirement.")],
    ['a closed session held back', out("The pavilion lease was discussed in Part II, so I can't say anything about it until the decision is published.")],
    ['an award still to come', out('The hall roof contract will be awarded on the 20th and all bidders will be told the outcome at the same time.')],
    ["a resident's complaint being looked into", out('We will let you know the outcome of your complaint once it has been investigated.')],
    ['a question about a closed decision', out('Do you know whether a write-off agreed in private has to be reported in the annual return?')],
    ['a solicitor advising, without the advice', out("The council's solicitor is advising on the scaffolders' claim.")],
    ['news about someone elsewhere', out('The paper says a councillor elsewhere was suspended for bullying staff.')],
    ['prices already published', out('The results of the tender, including the winning price of £112,000, were published on 1 May.')],
    ['a decision taken in public', out('Members approved the write-off of £9,000 at the public meeting on 4 March.')],
    ["other people's lawyers in the news", out('Some lawyers said the deal will be closely examined by the regulator.')],
    ['private equity', out('The fund is seeking £500 million in private equity.')],
    ['the same leak to members only', draft({ to: [CLLR], body: 'Keep this to yourself, but the committee voted to close the public toilets in April.' })],
  ]);

  tester.flags([
    ['CONFIDENTIAL heading to a resident', out('CONFIDENTIAL\n\nThe tender scores are below.'), ['marker@body:0-12']],
    ['a "Confidential" heading line', out('Dear Jo,\n\n**Confidential**\nThe scores are below.'), ['marker@body:10-26']],
    ['Schedule 12A', out('Exempt under Schedule 12A, paragraph 1.'), ['marker@body:13-25']],
    ['not for publication', out('NOT FOR PUBLICATION: draft budget'), ['marker@body:0-19']],
    ['legal advice itself', out('The legal advice is that we should not proceed.'), ['marker@body:0-16']],
    ['legally privileged', out('This note is legally privileged.'), ['marker@body:13-31']],
    ['a Part II item', out('Please see the Part II item on the depot lease.'), ['marker@body:15-27']],
    ['exempt information', out('This report contains exempt information under paragraph 3.'), ['marker@body:21-39']],
    ['the Confidential sensitivity label', out('Hello', { sensitivityLabel: 'Highly Confidential' }), ['label']],
    ['a marker in a quoted message still leaves the council', out('Jo, see below.\n\n> STRICTLY CONFIDENTIAL\n> The scores are below.'), ['marker@body:18-39']],
    ['a marker above the footer', out('Private and confidential: disciplinary hearing notes.' + FOOTER), ['marker@body:0-24']],
    ['an external Bcc counts', draft({ to: [CLERK], bcc: [RESIDENT], body: 'CONFIDENTIAL' }), ['marker@body:0-12']],
    // Confidential by content, no marker (issue #17).
    ['a confidence with a decision in it', out('Keep this to yourself, but the committee voted to close the public toilets in April.'), ['content@body:0-84']],
    ['a confidence with a recommendation in it', out('Strictly between ourselves, the committee will recommend closing the toilets on the front.'), ['content@body:0-90']],
    ['a confidence and a suspension over two sentences, greeting left out', out("Hi Sue,\nMum's the word. The clerk has been suspended while they look into the petty cash.\nBob"), ['content@body:8-89']],
    ['a closed session in plain words', out('Members met without the press on Monday and settled on the Bridgewater bid for the cemetery wall.'), ['content@body:0-97']],
    ['legal advice with its content', out('Our solicitor reckons the council would lose the footpath case.'), ['content@body:0-63']],
    ["counsel's advice", out("Counsel's advice on the covenant is that it is probably enforceable against us."), ['content@body:0-79']],
    ['a named employee on a warning', out('Sandra from the office is on a final warning after the cash went missing.'), ['content@body:0-73']],
    ['tender prices before the award', out("The three bids for the hall roof came in at £38,400, £41,950 and £46,200; the contract won't be let until the 20th."), ['content@body:0-115']],
  ]);

  // A stamp the learnt judgement does not confirm (nothing around it reads as a leak) blocks only where
  // the policy file switches the judgement off; as shipped it is confidential/external-possible's (warn).
  const STAMPS: [string, ReturnType<typeof out>, string[]][] = [
    ['a stamp on trading figures', out('CONFIDENTIAL: the attached spreadsheet shows the revised trading limits for the desk.'), ['marker@body:0-12']],
    ['a confidential subject', out('See below', { subject: 'Confidential - staffing review' }), ['marker@subject:0-12']],
    ['a forwarded confidential email', out('See below.', { subject: 'Fw: Confidential' }), ['marker@subject:4-16']],
  ];
  ruleTester(rule, { level: 'block', config: () => policy({ learntJudgements: [] }) }).flags(STAMPS, 'with the learnt judgement off: flags %s');
  tester.accepts(STAMPS.map(([t, d]) => [t, d]), 'as shipped, a stamp alone does not block: accepts %s');
  tester.flags([
    ['a stamp on what was decided', out('CONFIDENTIAL\n\nMembers have agreed to sell the depot to Harlow Homes for £420,000.'), ['marker@body:0-12']],
    ['a confidential subject on what was decided', out('Between ourselves, members have agreed to sell the depot to Harlow Homes for £420,000.', { subject: 'Confidential' }), ['marker@subject:0-12']],
  ], 'as shipped, the learnt judgement confirms: flags %s');

  it('quotes the words that give content away and says what they are', () => {
    const [f] = findingsOf(rule, out('Our solicitor reckons the council would lose the footpath case.'));
    expect(f.messageId).toBe('content');
    expect(f.level).toBe('block');
    expect(f.message).toContain('“Our solicitor reckons the council would lose the footpath case.” gives the council’s legal advice');
    expect(f.message).toContain('3.1');
  });

  it('reports subject, body and label separately, once each', () => {
    const d = out('CONFIDENTIAL\nPart II item\nCONFIDENTIAL', { subject: 'Confidential', sensitivityLabel: 'Confidential' });
    expect(idsOf(rule, d)).toEqual(['label', 'marker@subject:0-12', 'marker@body:0-12']);
  });

  it('offers to remove each outside recipient', () => {
    const [f] = findingsOf(rule, draft({ to: [CLLR, RESIDENT], cc: ['x@example.org'], body: 'CONFIDENTIAL' }));
    expect(f.fixes).toEqual([
      { kind: 'remove-recipient', field: 'to', address: RESIDENT },
      { kind: 'remove-recipient', field: 'cc', address: 'x@example.org' },
    ]);
    expect(f.level).toBe('block');
  });

  // Consistency of the context checks (issue #16): the plain-words path judges footers and reported
  // words as the marker path and the learnt judgement do.
  tester.accepts([
    ['a footer that names the solicitor', out('Thanks for the agenda.\n\nThis email and any attachments are intended solely for the addressee. Our solicitor says it may contain legally privileged material; if you have received it in error, please notify the sender.')],
    ['legal advice a resident’s email is quoted as giving (confidential/external-possible’s)', out('A resident wrote: "the council’s solicitor reckons you would lose the footpath case."')],
    ['a confidence a councillor is quoted as giving', out('Mrs Patel said "keep this to yourself, but the committee voted to close the public toilets in April".')],
    ['the sender’s own disciplinary matter', out("Sorry for the delay. My manager says I'm being investigated over the petty cash, which I dispute.")],
    ['the sender’s own suspension', out('Since Monday I have been suspended on full pay, so please write to the clerk instead.')],
  ], 'context checks: accepts %s');
  tester.accepts([
    ['a confidence with the writer’s own recommendation', out("Between you and me, I'd recommend the fish and chips at the harbour café.")],
  ]);
  tester.flags([
    ['someone else’s suspension beside the sender’s words', out('I have been told that Sandra has been suspended while they look into the petty cash.'), ['content@body:0-84']],
  ], 'context checks: flags %s');
  // Issue #17, sixth round of suites (helper disc3): a closed session's business or the council's
  // negotiating position passed to the other side, the council's legal advice paraphrased, and a
  // solicitor's privileged advice forwarded on. Phrasings written for this test, in different voices,
  // with innocent neighbours: Part II named without content, a decision published or held back, a
  // budget a contractor is to quote within, internal mail, a reply to the council's own solicitor.
  const cllrOut = (body: string, extra: Parameters<typeof draft>[0] = {}) => draft({ from: CLLR, to: [RESIDENT], body, ...extra });
  const whole = (d: ReturnType<typeof draft>) => [`content@body:0-${d.body.text.length}`];
  const paddock = "Just between ourselves, so you're not going in blind on Monday.\n\nWhen the press and public were sent out on Tuesday we talked about the paddock. We won't go above thirty-eight thousand for the freehold. Sarah will come in at thirty-two, so hold your nerve.\n\nDon't let on where you heard it.";
  const asked = 'Once the public had been asked to leave, members agreed we would pay up to £45,000 for the barn. You didn\'t get that from me.';
  tester.flags([
    ['a confidence, then the closed session it tells of', cllrOut(paddock), [`content@body:0-${paddock.indexOf('paddock.') + 8}`]],
    ['the public asked to leave, and what members agreed', cllrOut(asked), [`content@body:0-${asked.indexOf('barn.') + 5}`]],
  ], 'flags closed-session business told outside: %s');
  const sixth: [string, ReturnType<typeof draft>][] = [
    ['"the confidential bit" of a meeting', cllrOut("For what it's worth, in the confidential bit at the end of the meeting we decided not to renew your contract.")],
    ['the most the council will pay', cllrOut("Between you and me, the most we'll pay for the car park lease is £8,000 a year, so hold out for that.")],
    ['the press excluded and a vote', cllrOut('When the press were excluded last night we voted to buy the field; the limit is £40k.')],
  ];
  tester.flags(sixth.map(([n, d]) => [n, d, whole(d)] as const), 'flags %s (sixth round)');
  const fwd = (note: string) => `${note}\n\n-----Original Message-----\nFrom: Alison Marr <amarr@kernowlaw.co.uk>\nSent: 02 December 2026 10:00\nTo: Clerk <${CLERK}>\nSubject: Boundary\n\nOur view is that the council should settle.`;
  const privileged = fwd("FYI - see below. Legally privileged advice from the council's solicitors.");
  tester.flags([
    ["a solicitor's privileged advice forwarded outside", cllrOut(privileged, { composeType: 'forward' }), [`marker@body:${privileged.indexOf('Legally')}-${privileged.indexOf(' advice from')}`]],
  ], 'flags %s (no learnt confirming needed)');
  tester.accepts([
    ['members agreeing to go into private session', cllrOut('Members agreed to go into private session for the lease item. The minutes will be published next week.')],
    ['a figure held back until completion', cllrOut("All I can tell you is what's in the draft minutes: the council resolved to make an offer for the meadow. The figure was discussed in closed session and won't be released until the sale completes.")],
    ['the press excluded, as the agenda said', cllrOut('The press and public were excluded for item 9 (the paddock lease), as the agenda said.')],
    ['a budget to quote within', cllrOut("The council's maximum budget for the repairs is £5,000, so please quote within that.")],
    ['a closed-session limit sent only to the clerk', cllrOut('In the closed session we agreed not to go above £38,000 for the freehold.', { to: [CLERK] })],
    ['a completion date from the solicitors', cllrOut('According to our solicitors, the completion date is 12 January; please have the keys ready.')],
    ['a room cleared of chairs', cllrOut('We cleared the room after the meeting and stacked the chairs. We agreed to meet again in January.')],
    ['a confidence with only a view in it', cllrOut('Between ourselves, I thought the chairman handled the meeting very well.')],
    ["a reply to the council's own solicitor, quoting her advice", draft({ from: CLERK, to: ['amarr@kernowlaw.co.uk'], subject: 'RE: Boundary', composeType: 'reply', body: fwd("Thanks Alison, that's clear.").replace('Our view', 'Legally privileged advice from Kernow Law. Our view') })],
  ], 'does not flag %s (sixth round)');
  // Seventh round (helper conf4): a closed session in one sentence and what it decided, with what was
  // at stake, in the next; and a figure held back ("won't be released until …") is no disclosure.
  const seventh: [string, ReturnType<typeof draft>][] = [
    ['a valuation, then the floor members agreed', cllrOut('After the closed session the valuation for the depot came in at £410,000. Members agreed not to accept less than £360,000.')],
    ['a Part II item, then the lease offered', cllrOut('The Part II item was the pavilion. They decided to offer the cricket club a twenty-year lease.')],
    ['a staffing decision after the public left', cllrOut('After the public had left we talked about the caretaker. Members voted to dismiss him at the end of the month.')],
  ];
  tester.flags(seventh.map(([n, d]) => [n, d, whole(d)] as const), 'flags %s (seventh round)');
  tester.accepts([
    ['a closed session, then a date to meet', cllrOut('The closed session ran late. Members agreed to meet again on the 5th.')],
    ['a price not to be made public', cllrOut('Members discussed the meadow again. The price agreed in closed session will not be made public until completion.')],
    ['all that can be said', cllrOut('All I can tell you is that the closed session was about the depot. Members agreed a price, subject to contract.')],
  ], 'does not flag %s (seventh round)');
});

// A forwarded message whose writer asked for it to stay within the council, forwarded outside it.
describe('confidential/external, a forwarded message that asked to stay within the council', () => {
  const tester = ruleTester(rule, { level: 'block' });
  const advice = () =>
    `See below, hope it helps.\n\nLucy\n\n________________________________\nFrom: Rachel Bramley <r.bramley@bramleylaw.example.co.uk>\nSent: Friday 27 November 2026 15:20\nTo: Town Clerk <${CLERK}>\nSubject: Cemetery wall\n\nDear Helen,\n\nMy view is that the council's case is not strong. Please keep this advice within the council.\n\nRachel`;
  const fwd = (to: string, body = advice()) => draft({ to: [to], subject: 'FW: Cemetery wall', body, composeType: 'forward' });

  it('blocks, quoting the request, when it goes to someone new outside the council', () => {
    const [f] = findingsOf(rule, fwd('phil@rowntreebuild.example.co.uk'));
    expect(f.messageId).toBe('forwarded');
    expect(f.level).toBe('block');
    expect(f.message).toContain('(“Please keep this advice within the council.”)');
    expect(f.message).toContain('phil@rowntreebuild.example.co.uk');
  });

  tester.flags([
    ['"not to be shared outside the council"', fwd('jo@press.example.co.uk', advice().replace('Please keep this advice within the council.', 'This note is not to be shared outside the council.')), [{ id: 'forwarded@body:293-343' }]],
  ], 'flags %s');

  tester.accepts([
    ['the advice forwarded back to the solicitor who wrote it', fwd('r.bramley@bramleylaw.example.co.uk')],
    ['the advice forwarded to a councillor', fwd(CLLR)],
    ['the same request in a reply', draft({ to: ['phil@rowntreebuild.example.co.uk'], subject: 'RE: Cemetery wall', body: advice(), composeType: 'reply' })],
    ['the sender asking the reader to keep it within the council, in a new email', out('The meeting moved to Thursday. Please keep this within the council for now.')],
    ['a forward from the solicitors that gives no advice', fwd('phil@rowntreebuild.example.co.uk', advice().replace("My view is that the council's case is not strong. Please keep this advice within the council.", 'The completion statement is attached.'))],
  ], 'does not flag %s');

  // Seventh round (helper conf4): the advice itself forwarded on is the disclosure, asked or not.
  it('blocks the advice forwarded outside even when its writer asked nothing, quoting the advice', () => {
    const [f] = findingsOf(rule, fwd('phil@rowntreebuild.example.co.uk', advice().replace(' Please keep this advice within the council.', '')));
    expect(f.messageId).toBe('content');
    expect(f.message).toContain("“My view is that the council's case is not strong.” gives the council’s legal advice");
  });
});

// Seventh round of suites (helper conf4): a forwarded message that itself gives confidential content,
// passed on to someone new outside the council. A message the council wrote (From: a council address)
// is judged as the sender's own words are; the council's lawyers' advice to the council (From: a firm
// of solicitors or chambers, To: the council) is the council's legal advice. Phrasings written for
// this test, in different voices, with innocent close neighbours.
describe('confidential/external, confidential content in a forwarded message', () => {
  const tester = ruleTester(rule, { level: 'block' });
  const header = (from: string, to = 'All Councillors') => `\n\n-----Original Message-----\nFrom: ${from}\nSent: 20 November 2026 16:10\nTo: ${to}\nSubject: Note\n\n`;
  const clerkSaid = (note: string, quoted: string, to = RESIDENT) =>
    draft({ from: CLLR, to: [to], subject: 'Fwd: Note', composeType: 'forward', body: `${note}${header(`Helen Greenwood <${CLERK}>`)}${quoted}\n\nHelen` });
  const at = (d: ReturnType<typeof draft>, quoted: string) => {
    const start = d.body.text.indexOf(quoted);
    return [`content@body:${start}-${start + quoted.length}`];
  };
  const council: [string, string, string][] = [
    ['a valuation and the lowest offer members agreed', 'Dev - for your eyes only.', 'Following the private session, the valuation for the depot site is £410,000. Members agreed not to go below £360,000.'],
    ['a bid chosen behind closed doors', 'Thought you should see this before Thursday.', 'We went into closed session on the cemetery extension and the committee went with Harwood\'s bid.'],
    ['a groundsman suspended', 'FYI', 'Just so members know, Gary the groundsman has been suspended while the missing fuel is looked into.'],
    ["the council's solicitor's view", 'Interesting reading below!', 'Our solicitor says we would probably lose the right of way case at the inspector\'s hearing.'],
    ['tender prices before the award', 'You might want to sharpen your pencil...', "The three bids for the pavilion came in at £38,400, £41,950 and £46,200; the contract won't be let until the 20th."],
    ['a closed item and what it decided, in the next sentence', 'Keep this under your hat.', 'The Part II item was the pavilion lease. Members agreed to offer the cricket club a new lease at £1,200 a year.'],
  ];
  tester.flags(council.map(([n, note, q]) => { const d = clerkSaid(note, q); return [n, d, at(d, q)] as const; }), 'flags a council message forwarded outside: %s');
  tester.accepts([
    ['the same forward to a councillor', clerkSaid('FYI', 'Just so members know, Gary the groundsman has been suspended while the missing fuel is looked into.', CLLR)],
    ['a resident\'s message forwarded on (their words, not the council\'s)', draft({ from: CLERK, to: ['enforcement@example.org'], subject: 'Fwd: Note', composeType: 'forward', body: `Please see below.${header(`Jo Bloggs <${RESIDENT}>`, CLERK)}I hear the committee voted in private to sell the field for £400,000.\n\nJo` })],
    ['a closed session held back', clerkSaid('FYI', "The depot sale was discussed in Part II, so I can't say more until the decision is published.")],
    ['a decision taken in public', clerkSaid('FYI', 'Members approved the write-off of £9,000 at the public meeting on 4 March.')],
    ['a closed session and a date to meet', clerkSaid('FYI', 'The closed session ran late. Members agreed to meet again on the 5th.')],
    ['a figure held back until completion', clerkSaid('FYI', "All I can say is what's in the draft minutes: members resolved to buy the meadow. The price was agreed in closed session and won't be made public until completion.")],
    ['the same forward to someone already on it', draft({ from: CLLR, to: ['dev@homes.example.co.uk'], subject: 'Fwd: Note', composeType: 'forward', body: `FYI${header(`Helen Greenwood <${CLERK}>`, 'dev@homes.example.co.uk')}Members agreed not to go below £360,000 after the private session.\n\nHelen` })],
  ], 'does not flag a council message forwarded: %s');

  const lawyer = (from: string, advice: string, sign: string, to = `Clerk <${CLERK}>`) => `As promised, see the advice below.${header(from, to)}Dear Helen,\n\n${advice}\n\nKind regards,\n${sign}`;
  const fwdLaw = (body: string, to = RESIDENT) => draft({ from: CLLR, to: [to], subject: 'FW: Advice', composeType: 'forward', body });
  const advice: [string, string, string, string][] = [
    ['a firm\'s view on a covenant', 'Jane Holt <j.holt@holtlegal.example.co.uk>', "Our view is that the Council's covenant on the recreation ground is unlikely to be enforceable.", 'Jane Holt\nHolt Legal LLP'],
    ['advice not to sue', 'Sam Marsh <sam@marsh-co.example.co.uk>', 'We would not advise the Council to issue proceedings against the contractor on the present evidence.', 'Sam Marsh\nPartner, Marsh & Co Solicitors'],
    ["counsel's opinion", 'Clerk to Chambers <clerks@westgate.example.co.uk>', 'In my opinion the parish council has no power to close the footpath itself.', 'Anna Reed\nWestgate Chambers'],
    ['a recommendation to settle', 'Priya Shah <p.shah@shahlaw.example.co.uk>', 'We recommend that the Council settles the claim at the figure offered.', 'Priya Shah, Solicitor'],
    ['the chances at a tribunal', 'Tom Kerr <tkerr@kerr.example.co.uk>', 'We think it more likely than not that the tribunal would find the dismissal unfair.', 'Tom Kerr\nKerr Employment Law'],
    ['advice to withdraw a notice', 'Ruth Ames <ruth@ameslegal.example.co.uk>', 'Our advice is that the Council should withdraw the notice and serve it again.', 'Ruth Ames\nAmes Legal'],
  ];
  tester.flags(advice.map(([n, from, a, sign]) => { const d = fwdLaw(lawyer(from, a, sign)); return [n, d, at(d, a)] as const; }), "flags the council's lawyers' advice forwarded outside: %s");
  tester.accepts([
    ['the advice forwarded to a councillor', fwdLaw(lawyer('Sam Marsh <sam@marsh-co.example.co.uk>', 'We would not advise the Council to issue proceedings.', 'Sam Marsh, Solicitors'), CLLR)],
    ['the advice forwarded to the firm that gave it', fwdLaw(lawyer('Sam Marsh <sam@marsh-co.example.co.uk>', 'We would not advise the Council to issue proceedings.', 'Sam Marsh, Solicitors'), 'anna@marsh-co.example.co.uk')],
    ["a letter for the other side (\"our client\")", fwdLaw(lawyer('Sam Marsh <sam@marsh-co.example.co.uk>', 'Our client has instructed us that the fence is on his land, and our view is that the Council is liable.', 'Sam Marsh, Solicitors'))],
    ['a solicitors\' letter with no advice in it', fwdLaw(lawyer('Sam Marsh <sam@marsh-co.example.co.uk>', 'Please find our invoice for the conveyancing attached.', 'Sam Marsh, Solicitors'))],
    ['advice a firm gave a resident, not the council', fwdLaw(lawyer('Sam Marsh <sam@marsh-co.example.co.uk>', 'Our view is that you have a right of way.', 'Sam Marsh, Solicitors', `Jo <${RESIDENT}>`), 'neighbour@example.org')],
    ['a view from someone who is not a lawyer', fwdLaw(lawyer('Bob Smith <bob@smithbuilders.example.co.uk>', 'Our view is that the Council should replace the whole roof.', 'Bob Smith\nSmith Builders'))],
  ], "does not flag a lawyer's message forwarded: %s");

  // Issue #17, restore round (helper conf5): kinds dropped earlier for the bundle, written again as kinds,
  // in phrasings of our own in different voices. A confidence in other words ("strictly between us",
  // "for your eyes only", "I shouldn't be telling you this", "I can tell you privately", "I'd be obliged if
  // this went no further"), including a staff move ("about to hand in her notice"); a closed session named
  // in plain words (the public asked to leave, the press excluded, the gallery cleared, the doors shut,
  // decided behind the scenes or in secret, the pink papers) with what it did or was about; a bidder told
  // how to price against the others ("sharpen your pencil", "you'd want to be under that"). Neighbours:
  // a confidence carrying only the writer's view or praise, someone's private life that is no council
  // business, the same words used innocently, a request, a decision held back.
  const conf5 = (body: string) => [body, out(body), [`content@body:0-${body.length}`]] as const;
  tester.flags([
    conf5("Strictly between us, I think our solicitor is right that we'd lose the boundary case."),
    conf5('Keep it to yourself, but I think the RFO is about to hand in her notice.'),
    conf5('Just between us, the committee has agreed to sell the depot to the highest bidder.'),
    conf5("Between us, the grounds contract is going to Harlow's."),
    conf5('For your eyes only: the council is negotiating for the paddock and our top figure is £95k.'),
    conf5('For you alone: members agreed to settle the flooding claim for £6,000.'),
    conf5("I really shouldn't be telling you this, but the clerk has been suspended."),
    conf5("I'm not meant to share this, but the three quotes came in at £4,100, £5,650 and £6,200."),
    conf5("I'm not sure I should mention it, but the panel rejected the caretaker's grievance."),
    conf5("We shouldn't be saying this, but the council went with the dearer tender."),
    conf5('I can tell you privately that the committee agreed to sell the depot.'),
    conf5('I thought you should know privately that the council intends to end the bowls club lease.'),
    conf5("I'd be obliged if this went no further: the standards panel upheld the complaint against Cllr Mason."),
    conf5('I trust you will be discreet: the committee voted to close the toilets.'),
  ], 'flags a confidence in other words: %s');
  tester.flags([
    conf5('After they asked the public to leave, we voted to buy the old garage site for up to £180k.'),
    conf5('The councillors agreed with the press excluded to offer £25,000 for the glebe field.'),
    conf5("Once the gallery had been cleared, members resolved to end the bowls club's lease."),
    conf5('Last night with the doors shut we agreed to sell the depot site.'),
    conf5('The council decided behind the scenes to end the payroll contract in June.'),
    conf5("The pink papers for tonight say they're closing the tourist info centre on Mondays."),
    conf5('The exempt item was the proposal to give the clerk a final written warning.'),
    conf5('The confidential vote was 7-5 to close the public toilets.'),
    conf5('The closed item last night was selling the allotments to a developer.'),
  ], 'flags a closed session named in plain words: %s');
  tester.flags([
    conf5('Three quotes for the railings so far: £9,200, £11,000, £12,750. Sharpen your pencil.'),
    conf5("Best price in so far is £146k from Ridgeway. You'd want to be under that."),
    conf5("The other quote for the boiler was £2,000 under yours, in case you'd like to look at your figure again."),
    conf5("Lumina's quote is only £11,400, so tell your brother to go lower if he wants it."),
    conf5("The lowest bid is £31,000 at the moment; if you can come in below that it's yours."),
    conf5('Bids for the hedge-laying: yours £3,100, the other firm £2,850. Sharpen up.'),
  ], 'flags a bidder told how to price against the others: %s');
  tester.accepts([
    ...[
      "Between ourselves, I think the chairman's marriage is on the rocks.",
      'Between ourselves, I thought the chairman handled the meeting very well.',
      'Strictly between us, I thought the new clerk did a brilliant job at the fete.',
      "Just between us, I think the chairman has been far too soft on the landlord and I'll be pushing for a tougher line.",
      'The distance between us and the depot is about a mile, and the lease plan shows it.',
      'Please tell me privately if the grant form is confusing.',
      'I trust you are well and that the lease renewal has gone smoothly.',
      'We should not share your details with anyone, and the complaint will be handled by the clerk.',
      "I shouldn't say too much until the decision is published next week.",
      'The doors were shut at ten and we agreed to meet again on Tuesday.',
      'The public were asked to leave for the item on the cemetery lease; it will be reported when the sale completes.',
      'Thanks to everyone who worked behind the scenes; we agreed it was the best fete yet.',
      'The meeting with the doors shut went on till ten.',
      "Keep this to yourself, but I'm planning a surprise party for the clerk's retirement.",
      'Tenders must reach us by Friday; bids of over £50,000 must come with two references.',
      'Your quote of £2,100 was the lowest, so the contract is yours and an order will follow.',
      'Prices for the hall hire will go lower in winter: £12 an hour instead of £15.',
      'Please sharpen the pencils in the chamber; the quotes for new ones were £40.',
      'Our solicitor has advised us not to comment while the matter is ongoing.',
      'For your eyes only: the draft programme for the fete.',
    ].map((b) => [b, out(b)] as const),
  ], 'restore round neighbours: accepts %s');

  // "Between us" meaning "jointly": the learnt judgement read it as a confidence and blocked a thank-you.
  tester.accepts([
    ...[
      'Between us we raised £400 for the hospice at the quiz night, so thank you all for coming.',
      "Between the two of us we've cleared the brambles from the churchyard path.",
      'Between them they painted every bench on the green in a weekend.',
      "Between ourselves we'll cover the Saturday shift at the information hut.",
      'Between us we managed to get the hall ready by six.',
      'Between the three of us we counted 212 cars through the village in an hour.',
    ].map((b) => [b, out(b)] as const),
  ], '"between us" meaning jointly: accepts %s');
  tester.flags([
    conf5('Between us, we have agreed to sell the depot to the highest bidder.'),
    conf5('Between us, the clerk has been suspended.'),
    conf5("Between ourselves, they've agreed to settle the flooding claim for £6,000."),
  ], 'still flags a confidence with a comma after "between us": %s');
});
