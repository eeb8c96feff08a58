// The static ReDoS scan (regex-safety.test.ts) sees only regex literals; the rules also build
// expressions from word lists at load time. Each is checked with recheck (seeded, so its fuzzer
// finds the same attack strings on every run). recheck models bounded repetition loosely and may call
// a bounded pattern "polynomial"; then its own attack string is run at 250 KB and at 1 MB. Linear
// matching takes four times as long on four times the input; a quadratic blow-up sixteen times. The
// test fails from eight times, a margin that a loaded machine's noise does
// not cross; speed itself is `npm run bench`'s job.
import { check } from 'recheck';
import { compilePhrases, phraseRegExp } from '../../src/policy/text/patterns';
import { THREAT_PATTERNS } from '../../src/policy/data/threats';
import { DIRECTED_PHRASES, INSULT_NOUNS } from '../../src/policy/data/profanity';
import { DISCRIMINATORY_PHRASES } from '../../src/policy/data/slurs';
import { IMPOLITE_PHRASES } from '../../src/policy/data/impolite';
import { OPINION_MARKERS } from '../../src/policy/data/opinion';
import { CHAIN_STRONG, CHAIN_WEAK } from '../../src/policy/data/solicitation';
import { builtRegExps as SOLICITATION } from '../../src/policy/rules/solicitation/score';
import { SHAPE_REGEXES } from '../../src/policy/rules/solicitation/shapes';
import { ACCUSATION } from '../../src/policy/rules/tone/defamation-risk';
import { BUILT_REGEXES as LEXICON } from '../../src/policy/rules/tone/lexicon';
import { BUILT_REGEXES as DETECT } from '../../src/policy/rules/instructions/detect';

import { INTERNAL_MARKERS } from '../../src/policy/data/internal-markers';
import { ATTACHMENT_PHRASES } from '../../src/policy/data/attachment-phrases';
import { CONFIDENTIAL_PHRASES, FOOTER_PHRASES } from '../../src/policy/data/confidential-markers';
import { SECRET_LABELS } from '../../src/policy/data/secret-patterns';
import { PATTERNS } from '../../src/policy/rules/personal-data/special-category';
import { JUDGE_REGEXES } from '../../src/policy/judge';


const built: [string, RegExp][] = [
  ['threats', compilePhrases(THREAT_PATTERNS).re],
  ['directed phrases', compilePhrases(DIRECTED_PHRASES).re],
  ['insults', compilePhrases(INSULT_NOUNS.map((n) => n.word)).re],
  ['discriminatory statements', compilePhrases(DISCRIMINATORY_PHRASES).re],
  ['impolite phrases', compilePhrases(IMPOLITE_PHRASES.map((p) => p.pattern)).re],
  ['opinion markers', compilePhrases(OPINION_MARKERS).re],
  ['chain strong', compilePhrases(CHAIN_STRONG).re],
  ['chain weak', compilePhrases(CHAIN_WEAK).re],
  ...SOLICITATION().map((re, i) => [`solicitation cues ${i}`, re] as [string, RegExp]),
  ...Object.entries(SHAPE_REGEXES).map(([k, re]) => [`solicitation shape ${k}`, re] as [string, RegExp]),
  ['accusation', ACCUSATION],
  ...LEXICON.map((re, i) => [`lexicon ${i}`, re] as [string, RegExp]),
  ...DETECT.map((re, i) => [`instruction detector ${i}`, re] as [string, RegExp]),

  ['internal markers', phraseRegExp(INTERNAL_MARKERS)],
  ['attachment phrases', phraseRegExp(ATTACHMENT_PHRASES)],
  ['confidential phrases', phraseRegExp(CONFIDENTIAL_PHRASES)],
  ['footer phrases', phraseRegExp(FOOTER_PHRASES)],
  ...Object.entries(SECRET_LABELS).map(([k, v]) => [`secret labels (${k})`, phraseRegExp(v)] as [string, RegExp]),
  ...PATTERNS.map((p, i) => [`special-category pattern ${i} (${p.kind})`, p.re] as [string, RegExp]),
  ...JUDGE_REGEXES.map((re, i) => [`context judgement ${i}`, re] as [string, RegExp]),
];

/** A timer for `re` (global) over `attack` repeated to `size` characters. */
function timer(re: RegExp, attack: string, size: number): () => number {
  const input = attack.repeat(Math.max(1, Math.ceil(size / attack.length))).slice(0, size);
  return () => {
    re.lastIndex = 0;
    const t0 = performance.now();
    while (re.exec(input) !== null) if (re.lastIndex === 0) break;
    return performance.now() - t0;
  };
}

/** Whether matching grows less than eight times when the input grows four times (linear: 4, quadratic: 16). */
function growsLinearly(re: RegExp, attack: string, small: number): boolean {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const timeSmall = timer(g, attack, small);
  const timeLarge = timer(g, attack, small * 4);
  const first = timeSmall();
  if (first > 5000) return false;
  timeLarge();
  // The two sizes are timed in turn and the fastest of each kept: a pause (garbage collection,
  // another jest worker, the machine slowing down for a while) only ever adds time, and taking turns
  // spreads a slow spell over both. A median of three runs of each, one after the other, once let a
  // quadratic expression pass as linear on a loaded CI machine (2026-11-29).
  let a = first;
  let b = Infinity;
  for (let i = 0; i < 4; i++) {
    a = Math.min(a, timeSmall());
    b = Math.min(b, timeLarge());
  }
  // A larger input matched within 100 ms is no blow-up whatever the ratio: a quadratic attack at
  // 1 MB takes minutes, and /a*b/ below takes 200–500 ms at only 16 KB. Under that floor a ratio of
  // small times is noise: "solicitation cues 1" (5 ms at 250 KB, 16 ms at 1 MB here) once read 8×
  // on a CI run busy with the browser tests (2026-11-29).
  return b < 100 || b / Math.max(a, 1) < 8;
}

describe('expressions built from data lists', () => {
  it.each(built)('%s does not backtrack catastrophically', async (_name, re) => {
    const res = await check(re.source, re.flags.replace(/[gyd]/g, ''), { timeout: 60000, randomSeed: 20261128 });
    if (res.status !== 'vulnerable') return;
    expect(res.complexity.type).not.toBe('exponential');
    expect(growsLinearly(re, res.attack.string, 250_000)).toBe(true);
  }, 120000);

  it('the growth check does catch a quadratic expression (so the checks above can fail)', () => {
    expect(growsLinearly(/a*b/, 'a', 4_000)).toBe(false);
    expect(growsLinearly(/ab/, 'a', 250_000)).toBe(true);
  });
});
