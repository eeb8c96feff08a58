// The command line's early scans (src/cli/early-phrases.ts): a phrase set's first scans of a text run
// only the entries whose literal text the text holds, and must find exactly what the whole set finds.
import { early, EARLY_SCANS, EARLY_TEXT, earlyScans, literalNeeds } from '../../src/cli/early-phrases';
import { compilePhrases, earlyScan, scanPhrases } from '../../src/policy/text/patterns';

it('is installed by importing it (main.ts imports it first)', () => {
  expect(earlyScan.run).toBe(early);
});

describe('literal text an entry needs (literalNeeds): a necessary condition, never more', () => {
  it.each([
    ['bad luck', ['bad luck']],
    ['break the chain', ['break the chain']],
    ['cheap(?:er|est)?', ['cheap']],
    ['(?:send|give|forward) me', ['send', 'give', 'forward']],
    ['(?:you(?: ?[\'’] ?)re|you are) a winner', [' a winner']],
    ['colou?r scheme', ['r scheme']],
    ['lots+ of', ['lots']],
    ['for the (?:last|final) time(?=,)', ['for the ']],
    ['(?:as )?per my (?:last|previous) email', ['per my ']],
    ['Viagra', ['viagra']],
    ['f\\*+k off', ['k off']],
    ['don\\\'t', ["don't"]],
  ])('%j needs one of %j', (src, need) => {
    expect(literalNeeds(src)?.sort()).toEqual([...need].sort());
  });

  it.each([
    '\\d+ ?%', '[a-z]+', '(?:bad|)', 'a*', '\\u2019', '\\x41bc', 'a{', 'x{2,', '\\1', 'a\\nb', '(?:a|b', 'a)',
  ])('%j promises nothing it can be sure of', (src) => {
    const need = literalNeeds(src);
    // Nothing, or only text every match really contains.
    if (need) for (const m of ['aa', 'bad', 'x', 'abc', 'xxxxxxxx']) if (new RegExp(src, 'i').test(m)) expect(need.some((n) => m.toLowerCase().includes(n))).toBe(true);
  });

  it.each([
    ['(?:bad|good) luck', ['BAD LUCK', 'Good luck', 'no luck']],
    ['you(?: ?[\'’] ?)ve won', ["You've won", 'YOU ’VE WON', 'you have won']],
    ['(?:claim (?:your|the) (?:prize|winnings?))', ['Claim your WINNINGS now', 'claim the prize', 'a claim']],
    ['send (?:it|this) (?:back )?to me', ['Send it back to me', 'send this to me', 'send it on']],
    ['per my (?:last|previous) (?:email|e-mail)', ['As per my last e-mail', 'PER MY PREVIOUS EMAIL', 'per my note']],
    ['v[il1|]{1,2}[a@]gra', ['v1agra', 'VIAGRA', 'via gra']],
  ])('every match of %j contains one of its needs, whatever the case', (src, texts) => {
    const need = literalNeeds(src)!;
    expect(need).toBeDefined();
    for (const t of texts) for (const m of t.match(new RegExp(src, 'gi')) ?? []) expect(need.some((n) => m.toLowerCase().includes(n))).toBe(true);
  });
});

describe('a set\'s first scans run only the entries whose literal text is in the text', () => {
  const sources = [
    'bad luck', 'break the chain', '(?:send|forward) (?:this|it) on', 'lottery', 'you(?: ?[\'’] ?)re a winner', 'cheap(?:er|est)?',
    '\\d+ ?%', 'per my (?:last|previous) (?:email|e-mail)', 'what part of', 'as (?:i|we) (?:said|told you)',
  ];
  const whole = (text: string, from?: number, to?: number) => {
    const set = compilePhrases(sources);
    return scanPhrases({ re: set.re, size: set.size }, text, from, to);
  };
  const texts = [
    'Do not break the chain or bad luck follows.',
    'PER MY LAST EMAIL, what part of "no" was unclear?',
    "You're a winner! Claim 50% off the lottery.",
    'Cheapest quote: 20 % cheaper than last year, as I said.',
    'As we told you, send it on. Bad luck.',
    'Nothing to see here.',
    '',
    'bad  luck (two spaces) and cheapside',
    'as i said as we said as we told you',
  ];

  it.each(texts)('finds in %j what the whole alternation finds, entry for entry', (text) => {
    const set = compilePhrases(sources);
    expect(scanPhrases(set, text)).toEqual(whole(text));
    // Again, with the smaller alternation kept from the first scan.
    expect(scanPhrases(set, text)).toEqual(whole(text));
    expect(scanPhrases(set, text, 3, Math.max(3, text.length - 2))).toEqual(whole(text, 3, Math.max(3, text.length - 2)));
  });

  it('after its first scans a set runs its whole alternation, with the same hits', () => {
    const set = compilePhrases(sources);
    for (let i = 0; i < 40; i++) for (const t of texts) expect(scanPhrases(set, t)).toEqual(whole(t));
    expect(earlyScans(set)).toBe(EARLY_SCANS);
  });

  it('a text over the size limit is scanned whole from the start', () => {
    const set = compilePhrases(sources);
    const long = 'ordinary words '.repeat(2000) + 'bad luck';
    expect(long.length).toBeGreaterThan(EARLY_TEXT);
    expect(scanPhrases(set, long)).toEqual(whole(long));
    expect(earlyScans(set)).toBe(0);
  });

  it('a text no entry can match is not run at all, and finds nothing', () => {
    const set = compilePhrases(sources);
    expect(early(set, 'Minutes of the meeting held on Monday.')).toEqual([]);
    expect(scanPhrases(set, 'Minutes of the meeting held on Monday.')).toEqual([]);
  });
});
