// tone/obscene: sexual jokes and stories written or passed on, and explicit descriptions of sex (block).
// Phrasings written for the kind, not copied from the suites' emails; each has a close innocent neighbour.
import rule from '../../../src/policy/rules/tone/obscene';
import { draft, findingsOf, CLLR, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const OTHER_CLLR = 'cllr.ben.judd@waretowncouncil.gov.uk';
/** The finding on the sentence that starts with `sentence`'s text in `body`, up to its stop. */
const at = (id: string, sentence: string) => (input: string | { body: { text: string } }) => {
  const body = typeof input === 'string' ? input : input.body.text;
  const start = body.indexOf(sentence);
  return [{ id: `${id}@body:${start}-${start + sentence.length}`, text: sentence }];
};
const forward = (subject: string, body: string, to = ['mate@pubquiz.example.co.uk']) => draft({ from: CLLR, to, subject, body, composeType: 'forward' });
const HEADER = '\n\n________________________________\nFrom: Pete Moss <pete.moss@gmail.com>\nSent: 3 December 2026 22:40\nTo: Ada Lovelace\nSubject: joke\n\n';

describe('tone/obscene', () => {
  const tester = ruleTester(rule, { level: 'block' });

  it('says what is wrong, why and what to do, quoting the sentence', () => {
    const body = "You'll love this one. The bishop asked the actress to have sex with him in the vestry.";
    const [f] = findingsOf(rule, draft({ from: CLLR, to: [OTHER_CLLR], body }));
    expect(f.messageId).toBe('sexual');
    expect(f.message).toBe('This is a joke or story of a sexual nature: "The bishop asked the actress to have sex with him in the vestry". Council emails must comply with codes of courtesy and decency (4.3c) and offensive material is not tolerated (2.3), whoever receives it. Remove it.');
  });

  tester.flags([
    ['a "walks into a pub" joke with a sexual payoff', 'Friday funny: a man walks into a pub and the landlady offers to give him one round the back with her knickers round her knees.', at('sexual', 'Friday funny: a man walks into a pub and the landlady offers to give him one round the back with her knickers round her knees')],
    ['a "what\'s the difference" joke about sex', "What's the difference between the new treasurer and the photocopier? The photocopier doesn't go down on you every lunchtime", at('sexual', "The photocopier doesn't go down on you every lunchtime")],
    ['an adult joke labelled as such', 'Not for the easily offended! The verger and the organist were caught with their trousers down in the belfry, and she said it was the best ringing she had had all year.', at('sexual', 'The verger and the organist were caught with their trousers down in the belfry, and she said it was the best ringing she had had all year')],
    ['innuendo the writer calls filthy', "Ha, the caretaker's story gets filthier every time he tells it: now the cleaner wanted it four times a night in the boiler room.", at('sexual', "Ha, the caretaker's story gets filthier every time he tells it: now the cleaner wanted it four times a night in the boiler room")],
    ['"don\'t show the wife" and a body part', "Don't show the wife. The milkman showed Mrs Green his todger on the doorstep and she asked for two pints.", at('sexual', 'The milkman showed Mrs Green his todger on the doorstep and she asked for two pints')],
    ['a joke between two councillors (internal recipients too)', draft({ from: CLLR, to: [OTHER_CLLR], subject: 'one for the pub', body: 'Ben, the landlady told the farmer she was horny and he said he would make her husband stiff with envy.' }), at('sexual', 'Ben, the landlady told the farmer she was horny and he said he would make her husband stiff with envy')],
    ['a forwarded joke: the forwarded text is being sent', forward('Fw: Friday funny', `Ha, not one for the newsletter!${HEADER}The vicar's wife lay on her back all night and the curate said the roof fund had never had such a good going over, with his trousers round his ankles.`), at('sexual', "The vicar's wife lay on her back all night and the curate said the roof fund had never had such a good going over, with his trousers round his ankles")],
    ['a dirty limerick', "Here's a dirty limerick: there once was a lady from Ware who took off her knickers for a dare.", at('sexual', "Here's a dirty limerick: there once was a lady from Ware who took off her knickers for a dare")],
    ['a story about councillors having sex, told as a joke', "Ha, you'll love this one. The Mayor and the Mayoress were caught bonking in the parlour after the civic dinner.", at('sexual', 'The Mayor and the Mayoress were caught bonking in the parlour after the civic dinner')],
    ['a rude joke with innuendo', 'Rude joke alert: the milkman asked Mrs Jones if she wanted it twice a night, and she said only if he brought his bottle round the back.', at('sexual', 'Rude joke alert: the milkman asked Mrs Jones if she wanted it twice a night, and she said only if he brought his bottle round the back')],
    ['an explicit description of sex with no joke', 'Great night: we had sex in the back of the van and then she gave me a blow job in the lay-by.', at('sexual', 'Great night: we had sex in the back of the van and then she gave me a blow job in the lay-by')],
  ]);

  tester.accepts([
    // Clean jokes and quizzes.
    ['a clean joke for the newsletter', 'Joke for the Christmas newsletter: what do you call a deer with no eyes? No idea.'],
    ['a clean "what\'s the difference" joke', "You'll love this one: what's the difference between a precept and a grant? About four thousand pounds."],
    ['a clean joke about a wife', "My granddad's favourite joke: I told my wife she was drawing her eyebrows too high. She looked surprised."],
    ['a mild double entendre with no sex in it', 'What did the bra say to the hat? You go on ahead and I will give these two a lift.'],
    ['a secret from the wife that is not a joke', "Don't tell the wife, but I've booked the golf weekend. You'll love this one: the course has a sea view."],
    ['the council in bed with developers', 'lol, the county is in bed with the developers again.'],
    // The Christmas panto.
    ['the panto', "The panto this year is Cinderella; the Dame's knickers routine is back and it's very funny for all the family."],
    // Health and education services.
    ['sex education and sexual health', 'The school nurse runs the sex education sessions and the sexual health clinic offers free testing and advice on having sex safely.'],
    // Complaints and reports about obscene material.
    ['a resident complaining about an obscene poster', 'Mrs Dale has complained that the poster outside the Swan is a crude joke about sex with the barmaid and shows a topless woman.'],
    ['councillors on an obscene poster', 'Have you seen the dirty joke on the poster in the chip shop window about a vicar with his trousers down? I have asked the clerk to get it taken down.'],
    ['a safeguarding report', 'The youth worker reported to the police that a man was naked in the park and had sex with a woman by the bandstand.'],
    // Garden, nature and plumbing words.
    ['allotment and wildlife words', 'The stopcock on plot 3 leaks, blue tits are nesting in the box, a beaver was seen by the weir, the pussy willow is out and we need more wood for the beds.'],
    ['a birdwatching joke', 'Funny one from the RSPB walk: we saw great tits and a shag on the estuary.'],
    ['a naturist beach with no joke', 'The naturist club asks whether nude and topless bathing is allowed on the north beach.'],
    ['a tired caretaker', "Ha, the caretaker says he's shagged out after the bonfire night clear-up."],
    ['bonkers, lol', 'lol, the new parking scheme is bonkers and the county was hard on the contractor.'],
    ['a proposal, with a joke', "You'll love this: he's going to go down on one knee at the Christmas party."],
    ['a golf threesome', "Funny how it worked out: we're a threesome for golf on Saturday and the slabs by the green got laid on Friday."],
    ['a web filter, lol', 'lol, the web filter blocked the Scunthorpe page as porn, and the nude statue page too.'],
    ['an open-top bus, haha', 'Haha, the topless bus tour was a washout, and the topless sunbathers on the beach ran for cover.'],
    ['getting the page up', "Haha, we need to get it up and running; we check it twice a day and left it all night."],
    ['an accident, with a joke', 'Funny old day: the caretaker fell flat on his back in the car park and the ambulance came.'],
    ['a bruise, with a joke', 'She banged her head on the cupboard door, poor thing. The joke is we asked for new hinges months ago.'],
    ['wet clothes, lol', 'Take your wet clothes off in the porch before you come into the hall, lol.'],
    ['a seaside postcard exhibition', 'The saucy seaside postcard exhibition opens at the museum on Saturday.'],
    ['dirty pavements, haha', 'The dirty bits of the pavement near the market need a jet wash, haha.'],
    ['a life-drawing class', 'The nude figure in the life-drawing class at the community centre is a professional model.'],
    ['a hard walk', 'The coastal walk is not for the faint-hearted; bring a rucksack on your back and water.'],
    // Whose words: a reply's quoted message is theirs, not the sender's.
    ['a reply that quotes a dirty joke', draft({ from: CLLR, to: [RESIDENT], subject: 'RE: joke', body: `Thank you, but please do not send me jokes like this.${HEADER}Dirty joke for you: the barmaid had sex with the whole darts team.`, composeType: 'reply' })],
    ['a forward whose evidence is pages apart', forward('Fw: minutes', `Funny old meeting.${' The minutes follow as agreed by the committee.'.repeat(12)} Item 9: the lingerie shop may keep the mannequin with her knickers off in the window.`)],
  ]);
});

// Round six: crude sexual slang and innuendo about a named woman in a jokey note, the joke owned as
// "dirty" ("you dirty sod" labels it as a label does). Phrasings of our own, each with a neighbour.
describe('tone/obscene: innuendo about a woman, owned as dirty', () => {
  const tester = ruleTester(rule, { level: 'block' });
  const whole = (input: string | { body: { text: string } }) => [`sexual@body:0-${(typeof input === 'string' ? input : input.body.text).length - 1}`];
  tester.flags([
    ['"a pair like that", and "you dirty sod"', "With a pair like that she'll sell more beer than quiz night, you dirty sod.", whole],
    ['"a good seeing to", and "you dirty devil"', 'Bet you gave her a good seeing to after the carnival, you dirty devil.', whole],
    ['"a good rub down", randy, lol', 'Bet you gave her a good rub down after the dance, lol, she looked randy enough.', whole],
    ['"a good rub down", horny, lol', "The new lifeguard gives her a good rub down every morning, lol, and she's horny as anything.", whole],
    ['"let you have it for a pint", and "you dirty old devil"', 'You dirty old devil, bet she let you have it for a pint after the quiz.', whole],
    ['hands in her knickers, "you dirty devil"', 'Keep your hands out of her knickers at the office party, you dirty devil.', whole],
  ]);
  tester.accepts([
    ['a dog given a rub down', 'The dog is filthy: give her a good rub down before she comes in the hall.'],
    ['a dirty old devil of a boiler, lol', 'Dirty old devil of a boiler broke down again, lol.'],
    ['a pair of vases, haha', "A pair like that would suit the mayor's parlour: two matching vases, haha."],
    ['a going over about the accounts, lol', 'The volunteers gave him a good going over at the AGM about the accounts, lol.'],
    ['a mower worn out, lol', "Don't wear her out: the old mower needs a rest after the fete, lol."],
    ['dirty dog walkers', 'The dirty dog walkers who leave bags on the green are a menace; the warden will fine them.'],
  ]);
});

// Council suites (helper tone4): a crude joke passed on to friends, framed as a joke ("too good not to
// pass on", "walks into the Swan", "what have … in common") with slang for breasts and sex ("a pair of
// knockers", "a quick shag"). Phrasings of our own, in different voices, each with a neighbour.
describe('tone/obscene: a crude joke passed on, in slang', () => {
  const tester = ruleTester(rule, { level: 'block' });
  const first = (input: string | { body: { text: string } }) => {
    const body = typeof input === 'string' ? input : input.body.text;
    const end = body.search(/[.!?]/);
    return [`sexual@body:0-${end}`];
  };
  tester.flags([
    ['"too good not to share", a quick shag and her knockers', 'Too good not to share: the barmaid at the Crown flashes her knockers and offers the farmer a quick shag before last orders.', first],
    ['"walks into the Swan", a pair of knockers and a shag', 'A vicar walks into the Swan with a pair of knockers on his hat and asks for a pint and a shag. The landlady says she has run out of pints.', first],
    ['"what have they got in common"', 'What have the new barmaid and the bell-ringers got in common? They both know what to do with a pair of knockers and fancy a shag after practice.', at('sexual', 'They both know what to do with a pair of knockers and fancy a shag after practice')],
    ['"Dave sent me this", mucky joke', 'Dave sent me this mucky one: the milkmaid says she only wants a quick shag and a pair of knockers like hers sells more milk.', first],
    ['"doing the rounds at the depot"', 'This one is doing the rounds at the depot: the new postwoman has a pair of knockers that stop traffic and she is randy as a goat.', first],
    ['a forwarded joke to a walking group', forward('Fw: for Saturday', `Lads, one for the walk.${HEADER}A tup walks into the Plough and says to the barmaid, I will have a pint and a quick shag, and she says she likes a big pair of knockers on a ram.`), at('sexual', 'A tup walks into the Plough and says to the barmaid, I will have a pint and a quick shag, and she says she likes a big pair of knockers on a ram')],
  ]);
  tester.accepts([
    ['a shag on the estuary, too good not to share', 'Too good not to share: a shag and two cormorants on the estuary rocks this morning.'],
    ['door knockers at the church', 'The church wants a pair of knockers for the new oak doors; a tup walks into the churchyard most mornings too.'],
    ['a clean "walks into the" joke', "A horse walks into the Plough. The landlord says why the long face? Too good not to pass on."],
    ['a muddy footpath, mucky one', 'Dave sent me this: the footpath by the tup field is a mucky one after the rain, bring boots.'],
    ['a clean "have in common" quiz', 'What have the bell-ringers and the bowls club got in common? Both meet on Tuesdays.'],
    ['a brass knocker story, lol', 'lol, the new brass door knockers fell off the village hall again.'],
  ]);
});
