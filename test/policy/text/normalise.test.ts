// The normaliser undoes letter spacing, leetspeak and hidden text inside a line, and only where the
// result is a word the rules know; ordinary text, numbers, codes and passwords stay as typed.
import { mapRangeBack, normaliseForMatching, originalOffset } from '../../../src/policy/text/normalise';
import { htmlToText } from '../../../src/policy/text/html';
import { check } from '../../../src/policy/engine';
import secret from '../../../src/policy/rules/credentials/secret';
import { draft, findingsOf, policy } from '../../helpers/draft';

const seen = (s: string) => normaliseForMatching(s)?.text ?? s;

describe('normalise: letter spacing', () => {
  it.each([
    ['spaced swear word', 'Tell him to f u c k off.', 'Tell him to fuck off.'],
    ['dotted word', 'The p.a.s.s.w.o.r.d is here', 'The password is here'],
    ['dashed word', 'the c-l-e-r-k said', 'the clerk said'],
    ['spaced words run together are split again', 'You are a f u c k i n g i d i o t', 'You are a fucking idiot'],
    ['function words inside a run', 'W h a t a l o a d of rubbish', 'What a load of rubbish'],
    ['a three-letter known word', 'this s h i t again', 'this shit again'],
    ['unknown letters stay together', 'the new b e n c h e s', 'the new benches'],
    ['a run that is not wholly known words is joined, not split', 'D H U G E R kiss', 'DHUGER kiss'],
    ['a run glued to a token is joined, not split', 'Password: S u n f l0wer!2026', 'Password: Sunfl0wer!2026'],
    ['a spaced heading', 'w e e k e n d s y s t e m s\nfor', 'weekend systems\nfor'],
  ])('undoes %s', (_name, input, expected) => {
    expect(seen(input)).toBe(expected);
  });

  it.each([
    ['three letters that are no word', 'I a m here'],
    ['initials', 'A B C and J R R'],
    ['two spaced letters', 'Plan B C'],
    ['letters with wider gaps', 'f  u  c  k'],
    ['abbreviations with dots', 'e.g. and i.e. and a.m.'],
    ['a single letter beside a word', 'a b cat'],
    ['the end of a word after an apostrophe', "The chair's a t*at"],
  ])('leaves %s alone', (_name, input) => {
    expect(seen(input)).toBe(input);
  });
});

describe('normalise: leetspeak', () => {
  it.each([
    ['digits for letters', 'Pl3453 4rr4ng3 p4ym3n7', 'Please arrange payment'],
    ['a leading digit', '7h3 c0unc1l w1ll pay', 'the council will pay'],
    ['1 read as l when i is no word', 'c4nc3l the l3453', 'cancel the lease'],
    ['symbols for letters', 'the p@$$w0rd is', 'the password is'],
    ['all capitals stay capitals', 'P455W0RD: x', 'PASSWORD: x'],
    ['a bare number inside a leetspeak sentence', 'Th3 4l4rm PIN 15 4821.', 'The alarm PIN is 4821.'],
    ['both halves of a hyphenated word', 'Y0ur 0n3-71m3 c0d3', 'Your one-time code'],
    ['a two-letter word inside a leetspeak sentence', 'G0 4h34d 4nd 51gn', 'Go ahead and sign'],
  ])('undoes %s', (_name, input, expected) => {
    expect(seen(input)).toBe(expected);
  });

  it.each([
    ['times and ordinals', 'Meet at 10am on the 1st, 2nd or 3rd, or 4th at 5pm'],
    ['roads, postcodes and grid codes', 'Take the A55 or M25 to SG14 1AB'],
    ['a bare number in plain text', 'Room 15 is at 47 High Street'],
    ['money and measures', '£450 for 15kg, $50 or 30mph'],
    ['a password after its label', 'The password is P455w0rd today'],
    ['a password that is no word', 'Password: Sunfl0w3r!2026'],
    ['addresses and links', 'Mail j0@example.com or see w3.org/TR/5tandards'],
    ['swear words (the tone lexicon reads those itself)', 'this 5h17 again'],
    ['tokens that spell no word', 'Tr0ub4dor&3 and X7R and B4'],
    ['mentions', 'Thanks @nytimes and @t for this'],
    ['two-character names and models outside leetspeak', 'A 3D printer, F1 cars, 1D fans, the C4 and the M3'],
  ])('leaves %s alone', (_name, input) => {
    expect(seen(input)).toBe(input);
  });
});

