// The words the normaliser may restore from letter spacing ("p a s s w o r d") and leetspeak
// ("p455w0rd"). Only words the rules or models already know: the vocabulary of the shipped politeness
// model, the instruction, secret and threat cues, the swear-word lexicon, the intent model's words
// (src/policy/data/disguise-common-words.ts, generated: the weights themselves are not in the
// send-time bundle) and a short list of everyday council words (src/policy/data/disguise-words.ts).
// A disguise is undone only when it yields one of these, so ordinary text ("I a m", "10am", "A55")
// is left as typed. Built on first use: most emails never need it.
import POLITENESS from '../data/politeness-weights.json';
import { COMMITMENT_CUES, DIRECTIVE_CUES, IMPERATIVE_VERBS, POLITE_OPENERS, QUESTION_ACTION_VERBS } from '../data/instruction-cues';
import { EXTRA_WORDS, INSULT_NOUNS, OBSCENITY_TIERS } from '../data/profanity';
import { SECRET_LABELS } from '../data/secret-patterns';
import { SLURS } from '../data/slurs';
import { THREAT_PATTERNS } from '../data/threats';
import { DISGUISE_EXTRA_WORDS, DISGUISE_FUNCTION_WORDS } from '../data/disguise-words';
import { DISGUISE_COMMON_WORDS } from '../data/disguise-common-words';

export interface Vocabulary {
  /** Words that spacing may restore (everything above). */
  words: Set<string>;
  /** Swear words and slurs: the tone lexicon undoes their leetspeak itself, with its own safeguards. */
  offensive: Set<string>;
}

let built: Vocabulary | undefined;

/** Lower-case words of two letters or more in cue text, which is regular-expression source. */
function wordsOf(sources: readonly string[], into: Set<string>): void {
  for (const src of sources) {
    // "\\b", "\\s", "\\w" are escapes, not words.
    const plain = src.replace(/\\[a-z]/gi, ' ').toLowerCase();
    const found = plain.match(/[a-z]{2,}/g);
    if (found) for (const w of found) into.add(w);
  }
}

function modelWords(weights: Record<string, number>, into: Set<string>): void {
  for (const k of Object.keys(weights)) if (k.startsWith('w:') && /^[a-z]{2,}$/.test(k.slice(2))) into.add(k.slice(2));
}

export function vocabulary(): Vocabulary {
  if (built) return built;
  built = vocabularyBesidesCommonWords();
  wordsOf([DISGUISE_COMMON_WORDS], built.words);
  return built;
}

/**
 * The vocabulary from every source but the intent model's everyday words (DISGUISE_COMMON_WORDS):
 * scripts/gen-disguise-words.js leaves out of that list the words these already give.
 */
export function vocabularyBesidesCommonWords(): Vocabulary {
  const words = new Set<string>(['a', 'i']);
  const offensive = new Set<string>();
  modelWords(POLITENESS.weights as Record<string, number>, words);
  wordsOf([...COMMITMENT_CUES, ...DIRECTIVE_CUES, ...IMPERATIVE_VERBS, ...POLITE_OPENERS, ...QUESTION_ACTION_VERBS], words);
  wordsOf(Object.values(SECRET_LABELS).flat(), words);
  wordsOf(THREAT_PATTERNS, words);
  wordsOf(DISGUISE_FUNCTION_WORDS, words);
  wordsOf(DISGUISE_EXTRA_WORDS, words);
  wordsOf(
    [
      ...Object.keys(OBSCENITY_TIERS).filter((w) => OBSCENITY_TIERS[w] !== 'ignore'),
      ...EXTRA_WORDS.map((e) => e.word),
      ...SLURS.map((e) => e.word),
      ...INSULT_NOUNS.filter((e) => !e.everyday).map((e) => e.word.replace(/s\?$/, '')),
    ],
    offensive,
  );
  for (const w of offensive) words.add(w);
  return { words, offensive };
}

const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'er', 'ers', 'ly'];

/** Is `w` (lower case) a vocabulary word, or one with a common ending ("knows", "sending")? */
export function knownWord(v: Vocabulary, w: string): boolean {
  if (v.words.has(w)) return true;
  for (const s of SUFFIXES) {
    if (w.length > s.length + 2 && w.endsWith(s)) {
      const stem = w.slice(0, w.length - s.length);
      if (v.words.has(stem) || (s === 'ing' && v.words.has(stem + 'e'))) return true;
    }
  }
  return false;
}

/** Is `w` (lower case) a swear word or slur, or one with a common ending? */
export function offensiveWord(v: Vocabulary, w: string): boolean {
  if (v.offensive.has(w)) return true;
  for (const s of SUFFIXES) if (w.length > s.length + 2 && w.endsWith(s) && v.offensive.has(w.slice(0, w.length - s.length))) return true;
  return false;
}
