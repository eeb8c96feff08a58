import rule from '../../../src/policy/rules/tone/harassment';
import { draft, learntFindingsOf as findingsOf, CLLR, idsOf as baseIdsOf, learntIdsOf, policy, learntPolicy } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const whole = (body: string) => [`harassment@body:0-${body.length}`];
const fromCllr = (body: string) => draft({ from: CLLR, body });
const PRESSED = 'I will keep texting you until you agree to come for a drink with me.';

describe('tone/harassment', () => {
  const tester = ruleTester(rule, { level: 'block', config: learntPolicy() });

  tester.accepts([
    ['a compliment on work', 'Thank you for the lovely dress you lent the panto.'],
    ['chasing the county', 'I will keep asking the county until the drain is fixed.'],
    ['congratulations', 'Congratulations on your wedding.'],
    ['an invitation to the whole team', 'Would the office team like to join us for lunch after the training?'],
    ['a dress code', 'Councillors are reminded that the dress code for the civic service is lounge suits.'],
    ['"pretty" as an adverb', 'The analysis is pretty clear about the costs.'],
  ]);

  tester.flags([
    ['an invitation pressed until she agrees', PRESSED, whole],
    ['an invitation pressed after a no', "I'll keep asking until you say yes.", whole],
  ], { input: fromCllr });

  // The judgement retrained with the new train voices (threshold chosen by cross-validation, with
  // ordinary business sentences kept quiet) scores prying questions below its threshold: a known
  // miss of the learnt judgement, not of the phrase rules. Flip to `it` when it is caught.
  // A remark on looks in new words: missed by the act-cue weights as trained, caught once
  // `npm run prune:council` dropped the small weights that had held it below the threshold.
  it('flags a remark on looks and clothes', () => {
    const body = 'You looked gorgeous in that dress at the mayor-making, darling.';
    expect(learntIdsOf(rule, fromCllr(body))).toEqual(whole(body));
  });

  // Caught since the concepts (./harassment-concepts.ts): a question into someone's divorce and love life pries.
  it('flags prying into private life', () => {
    const body = 'How is the divorce going, and is there a new man in your life yet?';
    expect(learntIdsOf(rule, fromCllr(body))).toEqual(whole(body));
  });

  it('judges only the first 50,000 characters of a body (a pasted document beyond is not read by the model)', () => {
    const remark = PRESSED;
    // Fifty long sentences (over 50,000 characters), so the body is still a message, not a document.
    const filler = ('The minutes are attached for information, '.repeat(25) + 'and nothing else. ').repeat(50);
    expect(filler.length).toBeGreaterThan(50_000);
    expect(findingsOf(rule, draft({ body: remark + ' ' + filler }))).toHaveLength(1);
    expect(findingsOf(rule, draft({ body: filler + remark }))).toHaveLength(0);
  });

  it('does not judge a document of more than 60 sentences (a newsletter or a forwarded joke), where such lines are usually someone else\'s', () => {
    const filler = 'The minutes are attached for information. '.repeat(61);
    expect(findingsOf(rule, draft({ body: PRESSED + ' ' + filler }))).toHaveLength(0);
    expect(findingsOf(rule, draft({ body: PRESSED + ' ' + filler.slice(0, 42 * 50) }))).toHaveLength(1);
  });

  it('quotes the writer\'s words in a sentence, not model features', () => {
    const [f] = findingsOf(rule, draft({ body: `All fine with the budget. ${PRESSED}` }));
    expect(f.message).toContain(`This reads as unwelcome personal attention: "${PRESSED}"`);
    expect(f.message).not.toMatch(/\bh:|w:|feature/);
    expect(f.span).toEqual({ field: 'body', start: 26, end: 26 + PRESSED.length });
  });
});

