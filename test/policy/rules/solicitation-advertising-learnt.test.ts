// The learnt judgement of solicitation/advertising (issue #17): private selling in plain words.
import rule from '../../../src/policy/rules/solicitation/advertising';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf, learntPolicy, CLERK, CLLR } from '../../helpers/draft';
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

  // Fresh innocent set (2026-12-07): kinds the learnt judgement warned on that are not private
  // advertising (3.1 forbids advertisements "not related to Council business"), each beside the same
  // shape with a private trade in it, which still warns.
  tester.accepts(
    [
      ["flu and signed off", draft({ from: CLERK, body: "Dear Gwen, I'm sorry but I've been laid low with flu and the GP has signed me off for the week, so I won't make the planning training on Wednesday. Could you let me have the slides?" })],
      ["a bad back", draft({ from: CLERK, body: "Hi Paul, I've put my back out moving chairs and the doctor says rest until Friday, so I can't make the tree warden meeting. Sorry to let you down." })],
      ["a stomach bug", draft({ from: CLERK, body: "Dear Sandra, Apologies, I'm off sick with a stomach bug and won't make the SLCC branch meeting on Tuesday. I'll catch up from the minutes." })],
      ["a heavy cold", draft({ from: CLLR, body: "Dear Hannah, I'm afraid I've come down with a heavy cold and won't make the litter pick on Saturday. Do send me the date of the next one." })],
      ["a broken-down car", draft({ from: CLERK, body: "Dear Ian, My car has broken down on the A38, so I won't make the 2pm site meeting at the cemetery. Could we say Thursday instead?" })],
      ["signed off with covid", draft({ from: CLERK, body: "Dear Rhian, I've tested positive for covid and the doctor has signed me off until Monday, so I won't make the clerks' forum tomorrow. Sorry to miss it." })],
    ],
    "not advertising, the sender's own news (a sick note, a missed meeting): %s",
  );
  tester.flags(
    [
      ["off sick, and a husband's new round", draft({ from: CLERK, body: "Dear Gwen, I'm off sick until Monday so I won't make the cluster meeting. My husband has started a gutter-cleaning round this spring; he is insured and very tidy." }), ["learnt@body:0-162"]],
      ["can't make it, and a son's new business", draft({ from: CLERK, body: "Dear Sandra, I won't make the SLCC meeting on Tuesday. My son has set up a van valeting business this year and he is fully insured." }), ["learnt@body:0-131"]],
      ["can't make it, and a wife's new business", draft({ from: CLLR, body: "Dear Hannah, I won't make the litter pick on Saturday as my wife has started a dog-walking business and I'm helping her with the bookings." }), ["learnt@body:0-138"]],
      ["can't make it, and a daughter's new salon", draft({ from: CLERK, body: "Dear Rhian, I won't make the forum tomorrow. My daughter has just opened a nail salon on Fore Street and is taking bookings." }), ["private-offer@body:0-124"]],
      ["off sick, and a sister's cakes", draft({ from: CLERK, body: "Dear Gwen, I'm off sick this week, but my sister makes celebration cakes to order, £30 each, if anyone at the cluster meeting wants one." }), ["private-offer@body:0-136"]],
      ["can't make it, and a husband's furniture", draft({ from: CLERK, body: "Dear Paul, I can't make the meeting, but my husband makes garden furniture and is taking orders for spring; mention my name for a discount." }), ["private-offer@body:0-139"]],
    ],
    "still advertising, the sender's own news (a sick note, a missed meeting): %s",
  );
  tester.accepts(
    [
      ["the Remembrance service", draft({ from: CLLR, body: "Dear Mr Mayor, Thank you for your kind invitation to the Remembrance service on 9th November; I am pleased to accept and will bring my wife." })],
      ["the carol service", draft({ from: CLLR, body: "Dear Reverend Hale, Thank you for the invitation to the carol service at St Mary's on 20th December; I shall be delighted to attend with my husband." })],
      ["a civic service", draft({ from: CLLR, body: "Dear Councillor Ahmed, Thank you for the invitation to the civic service in Ely on 2 July; I am glad to accept, and my partner will come with me." })],
      ["a harvest service", draft({ from: CLLR, body: "Dear Ms Carr, Thanks for the invitation to the school's harvest service on Friday; I'm delighted to accept and will bring the chain of office." })],
      ["a memorial service", draft({ from: CLLR, body: "Dear Mrs Pike, Thank you for the invitation to the memorial service for the lifeboat crew on Sunday; I am honoured to accept, and my husband will come too." })],
      ["a thanksgiving service", draft({ from: CLLR, body: "Dear Canon Ward, Thank you for asking me to the thanksgiving service for the hospice on 3 May; I shall be there with my wife." })],
    ],
    "not advertising, a service in church, the invitation accepted: %s",
  );
  tester.flags(
    [
      ["the Remembrance service, and a husband's new round", draft({ from: CLLR, body: "Dear Mr Mayor, Thank you for the invitation to the Remembrance service. My husband has started a gutter-cleaning round this spring; he is insured and very tidy." }), ["learnt@body:0-160"]],
      ["the carol service, and a son's new business", draft({ from: CLLR, body: "Dear Reverend Hale, Thank you for the invitation to the carol service. My son has set up a van valeting business this year and he is fully insured." }), ["learnt@body:0-147"]],
      ["the civic service, and a daughter's new salon", draft({ from: CLLR, body: "Dear Councillor Ahmed, I look forward to the civic service. My daughter has just opened a nail salon on Fore Street and is taking bookings." }), ["private-offer@body:0-139"]],
      ["an invitation, and a husband's catering firm", draft({ from: CLLR, body: "Dear Mrs Lyle, Thank you for the invitation; I am delighted to accept, and my husband's catering firm can do the buffet at a very good price." }), ["private-offer@body:0-141"]],
      ["an invitation, and a daughter's florist", draft({ from: CLLR, body: "Dear Mr Dobbs, Thank you for the invitation to the dinner; I am happy to accept, and my daughter runs a florist, so mention my name for 10% off the table flowers." }), ["private-offer@body:0-162"]],
      ["the memorial service, and a wife's new business", draft({ from: CLLR, body: "Dear Mrs Pike, Thank you for the invitation to the memorial service. My wife has started a dog-walking business and is taking bookings." }), ["private-offer@body:0-135"]],
    ],
    "still advertising, a service in church, the invitation accepted: %s",
  );
  tester.accepts(
    [
      ["an allotment plot at the council's rent", draft({ from: CLERK, body: "Dear Mr Bassey, I'm pleased to offer you plot 7 at the Mill Lane allotments from 1 October. The rent is £42 a year, due each October, and the water troughs are filled from March." })],
      ["the village hall at its hire charge", draft({ from: CLERK, body: "Dear Mrs Chu, I can offer you the village hall for your daughter's party on 8 March, 2pm to 6pm. The hire charge is £60, with a £50 deposit returned after the hire." })],
      ["a market stall at the pitch fee", draft({ from: CLERK, body: "Dear Mr Kowalski, I'm happy to confirm a market stall for you on the first Saturday of each month. The pitch fee is £18 a day, payable to the Town Council." })],
      ["a half plot and its tenancy", draft({ from: CLERK, body: "Dear Ms Reid, I can offer you a half plot at the Station Road allotments straight away; the rent is £21 for the year, and I'll send the tenancy agreement today." })],
      ["the pavilion for a club evening", draft({ from: CLERK, body: "Dear Mr Ashe, The pavilion is free on Sunday 12 May for your club's presentation evening. Our hire charge is £25 an hour, and I can hold the date until Friday." })],
      ["a burial fee and a plot", draft({ from: CLERK, body: "Dear Mrs Ogden, The burial fee for an interment in the cemetery is £480 for residents, and I can offer you the plot beside your husband's grave." })],
    ],
    "not advertising, the council's own services and charges, from its office: %s",
  );
  tester.flags(
    [
      ["a husband's leeks from his allotment", draft({ from: CLERK, body: "Dear Mr Bassey, My husband grows far too many leeks on his allotment, so I'm selling them at £1 a bunch if anyone wants some." }), ["private-offer@body:0-125"]],
      ["a daughter's parties at the village hall", draft({ from: CLERK, body: "Dear Mrs Chu, My daughter does children's parties at the village hall, £80 for two hours, mention my name for a discount." }), ["private-offer@body:0-121"]],
      ["a son's band at the pavilion", draft({ from: CLERK, body: "Dear Mr Ashe, My son's band plays the pavilion most Saturdays; they do weddings and parties at a very reasonable rate." }), ["private-offer@body:0-118"]],
      ["a brother's memorials for the cemetery", draft({ from: CLERK, body: "Dear Mrs Ogden, My brother is a stonemason who does memorials for the cemetery; he is insured and I can pass on his number." }), ["private-offer@body:0-123"]],
      ["a greenhouse from the writer's allotment", draft({ from: CLERK, body: "Dear Ms Reid, I have a greenhouse going spare from my allotment, £40 or nearest offer, collection only." }), ["private-offer@body:0-103"]],
      ["a partner's stall at the market", draft({ from: CLERK, body: "Dear Mr Kowalski, My partner runs the coffee stall at the market and is taking bookings for events; he can do you a good price." }), ["private-offer@body:0-127"]],
    ],
    "still advertising, the council's own services and charges, from its office: %s",
  );
  tester.accepts(
    [
      ["a free talk on bees", draft({ from: CLLR, body: "Dear Mrs Achterberg,\nA resident has asked me to pass on the offer below, which I think the children might enjoy. I leave it entirely with you.\nKind regards,\nMargaret\n\n---------- Forwarded message ---------\nDear Councillor, I am a retired beekeeper and I'd be happy to give a talk about bees to the Year 4 class, with an observation hive. No charge, of course. Regards, Bernard" })],
      ["a retired joiner's bird boxes, for nothing", draft({ from: CLLR, body: "Dear Mr Grant,\nOne of our residents asked me to forward the offer below to the youth club; entirely up to you.\nBest wishes,\nPat\n\n---------- Forwarded message ---------\nDear Cllr, I used to be a joiner and would gladly show the youngsters how to make a bird box one evening. I'd bring the wood. Happy to do it for nothing. Ron" })],
      ["a retired librarian's reading help", draft({ from: CLLR, body: "Dear Mrs Ndlovu,\nI'm passing on the offer below from a villager, in case it helps with your reading scheme.\nYours,\nDeepa\n\n---------- Forwarded message ---------\nHello, I'm a retired librarian with time on my hands and would love to listen to children read once a week, free, of course. Joan" })],
      ["spare raised beds", draft({ from: CLLR, body: "Dear Ms Owusu,\nA resident asked me to send on the offer below for the community garden. I said I would pass it to you.\nRegards,\nTom\n\n---------- Forwarded message ---------\nCouncillor, we have six spare raised beds from our old garden and the community garden is welcome to them if someone can collect. Sheila" })],
      ["first aid cover, no fee", draft({ from: CLLR, body: "Dear Mr Park,\nPlease see the offer below from a resident, which might suit the Scouts' camp weekend.\nThanks,\nLeon\n\n---------- Forwarded message ---------\nI was a first-aider for thirty years and I'd happily come along to the camp to cover first aid, no fee. Brenda" })],
      ["an accordion at the fete", draft({ from: CLLR, body: "Dear Revd Ellis,\nA parishioner asked me to pass on the offer below for the church fete. Do with it as you see fit.\nBest,\nAnn\n\n---------- Forwarded message ---------\nDear Ann, I play the accordion and would be glad to play at the fete for an hour, for the love of it. Cyril" })],
    ],
    "not advertising, someone's free offer passed on: %s",
  );
  tester.flags(
    [
      ["a beekeeping business's paid talks", draft({ from: CLLR, body: "Dear Mrs Achterberg,\nA resident has asked me to pass on the offer below, which I think the children might enjoy.\nKind regards,\nMargaret\n\n---------- Forwarded message ---------\nDear Councillor, I run a beekeeping business and give talks about bees to schools, £40 a session, with 10% off for local schools. Regards, Bernard" }), ["learnt@body:127-305"]],
      ["a joiner's paid workshops", draft({ from: CLLR, body: "Dear Mr Grant,\nOne of our residents asked me to forward the offer below to the youth club.\nBest wishes,\nPat\n\n---------- Forwarded message ---------\nDear Cllr, I'm a joiner and my firm runs bird-box workshops for groups at £8 a head; call me to book. Ron" }), ["private-offer@body:104-249"]],
      ["a private tutor's lessons", draft({ from: CLLR, body: "Dear Mrs Ndlovu,\nI'm passing on the offer below from a villager, in case it helps.\nYours,\nDeepa\n\n---------- Forwarded message ---------\nHello, I'm a private tutor taking on new clients for reading, £25 an hour, first lesson free. Joan" }), ["private-offer@body:90-229"]],
      ["a son's landscaping business", draft({ from: CLLR, body: "Dear Ms Owusu,\nA resident asked me to send on the offer below for the community garden.\nRegards,\nTom\n\n---------- Forwarded message ---------\nCouncillor, my son has started a landscaping business and could build raised beds at a good price. Sheila" }), ["private-offer@body:97-239"]],
      ["paid first aid courses", draft({ from: CLLR, body: "Dear Mr Park,\nPlease see the offer below from a resident.\nThanks,\nLeon\n\n---------- Forwarded message ---------\nI run first aid courses for groups, £30 per person, and can offer the Scouts a discount. Brenda" }), ["learnt@body:66-199"]],
      ["a band's rates", draft({ from: CLLR, body: "Dear Revd Ellis,\nA parishioner asked me to pass on the offer below for the church fete.\nBest,\nAnn\n\n---------- Forwarded message ---------\nDear Ann, my band does fetes and weddings at very reasonable rates; here's my number, 07700 900123. Cyril" }), ["private-offer@body:94-237"]],
    ],
    "still advertising, someone's free offer passed on: %s",
  );
  tester.accepts(
    [
      ["a double-barrelled Price, signed and greeted", draft({ from: CLLR, body: "Dear Mr Szymanski,\nI wonder if you could help with the enquiry below from a resident.\nKind regards,\nMargaret Oyelaran-Price\n\n---------- Forwarded message ---------\nDear Mrs Oyelaran-Price, my great-uncle, Private Albert Cole, is named on the village war memorial. Is there any record of where he served? Thank you, Susan" })],
      ["Lloyd-Price", draft({ from: CLLR, body: "Dear Mrs Hunt,\nThe message below came to me from a resident; could the Legion help?\nBest wishes,\nGareth Lloyd-Price\n\n---------- Forwarded message ---------\nDear Mr Lloyd-Price, my grandfather is on the memorial plaque in the church. Do you know where his records are kept? Many thanks, Dilys" })],
      ["Cllr Rhys Price", draft({ from: CLLR, body: "Dear Mr Osei,\nCould the history society answer the question below? It came to me from a resident.\nRegards,\nCllr Rhys Price\n\n---------- Forwarded message ---------\nDear Councillor Price, my great-grandmother ran the post office in the 1920s. Is there a photograph of it anywhere? Thanks, Eira" })],
      ["Vaughan-Price", draft({ from: CLLR, body: "Dear Ms Adair,\nI have been asked to pass on the enquiry below; the museum may know.\nKind regards,\nJune Vaughan-Price\n\n---------- Forwarded message ---------\nDear Mrs Vaughan-Price, my uncle served on the minesweepers and is on the memorial by the quay. Is there a record of his ship? Thank you, Colin" })],
      ["Cllr Price", draft({ from: CLLR, body: "Dear Mr Hale,\nPlease see the query below from a resident about the war memorial.\nThanks,\nDavid Price\n\n---------- Forwarded message ---------\nDear Cllr Price, my great-uncle is named on the memorial. Is there any record of where he is buried? Regards, Ivy" })],
      ["Rees-Price", draft({ from: CLLR, body: "Dear Miss Ford,\nA resident asked me about the question below; can the archive help?\nBest,\nAlun Rees-Price\n\n---------- Forwarded message ---------\nDear Mr Rees-Price, my great-aunt was a nurse in the Great War and is on the memorial. Where might her service record be? Thanks, Glenys" })],
    ],
    "not advertising, a surname that is a trade word: %s",
  );
  tester.flags(
    [
      ["Oyelaran-Price, and a husband's new round", draft({ from: CLLR, body: "Dear Mr Szymanski,\nMy husband has started a gutter-cleaning round this spring; he is insured and very tidy.\nKind regards,\nMargaret Oyelaran-Price" }), ["learnt@body:0-107"]],
      ["Lloyd-Price, and a son's new business", draft({ from: CLLR, body: "Dear Mrs Hunt,\nMy son has set up a van valeting business this year and he is fully insured.\nBest wishes,\nGareth Lloyd-Price" }), ["learnt@body:0-91"]],
      ["Cllr Rhys Price, and a wife's new business", draft({ from: CLLR, body: "Dear Mr Osei,\nMy wife has started a dog-walking business and is taking bookings.\nRegards,\nCllr Rhys Price" }), ["private-offer@body:14-80"]],
      ["Vaughan-Price, and a daughter's salon", draft({ from: CLLR, body: "Dear Ms Adair,\nMy daughter has just opened a nail salon on Fore Street and is taking bookings.\nKind regards,\nJune Vaughan-Price" }), ["private-offer@body:15-94"]],
      ["Cllr Price, and a brother's firm", draft({ from: CLLR, body: "Dear Mr Hale,\nMy brother has set up a roofing firm this year; he is fully insured and very tidy.\nThanks,\nDavid Price" }), ["learnt@body:0-96"]],
      ["Rees-Price, and a sister's lessons", draft({ from: CLLR, body: "Dear Miss Ford,\nMy sister has started giving piano lessons this autumn and has a few slots free.\nBest,\nAlun Rees-Price" }), ["private-offer@body:16-96"]],
    ],
    "still advertising, a surname that is a trade word: %s",
  );
  // Second fresh innocent set (2026-12-07): the council as the buyer, accepting a contractor's quote
  // ("further to your quotation … the Parish Council accepted it"), is council business.
  tester.accepts(
    [
      ['a quotation accepted at a meeting', 'Dear Mrs Nolan,\nFurther to your quotation dated 2 May, I can confirm that the Parish Council accepted it at its meeting last night. Please proceed with the fencing at the play area at the agreed price of £1,980 plus VAT.'],
      ['tree surgery, quotation by reference', 'Dear Mr Hussain,\nFurther to your quotation ref. 2291 for tree surgery in the churchyard, the Parish Council accepted it on 12 January. Please proceed at the agreed price of £1,700 plus VAT and let me know your start date.'],
      ['a tender for grass cutting', 'Dear Mr Owusu,\nFurther to your tender for the grass cutting contract, I can confirm that the town council accepted it. The contract price is £7,800 a year, starting in April.'],
      ['clock tower repairs, with a minute number', 'Dear Mrs Shaw,\nFurther to your quotation ref. 3310 dated 9 February, I am pleased to confirm that the Parish Council accepted it (minute 25/019). Please proceed with the clock tower repairs at the agreed price of £5,600 plus VAT.'],
      ['hedge cutting, a quote', 'Dear Mr Ng,\nFurther to your quote dated 14 March, I am pleased to confirm that the Parish Council accepted it at its meeting on 21 March. Please proceed with the hedge cutting on the recreation ground at the agreed price of £350.'],
      ['a footbridge handrail', 'Dear Mr Fenwick,\nFurther to your quotation ref. FW-12 dated 6 May, I am pleased to confirm that the Parish Council accepted it at its meeting on 13 May. Please proceed with the footbridge handrail at the agreed price of £1,240 plus VAT.'],
      ['pond clearance', 'Dear Mr Akhtar,\nFurther to your quotation dated 11 January, I am pleased to confirm that the Parish Council accepted it at its meeting on 18 January. Please proceed with the pond clearance at the agreed price of £900.'],
    ],
    "not advertising, the council accepting a contractor's quote: %s",
  );
  tester.flags(
    [
      ['a husband\'s round in the same sentence', 'Dear Mrs Nolan,\nFurther to your quotation, the Parish Council accepted it; my husband has also started a gutter-cleaning round this spring, he is insured and very tidy.', ['learnt@body:0-168']],
      ['a husband\'s round in the next sentence', 'Dear Mrs Nolan,\nFurther to your quotation, the Parish Council accepted it. My husband has started a gutter-cleaning round this spring; he is insured and very tidy.', ['learnt@body:16-163']],
      ['a son\'s firm undercutting', "Dear Mr Hallam,\nFurther to your quotation, my son's firm could do the drystone wall for less; give him a ring on 07700 900123.", ['private-offer@body:16-126']],
      ['a brother-in-law\'s paving slabs', 'Dear Mr Quinn,\nFurther to your quotation, the Town Council accepted it, and my brother-in-law sells paving slabs cheap if you need any - mention my name.', ['private-offer@body:15-153']],
      ['a daughter\'s window round', 'Dear Ms Ellis,\nFurther to your quotation, the Parish Council accepted it; my daughter has just started a window-cleaning round and is taking bookings.', ['private-offer@body:15-150']],
      ['the clerk\'s own logs', 'Dear Mr Rowe,\nFurther to your tender, the Town Council accepted it. If anyone needs logs this winter, I sell seasoned ash at £90 a load - drop me a line.', ['private-offer@body:68-153']],
    ],
    "still advertising, a private trade beside an accepted quote: %s",
  );
  // A councillor's casework, a question residents have put ("several residents have asked me when the
  // new recycling boxes will be delivered; the leaflet said spring"), is council business.
  const cllr = (body: string) => draft({ from: CLLR, body });
  tester.accepts(
    [
      ['food waste caddies', cllr('Dear Mr Grant,\nI wonder whether you could help. Several residents have asked me when the new food waste caddies will be delivered in Upper Marsh; the leaflet said "autumn". Is there a firmer date I could pass on?')],
      ['the garden waste price', cllr('Dear Ms Patel,\nA number of residents have asked me whether the new garden waste service will cost more next year; the leaflet that came with the bins gave no prices. Could you tell me?')],
      ['recycling sacks', cllr('Dear Sir or Madam,\nSeveral residents have asked me when the new recycling sacks will be delivered in our village; the leaflet said early in the new year. Is there a firmer date?')],
      ['a subscription price on a flyer', cllr("Dear Ms Osei,\nSome residents have asked me whether the garden waste subscription price will go up; the flyer through the door gave last year's prices. Could you confirm?")],
      ['blue boxes before Christmas', cllr('Dear Mr Bell,\nSeveral residents have asked me if the replacement blue boxes will be delivered before Christmas; the leaflet was vague. Is there a date I could pass on?')],
      ['glass recycling boxes', cllr('Dear Ms Fuller,\nSeveral residents have asked me when the glass recycling boxes will be delivered on the Weald estate; the leaflet just said "spring". Is there a firmer date I could give them?')],
    ],
    "not advertising, a councillor's casework: %s",
  );
  tester.flags(
    [
      ['a son\'s round in the same sentence', cllr('Dear Mr Grant,\nSeveral residents have asked me when the new caddies will be delivered, and my son has started a gutter-cleaning round this spring; he is insured and very tidy.'), ['learnt@body:0-175']],
      ['a husband\'s round in the next sentence', cllr('Dear Mr Grant,\nSeveral residents have asked me about the caddies. My husband has started a gutter-cleaning round this spring; he is insured and very tidy.'), ['learnt@body:15-154']],
      ['the councillor\'s own planters', cllr('Dear Mr Bell,\nSome residents have asked me about the blue boxes. I also make wooden planters for recycling boxes, £25 each - get in touch if you want one.'), ['learnt@body:14-154']],
      ['a nephew\'s bin cleaning', cllr('Dear Ms Khan,\nSeveral residents have asked me when the new bins will be delivered; my nephew has set up a bin-cleaning business and is taking bookings.'), ['private-offer@body:14-151']],
      ['a sister\'s cleaning firm', cllr("Dear Sir or Madam,\nSeveral residents have asked me when the sacks will be delivered. My sister runs a cleaning firm and is taking new customers at mates' rates."), ['private-offer@body:19-160']],
      ['a husband\'s garden clearances', cllr('Dear Ms Osei,\nSome residents have asked me whether the garden waste price will go up. My husband does garden clearances and is cheaper than the council - give him a ring.'), ['private-offer@body:14-170']],
    ],
    "still advertising, a private trade beside casework: %s",
  );
});
