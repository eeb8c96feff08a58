// Linear cost on long and hostile input, measured without the wall clock (test/helpers/cost.ts):
// each step runs on an input and on one 32 times longer, and the CPU time it spends must grow
// less than 512× (linear reads about 32×, quadratic 1,024×; why the margin is that wide: cost.ts). These were wall-clock bounds in the unit
// tests ("under 15 s"), which a busy machine could break and a fast one could hide; the timings
// themselves are in `npm run bench`.
import { splitSentences } from '../../src/policy/text/sentences';
import { quotedRanges } from '../../src/policy/text/quotes';
import { htmlToText } from '../../src/policy/text/html';
import { normaliseForMatching } from '../../src/policy/text/normalise';
import { parseAuthenticationResults } from '../../src/policy/auth-results';
import { scoreSolicitation } from '../../src/policy/rules/solicitation/score';
import impolite from '../../src/policy/rules/tone/impolite';
import { RuleContext } from '../../src/policy/context';
import { check, runRule } from '../../src/policy/engine';
import { draft, policy } from '../helpers/draft';
import { growsLinearly } from '../helpers/cost';

// 32, not 16: a linear step read 170× at 16× on CI (2026-12-07; normaliseForMatching on spaced
// letters, 0.5 → 85.9 ms), its small input in the cache and its large one out of it (cost.ts).
const FACTOR = 32;
/** `unit` repeated to `size` characters. */
const fill = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

function expectLinear<T>(run: (input: T) => unknown, make: (size: number) => T, large: number): void {
  const { ok, growth } = growsLinearly(run, make(large / FACTOR), make(large), FACTOR);
  if (!ok) throw new Error(`grew ${growth.ratio.toFixed(1)}× in CPU time for ${FACTOR}× the input (${growth.small.toFixed(1)} ms → ${growth.large.toFixed(1)} ms)`);
}

describe('text steps grow linearly', () => {
  it.each([
    ['lines ending with commas', 'word,\n'],
    ['one sentence of abbreviations', 'no. '],
    ['short sentences', 'Yes. '],
    ['wrapped lines', `${'a'.repeat(70)}\n`],
  ])('splitSentences: %s', (_name, unit) => {
    expectLinear(splitSentences, (n) => fill(unit, n), 1_000_000);
  });

  it.each([
    ['"From:" lines', 'From: x\n'],
    ['"On … wrote" lookalikes', 'On Monday\n'],
    ['> lines with text between', '> a\nb\n'],
  ])('quotedRanges: %s', (_name, unit) => {
    expectLinear((t: string) => quotedRanges(t, 'reply'), (n) => fill(unit, n), 1_600_000);
  });

  it.each([
    ['unclosed <div>s then stray closers', (n: number) => '<div>'.repeat(n / 12) + 'x' + '</span>'.repeat(n / 12)],
    ['unterminated attribute quotes', (n: number) => fill('<a title="x', n)],
    ['ampersands', (n: number) => '&'.repeat(n)],
    ['"<!" fragments', (n: number) => fill('<!x', n)],
    ['words', (n: number) => fill('word ', n)],
  ])('htmlToText: %s', (_name, make) => {
    expectLinear(htmlToText, make, 1_000_000);
  });

  it.each([
    ['spaced letters', (n: number) => ({ text: fill('a ', n) })],
    ['leetspeak', (n: number) => ({ text: fill('p455w0rd ', n) })],
    ['hidden ranges', (n: number) => ({ text: 'x'.repeat(n), ranges: Array.from({ length: n / 20 }, (_, i) => ({ start: i * 20, end: i * 20 + 3 })) })],
  ])('normaliseForMatching: %s', (_name, make) => {
    expectLinear(({ text, ranges }: { text: string; ranges?: { start: number; end: number }[] }) => normaliseForMatching(text, ranges), make, 1_600_000);
  });

  it('parseAuthenticationResults on hostile punctuation', () => {
    expectLinear(parseAuthenticationResults, (n) => '('.repeat(n / 3) + ';'.repeat(n / 3) + '"'.repeat(n / 3 + 1) + '\\', 1_200_000);
  });
});

describe('rules and the engine grow linearly', () => {
  it('scoreSolicitation on ordinary council text', () => {
    expectLinear(scoreSolicitation, (n) => fill('The committee discussed the allotments, the footpaths, £45 fees and www.ware.gov.uk today. ', n), 1_000_000);
  });

  it('tone/impolite (the politeness model) on a body full of flagged phrases and curt questions', () => {
    // Each sentence is checked against the lexicon's findings; a scan per sentence would be quadratic.
    const config = policy();
    expectLinear((body: string) => runRule(impolite, new RuleContext(draft({ body }), config), 'warn'), (n) => fill('Obviously you are wrong. Why have you not answered? ', n), 800_000);
  });

  it('the whole check (every send rule) on a long letter', () => {
    const config = policy();
    const para =
      'Thank you for your letter about the Buryfield play area. The Town Council agreed at its meeting on 9 November ' +
      'to replace the swings in the spring, and the Clerk will write to residents when a date is fixed.\n';
    expectLinear((body: string) => check(draft({ body }), config), (n) => fill(para, n), 800_000);
  });

  it('the growth check does fail on quadratic work (so the checks above can fail)', () => {
    const quadratic = (s: string) => {
      let n = 0;
      for (let i = 0; i < s.length; i++) for (let j = i; j < s.length; j++) n += s.charCodeAt(j) & 1;
      return n;
    };
    expect(growsLinearly(quadratic, 'ab'.repeat(500), 'ab'.repeat(16_000), FACTOR).ok).toBe(false);
  });
});
