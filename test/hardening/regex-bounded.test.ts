// Proof 3 of the ReDoS checks (test/helpers/regex-bounded.ts): an expression with only bounded
// quantifiers does at most a computed number of steps at one start position on any input. These tests
// check the bound against a brute-force count on every short input, and that the proof settles
// nothing it should not: expressions whose bounded repetitions multiply are over the limit.
import { RegExpParser } from '@eslint-community/regexpp';
import type { Alternative, Element } from '@eslint-community/regexpp/ast';
import { boundedProof, boundedWork, MAX_WORK, onlyBounded, runProof } from '../helpers/regex-bounded';
import { checkExpression, distinctExpressions, type Expression, settledByParts } from '../helpers/regex-safety';

/**
 * Every character-atom attempt a backtracking matcher makes at position 0 of `input` when it tries
 * EVERY path (it never stops at a success, so this is at least what V8 does), read straight off the
 * parsed expression: an independent count, not the automaton the proof builds. Assertions are
 * evaluated (^, $, \b, \B), lookarounds are tried in full and atomic.
 */
function attempts(source: string, flags: string, input: string): number {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, {});
  const one = new Map<string, RegExp>();
  const atom = (raw: string, ch: string): boolean => {
    let re = one.get(raw);
    if (!re) one.set(raw, (re = new RegExp(`^(?:${raw})$`, flags)));
    return re.test(ch);
  };
  let count = 0;
  const word = (i: number): boolean => i >= 0 && i < input.length && /\w/.test(input[i]);
  type K = (i: number) => void;
  const seq = (els: Element[], i: number, k: K, back: boolean): void => {
    if (els.length === 0) return k(i);
    const [first, rest] = back ? [els[els.length - 1], els.slice(0, -1)] : [els[0], els.slice(1)];
    el(first, i, (j) => seq(rest, j, k, back), back);
  };
  const alts = (as: Alternative[], i: number, k: K, back: boolean): void => as.forEach((a) => seq(a.elements, i, k, back));
  const el = (e: Element, i: number, k: K, back: boolean): void => {
    switch (e.type) {
      case 'Group':
      case 'CapturingGroup':
        return alts(e.alternatives, i, k, back);
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet': {
        count++;
        const at = back ? i - 1 : i;
        if (at >= 0 && at < input.length && atom(e.raw, input[at])) k(back ? i - 1 : i + 1);
        return;
      }
      case 'Quantifier': {
        const rep = (n: number, j: number): void => {
          if (n >= e.min) k(j);
          if (n < e.max) el(e.element, j, (m) => rep(n + 1, m), back);
        };
        return rep(0, i);
      }
      case 'Assertion': {
        if (e.kind === 'start') return void (i === 0 && k(i));
        if (e.kind === 'end') return void (i === input.length && k(i));
        if (e.kind === 'word') return void (word(i - 1) !== word(i) !== e.negate && k(i));
        if (e.kind !== 'lookahead' && e.kind !== 'lookbehind') throw new Error(`not in this count: ${e.kind}`);
        let matched = false;
        alts(e.alternatives, i, () => (matched = true), e.kind === 'lookbehind');
        return void (matched !== e.negate && k(i));
      }
      default:
        throw new Error(`not in this count: ${e.type}`);
    }
  };
  alts(ast.alternatives, 0, () => undefined, false);
  return count;
}

/** Every string over `alphabet` of length up to `n`. */
function* strings(alphabet: string, n: number): Generator<string> {
  yield '';
  if (n === 0) return;
  for (const s of strings(alphabet, n - 1)) if (s.length === n - 1) for (const c of alphabet) yield s + c;
  for (const s of strings(alphabet, n - 1)) if (s.length < n - 1) yield s;
}

