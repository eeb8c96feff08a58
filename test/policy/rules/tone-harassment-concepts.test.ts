// tone/harassment judged by concept (src/policy/rules/tone/harassment-concepts.ts): a person aimed at
// (the reader, a colleague, someone addressed by name), a personal subject (body, looks, clothes, love
// life, family and evenings, home and whereabouts, an outing or a gift for two, anything sexual) and a
// turn that makes it unwanted (persistence, a no pressed past, watching, innuendo, prying, secrecy); or
// pursuit (persistence after a no or a silence) with no task in view. Each kind has phrasings that must
// block and innocent neighbours on the same subjects that must not, in many voices (councillors,
// contractors, residents, staff, texters, the old-school formal). All written for this file, none
// taken from the council corpus.
import harassment from '../../../src/policy/rules/tone/harassment';
import { conceptual } from '../../../src/policy/rules/tone/harassment-concepts';
import { draft, CLLR } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

/** The judgement for one body, sentence by sentence as the rule reads it (lower-cased, the sentence either side). */
function judged(body: string): boolean {
  const written = body.replace(/[’‘]/g, "'").split(/(?<=[.!?])\s+|\n+/);
  const lower = written.map((s) => s.toLowerCase());
  return lower.some((s, i) => conceptual(s, `${lower[i - 1] ?? ''} ${lower[i + 1] ?? ''}`, written[i]));
}

