import rule from '../../../src/policy/rules/tone/threat';
import { draft, idsOf } from '../../helpers/draft';

describe('tone/threat', () => {
  it.each([
    ['a lawful enforcement warning', 'The council will take enforcement action if the hedge is not cut.'],
    ['"threatens" about a service', 'The closure threatens the bus service.'],
    ['a formal complaint', 'I will report this to the Monitoring Officer.'],
    ['"watch" in another sense', 'Please watch the video before the meeting.'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });

  it.each([
    ['losing a job', "I'll make sure you lose your job.", ['threat@body:0-23']],
    ['regret', "You'll regret this.", ['threat@body:0-13']],
    ['watch your back', 'Watch your back.', ['threat@body:0-15']],
    ['knowing where someone lives', 'I know where you live.', ['threat@body:0-21']],
    ['violence', 'I will smash your windows.', ['threat@body:0-17']],
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
