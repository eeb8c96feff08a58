import rule from '../../../src/policy/rules/tone/impolite';
import { impolitePhrases } from '../../../src/policy/rules/tone/impolite';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { wordCase } from '../../helpers/word-case';

describe('tone/impolite', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['a polite firm email', 'I am sorry, but we cannot accept late applications. The next round opens in March.'],
    ['"as I mentioned"', 'As I mentioned on Tuesday, the hall is booked.'],
    ['"frankly" with praise', 'Frankly, the new play area is a great success.'],
    ['a blue tit', 'A blue tit is nesting by the memorial.'],
    ['mild swearing named as a word, to the reader', 'You asked whether the word "bloody" may appear in the panto script: it may.'],
    // Was flagged before issue #16: "obviously" about a thing, not aimed at the reader, is reasoning.
    ['"obviously" about a thing', 'Obviously the form was late.'],
    // Also flagged before issue #16: the same words in their ordinary sense.
    ['"for the last time" as a date', 'We met for the last time in May.'],
    ['"don\'t care" as a neutral preference', "I don't care which room we use."],
    ['children growing up', 'The play area is for children as they grow up.'],
    ['"oh great" before good news', 'Oh great news about the grant!'],
    ['"how surprising" in a sentence', 'It is interesting how surprising the survey results were.'],
  ]);

  tester.flags([
    ['"as I already told you"', 'As I already told you, no.', ['phrase@body:0-21']],
    ['"for the last time"', 'For the last time, the bins go out on Monday.', ['phrase@body:0-17']],
    ['"what part of … don\'t you understand"', "What part of closed don't you understand?", ['phrase@body:0-40']],
    ['"obviously" aimed at the reader', 'Obviously you did not read the form.', ['phrase@body:0-9']],
    ['"you clearly didn\'t"', 'You clearly didn\'t read the form.', ['phrase@body:0-18']],
    ['"frankly ridiculous"', 'This is frankly ridiculous.', ['phrase@body:8-26']],
    ['sarcasm', 'Thanks for nothing.', ['sarcasm@body:0-18']],
    ['"oh great" on its own', 'Oh great, another meeting.', ['sarcasm@body:0-8']],
    ['"what a surprise" on its own', 'The bins were missed again. What a surprise.', ['sarcasm@body:28-43']],
    ['"grow up" as a rebuke', 'Just grow up.', ['phrase@body:0-12']],
    ['a discourtesy word aimed at the reader', 'You jobsworth.', ['insult@body:4-13']],
    ['mild swearing', 'The bins were a bloody mess.', ['mild@body:16-22']],
  ]);

  // Issue #17: condescension, exasperation and passive aggression with no rude word (phrasings written
  // for this test, not taken from the council corpus).
  it.each([
    ['"I\'d have thought that was obvious"', "I'd have thought that was obvious.", 'phrase'],
    ['"I\'ll say this slowly"', "I'll say this slowly: the skip goes on the left.", 'condescending'],
    ['"read the … before emailing me"', 'Please read the standing orders before emailing me about it.', 'phrase'],
    ['"I\'ll just do it myself"', "Don't worry, I'll just do it myself.", 'phrase'],
    ['"have it your way"', 'Fine, have it your way.', 'phrase'],
    ['"couldn\'t be bothered"', 'Clearly the contractor couldn\'t be bothered.', 'phrase'],
    ['"I must have missed the bit where"', 'I must have missed the bit where we agreed that.', 'sarcasm'],
    ['"I\'ll just …, shall I?"', "I'll just find the money down the back of the sofa, shall I?", 'sarcasm'],
    ['"Oh wonderful, … again"', 'Oh wonderful, the boiler is off again.', 'sarcasm'],
    ['"Again." on its own', 'The gate was left open. Again.', 'phrase'],
    ['"third time of asking"', 'Third time of asking: where is the quote?', 'phrase'],
    ['"I\'m not your secretary"', "I'm not your secretary.", 'phrase'],
    ['"one would have thought"', 'One would have thought a councillor could read a map.', 'phrase'],
    ['"don\'t tell me how to"', "Don't tell me how to run a bar.", 'phrase'],
    ['"I\'ve lost count"', "I've lost count of how many times I've sent this.", 'phrase'],
    ['"just saying"', 'The bins were full again. Just saying.', 'sarcasm'],
    ['"ten out of ten for effort"', 'Ten out of ten for effort.', 'sarcasm'],
  ])('flags %s', (_name, body, messageId) => {
    expect(findingsOf(rule, draft({ body })).map((f) => f.messageId)).toEqual([messageId]);
  });

  tester.accepts([
    ['"it was obvious" about a result', 'The result was obvious once the figures came in.'],
    ['"let me explain" kindly', 'Let me explain how the booking form works.'],
    ['"read the guidance before you apply"', 'Please read the guidance before you apply.'],
    ['"I\'ll do it myself" as an offer', 'I can do it myself on Friday if that helps.'],
    ['"oh wonderful" with thanks', 'Oh wonderful, thanks again for your help!'],
    ['"again" inside a sentence', 'Thanks again. The hall is booked again for May.'],
    ['"the meter didn\'t register"', "The meter didn't register the first reading."],
    ['"try using" as advice', 'Try using the other door; it is nearer the car park.'],
    ['"thanks, noted"', 'Thanks, noted.'],
    ['"I wouldn\'t have thought" as an estimate', "I wouldn't have thought the repair would cost that much."],
    ['"tell me how to" as a request', 'Could you tell me how to book the hall?'],
    ['"lost count" of money', 'The tellers lost count of the float and recounted it.'],
  ]);

  // Issue #17: discourtesy words (scorn for how someone does a job, "useless") warn when aimed at a person.
  const aimedAt = wordCase('insult');
  tester.flags(
    [
      aimedAt("You're a jumped-up little pen pusher.", 'pen pusher'),
      aimedAt("You're useless.", 'useless'),
      aimedAt('The clerk is useless.', 'useless'),
      aimedAt("Mrs Pike's useless at answering the phone.", 'useless'),
      aimedAt('What a gormless councillor.', 'gormless'),
      aimedAt('Honestly, the man is a dinosaur.', 'dinosaur'),
      aimedAt('Get it sorted, you clown.', 'clown'),
      aimedAt("He's a useless pen-pusher.", 'pen-pusher'),
    ],
    'discourtesy aimed at someone: %s',
  );
  tester.accepts([
    ['a thing called useless', 'The old printer is useless.'],
    ['"you" elsewhere in the sentence', 'The form you sent is useless without a signature.'],
    ['"useless" of an attempt', "It's useless to argue with the weather."],
    ['the writer of themselves', 'I feel useless today, sorry.'],
    ['a dinosaur exhibit', 'Your dinosaur exhibit was a hit with the children.'],
    ['a raffle', 'The losers of the raffle get a consolation prize.'],
    ['an entertainer', "Is your clown free for the children's party on the green?"],
    ['name-calling is tone/abusive\'s (block), not this rule\'s', 'You muppet.'],
  ], 'discourtesy words not aimed at anyone: %s');

  // Council suites (helper curt): condescension, sarcasm, passive aggression and curt notes with no
  // rude word, each with its close innocent neighbour (phrasings written for this test).
  it.each([
    ['explaining "in simple terms" because the reader is new', "As you're new to the council, let me put it in simple terms: the precept is fixed in January.", 'condescending'],
    ['"step by step" because the point has not landed', "I'll take this step by step, since the point doesn't seem to have landed.", 'condescending'],
    ['"do try to hold on to that"', 'Do try to hold on to that this time.', 'condescending'],
    ['"I\'d have thought even you"', "I'd have thought even you could find the key safe.", 'condescending'],
    ['praise for speed beside the wait', 'Thank you for the speedy reply, a mere nine weeks after we wrote.', 'sarcasm'],
    ['"no rush, it\'s only been"', "No rush, it's only been three weeks.", 'sarcasm'],
    ['"should he ever manage to"', 'The surveyor will find the drain, should he ever manage to locate the village.', 'sarcasm'],
    ['"mere residents"', 'I realise answering mere residents is not a priority.', 'sarcasm'],
    ['"what with all those important meetings"', 'What with all those important meetings, the bench can wait.', 'sarcasm'],
    ['"does anyone actually read their emails"', 'Does anyone in the office actually read their emails?', 'sarcasm'],
    ['a long "I\'ll just …, shall I?"', "I'll just print the new signs, move the chairs and ring forty parents tonight, shall I?", 'sarcasm'],
    ['"as I said in my last three emails"', 'As I have said in my last three emails, the forms are due on Friday.', 'passive'],
    ['"I can only assume nobody"', 'I can only assume nobody has opened them.', 'passive'],
    ['thanks for co-operation "this time"', 'Thanks in advance for your co-operation this time.', 'passive'],
    ['"some of us have been waiting"', 'Some of us have been waiting since June.', 'sarcasm'],
    ['"frankly I expect better"', 'Frankly I expect better.', 'phrase'],
    ['a curt note of reproaches', 'Still no order number on the invoice. Resend it properly today.\n\nHelen', 'curt'],
    ['a clipped refusal', 'No. Done two already. Not doing another. Take me off the list.\n\nD', 'curt'],
  ])('flags %s', (_name, body, messageId) => {
    expect(findingsOf(rule, draft({ body })).map((f) => f.messageId)).toEqual([messageId]);
  });

  tester.accepts([
    ['a step-by-step guide someone asked for', "As requested, I'll take you through it step by step: open the portal, then choose Bookings."],
    ['a welcome to a new councillor', "As you're new to the council, I've attached the induction pack. Do ask if anything is unclear."],
    ['genuine thanks for a quick reply', 'Thank you for the speedy reply, it was a great help.'],
    ['a plain reminder of a deadline', 'Dear Councillors, a reminder that the register of interests forms are due back to me by Friday. Thank you.'],
    ['a firm but polite complaint', 'I am disappointed that the streetlight is still out after six weeks. Please could you tell me when it will be repaired?'],
    ['a short business reply with thanks', 'No. Not yet. Will do tomorrow. Thanks.'],
    ['a short note with one fragment', 'Still waiting for the quote from the roofer. I will chase them on Monday.'],
    ['a joke between colleagues', "Oh well, I'll bring the cake, shall I? You did the last three!"],
    ['expecting better weather', 'I expect better weather for the fete next week.'],
    ['organising a meeting', "We couldn't organise a meeting room for Tuesday, so it is on Teams."],
    ['an insult passed on in quotation marks', 'One comment on the survey read: "The council couldn\'t organise a piss-up in a brewery." We will include it as received.'],
    ['"thanks for nothing" reported', 'She wrote, "Thanks for nothing," when we said the lamppost is the county\'s.'],
  ], 'innocent neighbour: %s');

  // Kinds of discourtesy with no rude word (helper warn3), each in several phrasings written for this
  // test: a strong sign alone, or two ordinary-looking signs together; each beside its innocent neighbour.
  it.each([
    // condescension: slowing down or simplifying for the reader
    ['going slowly this time', "As I said, I'll go slowly this time: forms reach me seven days before the meeting.", 'condescending'],
    ['making it very simple for you', "I'll try to make this very simple for you. The allotment is not yours to build on.", 'condescending'],
    ['simplifying, with a belittling reason', "Planning is confusing for people who aren't used to it, so I'll keep this simple. We only comment.", 'condescending'],
    ['"it isn\'t complicated" and "do you understand?"', "It isn't complicated. The bins go out on Monday. Do you understand?", 'condescending'],
    ['"as anyone would know"', 'As anyone would know, the precept is set in January.', 'condescending'],
    ['reading before writing again', 'Perhaps it would help to read the leaflet before writing again.', 'condescending'],
    ['reading before lecturing others', 'You might want to read the standing orders before lecturing the rest of us.', 'condescending'],
    ['"proper English"', 'Ask someone who speaks proper English to read it to you.', 'condescending'],
    // sarcasm: a rhetorical doubt that anyone reads, mock sympathy
    ['doubting anyone reads', 'Does anybody at the council even read these?', 'sarcasm'],
    ['"is that too much to ask"', 'A bin emptied once a month. Is that too much to ask?', 'sarcasm'],
    ['thanks for finally doing it', 'Thank you for finally sending the invoice.', 'sarcasm'],
    ['"clearly nobody"', 'Clearly nobody in the office checked the booking.', 'sarcasm'],
    ['mock sympathy with advice to read', 'I am sorry the signs were too small for you to notice. Next time, you could try reading one.', 'sarcasm'],
    // impatience beside a curt demand or another sign
    ['the third email and "yet again"', "This is the third time I've written about the bench. Yet again nothing has happened.", 'passive'],
    ['"as I\'ve explained before" and "not the first time"', "As I've explained before, the hall closes at ten. It's not the first time.", 'passive'],
  ])('flags the kind: %s', (_name, body, messageId) => {
    expect(findingsOf(rule, draft({ body })).map((f) => f.messageId)).toEqual([messageId]);
  });

  tester.accepts([
    ['a process explained plainly', 'To put it simply, the district council decides the application and we only comment.'],
    ['keeping it short', "I'll keep this short: the meeting has moved to Thursday."],
    ['a guide for newcomers', "As you're new to the council, here is a simple guide. It isn't complicated, and I'm happy to go through it."],
    ['reading the guidance before applying', 'Please read the guidance notes before you apply; they answer most questions.'],
    ['a firm third complaint with courtesy', "This is the third time I have written about the streetlight. I would be grateful if you could chase the county."],
    ['a repeated failure, politely', 'This is the third time the heating has failed this winter; please could you send an engineer?'],
    ['a genuine question to the office', 'Does anyone know where the spare key to the pavilion is?'],
    ['an order with thanks', 'Please send the signed lease back by Friday. Thank you.'],
    ['too small a print, sincerely', 'The print on the map was too small for you to read, so I have enclosed a larger copy.'],
    ['thanks for a final answer', 'Thank you for the final figures; they balance.'],
    ['"clearly" in a plain statement', 'Clearly the hall needs a new boiler before winter.'],
    ['next time, a meeting', 'Perhaps next time we could meet at the hall instead.'],
    ['a complaint passed on in quotation marks', 'She wrote, "Does anybody there actually read these?" I have apologised and sent the rota.'],
  ], 'innocent neighbour of a kind: %s');

  // Council suites (helper tone3), each kind in phrasings written for this test, beside innocent neighbours.
  it.each([
    // curt brush-offs: it has been answered already, look in an earlier email, with a bare order or a reproach
    ['"already answered" and an order to stop', "Already answered. It's on the list. Stop ringing the office about it.", 'curt'],
    ['"told you already", "in my last email", "Read it."', "I've told you this already. It's all in my last email. Read it.", 'curt'],
    ['"Still wrong." and "Change it."', 'Still wrong. Item 7 was deferred, not refused. Change it.', 'curt'],
    ['"Answered this already." and "See my last email."', 'Answered this already. See my last email.', 'curt'],
    ['"Explained that twice already." and an order', 'Explained that twice already. Check the minutes.', 'curt'],
    ['"Wrong again." and "Fix it."', 'Wrong again. Fix it.', 'curt'],
    ['"It\'s in my earlier email." and "Look again."', "It's in my earlier email. Look again.", 'curt'],
    ['"Wrong totals again." and "Redo it."', 'Wrong totals again. Redo it.', 'curt'],
    ['"Read the minutes." and "It\'s all in there."', "Read the minutes. It's all in there.", 'curt'],
    // counting how often the reader has been told; their excuse turned back on them
    ['"as I have said repeatedly"', 'As I have said repeatedly, the gate stays locked after dusk.', 'passive'],
    ['"as I have now said three times"', 'As I have now said three times, the claim needs two signatures.', 'passive'],
    ['"as I\'ve explained twice"', "As I've explained twice, the hall shuts at ten.", 'passive'],
    ['"we have reminded you four times"', 'We have reminded you four times about the invoice.', 'passive'],
    ['"but then so are the rest of us"', 'The deadline was Friday, and yes, the hall is busy, but then so are the rest of us.', 'passive'],
    ['"aren\'t we all"', "You're busy? Aren't we all.", 'passive'],
    ['"perhaps this time" beside "the third time this year"', "That's the third time this year. Perhaps this time the form could come back signed.", 'passive'],
    // mock praise in a message about something gone wrong
    ['"How marvellous." before an error', 'How marvellous. The minutes have Derek proposing the contract, when he voted against it.', 'sarcasm'],
    ['"How lovely." after a missed collection', 'The bins were missed again on Cragg Lane. How lovely.', 'sarcasm'],
    ['"makes my job a joy" and "equally thrilled"', "The lights went up late again. It really does make my job a joy. I'm sure the auditor will be equally thrilled.", 'sarcasm'],
    ['"just for novelty\'s sake" and "for once"', 'The budget was overspent again. Perhaps, just for novelty\'s sake, it could be checked first. For once.', 'sarcasm'],
    ['"I do so look forward" and "for once"', 'The bin was missed again. I do so look forward to the next collection. For once, could someone ring me back?', 'sarcasm'],
    ['thanks "ever so much" and "a joy", about an order placed late', 'Thank you ever so much for letting me know, three days after it was ordered. It makes my job a joy.', 'sarcasm'],
    // talking down: a pet name in a correction, simple words, mocking inexperience
    ['"Now listen, love"', 'Now listen, love, the precept is set in January.', 'condescending'],
    ['"Calm down, dear."', 'Calm down, dear. Nobody has cancelled your allotment.', 'condescending'],
    ['"there\'s a good girl"', "There's a good girl, just sign where I've marked.", 'condescending'],
    ['"wet behind the ears"', "You're still a bit wet behind the ears, so leave the precept to me.", 'condescending'],
    ['"simple enough for a child"', "It's simple enough for a child to follow.", 'condescending'],
    ['"as long as I have"', "When you've been doing this as long as I have, you'll understand.", 'condescending'],
    ['"how much clearer I can make"', "I'm not sure how much clearer I can make this for you.", 'condescending'],
    ['"in simple terms" and "you\'ll learn"', "In simple terms, the precept is set in January. You'll learn.", 'condescending'],
  ])('flags the kind (tone3): %s', (_name, body, messageId) => {
    expect(findingsOf(rule, draft({ body })).map((f) => f.messageId)).toEqual([messageId]);
  });

  tester.accepts([
    ['a note with thanks that refers back', 'Thanks, already answered in my last email. See you Tuesday.'],
    ['"already answered" of a form', "I've already answered the questions on the form. See attached."],
    ['an earlier email for the agenda', 'See my last email for the agenda. The hall is booked from 7pm.'],
    ['a change of plan', 'Change of plan. The meeting is now at the library.'],
    ['an order about a report', "Read the attached report before Thursday's meeting."],
    ['"already done"', 'Already done. Invoice attached.'],
    ['asking a third party three times', 'I have asked the contractor three times to fix the gate; could you escalate it?'],
    ['"as I said at the meeting"', 'As I said at the meeting, the hall shuts at ten.'],
    ['everyone busy, said of ourselves', 'We are all very busy this month, so the newsletter will be late.'],
    ['real delight', 'How marvellous! The grant came through and the children are thrilled.'],
    ['real thanks for news', "Thank you ever so much for letting me know about the plant sale; I'll be there."],
    ['real praise of help', 'Your help really does make my job a joy. Thank you.'],
    ['"equally thrilled" about new swings', 'The play area reopened late, but the children will be equally thrilled with the new swings.'],
    ['"I do so look forward" to a meeting', 'I do so look forward to meeting you on Tuesday.'],
    ['a warm "love" in thanks', 'Thanks, love, see you at the fete.'],
    ['a greeting', 'Dear all, the hall is booked.'],
    ['plain words explaining a term', "In simple terms, the precept is the council's share of council tax."],
    ['"you\'ll learn" about a course', "You'll learn a lot on the planning course next week."],
    ['"oh dear"', 'Oh dear, the printer has jammed again.'],
    ['the details all in the pack, with thanks', "It's all in the pack. Thanks for putting it together."],
    ['a wrong turn, then directions', 'We went wrong at the roundabout again. Take the second exit.'],
    ['a plainer version offered', "I've tried to make the leaflet clearer; do say if it could be simpler."],
  ], 'innocent neighbour (tone3): %s');

  // Council suites (helper tone4): the reader's grasp doubted (two signs together), and a bare word of
  // praise beside a delay carried on to a far-off date; phrasings written for this test, in different voices.
  it.each([
    ['plain words "even a newcomer could follow"', "Let me set this out in words even a newcomer could follow. The verge belongs to the county, not us.", 'condescending'],
    ['"new to you" and plain terms', "I know committee work is all rather new to you, so I'll put it in terms that should be clear: we vote after the debate.", 'condescending'],
    ['"not a difficult problem" and "I don\'t suppose anyone has heard of"', 'This is not a difficult problem. I don\'t suppose anyone at the depot has heard of a skip.', 'condescending'],
    ['"I don\'t suppose anyone has heard of" and "isn\'t complicated"', "I don't suppose anyone in the office has heard of a gritting rota. It isn't complicated.", 'condescending'],
    ['"new to you" and "I don\'t suppose you know"', "As finance is new to you, I'll do the budget. I don't suppose you know what a precept is.", 'condescending'],
    ['words "you can follow" and "even the youngest could manage"', "I'll explain in words you can follow: even the youngest scout could manage a risk assessment.", 'condescending'],
    ['"Marvellous." and "at this rate … Easter"', 'Marvellous. Five weeks for one refund. At this rate I will see the money around Easter.', 'sarcasm'],
    ['"Splendid." and "at this rate … Christmas"', 'Splendid. Three months to mend one streetlight, and at this rate the new bulb will go in for Christmas.', 'sarcasm'],
    ['"Brilliant!" and "at this rate … retire"', 'Brilliant! Still waiting on the April invoice. At this rate I will have retired before it is paid.', 'sarcasm'],
    ['"Lovely." and "thank you ever so much"', 'Lovely. The grass was cut again after the fete, not before. Thank you ever so much.', 'sarcasm'],
    ['"Wonderful." and "at this rate … next year"', 'Wonderful. Another month gone and no reply; at this rate we will hear next year.', 'sarcasm'],
    ['"Perfect." and "for once"', 'Perfect. The agenda went out late again. For once it would be nice to have it on time.', 'sarcasm'],
  ])('flags the kind (tone4): %s', (_name, body, messageId) => {
    expect(findingsOf(rule, draft({ body })).map((f) => f.messageId)).toEqual([messageId]);
  });

  tester.accepts([
    ['terms of a lease', 'Let me set this out in terms of cost: the lease is £400 a year and the insurance £90.'],
    ['a trail children can follow', 'The new nature trail is marked so even the youngest children can follow it.'],
    ['a welcome to a new clerk', 'I know the council is new to you; I have attached the standing orders. Do ask if anything is unclear.'],
    ['a polite request with "I don\'t suppose"', "I don't suppose you could send me the minutes from March? Thank you."],
    ['a hard decision', 'This is not a difficult decision for the committee, but we must minute it.'],
    ['real delight', 'Marvellous. The grant came through and the children are thrilled.'],
    ['progress at this rate', 'Great. Two weeks ahead of plan, and at this rate the hedges will be done by Friday.'],
    ['thanks in a reply', 'Brilliant! Thank you for sending the invoice so quickly.'],
    ['a date for Christmas', 'Lovely. The lights go up on Saturday, in good time for Christmas.'],
    ['waiting, with thanks', 'Perfect. We are waiting for the roofer, who comes next week.'],
    ['a long plan', 'Wonderful. The play area will take two months and open next year.'],
  ], 'innocent neighbour (tone4): %s');

  it("leaves a reply's subject kept from the message it answers alone", () => {
    const body = 'Dear Mr Jukes,\n\nThank you for your email.\n\nFrom: Paul Jukes <paul.jukes@gmail.com>\nSent: 04 December 2026 07:55\nSubject: Skate park - you\'re a useless lot\n\nYou\'re a useless lot.';
    expect(idsOf(rule, draft({ subject: "RE: Skate park - you're a useless lot", body, composeType: 'reply' }))).toEqual([]);
    expect(idsOf(rule, draft({ subject: "Skate park - you're a useless lot", body: 'Dear Mr Jukes, the lights go off at 9pm.' }))).toEqual(['insult@subject:22-29']);
  });

  it('quotes "Again." without the full stop before it', () => {
    expect(idsOf(rule, draft({ body: 'See attached. Again.' }))).toEqual(['phrase@body:14-20']);
  });

  it('names the phrase and offers kinder wording', () => {
    const [f] = findingsOf(rule, draft({ body: 'As per my last email, the hall is booked.' }));
    expect(f.actual).toBe('As per my last email');
    expect(f.suggestions).toEqual(['Following up on my earlier email', 'To recap']);
  });

  it('exposes the phrase lexicon on its own', () => {
    expect(impolitePhrases('you people', 'body').map((r) => r.messageId)).toEqual(['phrase']);
  });
});
