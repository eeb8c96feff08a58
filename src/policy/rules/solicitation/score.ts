// Strong cues report alone; weak cues need two different ones. Shared by both solicitation rules.
import { compilePhrases, scanPhrases, type PhraseHit, type PhraseSet } from '../../text/patterns';

export interface CueSets {
  strong: PhraseSet;
  weak: PhraseSet;
}

export function cueSets(strong: readonly string[], weak: readonly string[]): CueSets {
  return { strong: compilePhrases(strong), weak: compilePhrases(weak) };
}

/** The hit to report, or undefined when the text is not a solicitation. */
export function solicitationHit(sets: CueSets, text: string): PhraseHit | undefined {
  const strong = scanPhrases(sets.strong, text);
  if (strong.length) return strong[0];
  const weak = scanPhrases(sets.weak, text);
  const distinct = new Set(weak.map((h) => h.index));
  return distinct.size >= 2 ? weak[0] : undefined;
}