describe('the shipped policy (no learnt judgements: policy file learntJudgements)', () => {
  it('lets no learnt judgement act until the council lists it', () => {
    // A remark the learnt judgement reads as harassment, with no second piece of evidence (./harassment-evidence.ts).
    const body = 'You looked gorgeous in that dress at the mayor-making, darling.';
    expect(learntIdsOf(rule, draft({ from: CLLR, body }))).not.toEqual([]);
    expect(baseIdsOf(rule, draft({ from: CLLR, body }))).toEqual([]);
    expect(baseIdsOf(rule, draft({ from: CLLR, body }), policy({ learntJudgements: ['harassment'] }))).not.toEqual([]);
  });
});

describe('tone/harassment: phrases that block in the shipped policy (no learnt judgement)', () => {
  const shipped = ruleTester(rule, { level: 'block', input: fromCllr });

  shipped.flags([
    ['looks used to belittle', "You're far too pretty to be filing planning applications, Lucy.", whole],
    ['bending over', 'Always a treat when you bend over the photocopier.', whole],
    ['sitting on a lap', 'Come and sit on my knee while we do the precept.', whole],
    ['clothes on the mind', 'I was thinking about you in that red dress all through planning.', whole],
    ['a present to be worn', 'I have bought you a little something and I want to see it on you on Friday.', whole],
    ['a kiss asked for', 'Give me a kiss for Christmas, go on.', whole],
    ['a no not heard', "I won't let you say no this time; the table is booked.", whole],
    ['rivalry over a partner', "I don't know what he's got that I haven't.", whole],
    ['calling round to console', "Now you've split up, shall I come round tonight and cheer you up?", whole],
    ['who visits her home', "Whose car is parked outside Julie's house every weekend?", whole],
    ['a remark on legs', 'Lovely legs in that photo from the fun run, by the way.', whole],
  ], 'blocks %s, quoting the sentence');

  shipped.accepts([
    ['a broken leg', 'Sorry to hear about your leg; rest it and we will manage.'],
    ['stretching legs', 'We will break at eight so everyone can stretch their legs.'],
    ['bending over backwards', 'The office bent over backwards to get the grant in on time.'],
    ['a visit with flowers from the team', 'The team will drop the flowers round to the hospital on Friday.'],
    ['whose car in a car park', 'Whose car is parked across the pavilion gates? The mowers cannot get out.'],
    ['a kiss reported', 'The resident wrote "give me a kiss" on the form, which I have passed to the clerk.'],
    ['a hard-working team', "You're far too kind; the whole team did the work."],
    // Issue #16: what a remark on legs or a pose is aimed at: a thing, or the sender's own pose, or a rule.
    ['the legs of a walk', 'The sponsored walk has two long legs, so bring water and a snack.'],
    ['the legs of chairs', "The antique chairs for the mayor's parlour have lovely legs but wobble."],
    ['the legs of a relay', 'The relay has four great legs and the last one finishes at the war memorial.'],
    ['the sender bent over a machine', 'I spent the morning bent over the photocopier clearing a paper jam.'],
    ['a lifting rule', 'Staff must not lift by bending over the counter; use the steps.'],
  ], 'lets %s through');
  shipped.flags([
    ['a remark on a named woman’s legs', 'Sandra has lovely legs, hasn’t she?', whole],
    ['a remark on a new starter’s legs', 'The new girl in the office has cracking legs.', whole],
    ['the sender watching a pose', 'I spent the morning watching you bend over the photocopier.', whole],
    ['a pose asked for with "not"', "I'd rather you did not bend over the desk like that in front of me.", whole],
  ], 'context checks: blocks %s');
});

