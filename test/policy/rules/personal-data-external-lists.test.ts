// Lists of named residents with addresses and sums owed, going outside (issue #17, warn).
import rule from '../../../src/policy/rules/personal-data/external';
import { draft, findingsOf, idsOf, policy, CLERK, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const LIST = 'Unpaid pitch fees for your agency:\nMrs R. Dale, 14 Fore Street, £120\nTom Ince, 3 Crib Street, £85\nA. Shah, Flat 2, 9 Star Street, £40';

describe('personal-data/external, lists of residents who owe money', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  it('warns on a list with names, addresses and sums, quoting its first entry', () => {
    const [f] = findingsOf(rule, draft({ to: [RESIDENT], body: LIST }));
    expect(f.messageId).toBe('resident-list');
    expect(f.level).toBe('warn');
    expect(f.message).toContain('Mrs R. Dale, 14 Fore Street, £120');
    expect(f.message).toContain('3 named people');
  });

  tester.accepts([
    ['the same list sent to the office', draft({ to: [CLERK], body: LIST })],
    ['a total without names', draft({ to: [RESIDENT], body: 'Three traders owe pitch fees totalling £245.' })],
    ['one named debt', draft({ to: [RESIDENT], body: 'Mrs R. Dale, 14 Fore Street, owes £120.' })],
    ['charges without people', draft({ to: [RESIDENT], body: 'Garage 3, 18 Collett Road, £260 a year\nGarage 7, 2 Star Street, £130 a year' })],
  ]);
});

// Names with home addresses and telephone numbers, no money (a waiting list, a volunteers' list).
const CONTACTS = 'Our waiting list, as promised:\n1. Gwen Tapley, 8 Sorrel Way, 01632 960 118\n2. Mr D. Okafor, 21 Mill Road, 07700 900 456\n3. Priya Menon, Flat 4, 2 Kiln Lane, 01632960742';

describe('personal-data/external, lists of residents with addresses and telephone numbers', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  it('warns on three or more named people with addresses and numbers going outside, quoting the first', () => {
    const [f] = findingsOf(rule, draft({ to: [RESIDENT], body: CONTACTS }));
    expect(f.messageId).toBe('contact-list');
    expect(f.level).toBe('warn');
    expect(f.message).toContain('Gwen Tapley, 8 Sorrel Way, 01632 960 118');
    expect(f.message).toContain('3 named people with their home addresses and telephone numbers');
  });

  it('warns even when the list goes to a partner body named in the policy file, which is another organisation', () => {
    const config = policy({ partnerDomains: ['eastherts.gov.uk'] });
    const toDistrict = draft({ to: ['housing@eastherts.gov.uk'], body: CONTACTS });
    const [f] = findingsOf(rule, toDistrict, config);
    expect(f.messageId).toBe('contact-list');
    expect(f.message).toContain('(housing@eastherts.gov.uk)');
    // A single person's details to the same partner are routine liaison, as before.
    expect(idsOf(rule, draft({ to: ['housing@eastherts.gov.uk'], body: 'Mrs Dale (NI number QQ 12 34 56 C) has asked for help with her claim.' }), config)).toEqual([]);
  });

  tester.accepts([
    ['the same list sent to the office', draft({ to: [CLERK], body: CONTACTS })],
    ['two people, as a signature and a colleague', draft({ to: [RESIDENT], body: 'Call me or Jo if you need us:\nSam Reid, 1 High Street, 01632 960 419\nJo Marsh, 1 High Street, 01632 960 420' })],
    ['names and numbers without addresses', draft({ to: [RESIDENT], body: 'Gwen Tapley 01632 960 118\nDavid Okafor 07700 900 456\nPriya Menon 01632 960 742' })],
  ]);
});

describe('personal-data/external, lists written with a title and a bare initial', () => {
  it('reads "Mrs D Pollard" and "Mr and Mrs Sidhu" as names', () => {
    const contacts = 'The waiting list:\n1. Mrs D Pollard, 14 Cheapside Road, 07700 900112\n2. Ms K Hepworth, 22 Church Lane, 01422 881902\n3. Mr T Okafor, Flat 2, 41 North Street, 07700 900233';
    expect(idsOf(rule, draft({ to: [RESIDENT], body: contacts }))).toEqual(['contact-list@body:21-168']);
    const arrears = 'Still owing:\nMrs K Begum, 14 Hollybank Road, plot 3, £42.00\nMr and Mrs Sidhu, 27 Orchard Lane, plot 12, £42.00';
    expect(idsOf(rule, draft({ to: [RESIDENT], body: arrears }))).toEqual(['resident-list@body:13-110']);
  });

  it('does not read a single capital after a title as a list entry without an address', () => {
    expect(idsOf(rule, draft({ to: [RESIDENT], body: 'Mrs D Pollard rang, £42.00\nMr T Okafor rang, £21.00' }))).toEqual([]);
  });
});


