// The context judgements every block-level rule shares (src/policy/judge/): names, aim, reported
// words, whose data and labels, each pinned on the cases it exists for.
import { check } from '../../../src/policy/engine';
import { RULES } from '../../../src/policy/rules';
import { LEXICON_NAMES } from '../../../src/policy/data/names';
import { scanLexicon } from '../../../src/policy/rules/tone/lexicon';
import { inEmailAddress, inNamePosition, isReported, labelsAReference, threatAim, aimedAtGroup, whoseData, NewsCues } from '../../../src/policy/judge';
import { draft, policy, RESIDENT } from '../../helpers/draft';

const config = policy();
const findings = (body: string) => check(draft({ to: [RESIDENT], body }), config, { rules: RULES }).findings.filter((f) => f.level !== 'info' && f.ruleId !== 'attachments/missing').map((f) => f.ruleId);
const at = (text: string, word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;

describe('names', () => {
  it.each([
    ['South Asian surnames in a greeting', 'Dear Mr Dikshit and Ms Wankhede, thank you for the fixture list.'],
    ['South Asian given names in running text', 'Akshita and Rakshit Shitole will run the stall with Kshitij.'],
    ['an East African name', 'Assefa Tesfaye has joined the allotment committee.'],
    ['lower-case names in a list', 'thanks to akshit, dikshit and assefa for the litter pick.'],
  ])('gives no tone finding for %s', (_n, body) => {
    expect(findings(body).filter((id) => id.startsWith('tone/'))).toEqual([]);
  });

  it('reads every listed name as a name', () => {
    expect(LEXICON_NAMES.length).toBeGreaterThan(0);
    for (const n of LEXICON_NAMES) expect(scanLexicon(`a letter from ${n} today`, 'body')).toEqual([]);
  });

  it('finds names in addresses, greetings and after titles', () => {
    const mail = 'please copy john.dick@example.org';
    expect(inEmailAddress(mail, ...at(mail, 'dick'))).toBe(true);
    const thanks = 'thank you dick, see you friday';
    expect(inNamePosition(thanks, ...at(thanks, 'dick'))).toBe(true);
    const insult = 'you are a dick';
    expect(inNamePosition(insult, ...at(insult, 'dick'))).toBe(false);
  });

  it('still blocks the word itself aimed at the reader', () => {
    expect(findings('You are a fucking wanker.')).toContain('tone/abusive');
  });
});

describe('aim', () => {
  it.each([
    ['I will get you the site plans.', 'not'],
    ['I will get you comments by Friday.', 'not'],
    ["I'll get you for this.", 'sure'],
    ['I will get you.', 'sure'],
    ["I'll get you next week.", 'unsure'],
    ['We will beat your current price.', 'not'],
    ['I will smash your windows.', 'sure'],
  ])('reads "%s" as %s', (text, expected) => {
    const end = text.search(/\b(?:you|your)\b/) + (text.includes('your') ? 4 : 3);
    expect(threatAim(text, 0, end)).toBe(expected);
  });

  it('reads "send them back" by who "them" is', () => {
    const docs = 'Please send them back to me by Friday.';
    expect(aimedAtGroup(docs, ...at(docs, 'send them back'))).toBe('not');
    const people = 'The immigrants are everywhere. Send them back.';
    expect(aimedAtGroup(people, ...at(people, 'Send them back'))).toBe('sure');
  });
});

describe('reported words', () => {
  it.each([
    ['The caller said I was a disgrace.', 'disgrace', true],
    ['As I said, you are a disgrace.', 'disgrace', false],
    ['He wrote "you are scum" on the form.', 'scum', true],
    ['You are scum.', 'scum', false],
    ['Whoever wrote this report is scum.', 'scum', false],
    ['The man who wrote in called me scum.', 'scum', true],
  ])('%s', (text, word, expected) => {
    expect(isReported(text, ...at(text, word))).toBe(expected);
  });
});

describe('whose data', () => {
  it.each([
    ['I have been recently diagnosed with cancer.', 'recently diagnosed with', 'own'],
    ['A postal worker was diagnosed with anthrax.', 'was diagnosed with', 'no-one'],
    ['Mrs Smith was diagnosed with cancer.', 'was diagnosed with', 'third-party'],
    ['My husband has had a stroke.', 'husband has had a stroke', 'own-family'],
    ['Her faith in the economy is shaken.', 'Her faith', 'everyday'],
  ])('%s', (text, phrase, expected) => {
    expect(whoseData(text, ...at(text, phrase), new NewsCues(text))).toBe(expected);
  });
});

describe('labels', () => {
  it.each([
    ['conference pin: 553815', 'pin', true],
    ['Zoom meeting ID: 845 2291 0031. Passcode: parish26', 'Passcode', true],
    ['Your PIN is 4821.', 'PIN', false],
    ['The alarm code is 4471.', 'alarm code', false],
  ])('%s', (text, label, expected) => {
    expect(labelsAReference(text, ...at(text, label))).toBe(expected);
  });
});
