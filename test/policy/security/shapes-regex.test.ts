// Issue #18 finding 7: the spaced-letters pattern of solicitation/shapes (line 41) was reported by
// recheck as polynomial (degree 2) on one run and passed on others, because recheck's fuzz checker
// is random. It is now written without a look-ahead inside the loop, so recheck's automaton checker
// (a proof, not a fuzz) applies; the run is seeded so the verdict cannot change between runs.
import { check } from 'recheck';
import { SPACED, spacedRuns } from '../../../src/policy/rules/solicitation/shapes';

/** The pattern as it was, kept here as the reference for what a run is. */
const OLD = /\b[a-z@](?:(?: ?[*_\-.'@;|^] ?| )[a-z@!|](?![a-z])){4,}/gi;
const oldRuns = (t: string) => [...t.matchAll(OLD)].map((m) => m[0]);

test('recheck (seeded) proves the spaced-letters pattern linear with its automaton checker', async () => {
  // No time limit: the automaton checker's work on a pattern this small is bounded by its own size
  // limits, and a limit in seconds made a busy machine answer "unknown" (issue #20).
  const r = await check(SPACED.source, SPACED.flags.replace(/[gyd]/g, ''), { timeout: null, randomSeed: 42 });
  expect(r.status).toBe('safe');
  expect(r.checker).toBe('automaton');
  expect(r.status === 'safe' && r.complexity?.type).toBe('linear');
}, 60000);

test.each([
  'buy v * i * a * g * r * a now',
  's p e c i a l offer',
  'v_i_a_g_r_a',
  'c i a l i s2 and more',
  'vl @ gra and c | a l | s',
  'a b c d e@x y',
  'a b c d eF',
  'x y z',
  'I a m here: t h e e n d',
  '@ a @ b @ c @ d @ e',
])('finds the same runs as before: %s', (text) => {
  expect(spacedRuns(text)).toEqual(oldRuns(text));
});

test('finds the same runs as before on seeded random text', () => {
  let x = 12345;
  const rnd = (n: number) => ((x = (x * 1103515245 + 12345) >>> 0) >>> 8) % n;
  const alphabet = 'abcdeXY@!|*_-.\';^ 1\n';
  for (let k = 0; k < 3000; k++) {
    let t = '';
    const len = 1 + rnd(40);
    for (let i = 0; i < len; i++) t += alphabet[rnd(alphabet.length)];
    expect([t, spacedRuns(t)]).toEqual([t, oldRuns(t)]);
  }
});