// Issue #17, round 7: rural and northern addresses (a house or street without a number, a house name
// before the number, "Brow", "Fold", "Bungalows") and six-digit dialling codes ("015394 60511") are still homes and numbers.
describe('personal-data/external, contact lists with house names and long dialling codes', () => {
  const tester = ruleTester(rule, { level: 'warn' });
  const list = (lines: string[]) => draft({ to: [RESIDENT], body: 'For the day:\n' + lines.join('\n') });
  tester.flags([
    ['house names and a numbered brow', list(['Joan Birkett, Rose Cottage, 015394 32118', 'Peter Hale, 2 Fell Brow, 07700 900301', 'Mary Lowther, Forge Cottage, 07700 900877']), ['contact-list@body:13-133']],
    ['bungalows, a croft and a fold', list(['Mr A. Nixon, 6 Beck Bungalows, 01768 771234', 'Mrs P. Dent, Low Croft, 01768 771990', 'Tom Sowerby, 9 Kirk Fold, 07700 900555']), ['contact-list@body:13-132']],
    ['dashes between the parts', list(['- Ann Pratt - 12 Mill Croft - 01524 761003', '- Bob Pratt - Lane End Farm - 01524 761778', '- Cath Yeats - 4 Ash Meadows - 07700 900650']), ['contact-list@body:15-142']],
    ['numbers written +44', list(['Sue Hartley, 3 Orchard Meadows, +44 7700 900111', 'Raj Patel, 10 Tarn Croft, +44 7700 900222', 'Lin Wu, The Barn, Moor Lane, +44 7700 900333']), ['contact-list@body:13-147']],
    ['six-digit dialling codes', list(['Bill Airey, High Garth, 015394 41122', 'Nora Airey, 5 Kirk Brow, 015394 41890', 'Len Fell, Church Row, 015394 40017']), ['contact-list@body:13-122']],
    ['a farm, a garth and meadows', list(['Rob Dawson, Intack Farm, 015396 20044', 'Amy Dawson, 7 Deer Garth, 07700 900421', 'Kath Moss, 1 Priory Meadows, 01539 620777']), ['contact-list@body:13-131']],
    // A house name alone, just before the number (restored, issue #17).
    ['a house name alone', list(['David Ogden, The Old Smithy, 07700 900733', 'Peter Hale, 2 Fell Brow, 07700 900301', 'Mary Lowther, The Forge, 015394 32118']), ['contact-list@body:13-130']],
    ['house names with titles', list(['Mrs J. Airey, The Granary, 01768 771234', 'Mr T. Airey, The Old Vicarage, 01768 771990', 'Ms K. Dent, The Laurels, +44 7700 900555']), ['contact-list@body:13-137']],
    ['house names, dashes', list(['- Ann Pratt - The Mount - 01524 761003', '- Bob Pratt - Lane End Farm - 01524 761778', '- Cath Yeats - The Hollies - 07700 900650']), ['contact-list@body:15-136']],
    ['house names and a croft', list(['Gwen Tapley, The Coach House, 01539 620111', 'Ray Tapley, 4 Mill Croft, 01539 620222', 'Lou Hird, High Croft, 01539 620333']), ['contact-list@body:13-129']],
    ['a list of helpers with house names', list(['Sue Hartley, The Old School, 07700 900111', 'Raj Patel, The Orchard, 07700 900222', 'Lin Wu, The Barn, 07700 900333']), ['contact-list@body:13-122']],
    ['a farmhouse and a house name', list(['Rob Dawson, Intack Farm, 015396 20044', 'Amy Dawson, The Old Dairy, 07700 900421', 'Kath Moss, The Stables, 01539 620777']), ['contact-list@body:13-127']],
  ], 'rural homes: flags %s');
  tester.accepts([
    ['two people only', list(['Joan Birkett, Rose Cottage, 015394 32118', 'Peter Hale, 2 Fell Brow, 07700 900301'])],
    ['an outdoor centre and firms', list(['Dan Wilson, Birk Ghyll Outdoor Centre, 015394 60123', 'Amy Todd, Kendal Scaffolding Ltd, 01539 720111', 'Sam Hird, Lakes Hire Services, 01539 733444'])],
    ['names and numbers only', list(['Joan Birkett 015394 32118', 'Peter Hale 07700 900301', 'Mary Lowther 07700 900877'])],
    ['house names without numbers', list(['Joan Birkett, Rose Cottage', 'Peter Hale, 2 Fell Brow', 'Mary Lowther, The Old Forge'])],
    ['places to meet, no people', list(['The Old Forge, 015394 32118', 'Rose Cottage tea room, 07700 900301', 'The Barn, Moor Lane, 07700 900877'])],
    ['sums of a different kind', draft({ to: [RESIDENT], body: 'Tickets:\nMrs Dale, 2 Adults, £24\nTom Ince, 3 Children, £15' })],
    ['businesses named The …', list(['The Old Bakery Cafe, 015394 32118', 'The Kings Arms, 07700 900301', 'The Village Shop, 07700 900877'])],
    ['people at businesses named The …', list(['Dan Wilson, The Old Bakery Cafe, 015394 60123', 'Amy Todd, The Kings Arms Hotel, 01539 720111', 'Sam Hird, The Lakes Garage Ltd, 01539 733444'])],
    ['two house names only', list(['David Ogden, The Old Smithy, 07700 900733', 'Mary Lowther, The Forge, 015394 32118'])],
    ['the writer’s own signature', draft({ to: [RESIDENT], body: 'Thanks,\nDavid Ogden, The Old Smithy, 07700 900733' })],
  ], 'rural homes: accepts %s');
});
