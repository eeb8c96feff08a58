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
});