// Two pieces of evidence aimed at a person block in the shipped policy (src/policy/rules/tone/harassment-evidence.ts).
describe('tone/harassment: evidence a clerk would accept, in the shipped policy (no learnt judgement)', () => {
  const shipped = ruleTester(rule, { level: 'block', input: fromCllr });
  /** The finding for one sentence of the body, by message id. */
  const at = (id: string, sentence: string) => (body: string) => [`${id}@body:${body.indexOf(sentence)}-${body.indexOf(sentence) + sentence.length}`];

  shipped.flags([
    ['looks and clothes, with a sexual turn', 'You looked very fetching in that black dress on Sunday. You should wear something that tight to full council more often ;-)', (b: string) => [...at('looks', 'You looked very fetching in that black dress on Sunday.')(b), ...at('looks', 'You should wear something that tight to full council more often ;-)')(b)]],
    ['clothes, and men looking', 'That red dress really suited you at the switch-on; half the blokes on the square were looking at you, not the lights.', at('looks', 'That red dress really suited you at the switch-on; half the blokes on the square were looking at you, not the lights.')],
    ['an invitation after a no', "I know you said last week you'd rather not. But it's only a drink after full council, nobody needs to know.", (b: string) => [...at('harassment', "I know you said last week you'd rather not.")(b), ...at('harassment', "But it's only a drink after full council, nobody needs to know.")(b)]],
    ['refusals counted and persistence', "You've said no twice now, but I'm not a man who gives up easily.", at('harassment', "You've said no twice now, but I'm not a man who gives up easily.")],
    ['persistence and a social invitation', "I would love to take you for a Sunday roast. I'll keep on trying until you run out of excuses!", at('harassment', "I'll keep on trying until you run out of excuses!")],
    ['a rumour about the reader’s marriage', 'People at the bowls club were saying you and your husband have split up.', at('harassment', 'People at the bowls club were saying you and your husband have split up.')],
    ['a rumour about a named colleague’s husband', "I had it from someone at chapel. Apparently Helen's husband has been seeing someone in Tiverton.", at('harassment', "Apparently Helen's husband has been seeing someone in Tiverton.")],
    ['a remark on how short a skirt is, with innuendo', "That skirt is far too short for the office, not that I'm complaining.", at('looks', "That skirt is far too short for the office, not that I'm complaining.")],
    ['refusals counted, and an invitation', "That's the third time you've said no to a drink after the ride. Friday at the Crown, my treat.", at('harassment', "That's the third time you've said no to a drink after the ride.")],
    ['a no, and tickets bought anyway', "I know you said no to the theatre but I've bought the tickets anyway.", at('harassment', "I know you said no to the theatre but I've bought the tickets anyway.")],
    ['pregnancy gossip about a colleague', "Everyone in the office is saying Becky's pregnant; I wonder whose it is.", at('harassment', "Everyone in the office is saying Becky's pregnant; I wonder whose it is.")],
    ['clothes, the figure for them, and asked for again', "That dress was an improvement, you've got the figure for it. Wear it again for the December meeting, eh?", at('looks', "That dress was an improvement, you've got the figure for it.")],
  ], 'blocks %s');

  // Waiting for or turning up on someone after their no.
  const CAR_PARK = "I have now asked four times. Since you won't put a date in the diary, I'll be in the car park from 5pm and I'll catch you as you leave.";
  const DOOR = "I don't accept that no further meeting is needed. I'll be waiting outside your office on Monday until you come out.";
  const HOME = "You've said no twice now. I'll come round to your house on Saturday and we can talk then.";
  shipped.flags([
    ['asks counted, and catching her as she leaves', CAR_PARK, (b: string) => [...at('harassment', 'I have now asked four times.')(b), ...at('harassment', "Since you won't put a date in the diary, I'll be in the car park from 5pm and I'll catch you as you leave.")(b)]],
    ['a no not accepted, and waiting outside', DOOR, at('harassment', "I'll be waiting outside your office on Monday until you come out.")],
    ['a no counted, and turning up at home', HOME, (b: string) => [...at('harassment', "You've said no twice now.")(b), ...at('harassment', "I'll come round to your house on Saturday and we can talk then.")(b)]],
    ['refusals, and turning up until she agrees', "Keep refusing to meet me and I'll keep turning up at your office until you do.", at('harassment', "Keep refusing to meet me and I'll keep turning up at your office until you do.")],
    ['a no, and waiting outside the town hall', "You said no, but I'll be outside the town hall every evening this week until you agree to see me.", at('harassment', "You said no, but I'll be outside the town hall every evening this week until you agree to see me.")],
    ['waiting in the car park in case she changes her mind', "I'll be waiting in the car park after work again tonight in case you change your mind.", at('harassment', "I'll be waiting in the car park after work again tonight in case you change your mind.")],
    ['waited until she came out, and told to wait next time', 'I waited outside the depot until you came out on Tuesday but you went the back way. Next time, wait for me.', (b: string) => [...at('harassment', 'I waited outside the depot until you came out on Tuesday but you went the back way.')(b), ...at('harassment', 'Next time, wait for me.')(b)]],
  ], 'blocks %s (waiting, after a no)');
  shipped.accepts([
    ['an agreed meeting', "You said no to Tuesday, so as agreed I'll be waiting for you at reception on Wednesday at ten."],
    ['catching someone after a meeting, no refusal', "I'll catch you after the planning meeting about the hedge."],
    ['asks counted about an invoice', "I have now asked four times for the invoice. I'll ring the finance office on Monday."],
    ['keys collected from the car park', "I'll be in the car park at five to collect the hall keys."],
    ['a choice of places, waiting at reception', "Your choice: we can meet at the hall or at the library. I'll be waiting at reception until you arrive."],
    ['asks counted, and waiting in the office for an invoice', "I've asked four times for the invoice. I'll be in the office until you send it, so ring me."],
  ], 'lets %s through (waiting)');

  shipped.accepts([
    ['a compliment with no clothes or turn', 'You looked lovely in the photos from the switch-on; thank you for all your work.'],
    ['a dress code for an event', 'Please wear something smart to the civic service; the Mayor will wear the chain.'],
    ['praise of the work, with a wink', 'The switch-on went off a treat, the lights looked stunning ;-)'],
    ['a first friendly invitation', 'Would you like to come for a drink with the team after full council on Friday?'],
    ['a working coffee after a no', 'I know you said you were busy on Tuesday, so could we meet for a coffee to go through the figures?'],
    ['chasing the county', "I won't give up on the bypass; I'll keep asking the county until they answer."],
    ['a refusal of a task accepted', "I know you said you'd rather not chair the working group, so I've asked Tom instead."],
    ['the writer’s own news', 'As people in the village have probably been saying, my wife and I have separated, so please send post to the office.'],
    ['a welfare check', 'I heard your husband has been unwell; do take whatever time you need.'],
    ['happy news passed on', 'Apparently Sarah and Tom are getting married in June, lovely news!'],
    ['work split up', 'Apparently they have split up the contract into three lots.'],
    ['persistence about a cause', "I'm persistent when it comes to cycle lanes, and I'll keep raising it until the county listens!"],
    ['the team’s drink after a no to something else', "I know you said you were busy on Friday, but the team is going for a drink on Thursday if you'd like to come."],
    ['a volunteers’ dinner moved after a no', "I know you said you couldn't make Tuesday, so I've moved the dinner for the volunteers to Friday."],
    ['a firm line in business', "We won't give up easily on the bypass, and I won't take no from the county."],
    ['a room booked anyway after a no', "I know you said no to the Tuesday slot, so I've booked the committee room for Wednesday anyway."],
    ['a dress code on clothes being short', 'Shorts are too short for the civic service; please wear trousers.'],
    ['congratulations on happy news', "Everyone in the office is saying Becky's pregnant - congratulations, we're getting a card!"],
    ['a sympathetic word about a divorce', 'Sorry to hear about your divorce, mate. Shout if you need a hand moving.'],
    ['a rumour the writer reports in quotation marks', 'The anonymous letter said "people were saying you and your wife have split", and I have sent it to the police.'],
  ], 'lets %s through');
});

