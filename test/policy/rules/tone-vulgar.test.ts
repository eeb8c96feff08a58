import rule from '../../../src/policy/rules/tone/vulgar';
import abusive from '../../../src/policy/rules/tone/abusive';
import discriminatory from '../../../src/policy/rules/tone/discriminatory';
import impolite from '../../../src/policy/rules/tone/impolite';
import { scanLexicon } from '../../../src/policy/rules/tone/lexicon';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

describe('tone/vulgar', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['a hoe on the allotment', 'Please put the hoe back in the allotment shed.'],
    ['hoes sharpened (a garden tool)', 'Plot 14 asked whether the communal hoes could be sharpened.'],
    ['Plymouth Hoe, a place', 'The delegation walked along Plymouth Hoe.'],
    ['Dick as a first name at the start of a sentence', 'Dick Turner will judge the gardens.'],
    ['a surname holding a listed word', 'Mr Fosdick and Ms Haedicke sent apologies; Mr fagen too.'],
    ['a bitch in dog breeding', 'The bitch has whelped at the kennel.'],
    ['blue tits', 'Blue tits are nesting in the box.'],
    ['tit for tat', 'It became tit for tat between the two clubs.'],
    ['faggots and peas', 'The lunch is faggots and peas.'],
    ['a fag break', 'He took a fag break at eleven.'],
    ["Offa's Dyke and drainage dykes", "We walked Offa's Dyke Path past the drainage dykes."],
    ['growth retarded by frost', 'The frost retarded the growth of the new hedge.'],
    ['a chink of light', 'A chink of light showed under the door.'],
    ['an oriental rug', 'The oriental rug in the parlour needs cleaning.'],
    ['Christmas crackers', 'We bought a cracker for each child at the Christmas party.'],
    ['Homo sapiens', 'The museum talk is on Homo sapiens in Hertfordshire.'],
    ['a number that reads as leetspeak', 'Call extension 4555 about the assortment of asst. roles.'],
    ['a Twitter handle', 'Follow @jdickerson for updates.'],
    ['a leetspeak name at the start of a sentence', 'D1ck Wh1771ng70n is the pantomime.'],
    ['a first name in a lower-case address list', 'to: tom fry / gco / enron, dick danes / gco / enron, pat flavin / gco'],
    ['a surname in an address list with "&" in its unit', 'samantha t davidson / hou / ect @ ect , tangie dykes / et & s / enron @ enron'],
    ['a first name in a mail header', 'cc : ann smith , dick jenkins , joe bloggs'],
    ['a given name before a surname, in lower case', 'will work closely with both directors, dick jenkins and scott neal, on staffing'],
    ['a name before an address', 'dick smith <d.smith@example.com> wrote the agenda'],
    ['graham crackers and cracker jack', 'A graham cracker base, and cracker jack work by the caterer.'],
    ['a raccoon the dog treed', 'The dog ran a coon up the pole; coon tracks all over the bins.'],
    ['Dutch "hoe" (how)', 'Weet je hoe het moet?'],
    ['Dutch "hoe" with other Dutch function words', 'Hoe gaat dit met jullie?'],
    ['Spanish "negro" (black)', 'Quiero un café negro, por favor.'],
    ['a honky-tonk', 'The band played honky tonk all night.'],
    ['a gearbox', 'The van needs a new auto tranny and clutch.'],
    ['a short word cut off by an ellipsis', 'The newsletter says everything you need to know abo…'],
    ['a reclaimed word the writer uses of themselves', 'Proud to be a redneck, said the speaker.'],
    ['a word the writer uses of themselves, after it', 'The draft was meant for a half-breed like me, he joked.'],
    ['a short word cut off by a spaced ellipsis', 'RT: passionate about things they are not passionate abo ...'],
    ['a word for a kind of person used of a thing', 'They built a redneck pool out of a skip, and a hillbilly band played.'],
    ['a class insult not aimed at anyone (counts only when aimed)', 'Rednecks and hillbillies, as the film calls them, were in the audience.'],
    ['a honky-tonk, hyphenated', 'Waylon Jennings left us for that honky-tonk in the sky.'],
    ['gobbledygook written as two words', 'This form is gobbledy gook to me.'],
    ['a verb that is also a slur', 'The cuts would cripple the service, and the ghost stories spook the children.'],
    // Issue #16, judgements of use: the writer of themselves, a thing, a trade's verb, a word named as a word.
    ['a word the writer once used of themselves', 'Growing up on the farm I was a total hillbilly, and proud of it.'],
    ['a word the writer admits to', 'I admit to being the sort of redneck who mows the verge for fun.'],
    ['a describing word said of a thing', 'The quiz night was great: it was a proper cracker.'],
    ['a garden verb after "we"', 'On Fridays we hoe the raised beds by the pavilion.'],
    ['a garden verb after "I"', 'I hoe between the leeks before the judges arrive.'],
    ['a word named as a word', 'A resident objected to the word "hoes" in the allotment newsletter.'],
    ['an ambiguous slur named as a word', 'Staff should not use the term tranny; say trans woman instead.'],
    ['mild swearing (tone/impolite warns instead)', 'The bins were a bloody mess.'],
    ['a coarse word tone/impolite reports on its own', 'He called it a slut shaming campaign.'],
    ['an insult aimed at someone (tone/abusive blocks instead)', 'You are a bitch.'],
    ['an unambiguous slur (tone/discriminatory blocks instead)', 'Those pikeys are back.'],
  ]);

  tester.flags([
    ['an insult word not aimed at anyone', 'That bitch was late again.', ['vulgar@body:5-10']],
    ['a plural with a known suffix', 'Bitches and hoes, lol.', ['vulgar@body:0-7', 'vulgar@body:12-16']],
    ['hoe as slang with no garden in sight', 'She is a hoe.', ['vulgar@body:9-12']],
    ['pussies, a spelling the dataset lacks', 'They are all pussies.', ['vulgar@body:13-20']],
    ['an ambiguous slur on its own', 'The queer kids sat at the back.', ['slur@body:4-9']],
    ['"retarded" about people', 'That idea is retarded.', ['slur@body:13-21']],
    ['faggot with no food in the sentence', 'That faggot move was lame.', ['slur@body:5-11']],
    ['a slur written as an acronym (warned, not blocked)', 'The NIG report is attached.', ['slur@body:4-7']],
    ['white trash', 'Total white trash, the lot.', ['slur@body:6-17']],
    ['"coloured" about people', 'There were no coloured people there.', ['slur@body:14-29']],
    ['a Twitter spelling of an ambiguous slur', 'wassup my nicca', ['slur@body:10-15']],
    ['a disability slur as a noun (the matcher folds its double p)', 'He is not a cripple like you.', ['slur@body:12-19']],
    ['a word before a handle, not an address', 'That wigger @someone again.', ['slur@body:5-11']],
    // The judgements of use above go no further than their cues.
    ['"hoe" as slang after a word that is not "I" or "we"', 'They said she is a hoe.', ['vulgar@body:19-22']],
    ['a describing word said of a person, not "it"', 'The man who called was a real cracker.', ['slur@body:30-37']],
  ]);

  it('warns by default, naming the word', () => {
    const [f] = findingsOf(rule, draft({ body: 'That bitch was late again.' }));
    expect(f.level).toBe('warn');
    expect(f.actual).toBe('bitch');
  });

  it('reads the subject too', () => {
    expect(idsOf(rule, draft({ subject: 'hoes', body: 'Hello' }))).toEqual(['vulgar@subject:0-4']);
  });

  it('leaves a word aimed at someone to the blocking rules: one finding per word', () => {
    const body = 'You queer. You are a bitch.';
    expect(idsOf(rule, draft({ body }))).toEqual([]);
    expect(idsOf(discriminatory, draft({ body }))).toEqual(['slur@body:4-9']);
    expect(idsOf(abusive, draft({ body }))).toEqual(['abuse@body:21-26']);
  });

  it('does not duplicate tone/impolite on the coarse words it reports', () => {
    const body = 'The slut shaming campaign ended.';
    expect(idsOf(rule, draft({ body }))).toEqual([]);
    expect(idsOf(impolite, draft({ body })).filter((x) => x.startsWith('mild'))).toEqual(['mild@body:4-8']);
  });
});

