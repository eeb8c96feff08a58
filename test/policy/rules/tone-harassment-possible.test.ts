// tone/harassment-possible: the learnt harassment judgement warns where the policy file does not let it
// block (the shipped policy), and stays silent where tone/harassment speaks.
import rule from '../../../src/policy/rules/tone/harassment-possible';
import harassment from '../../../src/policy/rules/tone/harassment';
import { draft, findingsOf, idsOf, policy, CLLR } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { judgeSentence } from '../../../src/policy/models/council';

const fromCllr = (body: string) => draft({ from: CLLR, body });
const whole = (body: string) => [`harassment@body:0-${body.length}`];

describe('tone/harassment-possible', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.flags([
    ['a remark on looks and clothes, in new words', fromCllr('You looked gorgeous in that dress at the mayor-making, darling.'), whole('You looked gorgeous in that dress at the mayor-making, darling.')],
  ], 'warns on %s in the shipped policy');

  tester.accepts([
    // Asking on until the answer is yes blocks under tone/harassment (./harassment-concepts.ts: pursuit), so it no longer warns here.
    ['an invitation pressed after a no, blocked instead', fromCllr("I'll keep asking until you say yes.")],
    ['a compliment on work', fromCllr('Thank you for the lovely dress you lent the panto.')],
    ['an invitation to the whole team', fromCllr('Would the office team like to join us for lunch after the training?')],
    ['a dress code', fromCllr('Councillors are reminded that the dress code for the civic service is lounge suits.')],
    // tone/harassment blocks a phrase it knows in any sentence; the same sentence is not warned twice.
    ['a phrase tone/harassment blocks', fromCllr('Come and sit on my knee while we do the precept.')],
    // A thing waiting for the reader is an errand, not someone waiting about (the judgement scores these above its threshold).
    ['a parcel waiting at the office', fromCllr('Your parcel is waiting for you at the office.')],
    ['messages waiting on a server', fromCllr('These messages are still waiting for you on our server.')],
    ['a visit to her house as arranged', fromCllr("As arranged, I'll be at your house at eight to collect the banner for the fete.")],
    ['waiting at the office for a parcel', fromCllr("I'll be waiting at the office for the courier until five.")],
    ['a remark the writer reports', fromCllr('The resident wrote "you looked gorgeous in that dress, darling" on the feedback form.')],
  ], 'is silent on %s');

  // One piece of evidence without its second (src/policy/rules/tone/harassment-evidence.ts): a warning.
  tester.flags([
    ['a compliment on clothes alone', fromCllr('That red dress really suited you at the switch-on.'), whole('That red dress really suited you at the switch-on.')],
    ['persistence aimed at the reader, no invitation named', fromCllr("I'm not going to give up on you, Lucy."), whole("I'm not going to give up on you, Lucy.")],
  ], 'warns on %s (one piece of evidence)');
  tester.accepts([
    ['a compliment on work', fromCllr('Your report looked very professional, well done.')],
    ['persistence about a task', fromCllr("I'm not going to give up on the bypass.")],
  ], 'is silent on %s (no evidence)');

  // A compliment on a uniform (or an outfit for an event) with no personal turn is ordinary courtesy (2.3),
  // not one piece of evidence; the body, looks as a person, a tight fit or a turn beside it still warn or block.
  const fromClerk = (body: string) => draft({ body });
  tester.accepts([
    ['a new uniform, from the clerk', fromClerk('The new uniform really suits you.')],
    ['a uniform with the new logo', fromClerk('Your uniform really suits you now it has the new council logo on it.')],
    ['a uniform at the open day, and the team praised', fromClerk('That navy uniform suited you at the open day, everyone said how professional the team looked.')],
    ['two rangers in new uniforms', fromClerk('Those new uniforms really suit you both, the residents will spot you a mile off.')],
    ['a councillor to a new starter', fromCllr("It's good to see you in your uniform at last, it really suits you.")],
    ['an elf outfit at the Santa run', fromCllr("Loved seeing you in that elf outfit at the Santa run, it made the kids' day.")],
    ['a first shift', fromCllr('Well done on your first shift, young man, the ranger uniform suits you.')],
    ['an outfit for the Christmas market', fromClerk('Your Victorian outfit really suited you at the Christmas market!')],
  ], 'a uniform or an outfit for an event, no personal turn: is silent on %s');
  tester.flags([
    ['looks as a person, in a uniform', fromClerk('You look lovely in your new uniform.'), whole('You look lovely in your new uniform.')],
    ['a uniform too short', fromClerk('Your uniform is a bit too short for you these days.'), whole('Your uniform is a bit too short for you these days.')],
    ['an outfit too tight', fromClerk('That outfit is far too tight on you.'), whole('That outfit is far too tight on you.')],
  ], 'a uniform with a remark on the body or looks: warns on %s');
  it.each([
    'The new uniform really suits you, it shows off your figure.',
    'The uniform really suits you, you should wear it for me more often.',
    "That uniform is far too tight on you, not that I'm complaining.",
    'The uniform suits you, half the lads in the depot were looking.',
  ])('a uniform with a personal turn still blocks in tone/harassment: %s', (body) => {
    expect(findingsOf(harassment, fromClerk(body)).map((f) => [f.level, f.span?.start, f.span?.end])).toEqual([['block', 0, body.length]]);
    expect(idsOf(rule, fromClerk(body))).toEqual([]);
  });

  it('still warns on a person waiting about for someone', () => {
    const body = 'I was waiting for you in the car park again last night.';
    expect(idsOf(rule, fromCllr(body))).toEqual(whole(body));
  });

  it('warns, never blocks, and leaves the sentence to tone/harassment once the council lists the judgement', () => {
    const body = 'You looked gorgeous in that dress at the mayor-making, darling.';
    const [f] = findingsOf(rule, fromCllr(body));
    expect(f.level).toBe('warn');
    expect(f.message).toContain('"You looked gorgeous in that dress at the mayor-making, darling." could be read as unwelcome personal attention');
    expect(f.message).toContain('3.1');
    const listed = policy({ learntJudgements: ['harassment'] });
    expect(idsOf(rule, fromCllr(body), listed)).toEqual([]);
    expect(idsOf(harassment, fromCllr(body), listed)).toEqual(whole(body));
  });

  it('leaves a sentence with a phrase tone/harassment blocks to that rule, even where the judgement would warn', () => {
    const body = 'Come and sit on my knee while we do the precept, you looked gorgeous in that dress.';
    expect(judgeSentence('harassment', body)?.fires).toBe(true);
    expect(idsOf(harassment, fromCllr(body))).toEqual(whole(body));
    expect(idsOf(rule, fromCllr(body))).toEqual([]);
  });
});