// Round six: kinds the checker missed or judged away to the warn tier on unseen councils, each in
// phrasings of our own (not the suites' words) with an innocent close neighbour.
describe('tone/harassment: pressing after a no, looks with a personal turn, private life pried into (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block', input: fromCllr });
  const at = (id: string, sentence: string) => (body: string) => [`${id}@body:${body.indexOf(sentence)}-${body.indexOf(sentence) + sentence.length}`];
  const all = (id: string) => (body: string) => [`${id}@body:0-${body.length}`];
  const HEADER = '\n\nFrom: Sam Officer <sam@waretowncouncil.gov.uk>\nSent: 28 November 2026 09:02\nTo: Cllr Ada Lovelace\nSubject: RE: Friday\n\n';
  /** A reply whose quoted message is the reader's answer. */
  const reply = (own: string, theirs: string) => draft({ from: CLLR, subject: 'RE: Friday', body: `${own}${HEADER}${theirs}`, composeType: 'reply' });
  const inReply = (id: string, sentence: string) => (d: string | { body: { text: string } }) => at(id, sentence)(typeof d === 'string' ? d : d.body.text);

  // Pressing again after a refusal, admitted in the writer's own words.
  shipped.flags([
    ['"I know what you said", a table booked anyway', "I know what you said on Monday, but I've booked us a table at the Swan anyway. I'll pick you up at eight.", at('harassment', "I know what you said on Monday, but I've booked us a table at the Swan anyway.")],
    ['not taking no, dinner for two', "I'm not taking no for an answer: dinner on Friday, just the two of us.", at('harassment', "I'm not taking no for an answer: dinner on Friday, just the two of us.")],
    ['not taking no, and theatre tickets bought anyway', "I know you're not keen, but I'm not taking no for an answer. I've bought the tickets for the theatre anyway.", (b: string) => [...at('harassment', "I know you're not keen, but I'm not taking no for an answer.")(b), ...at('harassment', "I've bought the tickets for the theatre anyway.")(b)]],
    ['a no last time, and just the two of us', 'I know you said no last time, but the audit is done now: just the two of us at the Bell on Saturday?', at('harassment', 'I know you said no last time, but the audit is done now: just the two of us at the Bell on Saturday?')],
  ], 'blocks %s');
  // Or shown in the quoted reply being answered.
  const DRINK = reply("Come on, one drink won't hurt. I'll pick you up at seven.", "Thank you, but I'd rather not. I'd like to keep things professional.\n\nSam");
  const TREAT = reply('Just a quick drink after full council then, my treat.', "No thank you, I'm not interested.\n\nSam");
  const replies = ruleTester(rule, { level: 'block' });
  replies.flags([
    ['an invitation for two after the quoted "I\'d rather not"', DRINK, (d: string | { body: { text: string } }) => [...inReply('harassment', "Come on, one drink won't hurt.")(d), ...inReply('harassment', "I'll pick you up at seven.")(d)]],
    ['a drink, my treat, after the quoted "not interested"', TREAT, inReply('harassment', 'Just a quick drink after full council then, my treat.')],
  ], 'blocks %s (the no in the quoted reply)');
  replies.accepts([
    ['a task handed on after the quoted "I\'d rather not"', reply("No problem, I've asked Tom instead.", "I'd rather not chair the working group.")],
    ['the team\'s drink after a quoted "not interested" in an advert', reply("Understood. The team is going for a drink on Friday if you'd like to come.", "I'm not interested in the advert.")],
    ['a working coffee after a quoted "rather not"', reply('Could we meet for a coffee to go through the figures instead?', "I'd rather not do Tuesday.")],
  ], 'lets %s through');
  shipped.accepts([
    ['"what you said about the budget", a room booked anyway', "I know what you said about the budget, but I've booked the room anyway for the meeting."],
    ['an invitation for two with no no anywhere', "Fancy a drink after full council on Friday? I'll pick you up at seven if you like."],
  ], 'lets %s through');

  // A remark on looks or clothes with a personal turn: staring, asked for at work, an invitation for two, "only joking".
  shipped.flags([
    ['a proper picture, and eyes not taken off her', "You looked a proper picture at the Christmas do, couldn't take my eyes off you.", all('looks')],
    ['a jumper that suited her, and eyes not taken off her', "That green jumper really suited you on Saturday; I couldn't take my eyes off you.", all('looks')],
    ['legs appraised, "only joking", and a drink for two', "Lovely legs at the fun run, Jess. Only joking, but I'd love to take you for a drink.", at('harassment', 'Lovely legs at the fun run, Jess.')],
    ['a named woman\'s looks, and an evening for two', "She looked stunning at the mayor-making, so I'd love to take her out, just the two of us.", all('looks')],
    ['looks, and a drink for two', 'You look lovely today. Fancy going out for a drink with me on Friday?', at('looks', 'You look lovely today.')],
    ['jeans that suit her, brightening the office', 'Those jeans really suit you. They brighten up the office no end.', at('looks', 'Those jeans really suit you.')],
  ], 'blocks %s (looks)');
  shipped.accepts([
    ['a picture of health', 'You looked a proper picture of health after the marathon; thanks for the photos.'],
    ['eyes on the fireworks', "I couldn't take my eyes off the fireworks on Saturday."],
    ['a figure checked', 'Can you check your figure for me? The precept looks high.'],
    ['looks in photos, and the team\'s drink', 'You looked lovely in the photos; the team is going for a drink after, all welcome.'],
  ], 'lets %s through (looks)');

  // Private life pried into, passed on as talk, or heaped with drink and the police.
  shipped.flags([
    ['"I gather", a move out, and work blamed on it', "I gather things at home aren't great and you've moved out; is that why the agenda is late?", all('harassment')],
    ['people starting to talk about a marriage', 'People are starting to talk about your marriage, Gary. The whole village knows she\'s moved out.', (b: string) => [...at('harassment', 'People are starting to talk about your marriage, Gary.')(b), ...at('harassment', "The whole village knows she's moved out.")(b)]],
    ['prying about a divorce and a new man', 'How is the divorce going? Is there a new man in your life yet?', at('harassment', 'Is there a new man in your life yet?')],
    ['a marriage, drink and the police raked over', "Her marriage fell apart last year and she's been hitting the bottle; the police were called round twice.", all('harassment')],
    ['a colleague\'s marriage and his drinking', "I hear Dave's marriage is on the rocks, and his drinking is no secret either.", all('harassment')],
    ['a private life, and "I gather" about a split', 'Your private life is the talk of the town, Lee; I gather you and Kim have split up.', all('harassment')],
  ], 'blocks %s (private life)');
  shipped.accepts([
    ['things at home, with time off and occupational health', 'I know things at home are hard at the moment; take whatever time you need, and speak to occupational health if it helps.'],
    ['"I gather" about a roof', 'I gather the hall roof is leaking again; is that why the bookings are down?'],
    ['moved out of the depot', "Apparently she's moved out of the depot into the new office."],
    ['a marriage ceremony at the hall', 'The marriage ceremony at the town hall is on Saturday; is that why the car park is closed?'],
    ['the writer\'s own marriage and drinking', "My marriage has ended and I'm on the bottle a bit, so bear with me."],
    ['a youth arrested for damage', 'The youth who damaged the bench was arrested; apparently the police were called twice.'],
    ['sympathy about a divorce', 'I was so sorry to hear about your divorce; the whole office sends love.'],
  ], 'lets %s through (private life)');
});