describe('lexicon pre-pass', () => {
  it.each([
    ['a slur the old stems missed', 'you my nig', ['nigger:7-10']],
    ['a Twitter spelling', 'niggah please', ['nigger:0-6']],
    ['leetspeak', 'what a b1tch', ['bitch:7-12']],
    ['a two-word entry', 'such a bell end', ['bellend:7-15']],
    ['a masked word', 'f*ck this', ['fuck:0-4']],
    ['a word ending in an exclamation mark (the matcher reads "!" as "i")', 'We are queer!', ['queer:7-12']],
    ['an exclamation mark inside a word is still leetspeak', 'sh!t happens', ['shit:0-4']],
    ['masking around a word', 'fags*** and *faggot', ['fag:0-7', 'faggot:12-19']],
    ['a compound insult whose pattern matched only part of the listed word', 'you cocksucker', ['cock:4-14']],
  ])('finds %s', (_name, text, expected) => {
    expect(scanLexicon(text, 'body').map((h) => `${h.word}:${h.start}-${h.end}`)).toEqual(expected);
  });

  it.each([
    ['a road number', 'The A55 and M25 are shut.'],
    ['an extension number', 'Ring 4555 after ten.'],
    ['a place name holding a mild word', 'Our bid to the Shittington Trust failed.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(scanLexicon(text, 'body')).toEqual([]);
  });

  it('keeps its offsets in a long body where only a few words are candidates', () => {
    const filler = 'Dear resident, thank you for your email about the allotments. '.repeat(2000);
    const text = `${filler}You prick.${filler}`;
    expect(scanLexicon(text, 'body').map((h) => [h.word, h.start, h.end, h.directed])).toEqual([['prick', filler.length + 4, filler.length + 9, true]]);
  });
});
