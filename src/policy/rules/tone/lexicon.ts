// The swear-word lexicon shared by tone/abusive, tone/impolite and tone/discriminatory: the maintained
// `obscenity` matcher (which undoes leetspeak, look-alike letters and stretched spellings such as
// "fuuuck" or "sh1t") built once at module load, then each hit sorted into a tier from
// src/policy/data/profanity.ts and checked against UK place names and innocent contexts.
import { DataSet, englishDataset, englishRecommendedTransformers, parseRawPattern, RegExpMatcher } from 'obscenity';
import type { RuleContext } from '../../context';
import { DIRECTED_BEFORE, EXTRA_WORDS, INNOCENT_CONTEXT, INNOCENT_WORDS, OBSCENITY_TIERS, STRONG_VARIANTS, type ProfanityTier } from '../../data/profanity';
import { AMBIGUOUS_OBSCENITY_SLURS, SLURS, SLUR_INNOCENT_WORDS } from '../../data/slurs';

interface WordMeta {
  originalWord: string;
  tier?: ProfanityTier;
  ambiguous?: boolean;
}

export interface LexiconHit {
  field: 'subject' | 'body';
  /** The dataset word, e.g. "fuck" for "f*cking". */
  word: string;
  tier: ProfanityTier;
  /** Offsets of the whole word around the match (end exclusive). */
  start: number;
  end: number;
  /** The whole word as written. */
  text: string;
  /** Aimed at someone ("you prick", "the clerk is a dick"). */
  directed: boolean;
  /** A slur that is also an ordinary word (fag, dyke, chink): reported only when directed. */
  ambiguous: boolean;
}

function buildDataset(): DataSet<WordMeta> {
  const ds = new DataSet<WordMeta>().addAll(englishDataset as DataSet<WordMeta>);
  const extras = [...EXTRA_WORDS, ...SLURS.map((s) => ({ ...s, tier: 'slur' as const }))];
  for (const extra of extras) {
    ds.addPhrase((p) => {
      let b = p.setMetadata({ originalWord: extra.word, tier: extra.tier, ambiguous: 'ambiguous' in extra && extra.ambiguous === true });
      for (const src of extra.patterns) b = b.addPattern(parseRawPattern(src));
      return b;
    });
  }
  return ds;
}

const DATASET = buildDataset();
const MATCHER = new RegExpMatcher({ ...DATASET.build(), ...englishRecommendedTransformers });
const INNOCENT = new Set([...INNOCENT_WORDS, ...SLUR_INNOCENT_WORDS]);
const AMBIGUOUS = new Set(AMBIGUOUS_OBSCENITY_SLURS);
const DIRECTED = new RegExp(DIRECTED_BEFORE, 'i');
const WORD_CHAR = /[A-Za-z0-9*@$']/;
const STRONG_SHAPES = STRONG_VARIANTS.map((v) => new RegExp(v));
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

/** Letters only, leetspeak undone, doubled letters collapsed: "Fuuuck" → "fuck", "sh1t" → "shit". */
function normalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/[013457@$!]/g, (c) => LEET[c])
    .replace(/[^a-z]/g, '')
    .replace(/([a-z])\1+/g, '$1');
}

/** Is a strong-tier hit really the word, not a loose pattern catching an abbreviation or a name? */
function reallyStrong(whole: string, word: string): boolean {
  if (whole.indexOf('*') >= 0) return true;
  const n = normalise(whole);
  return n.indexOf(normalise(word)) >= 0 || STRONG_SHAPES.some((re) => re.test(n));
}

export function tierOf(meta: WordMeta): ProfanityTier {
  return meta.tier ?? OBSCENITY_TIERS[meta.originalWord] ?? 'ignore';
}

/** Start of the clause holding `i`: after the last sentence end or line break within 80 characters. */
function clauseStart(text: string, i: number): number {
  const from = Math.max(0, i - 80);
  let s = from;
  for (let k = i - 1; k >= from; k--) {
    const c = text[k];
    if (c === '.' || c === '!' || c === '?' || c === '\n' || c === ';') {
      s = k + 1;
      break;
    }
  }
  return s;
}

function clauseEnd(text: string, i: number): number {
  const to = Math.min(text.length, i + 80);
  for (let k = i; k < to; k++) {
    const c = text[k];
    if (c === '.' || c === '!' || c === '?' || c === '\n') return k;
  }
  return to;
}

/** Is the word at [start, end) aimed at a person? Reads only the clause before it. */
export function isDirected(text: string, start: number): boolean {
  return DIRECTED.test(text.slice(clauseStart(text, start), start));
}

function innocentInContext(word: string, text: string, start: number, end: number): boolean {
  const cues = INNOCENT_CONTEXT[word];
  if (!cues) return false;
  const clause = text.slice(clauseStart(text, start), clauseEnd(text, end)).toLowerCase();
  return cues.some((c) => clause.includes(c));
}

