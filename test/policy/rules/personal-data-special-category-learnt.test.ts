// The learnt judgement of personal-data/special-category (issue #17): details in prose about
// someone identifiable, sent outside; never the writer's own news.
import rule from '../../../src/policy/rules/personal-data/special-category';
import { draft, learntFindingsOf as findingsOf, learntIdsOf as idsOf, CLERK, RESIDENT, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { PRACTICAL_REASONS } from '../../helpers/special-category-practical';
import { KINDS } from '../../helpers/special-category-kinds';

describe('personal-data/special-category, learnt judgement', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  it("flags a colleague's operation told to a resident, quoting the writer", () => {
    const [f] = findingsOf(rule, draft({ to: [RESIDENT], body: 'Our caretaker, Graham Poole, is off for two months after heart surgery.' }));
    // The rule's own reading of details in prose finds it now (helper sc6); before, the learnt judgement did.
    expect(f.messageId).toBe('health');
    expect(f.level).toBe('block');
    expect(f.message).toContain('Graham Poole');
    expect(f.message).toContain('health information');
  });

  it('flags a disciplinary warning about a named member of staff', () => {
    // The rule's own pattern reads it now (issue #17, round 7), in the judgement's words; before, the learnt judgement did.
    expect(idsOf(rule, draft({ to: [RESIDENT], body: 'The new warden, Mrs Tilly Green, has been given a final written warning for poor timekeeping.' }))).toEqual(['learnt@body:26-71']);
  });

  tester.accepts([
    ["the writer's own operation", draft({ to: [RESIDENT], body: 'I am off for two months after heart surgery, so please write to the deputy clerk.' })],
    ['a council health event', draft({ to: [RESIDENT], body: 'The council is holding a heart health morning at the library on Friday.' })],
    ['the same details sent inside the council', draft({ to: [CLERK], body: 'Our caretaker, Graham Poole, is off for two months after heart surgery.' })],
  ]);

  // The judgement reads only cues that pass the rule's own checks: names, whose data, everyday senses.
  // Each of these scores above the threshold when the checks are left out.
  tester.accepts(
    [
      ['a title in a name ("Ms")', draft({ to: [RESIDENT], body: 'Ms Priya Raman will open the craft fair on Saturday.' })],
      ["the writer's household in their own words", draft({ to: [RESIDENT], body: 'Hello, my wife has had a stroke and we would like a dropped kerb outside our house.' })],
      ['a news report', draft({ to: [RESIDENT], body: 'The Gazette reports that a man from a nearby village was arrested for arson last week.' })],
      ['the GP practice', draft({ to: [RESIDENT], body: 'Flu jabs: the surgery is holding walk-in sessions on Saturday mornings.' })],
      ['a charity', draft({ to: [RESIDENT], body: 'The Brownies raised £120 for the hospice at the summer fete.' })],
      ['a church', draft({ to: [RESIDENT], body: 'The Catholic church will ring its bells for the Armistice service.' })],
      ['a terminal ID', draft({ to: [RESIDENT], body: 'The café card machine shows terminal ID 55102938 on its receipt.' })],
    ],
    'does not judge %s',
  );

  // Lists of residents (names, addresses, sums owed or telephone numbers) are personal-data/external's
  // warning; a title ("Ms K Hepworth") is not the condition MS, and a list line is not prose about anyone.
  const WAITING = 'Here is the waiting list so you can ring round about the plots:\n1. Mrs D Pollard, 14 Cheapside Road, 07700 900112\n2. Ms K Hepworth, 22 Church Lane, 01422 881902\n3. Mr T Okafor, Flat 2, 41 North Street, 07700 900233';
  const ARREARS = 'Still owing for the year:\nMrs K Begum, 14 Hollybank Road, plot 3, £42.00\nMr and Mrs Sidhu, 27 Orchard Lane, plot 12, £42.00\nMs T Nowak, Flat 6, Wharf House, plot 21, £21.00';
  tester.accepts(
    [
      ['a waiting list with titles and initials', draft({ to: [RESIDENT], body: WAITING })],
      ['a list of plot holders owing rent', draft({ to: [RESIDENT], body: ARREARS })],
      ['a title and an initial in prose', draft({ to: [RESIDENT], body: 'Ms K Hepworth has given up plot 4, so it is free from March.' })],
    ],
    'does not judge %s',
  );

  it('still reads health details written after a list entry, and the condition MS beside a title', () => {
    // The rule's own pattern reads it now ("in hospital after a stroke", issue #17); before, the learnt judgement did.
    expect(idsOf(rule, draft({ to: [RESIDENT], body: WAITING + ' - she is in hospital after a stroke, so ring her daughter' }))).toEqual(['health@body:217-250']);
    expect(idsOf(rule, draft({ to: [RESIDENT], body: 'Ms K Hepworth has MS and can no longer manage plot 4, so she has given it up.' }))).toEqual(['health@body:5-20']);
  });

  // Issue #17, round 6: the learnt judgement confirms the rule's new phrases in their sentences (a name,
  // a practical reason, an outside reader); each of these blocks with the judgement on.
  tester.flags(
    Object.values(PRACTICAL_REASONS).flat().map(([name, body, ids]) => [name, draft({ to: [RESIDENT], body }), ids] as [string, ReturnType<typeof draft>, string[]]),
    'confirms a practical reason: %s',
  );
  // Issue #17, round 7: the same for a record in the plural, a disciplinary or sickness record, and sexuality as a warning.
  tester.flags(
    Object.values(KINDS).flatMap((k) => k.flags).map(([name, body, ids]) => [name, draft({ to: [RESIDENT], body }), ids] as [string, ReturnType<typeof draft>, string[]]),
    'confirms a round-7 kind: %s',
  );
  tester.accepts(
    Object.values(KINDS).flatMap((k) => k.accepts).map(([name, body]) => [name, draft({ to: [RESIDENT], body })] as [string, ReturnType<typeof draft>]),
    'round-7 neighbour: %s',
  );

  // Fresh innocent set (2026-12-07): the sender's own operation, with the dates of their absence between
  // the writer and the cue. A month or a day is capitalised but is no one: "I", "my knee" decide.
  const absence = (opening: string, sentence: string, after: string) => draft({ to: [RESIDENT], body: `${opening},\n\n${sentence} ${after}\n\nRegards,\nGill` });
  tester.accepts(
    [
      ['away between dates for an operation on my hip', absence('Dear Mrs Okafor', 'I will be away from the office from 3 to 14 February for an operation on my hip.', 'Anything urgent should go to the Vice-Chairman, Councillor Platt, on 01462 330 118.')],
      ['out between dates for an operation on my hand', absence('Dear Mr Lund', 'I shall be out of the office between 9 and 20 October for an operation on my hand.', 'Any urgent business should go to the Chairman, Councillor Ruiz, on 01462 330 118.')],
      ['away from a date for an operation on my back', absence('Dear Mr Hollis', 'I am away from 2 to 16 September for an operation on my back.', 'In the meantime the Chairman, Councillor Dean, is your contact.')],
      ['off from a weekday and a date for an operation on my ankle', absence('Dear Dr Evans', 'I am off from Tuesday 4 May until the end of the month for an operation on my ankle;', 'the Deputy Clerk, Mrs Grey, has the file.')],
      ['away for an operation on my wrist', absence('Dear Mrs Bell', 'I will be away from the office from 6 to 17 January for an operation on my wrist.', 'Any urgent Council business should go to Councillor Shah on 01920 441 900.')],
      ['away for an operation on my shoulder', absence('Dear Mr Quinn', 'I am away from 11 to 22 November for an operation on my shoulder.', 'Councillor Fry will look after the footpath query until I am back.')],
      ['off from a weekday for an operation on my eye', absence('Dear Mrs Rowe', 'I will be off from Wednesday 5 March for a week for an operation on my eye;', 'the Chairman, Councillor Webb, has your letter.')],
    ],
    "the sender's own operation, dates between: %s",
  );
  // The rule's reading of details in prose finds these now (helper sc6), from the person to the operation.
  tester.flags(
    [
      ["the caretaker's operation on his hip", absence('Dear Mrs Okafor', 'Our caretaker, Mr Poole, will be away from 3 to 14 February for an operation on his hip.', 'Anything urgent should go to the Vice-Chairman, Councillor Platt, on 01462 330 118.'), ['health@body:33-105']],
      ["the warden's operation on her foot", absence('Dear Ms Khan', 'Our warden, Mrs Hurst, is away from 1 to 12 April for an operation on her foot, so please contact Councillor Marsh about the bench.', ''), ['health@body:27-93']],
      ["the cleaner's operation on her back", absence('Dear Mr Hollis', 'Our cleaner, Mrs Dale, is away from 2 to 16 September for an operation on her back.', 'In the meantime the Chairman, Councillor Dean, is your contact.'), ['health@body:30-99']],
      ["the litter picker's operation on his ankle", absence('Dear Dr Evans', 'Our litter picker, Mr Reyes, is off from Tuesday 4 May until the end of the month for an operation on his ankle.', ''), ['learnt@body:16-128']],
      ["the caretaker's surgery on his wrist", absence('Dear Mrs Bell', 'Our caretaker, Mr Poole, is away from 6 to 17 January for surgery on his wrist.', 'Please send anything urgent to Councillor Shah on 01920 441 900.'), ['health@body:31-94']],
      ["the handyman's operation on his shoulder", absence('Dear Mr Quinn', 'Our handyman, Mr Tate, is away from 11 to 22 November for an operation on his shoulder.', 'Councillor Fry will look after the footpath query.'), ['health@body:30-102']],
      ["the caretaker's operation on her eye", absence('Dear Mrs Rowe', 'Our caretaker, Mrs Judd, will be off from Wednesday 5 March for a week for an operation on her eye;', 'the Chairman, Councillor Webb, has your letter.'), ['health@body:31-114']],
    ],
    "someone else's operation, dates between: %s",
  );
});