const KINDS: Record<string, { block: string[]; innocent: string[] }> = {
  'body and looks, with a turn': {
    block: [
      'You have got lovely long legs, Sophie, I hope you know that, ha ha.',
      "Can't stop thinking about your figure in the team photo, if you don't mind me saying.",
      'Your arms must be strong from all that digging, I could watch you all day 😉',
      'Cracking smile on the new receptionist, I went back twice just to see it.',
      'The pretty one at the front desk can sort my permit any day, know what I mean.',
      'Noticed you have lost weight, it suits you, not that I was looking, lol.',
      'u look well fit in the chamber 2day, made my week x',
      'Those lips of hers could talk me into any planning application, ha ha.',
    ],
    innocent: [
      'You did a lovely job on the hanging baskets, Sophie, well done.',
      'The team photo came out well; could you send it to the newsletter?',
      'The new receptionist has been a great help with the bookings this week.',
      'Hope your arm is on the mend after the fall at the depot.',
      'The planning report has a lovely clear layout; I could follow every page.',
      'Please wear gloves for the litter pick; we will provide them.',
      'u did well at the meeting 2day, clear as anything',
      'The view from the top field is wonderful this time of year; worth a walk.',
    ],
  },
  'clothes, with a turn': {
    block: [
      'That red skirt again today, Megan? Not that I mind, you wear it well.',
      'Wear the leather trousers to the finance meeting, it keeps the old boys awake, ha ha.',
      'Tell the new admin lass she should wear something tighter for the civic service, for me.',
      'Nice jumper, Dawn, very clingy, I couldn’t help noticing.',
      'Lovely dress at the mayor-making, I kept the photo of you in it 😉',
      'saw u in the gym in them shorts, wow',
      'Your heels were clicking all through the budget debate, I couldn’t help looking.',
      'I have bought you a silk scarf and some stockings; please wear them for me on Friday.',
    ],
    innocent: [
      'The dress code for the Remembrance service is dark suits and medals.',
      'Please wear stout boots for the site visit; the field is waterlogged.',
      'Hi-vis jackets are in the cupboard by the back door for anyone helping on Saturday.',
      'Could you order the new uniform polo shirts in the usual sizes?',
      'I wore my wellies to the flood meeting and was very glad of them.',
      'Is it smart dress for the county reception, or lounge suits?',
      'The Scouts want to wear their uniforms for the parade; is that all right?',
      'Remember a warm coat for the carol service; the church is cold.',
    ],
  },
  'love life and private life pried into': {
    block: [
      'Is it true you and Mark have split up? You can tell me, I promise I will not gossip.',
      'Are you seeing anyone at the moment, Lucy? I do wonder, you never mention a boyfriend.',
      'Is the new girl in the office single? Find out for me, go on.',
      "I heard your marriage is on the rocks; thought you'd want to know people are talking.",
      'Why are you always leaving with that chap from planning? Are you two an item?',
      'Are you pregnant, Ellie? I noticed you have gone off coffee, and you can tell me, you know.',
      'r u still with ur gf or is she history? asking 4 a friend lol',
      "I'm told you're gay, Tom. Is it true? Not that it bothers me, I just want to know.",
    ],
    innocent: [
      'Congratulations on your engagement, Lucy! The office is sending a card.',
      'Is your partner coming to the staff summer barbecue? I need numbers by Friday.',
      'Hope your husband is feeling better after his operation.',
      'My wife and I will both be at the civic service on Sunday.',
      'Are you free on Tuesday evening for the planning committee?',
      'Is the new starter settling in? Please show her where the forms are kept.',
      'Congrats on the new baby, hope you are all getting some sleep!',
      'Could you ask whether the hall is free for a wedding reception in June?',
    ],
  },
  'asking on after a no or a silence': {
    block: [
      'You said no to dinner last week, but I will keep asking until you say yes.',
      "I've messaged you five times tonight and you still haven't replied. I'll keep trying.",
      'Since you refuse to meet me for a drink, I shall simply have to ask again every Friday.',
      "I know you're not interested, but I'm not the sort to give up, so expect another invitation.",
      'You keep ignoring my texts, so I’ll keep ringing the office until they put me through.',
      'u blanked me again at the meeting. ill keep messaging til u answer',
      'You turned me down for the theatre, so I have bought two tickets for the ballet anyway.',
      'Your refusal is noted, but I will not accept it, and I will be at the door at seven.',
    ],
    innocent: [
      "I'll keep chasing the county about the streetlight until they answer.",
      'Highways said no to the crossing, so I will ask them again at the next meeting.',
      'You said the report would be late; no problem, I will ask again next week.',
      "I've asked the auditor three times for the letter; could you try her instead?",
      'Would you like to join us for lunch after the training? No worries if not.',
      "I'll keep nudging you about the declarations of interest until they are all in, sorry!",
      'You haven’t replied about the rota yet; could you let me know by Friday?',
      'If the answer is still no, that is fine, I will put it on the agenda instead.',
    ],
  },
  'watching and whereabouts': {
    block: [
      'I drove past your house on Saturday night and your car wasn’t there. Out somewhere nice?',
      'I saw you at the pub with that man from the rugby club. Who is he?',
      'I know where you park, and what time you finish, so I’ll be waiting by your car.',
      'Found your address on the electoral roll, so I’ll pop round with the flowers myself.',
      'I could see you through your kitchen window last night; you looked tired.',
      'I followed you on Instagram and saved a few of the beach photos, hope you don’t mind.',
      'i sat outside ur flat for a bit last nite, u didnt come out',
      "Noticed your car outside the clinic on Monday; is it women's trouble? You can tell me.",
    ],
    innocent: [
      'I drove past the depot last night and the lights were on; could someone check the timer?',
      'I saw your post about the litter pick on Facebook; it looked a great turnout.',
      'Your car was blocking the hall entrance on Tuesday; could you park in the side bay next time?',
      'I know where the key safe is, so I will let the caterers in myself.',
      'I noticed the hall window was left open overnight; please check it at lock-up.',
      'Please send me your home address for the payroll form.',
      'saw u at the fete, great stall, sold out by 2',
      'I walked past the allotments on Sunday and the gate was open again.',
    ],
  },
  'innuendo and sexual remarks': {
    block: [
      'You can check my paperwork any time, darling, if you get my meaning 😉',
      'I dreamt about you last night, Chloe. Won’t say what happened, ha ha.',
      'Come and warm my hands in the pavilion, love, nobody will see.',
      'The new clerk can come and sit on my knee whenever she likes, know what I mean.',
      'I bet you look even better with nothing on, ha ha.',
      'sit on my knee at the xmas do and ill sign ur expenses 😏',
      'Keep wearing that perfume, Jo, it does things to me.',
      'You can take down my particulars in my office after hours, just the two of us.',
    ],
    innocent: [
      'You can check the paperwork any time; it is in the blue folder on my desk.',
      'I slept badly last night worrying about the budget, ha ha.',
      'Please could someone warm up the hall before the Brownies arrive?',
      'The new clerk can inspect the play equipment on Thursday morning.',
      'The Christmas do is at the Bell on the 18th; everyone welcome.',
      'Ha ha, the photocopier has beaten me again.',
      'Could you take down the notices in the office after hours on Friday?',
      'Lovely scent from the rose bed by the war memorial this week.',
    ],
  },
  'an evening, a closeness or a gift, pressed or kept secret': {
    block: [
      'Come to dinner with me on Saturday; my wife is away so nobody need know.',
      'I have booked us a table for two at the Swan and I will collect you at eight, no need to reply.',
      'I sent a necklace to your home. Please don’t send it back this time.',
      'Stay behind after the meeting, just the two of us, and we will open a bottle of wine. Don’t tell the others.',
      'I have left chocolates on your desk again. Every day until you smile at me.',
      'come round mine 4 a drink after council, just me n u, dont tell ur fella 😉',
      'I have reserved the room next to yours at the conference hotel, between ourselves.',
      'I will keep sending you flowers every week whether you like it or not.',
    ],
    innocent: [
      'The whole office is invited to dinner at the Swan after the audit; partners welcome.',
      'I have booked a table for twelve at the Crown for the volunteers’ lunch.',
      'Thank you for the flowers you sent when I was in hospital.',
      'Please don’t tell the chairman about the surprise party on Friday!',
      'Would you like to join me for a coffee to go through the budget on Monday?',
      'Chocolates in the kitchen for everyone, thanks for a great year.',
      'The conference hotel is booked for all three officers; details attached.',
      'The council sends flowers to every volunteer who retires after ten years.',
    ],
  },
};