// Round seven: an invitation pressed after a no, where the office or a team meeting is named only as the
// place to meet or be fetched from ("I'll pick you up from the office"): the place is not the office
// inviting everyone. Phrasings of our own, in different voices, with innocent close neighbours.
describe('tone/harassment: the office as a place, not a group, in an invitation pressed after a no (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block', input: fromCllr });
  const replies = ruleTester(rule, { level: 'block' });
  const at = (id: string, ...sentences: string[]) => (d: string | { body: { text: string } }) => {
    const body = typeof d === 'string' ? d : d.body.text;
    return sentences.map((s) => `${id}@body:${body.indexOf(s)}-${body.indexOf(s) + s.length}`);
  };
  const HEADER = '\n\nFrom: Sam Officer <sam@waretowncouncil.gov.uk>\nSent: 28 November 2026 09:02\nTo: Cllr Ada Lovelace\nSubject: RE: Friday\n\n';
  const reply = (own: string, theirs: string) => draft({ from: CLLR, subject: 'RE: Friday', body: `${own}${HEADER}${theirs}`, composeType: 'reply' });

  replies.flags([
    ['not taking no, and collected from the office', reply("I won't take no for an answer. I'll collect you from the office at six and we'll go to the Swan.", "Thanks, but I'd rather not.\n\nSam"), at('harassment', "I won't take no for an answer.", "I'll collect you from the office at six and we'll go to the Swan.")],
    ['dinner, met at the office and driven home', reply("Come on, it's only dinner. I'll meet you at the office at seven and drive you home after.", "I'd rather not, thank you.\n\nSam"), at('harassment', "Come on, it's only dinner.", "I'll meet you at the office at seven and drive you home after.")],
  ], 'blocks %s (the no in the quoted reply)');
  shipped.flags([
    ['a no, not taken, and a pick-up outside the office', "I know you said no last week, but I'm not taking no for an answer: I'll pick you up outside the office on Friday, just the two of us.", at('harassment', "I know you said no last week, but I'm not taking no for an answer: I'll pick you up outside the office on Friday, just the two of us.")],
    ['a drink after the team meeting, after a no', "I know you said you'd rather not, but a quick drink after the team meeting can't hurt, my treat.", at('harassment', "I know you said you'd rather not, but a quick drink after the team meeting can't hurt, my treat.")],
    ['busy, not given up on, and fetched from the office', "You keep saying you're busy, but I shan't give up on you. Dinner on Saturday, and I'll pick you up from the office.", at('harassment', "You keep saying you're busy, but I shan't give up on you.")],
    ['turned down, and a table booked anyway near the office', "You've turned me down twice, but I've booked a table anyway at the Bell by the office. I won't take no for an answer.", at('harassment', "You've turned me down twice, but I've booked a table anyway at the Bell by the office.", "I won't take no for an answer.")],
  ], 'blocks %s');
  shipped.accepts([
    ['the office going for a drink, after a no to Friday', "I know you said you were busy on Friday, but the office is going for a drink on Thursday if you'd like to come."],
    ['a site visit, fetched from the office, after a no', "I know you said no to Tuesday, so I'll pick you up from the office on Wednesday for the site visit."],
    ['the team meeting at the office before the pub, after a no', "I know you said you'd rather not, so the team will meet at the office at eight and go on to the Bell together."],
    ['the office party, after a no to a lunch', "I know you said no to the lunch, but the office party is on Friday at the Bell if you'd like a drink."],
  ], 'lets %s through');
  replies.accepts([
    ['keys left at the office after a quoted "rather not"', reply("No problem at all. I'll drop the keys at the office tomorrow.", "I'd rather not chair it.\n\nSam")],
  ], 'lets %s through (the no in the quoted reply)');
});

