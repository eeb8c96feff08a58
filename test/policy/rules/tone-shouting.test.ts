import rule from '../../../src/policy/rules/tone/shouting';
import { draft, findingsOf, idsOf, policy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/shouting', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['acronyms in a row', 'The NALC AGM, FOI and GDPR items, and the HMRC VAT return.'],
    ['three capital words', 'URGENT ROAD CLOSURE on Monday.'],
    ['the council name in capitals', 'WARE TOWN COUNCIL, The Priory.'],
    ['Part II headings', 'PART II EXEMPT ITEMS'],
    ['two exclamation marks', 'Well done!!'],
    ['question marks only', 'Really???'],
  ]);

  tester.flags([
    ['four capital words', 'PLEASE STOP SENDING THESE emails.', ['shouting@body:0-25']],
    ['an acronym inside a run', 'PLEASE READ THE NALC GUIDANCE NOW.', ['shouting@body:0-33']],
    ['an exclamation run', 'Fix it now!!!', ['exclamation@body:10-13']],
    ['mixed ! and ?', 'Why?!?', ['exclamation@body:3-6']],
  ]);

  // Council suites (helper tone3): a courteous message written wholly in capitals is a writing habit
  // (caps lock, a visual need), not a raised voice; capitals that stand out from ordinary case still shout.
  tester.accepts([
    ['a resident\'s request in capitals', 'HELLO\n\nTHE GRIT BIN ON MILL LANE IS EMPTY AGAIN. PLEASE CAN SOMEONE FILL IT.\n\nMANY THANKS\n\nALAN (NO 31)'],
    ['a booking enquiry in capitals', 'DEAR CLERK, COULD I BOOK THE SMALL HALL FOR MY MOTHERS 90TH ON 4 MAY. REGARDS, JEAN'],
    ['a thank-you in capitals', 'THANK YOU FOR SORTING THE STREETLIGHT SO QUICKLY. IT IS MUCH SAFER NOW FOR THE SCHOOL RUN.'],
    ['an apology in capitals', 'SORRY I MISSED THE MEETING ON TUESDAY, MY CAR WOULD NOT START. I WILL COME NEXT MONTH.'],
    ['a report in capitals with a signature', 'HI, THE BENCH BY THE WAR MEMORIAL HAS A BROKEN SLAT NEAR THE GATE. HOPE THIS HELPS.\n\nJean Smith'],
    ['a question in capitals', 'PLEASE COULD YOU TELL ME WHEN THE ALLOTMENT RENT IS DUE THIS YEAR AND WHO I PAY IT TO.'],
  ], 'capitals as a writing habit: %s');
  tester.flags([
    ['an angry note wholly in capitals, with no courtesy', 'WHY HAS NOBODY EMPTIED THE GRIT BIN. I AM SICK OF ASKING.', ['shouting@body:0-56']],
    ['a courteous note with a shouted sentence', 'Dear Clerk, thank you for the reply. WHY HAS NOBODY EMPTIED THE BIN YET?', ['shouting@body:37-71']],
  ]);

  it("leaves a reply's subject kept from the message it answers alone", () => {
    const body = 'Dear Mr Greenhalgh,\n\nThank you, the bin is filled.\n\nFrom: Alan Greenhalgh <alan@example.net>\nSent: 07 December 2026 13:53\nSubject: GRIT BIN CRAGG LANE\n\nHELLO';
    expect(idsOf(rule, draft({ subject: 'RE: GRIT BIN CRAGG LANE', body, composeType: 'reply' }))).toEqual([]);
    expect(idsOf(rule, draft({ subject: 'GRIT BIN CRAGG LANE', body: 'Dear Mr Greenhalgh, the bin is filled.' }))).toEqual(['shouting@subject:0-19']);
  });

  it('counts the subject', () => {
    expect(idsOf(rule, draft({ subject: 'WHY HAS NOBODY REPLIED', body: 'Hello' }))).toEqual(['shouting@subject:0-22']);
  });

  it('follows the policy thresholds', () => {
    const config = policy({ thresholds: { shoutingWords: 2, exclamationRun: 2 } });
    expect(idsOf(rule, draft({ body: 'STOP NOW!!' }), config)).toEqual(['shouting@body:0-8', 'exclamation@body:8-10']);
  });

  it('suggests sentence case and keeps acronyms', () => {
    const [f] = findingsOf(rule, draft({ body: 'PLEASE READ THE NALC GUIDANCE NOW.' }));
    expect(f.suggestions).toEqual(['Please read the NALC guidance now']);
  });

  it.each([
    ['a run after "I" keeps the pronoun and no capital mid-sentence', 'I HAVE TOLD YOU THREE TIMES already.', 'have told you three times'],
    ['"I\'M" keeps its capital', 'Frankly I\'M NOT GOING TO ASK AGAIN.', "I'm not going to ask again"],
    ['a run that starts a sentence gets a capital', 'Thanks. PLEASE READ THE NALC GUIDANCE NOW.', 'Please read the NALC guidance now'],
    ['a new sentence inside the run gets a capital', 'STOP NOW. I SAID NO MORE', 'Stop now. I said no more'],
    ['days and months keep a capital', 'THE MEETING IS ON MONDAY 3 MARCH', 'The meeting is on Monday 3 March'],
    ['the council\'s name and its people keep capitals', 'ASK ADA LOVELACE AT WARE TOWN COUNCIL NOW', 'Ask Ada Lovelace at Ware Town Council now'],
    ['"A" is a word, not an acronym', 'THIS IS A REAL PROBLEM', 'This is a real problem'],
  ])('rewrites in sentence case: %s', (_name, body, expected) => {
    const [f] = findingsOf(rule, draft({ body })).filter((x) => x.messageId === 'shouting');
    expect(f.suggestions).toEqual([expected]);
  });
});
