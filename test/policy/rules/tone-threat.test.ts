import rule from '../../../src/policy/rules/tone/threat';
import { draft, learntIdsOf as idsOf } from '../../helpers/draft';

describe('tone/threat', () => {
  it.each([
    ['a lawful enforcement warning', 'The council will take enforcement action if the hedge is not cut.'],
    ['"threatens" about a service', 'The closure threatens the bus service.'],
    ['a formal complaint', 'I will report this to the Monitoring Officer.'],
    ['"watch" in another sense', 'Please watch the video before the meeting.'],
    ['an offer of site plans (issue #16)', 'Please make any changes you feel necessary and send them back to me by Friday. I will get you the site plans after I have spoken to the Mayor.'],
    ['an offer of comments', 'I will get you comments by close of business today.'],
    ['looking for someone when a thing is ready', 'I will find you if this appears to be ready to close.'],
    ['an email offered', "I'll shoot you an email when the agenda is out."],
    ['a price beaten', 'We will beat your current quote for the grass cutting.'],
    ['advice about paying', 'We will make sure you pay the correct amount.'],
    ['an idiom, negated', "Don't kill yourself over the minutes."],
    ['a threat the writer reports (tone/reported’s)', 'The caller said "I know where you live" and rang off.'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });

  it.each([
    ['losing a job', "I'll make sure you lose your job.", ['threat@body:0-23']],
    ['regret', "You'll regret this.", ['threat@body:0-13']],
    ['watch your back', 'Watch your back.', ['threat@body:0-15']],
    ['knowing where someone lives', 'I know where you live.', ['threat@body:0-21']],
    ['violence', 'I will smash your windows.', ['threat@body:0-17']],
    ['getting someone for something', "I'll get you for this.", ['threat@body:0-12']],
    ['having someone sacked', 'I will have you sacked.', ['threat@body:0-15']],
    ['an aim at the end of the sentence', 'Mark my words, I will find you.', ['threat@body:15-30']],
  ])('flags %s', (_name, body, expected) => {
    expect(idsOf(rule, draft({ body }))).toEqual(expected);
  });

  it.each([
    ['a veiled threat to property', 'Nice van. Be a shame if the tyres went flat overnight.', ['veiled@body:10-54']],
    ['knowing where the children are', 'I know where your kids go to school.', ['veiled@body:0-36']],
    ["the issue's example", "Your van's tyres might not last long round here.", ['veiled@body:0-48']],
  ])('judges %s a veiled threat, quoting it', (_name, body, expected) => {
    expect(idsOf(rule, draft({ body }))).toEqual(expected);
  });

  it.each([
    ['safety advice', 'Be careful on the steps, they are icy.'],
    ['a formal step', 'I will be making a formal complaint to the ombudsman.'],
    ['security advice about vans', 'Please do not leave tools in your van overnight; there have been thefts on the estate.'],
    ['a report of damage', 'Your fence came down in the storm last night and is lying across the footpath.'],
  ])('does not judge %s a threat', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });
});
