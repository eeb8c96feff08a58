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
