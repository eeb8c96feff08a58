// Whose data a special-category phrase gives: the sender's own ("I have been diagnosed with …" is
// theirs to share), no one in particular ("a postal worker was diagnosed with anthrax"), a published
// news item (a forwarded article), or a named or identifiable third party (the only case that blocks).
// Also the everyday senses of words that can be special-category data: "faith in the economy", "his
// race for the Senate", "charged with leading the project".
import { EVERYDAY_SENSE_AFTER, INDEFINITE_BEFORE, NEWS_CUES } from '../data/judgement';
import { sentenceStart } from './window';

export type Whose = 'third-party' | 'own' | 'no-one' | 'news' | 'everyday';

/** "I have been recently", "I was", "we've just been": the sender is the subject. */
const OWN_SUBJECT = /(?:^|[^a-z'’])(?:i|we)(?:'ve|’ve|'m|’m| have| had| am| are| was| were)?(?:\s+(?:been|just|recently|also|only|now|finally|myself|ourselves|both|all))*\s*$/i;
/** Phrases that start with their verb ("was diagnosed with"): their subject is in the words before. */
const VERB_FIRST = /^(?:was|were|has|have|had|is|are|got|recently|newly|on|attempted|sectioned|served)\b/i;
const INDEFINITE = new RegExp(INDEFINITE_BEFORE, 'i');
/** A pronoun or title after the indefinite words: "a letter says she …" is about someone. */
const NAMED_TAIL = /\b(?:he|she|his|her|him|they|their|mr|mrs|ms|miss|dr|cllr)\b/i;
const NEWS = new RegExp(NEWS_CUES, 'gi');
const EVERYDAY: [string, RegExp][] = Object.entries(EVERYDAY_SENSE_AFTER).map(([w, src]) => [w, new RegExp(src, 'i')]);
/** How far a news cue reaches: a forwarded article runs to a few thousand characters. */
const NEWS_REACH = 3000;

/** Offsets of news cues in a text, found once per text (a linear scan) and then looked up. */
export class NewsCues {
  private positions?: number[];
  constructor(private readonly text: string) {}

  near(i: number): boolean {
    if (!this.positions) {
      this.positions = [];
      NEWS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = NEWS.exec(this.text)) !== null) this.positions.push(m.index);
    }
    const p = this.positions;
    let lo = 0;
    let hi = p.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid] < i - NEWS_REACH) lo = mid + 1;
      else hi = mid;
    }
    return lo < p.length && p[lo] <= i + NEWS_REACH;
  }
}

/**
 * Whose data is the special-category phrase at [start, end)? `subjectStart` is where its subject
 * begins when the pattern captured one ("Mrs Smith has dementia"), else `start`.
 */
export function whoseData(text: string, start: number, end: number, news: NewsCues): Whose {
  const phrase = text.slice(start, end).toLowerCase();
  const after = text.slice(end, Math.min(text.length, end + 60));
  for (const [word, re] of EVERYDAY) {
    if ((phrase.endsWith(word) || phrase.endsWith(word + ' with')) && re.test(after)) return 'everyday';
  }
  if (VERB_FIRST.test(phrase)) {
    const before = text.slice(sentenceStart(text, start, 120), start);
    if (OWN_SUBJECT.test(before)) return 'own';
    if (INDEFINITE.test(before) && !NAMED_TAIL.test(before.slice(-40))) return 'no-one';
  }
  if (news.near(start)) return 'news';
  return 'third-party';
}

export const WHOSE_REGEXES: RegExp[] = [OWN_SUBJECT, VERB_FIRST, INDEFINITE, NAMED_TAIL, NEWS, ...EVERYDAY.map(([, re]) => re)];
