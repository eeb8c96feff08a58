import { englishDataset } from 'obscenity';
import rule from '../../../src/policy/rules/tone/abusive';
import { OBSCENITY_TIERS } from '../../../src/policy/data/profanity';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { wordCase } from '../../helpers/word-case';

describe('tone/abusive', () => {
  const tester = ruleTester(rule, { level: 'block' });

  tester.accepts([
    ['Dick as a name', 'Please thank Dick for the flower beds.'],
    ['blue tits', 'Blue tits are nesting in the box.'],
    ['a bitch in dog breeding', 'The bitch has whelped at the kennel.'],
    ['a stopcock', 'Turn off the stopcock first.'],
    ['Scunthorpe and Penistone', 'Delegates from Scunthorpe and Penistone arrive today.'],
    ['an insult word not aimed at anyone', 'The film was about an idiot savant.'],
    ['mild swearing (tone/impolite warns instead)', 'The bins were a bloody mess.'],
  ]);

  tester.flags([
    ['strong profanity not aimed at anyone', 'This is fucking ridiculous.', ['profanity@body:8-15']],
    ['obfuscated spelling', 'What a load of sh1t and f*ck it.', ['profanity@body:24-28']],
    ['stretched spelling', 'Fuuuck this.', ['profanity@body:0-6']],
    ['an insult aimed at the reader', 'You are an idiot.', ['abuse@body:11-16']],
    ['a swear word aimed at someone', 'The clerk is a prick.', ['abuse@body:15-20']],
    ['"fuck off"', 'Just fuck off.', ['abuse@body:5-13']],
  ]);

  tester.flags([
    ['"d!ckhead" aimed at someone', 'The chairman is a complete d!ckhead.', ['abuse@body:27-35']],
    ['"@rsehole"', 'Whoever decided this is an absolute @rsehole.', ['abuse@body:36-44']],
    ['"pr!ck" on its own', 'Tell that pr!ck from Highways to get a move on.', ['abuse@body:10-15']],
    ['a masked insult aimed at someone', 'I will not be lectured by a jumped-up pr*ck.', ['abuse@body:38-43']],
    ['a mild word disguised and aimed at someone', 'The Member for Eastfield is a pompous @rse.', ['abuse@body:38-42']],
    ['"a$$holes"', 'Bunch of a$$holes on the district council.', ['abuse@body:9-17']],
    ['a substituted insult in a sentence that mentions a finger', 'That pr!ck in Planning should pull his finger out.', ['abuse@body:5-10']],
    ['a masked word after a possessive "\'s a" (not letter spacing)', "The treasurer's a tw*t.", ['abuse@body:18-22']],
    ['a word that is an insult only when disguised', 'The new contractor is a right kn*b.', ['abuse@body:30-34']],
    ['a disguised mild word in an aimed phrase', 'He can shove his motion up his @rse.', ['abuse@body:31-35']],
    ['what the sender calls "whoever wrote" something', 'Whoever wrote this agenda is a total m0ron.', ['abuse@body:37-42']],
    ['a hyphen for the middle letters', 'The f-ing printer has jammed again.', ['profanity@body:4-9']],
    ['a disguised word that ends the sentence (not an address)', 'Our new surveyor is a pr@t.', ['abuse@body:22-26']],
    ['a disguised "tosspots"', 'Never met such a crowd of t0sspots.', ['abuse@body:26-34']],
  ], 'undoes symbols inside a word: %s');

  tester.accepts([
    ['an email address', 'Send it to dick.smith@example.co.uk or clerk@waretowncouncil.gov.uk please.'],
    ['an address at the end of a sentence', 'Send the forms to pr@t.example.org.'],
    ['a handle and a hashtag', 'Tag @WareTC and #WareInBloom in your posts.'],
    ['prices and footnotes', 'Price: £45* (*plus VAT); Q&A at 7pm; B&Q and M&S vouchers.'],
    ['an exclamation after a word', 'Yahoo! Groups closed the list. Hooray!'],
    ['a masked mild word not aimed at anyone (tone/impolite warns)', 'Oh sh*t, I forgot the agenda.'],
    ['an undisguised knob and cow', 'The cow got through the gate; the door knob is loose.'],
    ['abuse a resident wrote, passed on (tone/reported warns)', 'The resident who wrote in called me a tw@t.'],
  ], 'leaves symbols that disguise nothing: %s');

  // Issue #17: British name-calling is a candidate; ./insults.ts judges whether it is aimed at someone.
  const aimedAt = wordCase('abuse');
  tester.flags(
    [
      aimedAt('Only a gormless pillock would moan that the lights are too bright.', 'pillock'),
      aimedAt('You absolute plonker.', 'plonker'),
      aimedAt('The clerk is a numpty.', 'numpty'),
      aimedAt('What a prat. The form was on the website all along.', 'prat'),
      aimedAt('The whole lot of you on that council are parasites.', 'parasites'),
      aimedAt("Tell Chudleigh he's a fat useless crook while you're at it.", 'crook'),
      aimedAt('Frankly he is a complete waste of space.', 'waste of space'),
      aimedAt('Get it sorted, you git.', 'git'),
      aimedAt('That office is run by a bunch of muppets.', 'muppets'),
    ],
    'name-calling aimed at someone: %s',
  );
  tester.accepts([
    ['the writer of themselves', "I'm a prat, I forgot the keys for the hall."],
    ['the writer felt foolish', 'I felt a right plonker when the projector would not start.'],
    ['a film title', 'The Muppet Christmas Carol is showing in the hall on Friday.'],
    ['a film, lower case', 'Is your muppet film night still on?'],
    ['an entertainer', "Is your clown free for the children's party on the green?"],
    ['a thing called a waste of space', 'That old shed is a waste of space.'],
    ['a thing called useless', 'The old printer is useless.'],
    ['version control', 'Please push your git changes before Friday.'],
    ['a surname after a title', 'Mr Crook is a retired engineer and has offered to help.'],
    ['a surname in a list', 'Apologies from Marie Prat and Tom Pillock.'],
    ['the word named as a word', 'A resident objected to the word "numpty" in the newsletter.'],
    ['pond scum', 'You are right that the pond is scum from end to end; the contractor will skim it.'],
    ['a resident\'s words passed on (tone/reported warns)', 'The resident said the clerk is a pillock.'],
  ], 'name-calling words not aimed at anyone: %s');

  // Council suites (helper tone3): name-calling built from ordinary words, said of a person: words that
  // run someone down before a person, an animal or a noun of contempt (phrasings written for this test).
  tester.flags(
    [
      aimedAt('You lying little weasel.', 'lying little weasel'),
      aimedAt("Frankly, you're a disgrace to this council.", 'disgrace'),
      aimedAt('The chairman is a pompous, self-important little man.', 'pompous, self-important little man'),
      aimedAt('What a spineless, two-faced creature he is.', 'spineless, two-faced creature'),
      aimedAt('You lot are idle, useless and arrogant.', 'idle, useless and arrogant'),
      aimedAt('The new caretaker is a sneaky little rat.', 'sneaky little rat'),
      aimedAt('Your officers are a bunch of lazy, useless wasters.', 'lazy, useless wasters'),
      aimedAt('Honestly, you are a snake.', 'snake'),
      aimedAt('Mr Hargreaves is a dishonest, greedy man and everyone knows it.', 'dishonest, greedy man'),
      aimedAt("You're a jumped-up little pen pusher.", 'jumped-up little pen pusher'),
    ],
    'name-calling built from ordinary words: %s',
  );
  tester.accepts([
    ['a weasel at the allotments', 'A weasel has been taking eggs from the allotment hens.'],
    ['a thing called a disgrace', 'The state of the bus shelter is a disgrace.'],
    ['rats by the bins', 'Rats have been seen by the bins; a rat trap is on order.'],
    ['the writer of themselves', 'I was lazy and useless at the quiz last night.'],
    ['praise of a person', 'The contractor was slow, but he is a decent, hard-working man.'],
    ['a mistake called stupid', 'It was a stupid, pointless mistake on my part.'],
    ['one describing word (tone/impolite warns)', "You're useless."],
    ['a describing word and a discourtesy word (tone/impolite warns)', "He's a useless pen-pusher."],
    ['a lazy river', 'The lazy river ride at the lido is closed.'],
    ['a queue like a snake', 'That snake of a queue at the polling station was long.'],
    ['name-calling passed on (tone/reported warns)', 'She called him a lying little weasel at the meeting, which we have minuted.'],
  ], 'ordinary words not aimed at anyone as name-calling: %s');

  // Council suites (helper tone4): a crude word used as a noun for a person is name-calling, not mild
  // swearing; and more words that call a person stupid or shabby start a run (phrasings written for this test).
  tester.flags(
    [
      aimedAt('Cllr Pike is a nasty little shit who only looks after his mates.', 'shit'),
      aimedAt('You little turd, you knew full well the hall was booked.', 'turd'),
      aimedAt("Honestly, the chairman's an arse and the whole committee knows it.", 'arse'),
      aimedAt('Whoever parked across the field gate is a selfish shit.', 'shit'),
      aimedAt('They are a shower of shits, the lot of them.', 'shits'),
      aimedAt('Tell the planning officer from me that he is a complete arse.', 'arse'),
      aimedAt('The parish council is a bunch of brainless, gutless old men.', 'brainless, gutless old men'),
      aimedAt('You are dozy, feckless and useless, the whole pack of you.', 'dozy, feckless and useless'),
      aimedAt('What a feckless, small-minded little man.', 'feckless, small-minded little man'),
      aimedAt('Our so-called councillors are gutless, grubby hypocrites.', 'gutless, grubby hypocrites'),
      aimedAt('He is a half-witted, small-minded individual and should resign.', 'half-witted, small-minded individual'),
      aimedAt('Get it sorted, you dozy, gormless lot.', 'dozy, gormless lot'),
    ],
    'a person called crude or stupid names: %s',
  );
  tester.accepts([
    ['a thing called shit (tone/impolite warns)', 'The new printer is a load of shit.'],
    ['a crude word as an adjective', 'He said the new bins are shit.'],
    ['the writer of themselves', 'I felt a bit shit after the meeting, sorry.'],
    ['a crude word before a noun', 'It was a shit job but the volunteers did it with a smile.'],
    ['a fall on the ice', 'He fell flat on his arse on the ice, poor man.'],
    ['a crude word then a question', 'Stop talking shit, who told you that?'],
    ['an animal', 'The sanctuary says its ass is called Jasper.'],
    ['a lazy afternoon', 'It was a dozy, lazy afternoon by the river.'],
    ['the writer after a night shift', 'I was dozy and brainless after the night shift.'],
    ['children after a dig', 'The children came back from the dig grubby, dozy and happy.'],
    ['a scheme, not a person', 'The report calls the scheme brainless and feckless.'],
    ['one describing word (not a run)', 'The volunteers on the litter pick came back grubby and tired.'],
  ], 'crude or belittling words not said of a person: %s');

  it("leaves abuse in a reply's subject kept from the message it answers to tone/reported", () => {
    const body = 'Dear Mr Jukes,\n\nThank you for your email.\n\nFrom: Paul Jukes <paul.jukes@gmail.com>\nSent: 04 December 2026 07:55\nSubject: Skate park - you absolute idiots\n\nYou absolute idiots.';
    expect(idsOf(rule, draft({ subject: 'RE: Skate park - you absolute idiots', body, composeType: 'reply' }))).toEqual([]);
    // New words typed after "RE:" are the sender's own.
    expect(idsOf(rule, draft({ subject: 'RE: you absolute idiots', body: 'See below.\n\nFrom: Paul Jukes <paul.jukes@gmail.com>\nSent: 04 December 2026 07:55\nSubject: Skate park\n\nNoise again.', composeType: 'reply' }))).toEqual(['abuse@subject:17-23']);
  });

  it('reads the subject too', () => {
    expect(idsOf(rule, draft({ subject: 'You absolute wanker', body: 'Hello' }))).toEqual(['abuse@subject:13-19']);
  });

  it('names the word and blocks by default', () => {
    const [f] = findingsOf(rule, draft({ body: 'You are an idiot.' }));
    expect(f.actual).toBe('idiot');
    expect(f.level).toBe('block');
  });

  it('gives every word of the obscenity dataset a tier, so a package update cannot add blocks silently', () => {
    const words = new Set<string>();
    englishDataset.build().blacklistedTerms.forEach((t) => {
      const meta = englishDataset.getPayloadWithPhraseMetadata({ termId: t.id, startIndex: 0, endIndex: 0, matchLength: 0 }).phraseMetadata;
      if (meta) words.add(meta.originalWord);
    });
    expect([...words].filter((w) => !(w in OBSCENITY_TIERS))).toEqual([]);
  });
});