describe('tone/harassment by concept: every kind blocks and its neighbours do not', () => {
  for (const [kind, { block, innocent }] of Object.entries(KINDS)) {
    it.each(block)(`${kind}: blocks %s`, (text) => expect(judged(text)).toBe(true));
    it.each(innocent)(`${kind}: leaves %s`, (text) => expect(judged(text)).toBe(false));
  }
});

// Through the rule, under the shipped policy: the sentence quoted, blocked; neighbours that once fired stay silent.
describe('tone/harassment by concept, through the rule', () => {
  const block = ruleTester(harassment, { level: 'block' });
  const fromCllr = (body: string) => draft({ from: CLLR, body });
  const at = (body: string, sentence: string) => [`harassment@body:${body.indexOf(sentence)}-${body.indexOf(sentence) + sentence.length}`];
  block.accepts(
    [
      ['a lift offered once', 'Are you OK for me to pick you up for the budget meeting on Monday? I will be outside yours at 6.45.'],
      ['writing again after the meeting', 'I will write again after the meeting to let you know the outcome.'],
      ['a kind word on a rest', 'How was the holiday? You look really rested.'],
      ['a speech praised', "I hope you don't mind me saying, Councillor, but you spoke very well at the meeting."],
      ['a key asked about', "I've texted your deputy a few times about the key, she's not replied, can you give me a ring instead?"],
    ].map(([n, b]) => [n, fromCllr(b)] as const),
    'blocks nothing on %s',
  );
  const TICKETS = 'You turned me down for the theatre, so I have bought two tickets for the ballet anyway.';
  const JUMPER = "Nice jumper, Dawn, very clingy, I couldn't help noticing.";
  const SINGLE = 'Is the new girl in the office single?';
  const SILENCE = "You still haven't replied to my texts, so I'll keep messaging until you do.";
  block.flags(
    [
      ['tickets bought after a no', fromCllr(`Morning Jess.\n${TICKETS}\nCllr Webb`), at(`Morning Jess.\n${TICKETS}\nCllr Webb`, TICKETS)],
      ['a clingy jumper noticed', fromCllr(`Minutes attached. ${JUMPER}`), [`looks@body:${'Minutes attached. '.length}-${'Minutes attached. '.length + JUMPER.length}`]],
      ['the new girl asked about', fromCllr(`${SINGLE} Find out for me, go on.`), at(`${SINGLE} Find out for me, go on.`, SINGLE)],
      ['messages after a silence', fromCllr(SILENCE), [`harassment@body:0-${SILENCE.length}`]],
    ] as const,
    'blocks %s',
  );
});
