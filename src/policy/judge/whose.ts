// Whose data a special-category phrase gives: the sender's own ("I have been diagnosed with …" is
// theirs to share), no one in particular ("a postal worker was diagnosed with anthrax"), a published
// news item (a forwarded article), or a named or identifiable third party (the only case that blocks).
// Also the everyday senses of words that can be special-category data: "faith in the economy", "his
// race for the Senate", "charged with leading the project".
import { EVERYDAY_SENSE_AFTER, GENERIC_PEOPLE, INDEFINITE_DETERMINERS, INSTITUTION_SENSE, NEWS_CUES } from '../data/judgement';
import { sentenceStart, wordsBefore } from './window';

export type Whose = 'third-party' | 'own' | 'own-family' | 'no-one' | 'news' | 'everyday';

/** "I have been recently", "I was", "we've just been": the sender is the subject. */
const OWN_SUBJECT = /(?:^|[^a-z'’])(?:i|we)(?:'ve|’ve|'m|’m| have| had| am| are| was| were)?(?:\s+(?:been|just|recently|also|only|now|finally|myself|ourselves|both|all))*\s*$/i;
/** Is the sender the subject of what follows offset `i` ("I have been …", "I'm being …", "we were …")? */
export function senderIsSubject(text: string, i: number): boolean {
  return OWN_SUBJECT.test(text.slice(sentenceStart(text, i, 120), i));
}

/**
 * The sender's own household ("my husband has had a stroke", "my mother, who has dementia"): their
 * own news to share in their own words. Not in a quoted message, where "my" is the quoted writer's.
 */
const OWN_FAMILY = new Set(['husband', 'wife', 'partner', 'mother', 'mum', 'mom', 'father', 'dad', 'son', 'daughter', 'brother', 'sister', 'child', 'children', 'kids', 'grandmother', 'grandfather', 'nan', 'gran', 'grandad', 'granddaughter', 'grandson', 'baby', 'family', 'parents', 'aunt', 'uncle', 'mother-in-law', 'father-in-law']);

/** Do the last words before `i` name the sender's own household ("my husband", "my mother, who")? */
function ownFamilyBefore(text: string, i: number): boolean {
  const words = wordsBefore(text, i, 5).filter((w) => w !== ',' && w !== 'who');
  for (let k = words.length - 1; k >= Math.max(1, words.length - 3); k--) {
    if (words[k - 1] === 'my' && OWN_FAMILY.has(words[k].replace(/['’]s$/, ''))) return true;
  }
  return false;
}
/** Phrases that start with their verb ("was diagnosed with"): their subject is in the words before. */
const VERB_FIRST = /^(?:was|were|has|have|had|is|are|got|did|done|been|recently|newly|on|attempted|sectioned|served)\b/i;
const INDEFINITE = new Set(INDEFINITE_DETERMINERS);
const GENERIC = new Set(GENERIC_PEOPLE);
/** A pronoun or title after the indefinite words: "a letter says she …" is about someone. */
const NAMED = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their', 'mr', 'mrs', 'ms', 'miss', 'dr', 'cllr']);

/**
 * Is the subject just before `i` no one in particular ("a postal worker in New Jersey", "several
 * residents", "someone")? Reads the words since the last punctuation mark, at most six.
 */
function indefiniteSubject(text: string, i: number): boolean {
  const words = wordsBefore(text, i, 7);
  let from = 0;
  for (let k = words.length - 1; k >= 0; k--) {
    if (!/[a-z0-9]/.test(words[k])) {
      from = k + 1;
      break;
    }
  }
  const tail = words.slice(from).filter((w) => w !== 'who');
  if (!tail.length || tail.some((w) => NAMED.has(w))) return false;
  if (GENERIC.has(tail[tail.length - 1])) return true;
  // The last determiner opens the subject ("the radio said a man", "a postal worker in New Jersey").
  let at = -1;
  tail.forEach((w, k) => {
    if (INDEFINITE.has(w) || /^[0-9,]+$/.test(w)) at = k;
  });
  return at >= 0 && tail.length - at - 1 <= 5;
}
const NEWS = new RegExp(NEWS_CUES, 'gi');
const EVERYDAY: [string, RegExp][] = Object.entries(EVERYDAY_SENSE_AFTER).map(([w, src]) => [w, new RegExp(src, 'i')]);
const INSTITUTION: [string, RegExp | undefined, RegExp | undefined][] = Object.entries(INSTITUTION_SENSE).map(([w, s]) => [
  w,
  s.before ? new RegExp(s.before, 'i') : undefined,
  s.after ? new RegExp(s.after, 'i') : undefined,
]);
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
  // "the surgery", "for the hospice", "the Catholic church": a place or a body.
  for (const [word, before, afterRe] of INSTITUTION) {
    if (phrase !== word) continue;
    if ((before && before.test((start <= 24 ? '\n' : '') + text.slice(Math.max(0, start - 24), start).toLowerCase())) || (afterRe && afterRe.test(after))) return 'everyday';
  }
  // The subject's own words end where its verb starts ("my husband has had a stroke").
  const verb = phrase.search(/\s(?:has|had|is|was|who)\b/);
  if (ownFamilyBefore(text, verb > 0 ? start + verb : start) || ownFamilyBefore(text, start)) return 'own-family';
  if (VERB_FIRST.test(phrase)) {
    if (senderIsSubject(text, start)) return 'own';
    if (indefiniteSubject(text, start)) return 'no-one';
  }
  if (news.near(start)) return 'news';
  return 'third-party';
}

export const WHOSE_REGEXES: RegExp[] = [OWN_SUBJECT, VERB_FIRST, NEWS, ...EVERYDAY.map(([, re]) => re), ...INSTITUTION.flatMap(([, b, a]) => [b, a].filter((r): r is RegExp => !!r))];