// Helper prec9: "cow" said of a woman is name-calling (ANIMAL_INSULTS), alone after "you're a" or at the
// end of a run ("a spiteful old cow"); the animal, a cash cow and a cowpat are not. Phrasings the test's own.
describe('tone/abusive: "cow" as name-calling', () => {
  const tester = ruleTester(rule, { level: 'block' });
  const aimedAt = wordCase('abuse');
  tester.flags(
    [
      aimedAt("You're a spiteful old cow and the whole table knows it.", 'spiteful old cow'),
      aimedAt('Honestly, you are a cow.', 'cow'),
      aimedAt('The chairwoman is a nasty, petty cow.', 'nasty, petty cow'),
      aimedAt('What a smug old cow she is.', 'smug old cow'),
      aimedAt('You lying cow, you knew the hall was booked.', 'lying cow'),
      aimedAt('Mrs Pike is a vile cow to work for.', 'vile cow'),
    ],
    'name-calling with "cow": %s',
  );
  tester.accepts([
    ['cattle on the common', 'A cow has got through the fence onto the common again.'],
    ['grazing rights', 'The cows on Long Meadow belong to Mr Dunn, who has grazing rights.'],
    ['a cash cow', 'The car park has been a cash cow for the district council.'],
    ['a cowpat on the path', 'There is a cowpat on the footpath by the stile.'],
    ['a cow parsley verge', 'The cow parsley on the verge is lovely this year.'],
    ['the writer of themselves', 'I was a silly cow and forgot my keys.'],
  ], 'cows that are not name-calling: %s');
});
