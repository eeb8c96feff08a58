// The trained politeness model (src/policy/models/politeness.ts) as a tone/impolite detector for
// whole sentences the phrase lexicon does not know. It was trained on requests, so it judges only
// questions put to the reader ("… you …?"), and reports only when the score is very low and a
// politeness strategy (not just a word) drove it. Each report names the phrases that drove the score.
import { sigmoid } from '../../models/logistic';
import { politenessLogOdds, scorePoliteness, type Driver } from '../../models/politeness';
import { KINDER_REWRITES } from '../../data/kinder-rewrites';
import type { RuleReport } from '../../rule';
import type { Sentence } from '../../text/sentences';

/** Below this probability of "polite" a request reads as curt. */
export const IMPOLITE_PROBABILITY = 0.02;
const STRATEGY_DRIVER = /^s:(negative|why|ought|direct_question|direct_start|imperative_start|factuality|several_questions)$/;
const SECOND_PERSON = /\byou(?:r|rs|rself)?\b/i;

const CLOSERS = ' \t\r\n"\'”’)';

/**
 * A question put to the reader: it ends with "?" (ignoring closing quotes and brackets) and has "you"
 * in it. The model was trained on requests; a statement ("that's why you are missing volume") or a
 * question about things ("Why are these volumes flowing?") is not one, and on ordinary business mail
 * those were most of its findings (issue #16). Curt statements are the phrase lexicon's.
 */
function addressesReader(text: string): boolean {
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1])) end--;
  return end > 0 && text[end - 1] === '?' && SECOND_PERSON.test(text);
}

function kinder(phrase: string): string | undefined {
  const key = phrase.toLowerCase().replace(/’/g, "'");
  return Object.prototype.hasOwnProperty.call(KINDER_REWRITES, key) ? KINDER_REWRITES[key] : undefined;
}

export function impoliteSentences(text: string, sentences: readonly Sentence[], alreadyFlagged: (start: number, end: number) => boolean): RuleReport[] {
  const out: RuleReport[] = [];
  for (const s of sentences) {
    if (!addressesReader(s.text) || alreadyFlagged(s.start, s.end)) continue;
    // Screen with the bare score first: the cues and drivers are built only for the few low scorers.
    if (sigmoid(politenessLogOdds(s.text)) >= IMPOLITE_PROBABILITY) continue;
    const r = scorePoliteness(s.text);
    if (r.probability >= IMPOLITE_PROBABILITY) continue;
    const negative = r.drivers.filter((d: Driver) => d.weight < 0);
    if (!negative.some((d) => d.weight < -0.4 && STRATEGY_DRIVER.test(d.feature))) continue;
    const top = negative.slice(0, 3);
    const phrases = top.map((d) => `"${d.phrase}"`).join(', ');
    const suggestions = top.map((d) => kinder(d.phrase)).filter((x): x is string => x !== undefined);
    const strongest = top[0];
    out.push({
      messageId: 'model',
      data: { phrase: s.text.length > 80 ? s.text.slice(0, 77) + '...' : s.text, drivers: phrases },
      span: { field: 'body', start: s.start + strongest.start, end: s.start + strongest.end },
      actual: strongest.phrase,
      suggestions: suggestions.length ? suggestions : undefined,
    });
  }
  return out;
}