describe('proof 3: a bound on the work at one position for expressions with only bounded quantifiers', () => {
  it('bounds the attempts of a matcher that tries every path, on every short input', () => {
    const cases: [string, string][] = [
      ['a{0,3}a{0,3}', ''],
      ['(?:a|ab|b){1,3}c?', ''],
      ['(?:a|a){4}$', ''],
      ['[ab]{0,2}(?=a{1,2}b)b?', ''],
      ['(?<=a{0,2})b{0,2}\\b', ''],
      ['(?:^|[.!]\\s{0,3})(?:(?:hi|h)[ ,]{1,3}(?:a|ab)?\\s{0,2})?(?:\\w{1,3} and )?$', 'i'],
      ['x(?!a{0,2}b)[^x]{0,3}?(?:a|b|ab){0,2}', ''],
    ];
    for (const [source, flags] of cases) {
      const bound = boundedWork(source, flags);
      expect(bound).toBeDefined();
      let most = 0;
      const alphabet = source.includes('hi') ? 'hiA .,' : 'abx c';
      for (const s of strings(alphabet, 6)) most = Math.max(most, attempts(source, flags, s));
      expect({ source, sound: most <= (bound as number), most }).toEqual({ source, sound: true, most });
      // And not wildly loose on these (the proof counts every node, not only character attempts).
      expect({ source, bound, tight: (bound as number) <= 6 * most + 20 }).toEqual({ source, bound, tight: true });
    }
  });

  it('finds the repetitions that multiply, at any bound', () => {
    // 2^n ways to read "a"×n: over the limit from n = 16 (2^17 steps), under it at n = 10.
    expect(boundedProof('(a|a){32}', '').kind).toBe('over');
    expect(boundedProof('(?:a|a){16}', '').kind).toBe('over');
    expect(boundedWork('(?:a|a){10}', '')).toBeGreaterThanOrEqual(2 ** 10);
    // Four gaps over the same letters before a test that fails: 31^4 ways at each position.
    expect(boundedProof('a{0,30}a{0,30}a{0,30}a{0,30}(?:[^a]|$)', '').kind).toBe('over');
    expect(boundedProof('(?:\\w{1,30}\\s{0,5}){1,5}$', 'i').kind).toBe('over');
    // Case-insensitivity is V8's own: "A" and "a" are one letter under i, two without.
    expect(boundedWork('(?:a|A){12}', 'i')).toBeGreaterThan(MAX_WORK / 100);
    expect(boundedWork('(?:a|A){12}', '')).toBeLessThan(100);
  });

  it('settles bounded gaps that cannot read the same text twice, whatever their sum', () => {
    // council.ts VOCATIVE_BEFORE: 150 counted repetitions, which recheck fuzzed for two minutes.
    const vocative = distinctExpressions().find((e) => e.places.some((p) => p.startsWith('src/policy/models/council.ts:')) && /^\(\?:\^\|\[\\n\.!\?\]\\s\{0,30\}\)/.test(e.source));
    expect(vocative && boundedProof(vocative.source, vocative.flags).kind).toBe('proven');
    expect(boundedWork('[a-z]{1,40}@[a-z]{1,40}\\.[a-z]{2,6}', 'i')).toBeLessThan(1000);
  });

  it('does not apply to unbounded quantifiers, backreferences or the u flag', () => {
    expect(onlyBounded('a{0,3}b?', '')).toBe(true);
    for (const s of ['a*', 'a+', 'a{2,}', '(a)\\1']) {
      expect(onlyBounded(s, '')).toBe(false);
      expect(boundedProof(s, '').kind).toBe('not applicable');
    }
    expect(boundedProof('a{0,3}', 'u').kind).toBe('not applicable');
  });

  const planted = (source: string, flags = ''): Expression => ({ source, flags, places: ['planted'], runFlags: [`${flags}g`] });

  it('rejects a bounded expression recheck calls safe without looking (counted repetitions under 30)', async () => {
    // recheck's "constant pattern": no unbounded quantifier and a repeat count under 30 is safe to it.
    const failed = await checkExpression(planted('^(?:a|a){20}$'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/has only bounded quantifiers, but they can make the matcher take more than 100,000 steps at one position.*found at planted/);
    expect(await checkExpression(planted('(?:hi|hello)[ ,]{1,20}\\w{1,8}'))).toEqual([]);
  }, 120_000);
});

describe('proof 4: one unbounded loop over a run that no start position can enter', () => {
  const work = (source: string, flags = ''): number | undefined => {
    const p = runProof(source, flags);
    return p.kind === 'proven' ? p.work : undefined;
  };

  it('bounds the attempts of a matcher that tries every path, summed over every start position, on every short input', () => {
    const cases: [string, string, string, number][] = [
      ['£\\s?\\d[\\d,.]*k?[^.]{0,2}?(?:1|,1)', '', '£1,k', 7],
      ['x[ab]*c', '', 'xabc', 7],
      ['x[ab]*?(?:a|ab)b?', '', 'xab', 8],
      ['(?:xa|x)[^x]*a{0,2}', '', 'xa b', 7],
      ['#[a-z]*!', 'i', '#aA!', 7],
      ['"[^"]*"', '', '"a', 10],
      ['<[^<>]+>', '', '<a>', 8],
      ['(?<=a)x[ab]*(?=b)b?', '', 'axb', 8],
    ];
    for (const [source, flags, alphabet, length] of cases) {
      const bound = work(source, flags);
      expect({ source, bound: typeof bound }).toEqual({ source, bound: 'number' });
      let worst = 0;
      for (const s of strings(alphabet, length)) {
        let total = 0;
        for (let p = 0; p <= s.length; p++) total += attempts(source, flags, s.slice(p));
        worst = Math.max(worst, total / Math.max(1, s.length));
      }
      // Per character of the input, the sum over start positions stays within the constant proved.
      expect({ source, sound: worst <= (bound as number), worst }).toEqual({ source, sound: true, worst });
    }
  });

  it('does not settle a loop whose run a start position can enter, or anything else', () => {
    // Quadratic: every digit of a long run starts a new run of digits (and, below, of letters).
    expect(runProof('\\d[\\d]*x', '').kind).toBe('not applicable');
    expect(runProof('a[ab]*c', '').kind).toBe('not applicable');
    expect(runProof('(?:b|a)\\w*!', 'i').kind).toBe('not applicable');
    // "<" starts a run of [^>] ("<<<<…": quadratic); written [^<>] it cannot.
    expect(runProof('<[^>]+>', '').kind).toBe('not applicable');
    expect(work('<[^<>]+>', '')).toBeDefined();
    // Case-insensitive, "A" starts a run of [a-z]: as V8 reads it with i.
    expect(runProof('A[a-z]*!', 'i').kind).toBe('not applicable');
    expect(work('A[a-z]*!', '')).toBeDefined();
    // Nothing before the loop (or only what can match nothing): every position starts one.
    expect(runProof('[ab]*c', '').kind).toBe('not applicable');
    expect(runProof('x?[ab]*c', '').kind).toBe('not applicable');
    // Two loops, a loop of more than one character, a loop inside an alternation or a group that repeats.
    expect(runProof('x[ab]*[ab]*c', '').kind).toBe('not applicable');
    expect(runProof('x(?:ab)*c', '').kind).toBe('not applicable');
    expect(runProof('x(?:a|b*)c', '').kind).toBe('not applicable');
    expect(runProof('x(?:a[bc]*){2}d', '').kind).toBe('not applicable');
    expect(runProof('(a+)+$', '').kind).toBe('not applicable');
    // A bounded part that multiplies is over the limit, as in proof 3.
    expect(runProof('x[ab]*(?:c|c){20}', '').kind).toBe('over');
  });

  it('settles a long expression through its parts only when every part is settled', () => {
    // The shape of instruction detector 9: "£" and a run of digits in one alternative of three.
    const quote = '(?:your (?:quote|price)|the (?:quote|price)|£\\s?\\d[\\d,.]*k?)[^.?!\\n]{0,80}?\\b(?:is|are) (?:fine|ok|agreed)\\b|\\bwe(?: will)? (?:accept|take) (?:your|the) (?:quote|price)\\b';
    expect(settledByParts(quote, 'i')).toBe(true);
    // One part recheck must decide (a digit can start inside the run), one catastrophic: not settled.
    expect(settledByParts(quote.replace('£\\s?\\d', '\\d'), 'i')).toBe(false);
    expect(settledByParts(`${quote}|(a+)+$`, 'i')).toBe(false);
  });

  const planted = (source: string, flags = ''): Expression => ({ source, flags, places: ['planted'], runFlags: [`${flags}g`] });

  it('leaves to recheck, and fails, an expression whose parts are not all settled', async () => {
    const quote = '(?:your (?:quote|price)|£\\s?\\d[\\d,.]*k?)[^.?!\\n]{0,80}?\\b(?:is|are) (?:fine|ok)\\b';
    expect(await checkExpression(planted(quote, 'i'))).toEqual([]);
    // A quadratic part beside a part the proofs settle (through its own parts).
    const failed = await checkExpression(planted(`${quote}|\\d[\\d,]*x`, 'i'));
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.join('\n')).toMatch(/polynomial|exponential|could not decide/);
  }, 300_000);
});
