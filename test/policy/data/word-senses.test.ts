// The innocent-sense cues of a listed word (INNOCENT_CONTEXT and DOMAIN_SENSES, merged by the lexicon)
// count where a word of the sentence starts with one. So a cue that another cue for the same word
// already starts ("garden" before "gardening", "nest" inside "nest box") changes nothing and only adds
// bytes to the send bundle: none is kept.
import { INNOCENT_CONTEXT } from '../../../src/policy/data/profanity';
import { DOMAIN_SENSES } from '../../../src/policy/data/word-senses';

/** Does a sentence holding `longer` at a word start always hold `cue` at a word start too? */
function covers(cue: string, longer: string): boolean {
  if (cue === longer) return false;
  for (let i = longer.indexOf(cue); i >= 0; i = longer.indexOf(cue, i + 1)) if (i === 0 || !/[a-z]/.test(longer[i - 1])) return true;
  return false;
}

test('no innocent-sense cue is covered by another cue for the same word', () => {
  const words = new Set([...Object.keys(INNOCENT_CONTEXT), ...Object.keys(DOMAIN_SENSES)]);
  const covered: string[] = [];
  for (const word of words) {
    const cues = [...(INNOCENT_CONTEXT[word] ?? []), ...(DOMAIN_SENSES[word] ?? [])];
    cues.forEach((cue, i) => {
      if (cues.indexOf(cue) !== i) covered.push(`${word}: "${cue}" twice`);
      const by = cues.find((other) => covers(other, cue));
      if (by) covered.push(`${word}: "${cue}" (covered by "${by}")`);
    });
  }
  expect(covered).toEqual([]);
});

test('the covering check reads word starts only', () => {
  expect(covers('garden', 'gardening')).toBe(true);
  expect(covers('nest', 'nest box')).toBe(true);
  expect(covers('art', 'party')).toBe(false);
  expect(covers('sea ', 'seawall')).toBe(false);
});
