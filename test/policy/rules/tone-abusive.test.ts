import { englishDataset } from 'obscenity';
import rule from '../../../src/policy/rules/tone/abusive';
import { OBSCENITY_TIERS } from '../../../src/policy/data/profanity';
import { draft, findingsOf, idsOf } from '../../helpers/draft';

describe('tone/abusive', () => {
  it.each([
    ['Dick as a name', 'Please thank Dick for the flower beds.'],
    ['blue tits', 'Blue tits are nesting in the box.'],
    ['a bitch in dog breeding', 'The bitch has whelped at the kennel.'],
    ['a stopcock', 'Turn off the stopcock first.'],
    ['Scunthorpe and Penistone', 'Delegates from Scunthorpe and Penistone arrive today.'],
    ['an insult word not aimed at anyone', 'The film was about an idiot savant.'],
    ['mild swearing (tone/impolite warns instead)', 'The bins were a bloody mess.'],
  ])('accepts %s', (_name, body) => {
    expect(idsOf(rule, draft({ body }))).toEqual([]);
  });

  it.each([
    ['strong profanity not aimed at anyone', 'This is fucking ridiculous.', ['profanity@body:8-15']],
    ['obfuscated spelling', 'What a load of sh1t and f*ck it.', ['profanity@body:24-28']],
    ['stretched spelling', 'Fuuuck this.', ['profanity@body:0-6']],
    ['an insult aimed at the reader', 'You are an idiot.', ['abuse@body:11-16']],
    ['a swear word aimed at someone', 'The clerk is a prick.', ['abuse@body:15-20']],
    ['"fuck off"', 'Just fuck off.', ['abuse@body:5-13']],
  ])('flags %s', (_name, body, expected) => {
    expect(idsOf(rule, draft({ body }))).toEqual(expected);
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