// The obscenity matcher costs a few microseconds a character, too slow for a 1 MB body. So a cheap
// pre-pass picks the words that could match (after the same normalisation: leetspeak, doubled letters)
// plus the word after each (for two-word entries such as "jerk off"); only those windows, joined,
// go to the matcher, and its offsets are mapped back.
const STEMS = Array.from(
  new Set(
    [
      ...Object.keys(OBSCENITY_TIERS).filter((w) => OBSCENITY_TIERS[w] !== 'ignore'),
      ...EXTRA_WORDS.map((e) => e.word),
      ...SLURS.map((e) => e.word),
      'fuk', 'fcuk', 'efing', 'fking', 'niga',
    ].map((w) => normalise(w.split(' ')[0])),
  ),
);
const STEM_RE = new RegExp(STEMS.join('|'));

/** The expressions built from data, for the ReDoS test. */
export const BUILT_REGEXES: RegExp[] = [DIRECTED, STEM_RE];
const TOKEN = /\S+/g;

// Mail repeats its words, so the answer per distinct token is remembered (bounded, cleared when full).
const CANDIDATE_MEMO = new Map<string, boolean>();

function isCandidate(token: string): boolean {
  const known = CANDIDATE_MEMO.get(token);
  if (known !== undefined) return known;
  const lower = token.toLowerCase();
  const result = (/[^a-z]/.test(lower) && /[a-z][*]|[*][a-z]|[013457@$!][a-z]|[a-z][013457@$!]/.test(lower)) || STEM_RE.test(normalise(lower));
  if (CANDIDATE_MEMO.size > 50000) CANDIDATE_MEMO.clear();
  CANDIDATE_MEMO.set(token, result);
  return result;
}

interface Segment {
  /** Offset in the joined string. */
  at: number;
  /** Offset in the original text. */
  from: number;
  length: number;
}

function candidateWindows(text: string): { joined: string; segments: Segment[] } {
  const segments: Segment[] = [];
  let joined = '';
  let pendingFrom = -1;
  let pendingTo = -1;
  let extendNext = false;
  const close = () => {
    if (pendingFrom < 0) return;
    segments.push({ at: joined.length, from: pendingFrom, length: pendingTo - pendingFrom });
    joined += text.slice(pendingFrom, pendingTo) + '\n\n';
    pendingFrom = -1;
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const candidate = isCandidate(m[0]);
    if (candidate || extendNext) {
      if (pendingFrom >= 0 && start - pendingTo <= 3) pendingTo = end;
      else {
        close();
        pendingFrom = start;
        pendingTo = end;
      }
    }
    extendNext = candidate;
  }
  close();
  return { joined, segments };
}

function toOriginal(segments: Segment[], at: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].at <= at) lo = mid;
    else hi = mid - 1;
  }
  const seg = segments[lo];
  return seg.from + Math.min(at - seg.at, seg.length);
}

/** Scan one text; `text` may be the own text with quoted parts blanked (offsets are kept). */
export function scanLexicon(text: string, field: 'subject' | 'body'): LexiconHit[] {
  const out: LexiconHit[] = [];
  let lastEnd = -1;
  const { joined, segments } = candidateWindows(text);
  if (!segments.length) return out;
  for (const hit of MATCHER.getAllMatches(joined, true)) {
    const m = { startIndex: toOriginal(segments, hit.startIndex), endIndex: toOriginal(segments, hit.endIndex), termId: hit.termId, matchLength: hit.matchLength };
    const { phraseMetadata } = DATASET.getPayloadWithPhraseMetadata(hit);
    if (!phraseMetadata) continue;
    const tier = tierOf(phraseMetadata);
    if (tier === 'ignore') continue;
    let start = m.startIndex;
    let end = m.endIndex + 1;
    while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
    while (end < text.length && WORD_CHAR.test(text[end])) end++;
    if (start < lastEnd) continue; // the same word matched by a second pattern
    const whole = text.slice(start, end);
    const key = whole.toLowerCase().replace(/['’]s$/, '');
    if (INNOCENT.has(key)) continue;
    // A capitalised insult-tier word inside a sentence is a name (Dick, Willy, Fanny, Cock Lane).
    if (tier === 'insult' && /^[A-Z][a-z]/.test(whole) && start > 0 && !/[.!?\n]/.test(text.slice(Math.max(0, start - 3), start).trim().slice(-1) || '\n')) {
      if (!isDirected(text, start)) continue;
    }
    if (tier === 'strong' && !reallyStrong(whole, phraseMetadata.originalWord)) continue;
    if (tier === 'insult' && innocentInContext(phraseMetadata.originalWord, text, start, end)) continue;
    lastEnd = end;
    const word = phraseMetadata.originalWord;
    const ambiguous = phraseMetadata.ambiguous === true || AMBIGUOUS.has(word);
    out.push({ field, word, tier, start, end, text: whole, directed: isDirected(text, start), ambiguous });
  }
  return out;
}

const CACHE = new WeakMap<RuleContext, LexiconHit[]>();

/** Lexicon hits in the subject and the sender's own body text, computed once per check. */
export function lexiconHits(ctx: RuleContext): LexiconHit[] {
  let hits = CACHE.get(ctx);
  if (!hits) {
    hits = [...scanLexicon(ctx.draft.subject, 'subject'), ...scanLexicon(ctx.ownText, 'body')];
    CACHE.set(ctx, hits);
  }
  return hits;
}
