// tone/impolite with its learnt judgement on (issue #17, helper imp6; the shipped policy leaves it off): kinds of
// discourtesy with no rude word that the act cues of src/policy/data/council-act-cues.ts name and the
// trained judgement weighs (act-irony, act-rebuff, act-spell-out, act-verdict), each beside innocent
// neighbours in the same words: sincere thanks and delight, a clerk's plain reply, firm requests.
// Phrasings written for these tests, not taken from the council corpus.
import rule from '../../../src/policy/rules/tone/impolite';
import { learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/impolite, act cues weighed by the learnt judgement (learntJudgements: impolite)', () => {
  const tester = ruleTester(rule, { level: 'warn', config: learntPolicy() });

  describe('mock praise or wonder at a failing', () => {
    tester.flags([
      ['irony 1', 'Funny how the car park gets gritted the day after the ice has gone.', ['learnt@body:0-67']],
      ['irony 2', "Strange how the councillors' own road always gets resurfaced first.", ['learnt@body:0-67']],
      ['irony 3', 'Nice of the contractor to turn up at last, a fortnight late.', ['learnt@body:0-60']],
      ['irony 4', "The streetlight outside number 12 will be mended any day now, I'm sure.", ['learnt@body:0-71']],
      ['irony 5', 'Thanks for the new bench. All £40 of it, and it already wobbles.', ['learnt@body:0-64']],
      ['irony 6', 'Lovely to see that the hedge has been left to block the footpath again.', ['learnt@body:0-71']],
      ['irony 7', "I won't be holding my breath for the county's reply.", ['sarcasm@body:2-28']],
      ['irony 8', "Funny how the grass on the councillors' street is always cut first.", ['learnt@body:0-67']],
      ['irony 9', 'Love how the newsletter announces events that have already happened.', ['learnt@body:0-68']],
    ]);
    tester.accepts([
      ['irony neighbour 1', "Funny story from the fete: the tombola's top prize was a goat."],
      ['irony neighbour 2', 'Good to see so many residents at the open meeting, thank you all for coming.'],
      ['irony neighbour 3', "Nice of you to offer to help with the litter pick, we'd love to have you."],
      ['irony neighbour 4', 'Lovely to see the children enjoying the new play area.'],
      ['irony neighbour 5', 'The new bench cost £40 and the supplier was very helpful.'],
      ['irony neighbour 6', 'The streetlight on Mill Lane has been reported and the county will fix it next week.'],
      ['irony neighbour 7', 'Strange noise from the boiler this morning, could someone take a look when they have a moment?'],
      ['irony neighbour 8', 'Thank you for the quick repair to the gate, it works perfectly.'],
      ['irony neighbour 9', 'Great to see the allotments so busy this spring.'],
    ]);
  });
  describe("a rebuff: not the reader's servant, nor the obvious to be told", () => {
    tester.flags([
      ['rebuff 1', "I'm not your secretary. Book your own room.", ['phrase@body:0-22']],
      ['rebuff 2', "Yes, I know the bin is full. I'm the one who empties it.", ['learnt@body:0-56']],
      ['rebuff 3', "That's literally my job, so yes, I have read the contract.", ['learnt@body:0-58']],
      ['rebuff 4', "There's one of me and forty of you, so it'll take as long as it takes.", ['learnt@body:0-70']],
      ['rebuff 5', "Yes, I did check the meter. It's fine.", ['learnt@body:0-38']],
      ['rebuff 6', 'Yes, I know the rules. I wrote them.', ['learnt@body:0-36']],
      ['rebuff 7', "I'm not your personal assistant, so book it yourself.", ['phrase@body:0-31']],
      ['rebuff 8', "I'm the one who writes the rota, so I know who's on.", ['learnt@body:0-52']],
    ]);
    tester.accepts([
      ['rebuff neighbour 1', "Yes, I did receive your email, thank you, and I'll reply properly tomorrow."],
      ['rebuff neighbour 2', "I'm not sure the hall is free that evening; I'll check the diary."],
      ['rebuff neighbour 3', 'Part of my job is keeping the register up to date, so do send me any changes.'],
      ['rebuff neighbour 4', 'I set the agenda with the chair on Monday and will circulate it on Wednesday.'],
      ['rebuff neighbour 5', "There's only one key to the store, so please return it to the office."],
      ['rebuff neighbour 6', "Yes, we know about the pothole and it's booked in for repair on Thursday."],
      ['rebuff neighbour 7', "I'm not available on Friday, but Sam can open the hall."],
      ['rebuff neighbour 8', 'We heard from the county this morning: the road reopens on Monday.'],
    ]);
  });
  describe('spelling it out, or leaving the reader to work it out', () => {
    tester.flags([
      ['spell-out 1', "A child could fill in this form, so I don't see the difficulty.", ['learnt@body:0-63']],
      ['spell-out 2', 'Not sure how else to put this: the deadline has passed.', ['learnt@body:0-55']],
      ['spell-out 3', 'The budget template is basically a spreadsheet with three columns.', ['learnt@body:0-66']],
      ['spell-out 4', 'Some of us read the papers before the meeting.', ['learnt@body:0-46']],
      ['spell-out 5', 'In terms the committee can follow: no receipt, no refund.', ['learnt@body:0-57']],
      ['spell-out 6', 'How hard can it be to lock a door?', ['learnt@body:0-34']],
      ['spell-out 7', "The planning officer's report is online. You'll see the problem.", ['learnt@body:0-64']],
      ['spell-out 8', 'Not sure how else to explain it: the form goes to the clerk, not to me.', ['learnt@body:0-71']],
    ]);
    tester.accepts([
      ['spell-out neighbour 1', 'Some of us are going to the pub after the meeting if anyone wants to come.'],
      ['spell-out neighbour 2', "The form is basically the same as last year's, with one extra box."],
      ['spell-out neighbour 3', 'In terms of the budget, we are on track for the year.'],
      ['spell-out neighbour 4', "I'll leave the keys with the caretaker on Friday."],
      ['spell-out neighbour 5', 'Those of us who helped at the fete are invited to a thank-you tea.'],
      ['spell-out neighbour 6', "A child's bike was found by the pavilion; it's at the office."],
      ['spell-out neighbour 7', "Not sure how long the road will be closed, I'll find out."],
      ['spell-out neighbour 8', 'The children could draw pictures for the noticeboard.'],
    ]);
  });
  describe('a verdict of a word or two after a complaint', () => {
    tester.flags([
      ['verdict 1', 'The skip has been in the car park for three weeks. Very efficient.', ['learnt@body:0-66']],
      ['verdict 2', 'The survey closed before the letters arrived. Interesting approach.', ['learnt@body:0-67']],
      ['verdict 3', 'The grass was cut round the bins and nowhere else. Progress.', ['learnt@body:0-60']],
      ['verdict 4', 'Your contractor left the gate open and the sheep got out. Bravo.', ['learnt@body:0-64']],
      ['verdict 5', "You've put the meeting on the same night as the quiz. Whatever.", ['learnt@body:0-63']],
      ['verdict 6', "The youth club swears it wasn't them. They never do.", ['learnt@body:0-52']],
      ['verdict 7', 'The answer to my question was a link to the homepage. Very useful.', ['learnt@body:0-66']],
      ['verdict 8', 'The agenda went out after the meeting. Very reassuring.', ['learnt@body:0-55']],
      ['verdict 9', 'The hedge was cut in nesting season. Very professional.', ['learnt@body:0-55']],
    ]);
    tester.accepts([
      ['verdict neighbour 1', 'The new signs look very professional, thank you.'],
      ['verdict neighbour 2', 'Interesting approach from the county on verges; worth discussing at the next meeting.'],
      ['verdict neighbour 3', 'Whatever the weather, the parade goes ahead at ten.'],
      ['verdict neighbour 4', 'Bravo to the litter pickers, forty bags collected!'],
      ['verdict neighbour 5', 'The quiz raised £600. Very impressive, well done all.'],
      ['verdict neighbour 6', 'The fence is fixed and the gate closes properly now.'],
      ['verdict neighbour 7', 'Progress on the pavilion roof is good and it should be finished by May.'],
      ['verdict neighbour 8', 'The new website is very clever: residents can book the hall online now.'],
    ]);
  });
});
