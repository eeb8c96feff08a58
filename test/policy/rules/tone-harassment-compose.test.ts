// tone/harassment and tone/harassment-possible on harassment in polite, everyday words, judged as a
// composition (once src/policy/rules/tone/harassment-compose.ts; since harass7 the concepts of
// src/policy/rules/tone/harassment-concepts.ts judge every case here): a person aimed at, a personal topic, and a
// turn from friendly to unwanted. All three in a sentence block; a strong turn with a second sign in a
// sentence aimed at someone blocks (pursuit); a question prying into a partner, sexuality or pregnancy (not
// marriage: "are you getting married?" is ordinary news, in business mail too)
// blocks; a person and a topic with the turn only in the sentence beside warn. The innocent neighbours
// (praise of work, whole-team invitations, get-well and wedding wishes, dress codes, chasing the bank,
// a parcel waiting, one invitation made once, a new baby congratulated) stay silent. Every phrasing
// here is new, in many voices (councillors, contractors, residents, staff), none from the corpus.
import harassment from '../../../src/policy/rules/tone/harassment';
import possible from '../../../src/policy/rules/tone/harassment-possible';
import { conceptual } from '../../../src/policy/rules/tone/harassment-concepts';
import { draft, CLLR } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const fromCllr = (body: string) => draft({ from: CLLR, body });
/** The finding over one sentence of the body (the whole body when no sentence is given). */
const at = (body: string, sentence = body) => [`harassment@body:${body.indexOf(sentence)}-${body.indexOf(sentence) + sentence.length}`];

// Innocent neighbours of every composition: silent under both rules.
const INNOCENT: readonly (readonly [string, string])[] = [
  ['flowers thanked for', 'Thank you for the lovely flowers you sent when I was in hospital.'],
  ['praise of work', 'Your report on the burial fees was spot on, well done.'],
  ['a drink for the whole team', 'Would the whole team like to come for a drink after the audit?'],
  ['a husband congratulated', 'Please pass on my congratulations to your husband on his retirement.'],
  ['a dress code', 'The dress code for the civic dinner is lounge suits; you may bring a guest.'],
  ['chasing the bank', "I'll keep chasing the bank until they answer, don't worry."],
  ['a parcel waiting', 'Your parcel is waiting for you at the office.'],
  ['lovely to see her at the fete', 'Lovely to see you at the fete, and your husband too.'],
  ['one invitation made once', 'Would you like to come for a drink after the meeting on Friday?'],
  ['a new baby congratulated', 'Congratulations on the new baby, she is gorgeous!'],
  ['get-well wishes with flowers', "Get well soon, Pat; we've sent flowers to your home from all of us."],
  ['a wedding', 'Hope you had a lovely wedding, the flowers looked gorgeous.'],
  ['an auditor asked three times', "I've asked the auditor three times now; could you try her?"],
  ['a call every morning for the figures', 'Could you ring me every morning this week with the figures?'],
  ['lights on at the hall', 'I drove past the hall and the lights were on; could you check the timer?'],
  ['a husband asking every week', 'Your husband rang about the allotment. Every week he asks, bless him.'],
  ['dinner thanked for, the bank chased', "Thank you for dinner last night. I'll keep chasing the bank about the grant."],
  ['the awards evening', 'You looked so happy at the awards evening. Well done!'],
  ['flowers on the memorial, a laugh', 'Your flowers on the war memorial looked lovely. Ha ha, the best in the county!'],
  ['best wishes to a husband', "Give my best to your husband. I'll see you at the fete anyway."],
  ['a baby expected, congratulations', "She's expecting her second baby. Congratulations to her!"],
  ['a recovery, a laugh', "Hope your body's recovering after the op. Lol, you'll be back on the mower in no time."],
  ['a single point of contact', 'Do you have a single point of contact for the grant?'],
  ['free for the single-item agenda', 'Are you free for the single-item agenda on Tuesday?'],
  ['a partner at the staff dinner', 'Are you bringing your partner to the staff dinner? Numbers by Friday, please.'],
  ['a wife at the civic service', 'Is your wife coming to the civic service on Sunday?'],
  ['a wedding date asked', 'Are you getting married in June or July? We need to plan the rota.'],
  ['a pride flag', 'Do you have a gay pride flag we could fly from the town hall in June?'],
  ['a contractor not interested in the job', "He's not interested in the job, so could you ask the other firm?"],
  ['invoices, once a no is heard', "I know you asked me to stop sending invoices after ten; I'll schedule them for the morning."],
  ['a reminder, not pressed', 'Just a reminder that the precept papers are due on Friday.'],
  ['a figure checked', 'Can you check your figure for me?'],
  ['a site visit after a no to Tuesday', "I know you said no to Tuesday, so I'll pick you up from the office on Wednesday for the site visit."],
];

// A remark on the body alone with a turn only in the sentence beside: since harass7 (the concepts replace the
// composition, whose warning these were) neither blocked nor warned; the concepts warn on a remark on looks only
// with a second personal subject (clothes), which kept business mail's warnings level.
const BODY_ALONE: readonly string[] = ['She has lovely skin. If you know what I mean.', 'What a figure she has. 😉', "That's a lovely figure you've kept, Sue. Wink."];

