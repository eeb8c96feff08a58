import { foldedParts } from '../../src/policy/rules/tone/lexicon';

// foldedParts is one pass over the characters; it must give what the three replacements and the
// split it replaced gave (the obscenity pre-pass reads its parts), on any text.
const LEET: Record<string, string> = { '4': 'a', '@': 'a', '(': 'c', '3': 'e', '6': 'g', '1': 'i', '|': 'i', '!': 'i', '/': 'l', '0': 'o', $: 's', '5': 's', '7': 't', '2': 'z' };
const reference = (token: string): string[] =>
  token
    .toLowerCase()
    .replace(/[4@(361|!/0$572]/g, (c) => LEET[c])
    .replace(/([beolsg])\1+|([acdfhijkmnpqrtuvwxyz])\2+/g, (_run, kept?: string, single?: string) => (kept ? kept + kept : single!))
    .split(/[^a-z]+/);

describe('foldedParts', () => {
  it('folds case, leetspeak and repeated letters, and splits at other characters', () => {
    expect(foldedParts('B00bs!!')).toEqual(['boobsi']); // "!" is leetspeak for "i"
    expect(foldedParts('Assessment')).toEqual(['assessment']); // "s" is kept doubled
    expect(foldedParts('Shittt, mate.')).toEqual(['shit', 'mate', '']);
    expect(foldedParts('...hello,world')).toEqual(['', 'hello', 'world']);
    expect(foldedParts('sh1tttt')).toEqual(['shit']);
    expect(foldedParts('')).toEqual(['']);
    expect(foldedParts('--')).toEqual(['', '']);
  });

  it('agrees with the replacements it stands for on edge cases and random strings', () => {
    const cases = ['İstanbul', 'K\u212aelvin', 'ſſs', 'café’s', 'a\ud83d\ude00b', 'x4@(361|!/0$572y', 'OOoo00', 'bb..bb', 'Zz2'];
    const chars = 'abcdeoolsgzZ4@(361|!/0$572.,;-_ ’\'éİßAAbbBBooOO\u0130\u212a\u017f\ud83d';
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let i = 0; i < 20000; i++) {
      let s = '';
      for (let k = 0; k < i % 13; k++) s += chars[Math.floor(next() * chars.length)];
      cases.push(s);
    }
    for (const c of cases) expect(foldedParts(c)).toEqual(reference(c));
  });
});
