import rule from '../../../src/policy/rules/disclaimer/personal-views';
import { draft, findingsOf, idsOf, policy, CLERK, CLLR, RESIDENT, STAFF } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import type { MailDraft } from '../../../src/policy/types';

const DISCLAIMER = policy().disclaimer;

describe('disclaimer/personal-views', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['no opinion', draft({ from: CLLR, body: 'The meeting is on Thursday.' })],
    ['opinion only to colleagues inside the council', draft({ from: STAFF, to: [CLERK], body: 'I think the hall is too small.' })],
    ['the disclaimer word for word', draft({ from: CLLR, body: `I think the hall is too small.\n\n${DISCLAIMER}` })],
    ['the disclaimer with other spacing and case', draft({ from: CLLR, body: `In my view it works.\n\n${DISCLAIMER.toUpperCase().replace(/ /g, '\n ')}` })],
    ['a disclaimer in other words', draft({ from: CLLR, body: 'Personally, I like it. The views expressed are my own.' })],
    ['the disclaimer across non-breaking spaces and tabs', draft({ from: CLLR, body: `I think so.\n${DISCLAIMER.replace(/ /g, '\u00a0\t')}` })],
    ['other words split across lines', draft({ from: CLLR, body: 'I think so.\nThis is my personal\n  view and not\tnecessarily theirs.' })],
    ['an officer\'s professional opinion', draft({ from: CLERK, body: 'I think the invoice is wrong: it charges for 12 visits.' })],
    ['an officer\'s stated professional view', draft({ from: CLERK, body: 'In my view the tree needs a specialist survey.' })],
    ['an officer doing something personally', draft({ from: CLERK, body: 'I will personally check the site on Friday.' })],
    ['a councillor doing something personally', draft({ from: CLLR, body: 'I\'ll personally make sure the keys are returned.' })],
    ['an unlisted sender\'s "I believe" about a date', draft({ from: STAFF, body: 'I believe we have until 31 March to spend the grant.' })],
  ]);

  tester.accepts([
    ['typed with a curly apostrophe, configured straight', 'I think so.\nIt’s my own view, not the council’s.', { config: policy({ disclaimer: "It's my own view, not the council's." }) }],
    ['typed straight, configured curly', "I think so. It's my OWN view.", { config: policy({ disclaimer: 'It’s my own view.' }) }],
    ['configured ending " ." with text after it', 'I think so. Personal view only - J.', { config: policy({ disclaimer: 'Personal view only .' }) }],
  ], { title: 'accepts a custom disclaimer %s', input: (body: string) => draft({ from: CLLR, body }) });

  tester.flags([
    ['"I think" to a resident', draft({ from: CLLR, to: [RESIDENT], body: 'I think the hall is too small.' }), ['missing@body:0-7']],
    ['"in my opinion" from staff', draft({ from: STAFF, to: [RESIDENT], body: 'Thanks. In my opinion it is fine.' }), ['missing@body:8-21']],
    ['an officer\'s view given as personal', draft({ from: CLERK, body: 'Thanks. In my personal view the bypass is a mistake.' }), ['missing@body:8-27']],
    ['an officer\'s "personally, I"', draft({ from: CLERK, body: 'Personally, I support the 20 mph zone.' }), ['missing@body:0-10']],
    ['an officer\'s opinion on party politics', draft({ from: CLERK, body: 'The hall is booked. I think the government has got this badly wrong.' }), ['missing@body:20-27']],
    ['one external among internal recipients', draft({ from: CLLR, to: [CLERK, RESIDENT], body: 'Personally I disagree.' }), ['missing@body:0-10']],
    ['only half of the disclaimer', draft({ from: CLLR, body: `I think so.\n${DISCLAIMER.slice(0, 40)}` }), ['missing@body:0-7']],
    ['the disclaimer\'s words run together', draft({ from: CLLR, body: `I think so.\n${DISCLAIMER.replace(/ /g, '')}` }), ['missing@body:0-7']],
  ]);

  // A councillor's view stated as plain fact, with no "I think": candour or a verdict on a scheme.
  const cllrToResident = (body: string) => draft({ from: CLLR, to: [RESIDENT], body });
  tester.flags([
    ['"frankly"', cllrToResident('Frankly the new parking scheme is a nonsense.'), [{ id: 'missing@body:0-7', text: 'Frankly' }]],
    ['"to be honest"', cllrToResident('Thanks for asking. To be honest the county are throwing good money after bad.'), [{ id: 'missing@body:19-31', text: 'To be honest' }]],
    ['"if you ask me"', cllrToResident('If you ask me, the consultation was rushed.'), [{ id: 'missing@body:0-13', text: 'If you ask me' }]],
    ['a verdict on a scheme', cllrToResident('The bus gate is a complete waste of money.'), [{ id: 'missing@body:13-41', text: 'is a complete waste of money' }]],
    ['money said to be wasted', cllrToResident('The district are wasting money on consultants again.'), [{ id: 'missing@body:17-30', text: 'wasting money' }]],
    ['a better option put as fact', cllrToResident('The village would be far better off with a zebra crossing by the school.'), [{ id: 'missing@body:0-35', text: 'The village would be far better off' }]],
  ], 'flags a view stated as fact: %s');
  // Fresh innocent set (2026-12-07): a disclaimer in plain words, anywhere in the email: the view said
  // to be the writer's own and the council's voice disowned (2.2 asks for a disclaimer where personal
  // views are expressed; 3.1 forbids passing them off as the council's).
  tester.accepts(
    [
      ['"speaking for myself and not for the council"', cllrToResident('Speaking for myself and not for the council, I think the play area needs new swings.')],
      ['"my own view, not the town council\'s"', cllrToResident("I'll back the bus shelter grant. That's my own view, not the town council's, until it votes.")],
      ['"just me talking, not the council mind"', cllrToResident("I reckon the car park wants resurfacing first - that's just me talking, not the council mind.")],
      ['"in a private capacity and not on behalf of"', cllrToResident('I write in a private capacity and not on behalf of Ware Town Council. In my view the market should stay on Fridays.')],
      ['"my personal opinion as an individual councillor, not the position of the council"', cllrToResident('This is my personal opinion as an individual councillor, not the position of the council: I think the toilets should stay open.')],
      ['"me speaking, mind, not the council"', cllrToResident("Frankly the hedge cutting was a shambles. That's me speaking, mind, not the council.")],
      ['"I\'m not speaking for the council here"', cllrToResident("I'm not speaking for the council here, but I believe the footpath should be gritted.")],
      ['"I don\'t speak for the parish council"', cllrToResident('I don’t speak for the parish council on this, but I think the allotment extension is overdue.')],
      ['"my views and not those of the council"', cllrToResident('I think the speed limit should drop to 20 mph. These are my own views and not those of the council.')],
    ],
    'accepts a disclaimer in plain words: %s',
  );
  tester.flags(
    [
      ['"my own view" disowning nothing', cllrToResident('My own view is that the council has got the parking charges wrong.'), ['missing@body:0-14']],
      ['"speaking for myself" disowning nothing', cllrToResident('Speaking for myself, I think the council should drop the scheme.'), ['missing@body:0-19']],
      ['"just my own opinion" then the council', cllrToResident('Just my own opinion, but the council ought to fund the youth club.'), ['missing@body:0-19']],
      ['a view about the council after "my own view"', cllrToResident("My own view: not the council's finest hour."), ['missing@body:0-11']],
      ['"not the council\'s fault" after "my own view"', cllrToResident("My own view, not the council's fault, is that the county let the drains go."), ['missing@body:0-11']],
      ['"not the council" in a view about who should pay', cllrToResident('Personally I think the developer should pay, not the council taxpayer.'), ['missing@body:0-10']],
    ],
    'flags a view with no disclaimer: %s',
  );

  // A hedge on a fact is no view: "which I believe is CHA/12/1", "which I think is you".
  tester.accepts(
    [
      ['a footpath number', cllrToResident('Please give the footpath number when you report it, which I believe is CHA/12/1.')],
      ['whose job it is', cllrToResident("The ditch is the landowner's job, which I think is you.")],
      ['a meeting date', cllrToResident('It is on the agenda, and I believe it is on the 12th.')],
      ['a grid reference', cllrToResident("Give them the lamp post's number, which I think is 47.")],
      ['a telephone number', cllrToResident("The crew's number, which I believe is 0300 123 4567, is on the district's website.")],
      ['a closing date', cllrToResident('Comments go to the district council; I believe it’s by 14 March.')],
    ],
    'accepts a hedge on a fact: %s',
  );
  tester.flags(
    [
      ['a verdict after "which I think is"', cllrToResident('The new parking scheme, which I think is a disgrace, starts in May.'), ['missing@body:30-37']],
      ['a verdict after "I believe it is"', cllrToResident('I believe it is wrong to close the toilets in winter.'), ['missing@body:0-9']],
      ['"I think" before a proposal', cllrToResident('I think the hall should be repainted before the fair.'), ['missing@body:0-7']],
      ['"I believe" on a charge', cllrToResident('I believe the car park charges are too high.'), ['missing@body:0-9']],
      ['a view on whose job it is', cllrToResident("The ditch is the landowner's job, which I think is unfair on you."), ['missing@body:40-47']],
      ['"I think it is" a view', cllrToResident('I think it is time the council listened to the market traders.'), ['missing@body:0-7']],
    ],
    'flags a hedged view: %s',
  );
  tester.accepts([
    ['the same candour from the clerk', draft({ from: CLERK, to: [RESIDENT], body: 'Frankly the invoice is wrong: it charges for twelve visits.' })],
    ['the same verdict from the clerk', draft({ from: CLERK, to: [RESIDENT], body: 'Printing every page in colour is a waste of money.' })],
    ['a view stated as fact, to the clerk only', draft({ from: CLLR, to: [CLERK], body: 'Frankly the new parking scheme is a nonsense.' })],
    ['a view stated as fact, with the disclaimer', cllrToResident(`Frankly the new parking scheme is a nonsense.\n\n${DISCLAIMER}`)],
    ['a fact about money, from a councillor', cllrToResident('The scheme will cost the county about £40,000.')],
    ['"better" about the weather', cllrToResident('Hopefully the weather is better on Saturday for the litter pick.')],
    ['advice on whom to ask', cllrToResident("You'd be better off ringing the district council's planning line directly.")],
  ], 'accepts: %s');

  // Second fresh innocent set (2026-12-07): views the writer marks as their own in their own words.
  // `at(marker)`: the finding expected on the first occurrence of the marker.
  const at = (marker: string) => (d: string | MailDraft) => {
    const i = (typeof d === 'string' ? d : d.body.text).indexOf(marker);
    return [{ id: `missing@body:${i}-${i + marker.length}`, text: marker }];
  };
  // A disclaimer worded the writer's way: the view disowned for the council after a few more linking
  // words ("as a ward councillor", "this"), "speaking as one councillor", "as me", "rather than".
  tester.accepts(
    [
      ['"my own view as a ward councillor, not the town council\'s position"', cllrToResident("This is my own view as a ward councillor, not the town council's position: I think the 20mph zone should cover Mill Lane.")],
      ['"my own view this. Not the parish council\'s."', cllrToResident("My own view this. Not the parish council's. We haven't voted on it. The cuts to the bus are a bad idea.")],
      ['"speaking as one councillor and not for the parish council"', cllrToResident('Speaking as one councillor and not for the parish council: I think the new charges will hurt the market.')],
      ['"me personally rather than the town council"', cllrToResident('Please quote me personally rather than the town council: I believe the library should stay open.')],
      ['"as a resident rather than as a councillor"', cllrToResident("I'm writing as a resident rather than as a councillor, and I think the new junction layout is dangerous.")],
      ['"as me, not the council"', cllrToResident('Take this as me, not the council: frankly the consultation was rushed.')],
      ['"speaking as a local resident and not on behalf of"', cllrToResident('Speaking as a local resident and not on behalf of the parish council, I reckon the hedge wants cutting back.')],
    ],
    'accepts a disclaimer worded the writer\'s way: %s',
  );
  tester.flags(
    [
      ['"my own view as a ward councillor" disowning nothing', cllrToResident('This is my own view as a ward councillor: I think the 20mph zone should cover Mill Lane.'), at('my own view')],
      ['"my own view this" then a view of the council', cllrToResident('My own view this. The parish council got the bus cuts wrong.'), at('My own view')],
      ['"speaking as one councillor" disowning nothing', cllrToResident('Speaking as one councillor, I think the new charges will hurt the market.'), at('I think')],
      ['"rather than" with no one disowned', cllrToResident('I believe the library should stay open, rather than the council selling it off.'), at('I believe')],
      ['"as a resident" then a view', cllrToResident('As a resident I think the new junction layout is dangerous, and the council should rethink it.'), at('I think')],
      ['"from me" disowning nothing', cllrToResident("Take this from me: frankly the council's consultation was rushed."), at('frankly')],
    ],
    'flags a view not disowned: %s',
  );
  // The writer's own vote to come, or a view said to be personal, in an email that says the council has
  // still to decide: one councillor's voice, not passed off as the council's (3.1).
  tester.accepts(
    [
      ['a vote "for what it\'s worth", and a council decision', cllrToResident("For what it's worth I'll be voting in favour of getting quotes, but it's a council decision so nothing's agreed until then.")],
      ['"I intend to vote in favour … I think", then "if the council agrees"', cllrToResident('I intend to vote in favour on Tuesday; I have read the guidance and I think it would suit Furnace Lane well. If the council agrees, volunteers will be needed.')],
      ['"speaking for myself … I intend to propose", "for the whole council to decide"', cllrToResident('Speaking for myself, I share your view, and I intend to propose that the toilets stay open. It will be for the whole council to decide.')],
      ['"speaking personally", "the parish council hasn\'t taken a position"', cllrToResident("Speaking personally, I'd welcome the mast. The parish council hasn't taken a position on the application.")],
      ['"I\'ll be supporting … I believe", "the council hasn\'t discussed it yet"', cllrToResident("I'll be supporting the application because I believe the village needs starter homes, but the council hasn't discussed it yet.")],
      ['"I will second the motion … I feel strongly", "up to the council to decide"', cllrToResident('I will second the motion, as I feel strongly that the verge should be protected; whether it passes is up to the council to decide.')],
      ['"personally I think", "we haven\'t voted on them yet"', cllrToResident("Personally I think the allotment rents are fair, but we haven't voted on them yet.")],
    ],
    'accepts a view marked as the writer\'s own, the council yet to decide: %s',
  );
  tester.flags(
    [
      ['a vote and a view, nothing said of the council', cllrToResident("For what it's worth I'll be voting in favour; the skate ramp is long overdue."), at("For what it's worth")],
      ['a view with no vote, then "if the council agrees"', cllrToResident('I think the scheme would suit Furnace Lane well. If the council agrees, volunteers will be needed.'), at('I think')],
      ['"speaking for myself" on a decision already taken', cllrToResident('Speaking for myself, the toilets should stay open and the council decided wrongly.'), at('Speaking for myself')],
      ['"I think" with no vote, "the parish council hasn\'t taken a position"', cllrToResident("I think the mast is fine. The parish council hasn't taken a position."), at('I think')],
      ['a vote and a view, the council not mentioned', cllrToResident("I'll be supporting the application because I believe the village needs starter homes."), at('I believe')],
      ['a vote against the council\'s decision already made', cllrToResident("The council's decision to close the toilets was wrong, and I'll be voting to reverse it as I believe they matter."), at('I believe')],
      ['"speaking for myself", a decision to come but not the council\'s', cllrToResident('Speaking for myself, the car park charges are daylight robbery. The decision will be made by the county on the 22nd.'), at('Speaking for myself')],
    ],
    'flags a view with the council\'s decision not said to be to come: %s',
  );
  // A hedge on the writer's own illness is no council business; the same hedge on council business is.
  tester.accepts(
    [
      ['flu and the doctor\'s advice', cllrToResident('I have had a bad case of flu since Tuesday and the doctor has told me to stay at home, which I think is wise.')],
      ['a chest infection', cllrToResident("I'm poorly with a chest infection, so I won't make the litter pick; I think it's best I keep my germs to myself.")],
      ['signed off by the GP', cllrToResident('My GP has signed me off for a fortnight, which I believe is for the best.')],
      ['a stinking cold', cllrToResident("I've got a stinking cold, so I reckon I'd better stay away from the toddler group on Friday.")],
      ['"frankly" about flu', cllrToResident('Frankly I feel dreadful - this flu has knocked me for six.')],
      ['a knee replacement', cllrToResident("I'm in hospital for my knee replacement on Monday, and I think I'll be off my feet for a fortnight.")],
    ],
    'accepts a hedge on the writer\'s own illness: %s',
  );
  tester.flags(
    [
      ['flu, then the precept', cllrToResident("I've had flu all week, but I think the precept rise is far too high."), at('I think')],
      ['a chest infection, then the budget', cllrToResident("I'm poorly with a chest infection, but frankly the council's budget is a shambles."), at('frankly')],
      ['the doctor, then a planning application', cllrToResident('The doctor says I must rest, but I think the planning application should be refused.'), at('I think')],
      ['a cold, then the consultation', cllrToResident("I've got a stinking cold, and I reckon the consultation was rushed."), at('I reckon')],
      ['flu, then the car park charges', cllrToResident('Despite the flu, I feel strongly that the car park charges are wrong.'), at('I feel strongly')],
      ['hospital, then a grant', cllrToResident("I'm in hospital on Monday, but I think the grant to the youth club should be doubled."), at('I think')],
      ['flu in one sentence, a view in the next', cllrToResident('I have had flu all week. I think the new bins are ugly.'), at('I think')],
    ],
    'flags a hedge on council business beside an illness: %s',
  );

  it('flags a custom disclaimer configured ending " ." when nothing follows it (the body is trimmed)', () => {
    const config = policy({ disclaimer: 'Personal view only .' });
    expect(idsOf(rule, draft({ from: CLLR, body: 'I think so. Personal view only\n' }), config)).toEqual(['missing@body:0-7']);
  });

  it('offers to insert the council’s disclaimer', () => {
    const [f] = findingsOf(rule, draft({ from: CLLR, body: 'I believe this is right.' }));
    expect(f.fixes).toEqual([{ kind: 'insert-disclaimer', text: DISCLAIMER }]);
  });
});
