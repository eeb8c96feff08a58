// The judgement around the learnt threat path (helper threat6): where a policy file lists `threat`
// under learntJudgements, a sentence the learnt judgement fires on blocks only where it stands as a
// threat read with the sentences either side: harm, menace or knowing where someone is, aimed at a
// person or what is theirs; and never where the words are kind, protective or business idiom. Phrasings
// of our own, in many voices; every kind with innocent neighbours.
import { learntThreatStands } from '../../../src/policy/models/council';
import { threatClears, threatMenace } from '../../../src/policy/rules/tone/threat-concepts';
import rule from '../../../src/policy/rules/tone/threat';
import possible from '../../../src/policy/rules/tone/threat-possible';
import { draft, findingsOf, learntPolicy, RESIDENT } from '../../helpers/draft';

const lower = (s: string) => s.toLowerCase().replace(/’/g, "'");
/** The sentence alone as its own window, or a window of sentences with the judged one named. */
const stands = (around: string, sentence = around) => !threatClears(lower(sentence)) && learntThreatStands(lower(around), threatMenace(lower(around)));

describe('learntThreatStands: a learnt threat that stands (harm, menace or knowing, aimed at someone or theirs)', () => {
  it.each([
    ['a shame if something happened to a car of theirs', 'Shame if something happened to that new car of yours.', ''],
    ['knowing where a daughter catches the bus', 'I know where your daughter catches the school bus.', ''],
    ['regret tied to an application', "Keep blocking my application and you'll regret it.", ''],
    ['having seen which house an officer goes home to', "I've seen which house the finance officer goes home to.", ''],
    ['accidents to people who cross the writer', 'Accidents happen to people who cross me.', ''],
    ['the reader\'s windows and a brick', 'Your windows would look a lot worse with a brick through them.', ''],
    ['word round a small town', "Word gets round a small town about clerks who can't keep quiet.", ''],
    ['watch yourself on the way home', 'Watch yourself on the way home, Councillor.', ''],
    ['a pity if a shop had a fire', 'It would be a pity if your shop had a fire.', ''],
    ['a lot to lose', "You've got a lot to lose here, Mrs Patel.", ''],
    ['a hedge in the sentence before', "The rent's going up again, I hear. Be a shame if anything happened.", 'Be a shame if anything happened.'],
    ['textspeak: where the councillor lives', 'we no where the councillor lives, might pay him a visit', ''],
  ])('stands: %s', (_kind, around, sentence) => {
    expect(stands(around, sentence || around)).toBe(true);
  });
});

describe('learntThreatStands: kind, protective or business words, or nothing aimed, do not stand', () => {
  it.each([
    ['a cancellation regretted', 'I regret to inform you that this week’s coaching session has been cancelled.'],
    ['an order shipped to the door', 'We will ship your order overnight to your front door.'],
    ['harm to earnings', 'If the plant goes down it will hurt our earnings this quarter.'],
    ['sympathy for storm damage', 'So sorry to hear about the damage to your house in the storm.'],
    ['a model rebuilt from scratch', 'We are rebuilding the model from scratch, so your own numbers may change.'],
    ['children invited to a picnic', 'If your kids would like to attend the picnic, let me know.'],
    ['a friend of the reader', 'A friend of yours asked me to pass this on before the weekend.'],
    ['prayers with victims and families', 'Our prayers are with the victims of the fire and their families.'],
    ['unease with terms, and the market', "I'm uncomfortable with the terms, and the market will punish us if we sign."],
    ['insurance that protects a family', 'The life insurance plan protects you and your family if an accident happens.'],
    ['a shame a deal was lost', "It's a shame that we couldn't close the deal before Christmas."],
    ['a CD to burn', 'You can burn them to a CD and watch on your TV.'],
    ['nothing aimed: a generous man', "You'll find I'm a generous man when it comes to the carnival."],
    ['nothing aimed: the chairman offered a pump', "I know the chairman's house floods, so I've said he can have my pump."],
  ])('does not stand: %s', (_kind, text) => {
    expect(stands(text)).toBe(false);
  });
});

describe('tone/threat with the learnt judgement listed: what stands blocks, the rest only warns', () => {
  const send = (body: string) => draft({ from: RESIDENT, body });
  const blocks = (body: string) => findingsOf(rule, send(body), learntPolicy()).length > 0;
  const warns = (body: string) => findingsOf(possible, send(body), learntPolicy()).length > 0;
  it.each([
    "I've been past your house a few times this week.",
    'My lads know where your van is kept at night.',
    'Interesting that your van has been parked on the common every night.',
  ])('blocks: %s', (body) => {
    expect(blocks(body)).toBe(true);
  });
  it.each([
    ["You'll find I'm a generous man when it comes to the carnival: the park will sponsor the fireworks again this year."],
    ["I know the chairman's house floods, so I've said he can have my pump for the winter."],
  ])('does not block, and at most warns: %s', (body) => {
    expect(blocks(body)).toBe(false);
    expect(typeof warns(body)).toBe('boolean');
  });
});