// Helper prec9: company offered while the writer's own partner is away (HARASSMENT_PATTERNS), in the
// shipped policy; company offered for council work, or a partner away given as a reason, is not.
describe('tone/harassment: company offered while the partner is away (shipped policy)', () => {
  const shipped = ruleTester(rule, { level: 'block', input: fromCllr });
  shipped.flags([
    ['the wife away at weekends', "You know where I am if you fancy some company, the wife's away at her sister's most weekends.", whole],
    ['the husband away all week', 'If you want some company in the evenings, my husband is away all week.', whole],
    ['the missus away', "If you ever fancy company, the missus is away in Spain till March.", whole],
    ['the other half away', "If you'd like some company on Friday, the other half's away and you know where I live.", whole],
    ['the partner away', 'In case you need company after your divorce, my partner is away at the moment.', whole],
    ['the wife away, company first', "Whenever you fancy some company, just the two of us, the wife's away this weekend.", whole],
  ], 'blocks %s');
  shipped.accepts([
    ['company at the litter pick', 'If you fancy some company at the litter pick, I will be there from ten.'],
    ['a partner away as a reason', "My wife's away this weekend, so I can do the Saturday shift at the tip."],
    ['company for a lonely resident', 'Mrs Dawes would like some company; the befriending scheme may help.'],
    ['a husband away on business', 'My husband is away on business, so I will send my apologies for Tuesday.'],
    ['a company as a firm', 'If you want a company for the fencing, the wife recommends Brook Builders.'],
    ['company for the dog', 'The wife is away, so the dog will need some company while I am at the meeting.'],
  ], 'lets %s through');
});