// Blocked by nothing; the learnt judgement's unsure tier already warned on these before the composition (a thing
// waiting, "single" in a word), so they are kept out of the warning table.
const NOT_BLOCKED: readonly (readonly [string, string])[] = [
  ['a parcel left outside until she got home', 'Your parcel was left outside your door until you got home.'],
  ['single-handed', 'Are you still single-handedly running the office this week?'],
];

describe('harassment as a composition: person, personal topic, unwanted turn', () => {
  const block = ruleTester(harassment, { level: 'block' });
  const warn = ruleTester(possible, { level: 'warn' });

  // (A) A personal topic (body, looks, love life, an evening alone, flowers) with a turn in the same sentence.
  const LOOKS = [
    'Those legs of yours are wasted on the planning committee, if you know what I mean.',
    'You have a lovely figure for a woman who sits at a desk all day 😉',
    'She has lovely skin for her age, not that I watched her at the pool or anything.',
    'i drove past urs last nite, u looked gorgeous through the window',
  ];
  const TOPIC_AND_TURN = [
    'Those legs of yours are wasted on the planning committee, if you know what I mean.',
    "I'll keep texting you about dinner, Sarah, so you may as well say yes.",
    'You have a lovely figure for a woman who sits at a desk all day 😉',
    "Your husband's away again this weekend, wink wink.",
    'Why won\'t you let me buy you a drink after full council?',
    'She has lovely skin for her age, not that I watched her at the pool or anything.',
    'I sat in the car park with the flowers until you left, why did you go out the back way?',
    'You blocked my number after I sent the flowers, which I thought was unkind.',
    'i drove past urs last nite, u looked gorgeous through the window',
  ];
  // A remark on someone's body or looks blocks with its own message (src/policy/rules/tone/harassment-concepts.ts).
  const looks = (b: string) => (LOOKS.includes(b) ? at(b).map((id) => id.replace('harassment@', 'looks@')) : at(b));
  block.flags(TOPIC_AND_TURN.map((b) => [b.slice(0, 50), fromCllr(b), looks(b)] as const), 'blocks a topic and a turn: %s');

  // (B) Pursuit: a strong turn and a second sign in one sentence aimed at someone.
  const PURSUIT = [
    "I'll keep ringing until you pick up, Laura.",
    "You've blocked my number, so I'll just email you every day instead.",
    "I've messaged you four times today and I'll keep messaging until you reply.",
    'Stop avoiding me, Dawn; I drove past your house and saw you were in.',
    "You keep ignoring my texts, so I'll keep calling the office every morning.",
    "I followed you to the car park and waited, why won't you talk to me?",
    "i'll keep texting til u answer, u know i will",
    "She's ignoring my calls, so I'll be outside her flat tonight.",
  ];
  block.flags(PURSUIT.map((b) => [b.slice(0, 50), fromCllr(b), at(b)] as const), 'blocks pursuit: %s');

  // (C) Prying into someone's love life, sexuality or pregnancy.
  const PRYING = [
    'Is that your boyfriend who picks you up on Fridays?',
    "Are you pregnant, Emma? You've been off the coffee all week.",
    'Is she single, the new receptionist?',
    'Are you gay, Tom? The lads were wondering.',
    'Do you have a girlfriend these days, Ben?',
    'Is she pregnant, the new girl? She keeps leaving meetings.',
    'Are you seeing anyone at the moment, Claire?',
    'Are you divorced now, Paul, or still living apart?',
  ];
  block.flags(PRYING.map((b) => [b.slice(0, 50), fromCllr(b), at(b, b.split(/(?<=[?])\s/)[0])] as const), 'blocks prying: %s');

  // (D) A person and a topic, the turn only in the sentence beside: worth a second look (warn), not a block.
  const UNSURE: readonly (readonly [string, string])[] = [
    ["Your husband's away all week, I hear. Wink wink.", "Your husband's away all week, I hear."],
    ["You must come for dinner. I'll keep texting.", 'You must come for dinner.'],
    ["Bring your boyfriend to the quiz. Or don't 😉", 'Bring your boyfriend to the quiz.'],
    ['Are you free for a drink on Friday? Not going to give up, mind.', 'Are you free for a drink on Friday?'],
    ['Your legs are tanned after the holiday. I drove past the beach and saw.', 'Your legs are tanned after the holiday.'],
  ];
  warn.flags(UNSURE.map(([b, s]) => [b.slice(0, 50), fromCllr(b), at(b, s)] as const), 'warns on %s');
  block.accepts(UNSURE.map(([b]) => [b.slice(0, 50), fromCllr(b)] as const), 'does not block %s');

  block.accepts([...INNOCENT, ...NOT_BLOCKED].map(([n, b]) => [n, fromCllr(b)] as const), 'blocks nothing on %s');
  block.accepts(BODY_ALONE.map((b) => [b.slice(0, 50), fromCllr(b)] as const), 'does not block a remark on the body alone: %s');
  warn.accepts(INNOCENT.map(([n, b]) => [n, fromCllr(b)] as const), 'warns on nothing on %s');

  it('needs a person aimed at', () => {
    expect(conceptual('the figure keeps asking for more', 'the figure keeps asking for more')).toBeUndefined();
  });
});