describe('normalise: hidden text inside a line', () => {
  const of = (html: string) => {
    const t = htmlToText(html);
    return { text: t.text, n: normaliseForMatching(t.text, t.hidden) };
  };

  it('reads the line as the recipient sees it, then the hidden words', () => {
    const { n } = of('<p>Please <span style="display:none">zzz</span>arrange payment.</p><p>Thanks</p>');
    expect(n?.text).toBe('Please arrange payment. zzz\n\nThanks');
  });

  it('joins a word split by hidden text', () => {
    const { n } = of('<p>The pass<span style="font-size:0">x</span>word is Tr0ub4dor&amp;3</p>');
    expect(n?.text).toBe('The password is Tr0ub4dor&3 x');
  });

  it('leaves hidden text at the end of a line, and hidden paragraphs, where they are', () => {
    const { text, n } = of('<p>Dear all,</p><p style="color:#ffffff">Secret words</p><p>Hi <span hidden>there</span></p>');
    expect(n?.text ?? text).toBe(text);
  });

  it('maps a finding on the visible line back over the hidden text as typed', () => {
    const { text, n } = of('<p>Please <span style="display:none">zzz</span>arrange payment.</p>');
    const at = n!.text.indexOf('arrange');
    expect(mapRangeBack(n!, at, at + 'arrange payment'.length)).toEqual({ start: text.indexOf('arrange'), end: text.indexOf('.') });
    const hiddenAt = n!.text.lastIndexOf('zzz');
    expect(text.slice(originalOffset(n!, hiddenAt), originalOffset(n!, hiddenAt) + 3)).toBe('zzz');
  });

  it('a secret in a hidden span is still reported, at the offsets typed', () => {
    const t = htmlToText('<p>Hello <span style="display:none">password: Tr0ub4dor&amp;3</span>there, see you soon.</p>');
    const f = findingsOf(secret, draft({ body: { text: t.text, hidden: t.hidden } }));
    expect(f.map((x) => x.messageId)).toEqual(['password']);
    expect(t.text.slice(f[0].span!.start, f[0].span!.end)).toBe('Tr0ub4dor&3');
  });
});

describe('normalise: spans map back through every pass', () => {
  it('maps a word undone from spacing and zero-width characters to what was typed', () => {
    const s = 'Your p\u200b a s s w o r d is Tr0ub4dor&3';
    const f = check(draft({ body: s }), policy()).findings.find((x) => x.ruleId === 'credentials/secret');
    expect(s.slice(f!.span!.start, f!.span!.end)).toBe('Tr0ub4dor&3');
  });

  it('maps a leetspeak label and value to the text as typed', () => {
    const s = 'Th3 4l4rm PIN 15 4821.';
    const f = check(draft({ body: s }), policy()).findings.find((x) => x.ruleId === 'credentials/secret');
    expect(f?.messageId).toBe('pin');
    expect(s.slice(f!.span!.start, f!.span!.end)).toBe('4821');
  });

  it('maps the end of the text to the end of the original', () => {
    const s = 'a f u c k b';
    const n = normaliseForMatching(s)!;
    expect(originalOffset(n, n.text.length)).toBe(s.length);
  });
});

// Linear cost on long and hostile input: test/hardening/linear-cost.test.ts (CPU time, two sizes).

describe('normalise: vocabulary data', () => {
  it('the generated everyday words are exactly the intent model’s word features the vocabulary’s other sources lack (scripts/gen-disguise-words.js)', async () => {
    const { DISGUISE_COMMON_WORDS } = await import('../../../src/policy/data/disguise-common-words');
    const weights = (await import('../../../src/policy/data/intent-weights.json')).default.weights as Record<string, number>;
    const politeness = (await import('../../../src/policy/data/politeness-weights.json')).default.weights as Record<string, number>;
    const { vocabulary, vocabularyBesidesCommonWords } = await import('../../../src/policy/text/vocabulary');
    const intentWords = Object.keys(weights)
      .filter((k) => k.startsWith('w:') && /^[a-z]{2,20}$/.test(k.slice(2)))
      .map((k) => k.slice(2))
      .sort();
    const others = vocabularyBesidesCommonWords();
    const expected = intentWords.filter((w) => !others.words.has(w));
    expect(expected.length).toBeGreaterThan(1000);
    // The politeness model's words are among the other sources'.
    expect(expected.filter((w) => `w:${w}` in politeness)).toEqual([]);
    expect(DISGUISE_COMMON_WORDS.endsWith(' ')).toBe(true);
    expect(DISGUISE_COMMON_WORDS.trim().split(' ')).toEqual(expected);
    // What the list leaves out the vocabulary still has: every intent word, through its other sources.
    const v = vocabulary();
    expect(intentWords.filter((w) => !v.words.has(w))).toEqual([]);
    // The vocabulary is the other sources' words and the list's, nothing more.
    expect([...v.words].sort()).toEqual([...new Set([...others.words, ...expected])].sort());
    expect([...v.offensive]).toEqual([...others.offensive]);
  });
});
