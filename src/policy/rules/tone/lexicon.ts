// The swear-word lexicon shared by tone/abusive, tone/impolite and tone/discriminatory: the maintained
// `obscenity` matcher (which undoes leetspeak, look-alike letters and stretched spellings such as
// "fuuuck" or "sh1t") built once at module load, then each hit sorted into a tier from
// src/policy/data/profanity.ts and checked against UK place names and innocent contexts.
import { DataSet, englishDataset, englishRecommendedTransformers, parseRawPattern, RegExpMatcher, SyntaxKind, type Node, type ParsedPattern } from 'obscenity';
import { aboutAThing, cutShort, mentioned, saidOfIt, selfDescribed, usedAsVerb, verbAfterSubject } from './word-use';
import { knownWord, vocabulary } from '../../text/vocabulary';
import type { RuleContext } from '../../context';
import { DIRECTED_BEFORE, EXTRA_WORDS, INNOCENT_CONTEXT, INNOCENT_WORDS, OBSCENITY_TIERS, STRONG_VARIANTS, WORD_PREFIXES, WORD_SUFFIXES, type ProfanityTier } from '../../data/profanity';
import { AMBIGUOUS_OBSCENITY_SLURS, SLURS, SLUR_INNOCENT_WORDS } from '../../data/slurs';
import { DOMAIN_SENSES, MILD_PREFIXES, MILD_SUFFIXES } from '../../data/word-senses';
import { inEmailAddress, inNamePosition, isListedName } from '../../judge/names';

interface WordMeta {
  originalWord: string;
  tier?: ProfanityTier;
  ambiguous?: boolean;
  /** A word for a kind of person that only insults when aimed at someone (SlurEntry.aimedOnly). */
  aimedOnly?: boolean;
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
  /** A slur that is also an ordinary word (fag, dyke, chink) or an acronym: blocked only when directed. */
  ambiguous: boolean;
  /** Named as a word ("the word …"), not used: reported at most, and warn-tier words stay silent. */
  mentioned: boolean;
}

function buildDataset(): DataSet<WordMeta> {
  const ds = new DataSet<WordMeta>().addAll(englishDataset as DataSet<WordMeta>);
  const extras = [...EXTRA_WORDS, ...SLURS.map((s) => ({ ...s, tier: 'slur' as const }))];
  for (const extra of extras) {
    ds.addPhrase((p) => {
      let b = p.setMetadata({ originalWord: extra.word, tier: extra.tier, ambiguous: 'ambiguous' in extra && extra.ambiguous === true, aimedOnly: 'aimedOnly' in extra && extra.aimedOnly === true });
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
const PREFIXES = new Set(WORD_PREFIXES);
const SUFFIXES = new Set(WORD_SUFFIXES);
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
export function clauseStart(text: string, i: number): number {
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

export function clauseEnd(text: string, i: number): number {
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

/** Innocent senses of a word: the lexicon's own, and the trades, food, birds and plants of DOMAIN_SENSES. */
const SENSES: Record<string, readonly string[]> = { ...INNOCENT_CONTEXT };
for (const [w, cues] of Object.entries(DOMAIN_SENSES)) SENSES[w] = [...(SENSES[w] ?? []), ...cues];
const MILD_HEADS = new Set(MILD_PREFIXES);
/** The strong words and their own forms ("wanker", "fucking"): never a name, wherever they stand. */
const STRONG_FORMS = /^(?:fuck|cunt|wank|twat|jizz|dildo|tosser|mofo)(?:s|er|ers|ing|in|ed|y|ies|head|heads|face|wit|wits|stain)?['’]?s?$/i;
const MILD_TAILS = new Set(MILD_SUFFIXES);

/** Is a mild word (shit, ass) inside a longer word a known compound ("bullshit", "dumbass"), not a name ("Dikshit", "Assefa")? */
function mildCompound(whole: string, word: string): boolean {
  const lower = whole.toLowerCase();
  let a = 0;
  let b = lower.length;
  while (a < b && (lower[a] < 'a' || lower[a] > 'z')) a++;
  while (b > a && !((lower[b - 1] >= 'a' && lower[b - 1] <= 'z') || lower[b - 1] === "'" || lower[b - 1] === '’')) b--;
  const w = lower.slice(a, b);
  const at = w.indexOf(word);
  if (at < 0) return true; // leetspeak or masking: the matcher's judgement stands
  return MILD_HEADS.has(w.slice(0, at)) && MILD_TAILS.has(w.slice(at + word.length));
}

function innocentInContext(word: string, text: string, start: number, end: number): boolean {
  const cues = SENSES[word];
  if (!cues) return false;
  const clause = text.slice(clauseStart(text, start), clauseEnd(text, end)).toLowerCase();
  // A cue counts at the start of a word: "smoking" for "smok", not "art" inside "party".
  return cues.some((c) => {
    for (let i = clause.indexOf(c); i >= 0; i = clause.indexOf(c, i + 1)) if (i === 0 || !/[a-z]/.test(clause[i - 1])) return true;
    return false;
  });
}

/** Words whose ordinary sense a sentence can show (INNOCENT_CONTEXT); strong words have none. */
function contextMatters(tier: ProfanityTier, ambiguous: boolean): boolean {
  return tier === 'insult' || tier === 'vulgar' || tier === 'mild' || (tier === 'slur' && ambiguous);
}

/** A slur that is a part of a fixed everyday phrase ("honky-tonk", "gobbledy gook"): its listed senses count too. */
function slurWithSenses(tier: ProfanityTier, word: string): boolean {
  return tier === 'slur' && SENSES[word] !== undefined;
}

/**
 * Is the listed word the whole word, give or take a known prefix and suffix? Measured around the
 * dataset word where it is spelt out ("cocksucker" is cock + sucker, though the pattern matched
 * "cocks"), else around the matched part [from, to) (leetspeak).
 */
function standsAlone(text: string, word: string, start: number, from: number, to: number, end: number): boolean {
  const whole = text.slice(start, end).toLowerCase();
  // A phrase ("coloured people") is measured around what matched: its listed word is only the first.
  const at = /\s/.test(whole) ? -1 : whole.indexOf(word);
  const [head, tail] = at >= 0 ? [whole.slice(0, at), whole.slice(at + word.length)] : [text.slice(start, Math.max(start, from)).toLowerCase(), text.slice(Math.min(end, to), end).toLowerCase()];
  // Masking around the word ("*faggot", "fags***") is not another word.
  let cut = tail.length;
  while (cut > 0 && tail[cut - 1] === '*') cut--;
  return PREFIXES.has(head.replace(/^[^a-z]+/, '')) && SUFFIXES.has(tail.slice(0, cut));
}

/**
 * Does the matched part [from, to) of the word [start, end) sit inside it with letters on both sides
 * that are no known prefix or suffix ("playi|ngga|mes")? Then it is read across the join of other words.
 */
function acrossAJoin(text: string, start: number, from: number, to: number, end: number): boolean {
  const head = text.slice(start, Math.max(start, from)).toLowerCase().replace(/^[^a-z]+/, '');
  let tail = text.slice(Math.min(end, to), end).toLowerCase();
  while (tail !== '' && !/[a-z'’]/.test(tail[tail.length - 1])) tail = tail.slice(0, -1);
  return head !== '' && tail !== '' && !PREFIXES.has(head) && !SUFFIXES.has(tail);
}

/** After the word: up to three more words, then an address ("dick jenkins / hou / ect @ ect", "dick smith <d.smith@…>"). */
const IN_ADDRESS_LIST = /^(?:[ \t]+[A-Za-z][A-Za-z'.-]*){0,3}[ \t]*(?:\/[ \t]*[A-Za-z0-9.-]{1,12}(?:[ \t]?&[ \t]?[A-Za-z0-9.-]{1,12})?[ \t]*[/@]|<[^>\s]{1,64}@)/;
/** Before the word on its line: a mail header that lists people ("from : dick jenkins", "forwarded by …"). */
const AFTER_HEADER = /(?:^|\n)[ \t>]*(?:(?:from|to|cc|bcc)[ \t]*:|(?:sent|forwarded) by\b)[^\n.!?]{0,60}$/i;

/** Listed words that are also given names. */
const GIVEN_NAMES = new Set(['dick', 'willy', 'fanny']);
const NEXT_WORD = /^[ \t]+([a-z]{3,})\b/;

/** "dick jenkins", however written: a given name followed by a word no dictionary of ours knows (a surname). */
function givenNameBeforeSurname(text: string, whole: string, end: number): boolean {
  if (!GIVEN_NAMES.has(whole.toLowerCase())) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 30).toLowerCase());
  return next !== null && !knownWord(vocabulary(), next[1]);
}

/** "dick ," alone on the first line of the email: the greeting, so a given name. */
function givenNameGreeting(text: string, whole: string, start: number, end: number): boolean {
  return GIVEN_NAMES.has(whole.toLowerCase()) && /^[ \t]*,[ \t]*(?:\n|$)/.test(text.slice(end, end + 8)) && !/\S/.test(text.slice(0, start));
}

/**
 * A capitalised word inside a sentence, or one followed by another capitalised word, is a name; so,
 * however it is written (much mail is all lower case), is a word in an address list or a header.
 */
function looksLikeName(text: string, whole: string, start: number, end: number): boolean {
  if (IN_ADDRESS_LIST.test(text.slice(end, end + 60)) || AFTER_HEADER.test(text.slice(Math.max(0, start - 80), start))) return true;
  if (givenNameBeforeSurname(text, whole, end) || givenNameGreeting(text, whole, start, end)) return true;
  if (!/^[A-Z][a-z0-9]/.test(whole)) return false; // "D1ck Wh1771ng70n" too
  const before = text.slice(Math.max(0, start - 3), start).trim().slice(-1);
  if (start > 0 && !/[.!?\n]/.test(before || '\n')) return true;
  return /^[ \t]+[A-Z][a-z0-9]/.test(text.slice(end, end + 3));
}

// The obscenity matcher costs a few microseconds a character, too slow for a 1 MB body. So a cheap
// pre-pass picks the words that could match, plus the two words after each (for entries of two or
// three words such as "jerk off" and "trailer park trash"); only those windows, joined, go to the
// matcher, and its offsets are mapped back.
// The pre-pass test is built from the matcher's own parsed patterns (not from loose stems, which let
// "as", "con" and "abo" through and sent most of a business email to the matcher): each pattern's
// first word becomes a regular expression over the word folded as the matcher folds text.
const PREPASS_LEET: Record<string, string> = {
  '4': 'a', '@': 'a', '(': 'c', '3': 'e', '6': 'g', '1': 'i', '|': 'i', '!': 'i', '/': 'l', '0': 'o', $: 's', '5': 's', '7': 't', '2': 'z',
};
/** Letters the matcher keeps doubled (its collapse-duplicates thresholds): "ass", "nigga", "boob"; any other letter's run is one letter. */
const KEPT_DOUBLE = 'beolsg';

/**
 * A word folded as the obscenity transformers fold it, split into its letter runs: lower case, each
 * leetspeak character as its letter (PREPASS_LEET), a run of one letter as two (KEPT_DOUBLE) or one,
 * then split at every run of characters other than a–z, as `split(/[^a-z]+/)` does (an empty part
 * at either end). One pass over the characters: it runs on every word the first time it is seen, and
 * the three replacements and the split it stands for took most of the lexicon pre-pass on new mail.
 */
export function foldedParts(token: string): string[] {
  const lower = token.toLowerCase();
  const parts: string[] = [];
  let part = '';
  let prev = -1;
  let run = 0;
  for (let i = 0; i < lower.length; i++) {
    const ch = PREPASS_LEET[lower[i]] ?? lower[i];
    const c = ch.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      if (c !== prev) {
        part += ch;
        prev = c;
        run = 1;
      } else if (++run === 2 && KEPT_DOUBLE.includes(ch)) part += ch;
    } else {
      prev = -1;
      // A run of separators splits once; one at the very start leaves an empty first part.
      if (part !== '' || i === 0) {
        parts.push(part);
        part = '';
      }
    }
  }
  parts.push(part);
  return parts;
}

/** A node as a regular-expression source; `end` when the first word ends inside it (at a space). */
function nodeSource(node: Node): { src: string; end: boolean } | undefined {
  if (node.kind === SyntaxKind.Wildcard) return { src: '[a-z]', end: false };
  if (node.kind === SyntaxKind.Optional) {
    const inner = nodeSource(node.childNode);
    return inner && !inner.end ? { src: `(?:${inner.src})?`, end: false } : { src: '', end: true };
  }
  const text = String.fromCharCode(...node.chars);
  const letters = /^[a-z]*/.exec(text)![0];
  if (letters.length === text.length) return { src: letters, end: false };
  // A masked pattern ("f*ck") is the masked-word test's job, not this one's.
  return text[letters.length] === ' ' ? { src: letters, end: true } : undefined;
}

/** The first word of a parsed pattern as a regular-expression source, trailing optional parts dropped. */
function firstWordSource(pattern: ParsedPattern): { src: string; fixed: number } | undefined {
  const parts: { src: string; optional: boolean }[] = [];
  for (const node of pattern.nodes) {
    const part = nodeSource(node);
    if (!part) return undefined;
    parts.push({ src: part.src, optional: node.kind === SyntaxKind.Optional });
    if (part.end) break;
  }
  while (parts.length && parts[parts.length - 1].optional) parts.pop();
  const fixed = parts.reduce((n, p) => n + (p.optional || p.src === '[a-z]' ? 0 : p.src.length), 0);
  return { src: parts.map((p) => p.src).join(''), fixed };
}

function prepassSource(): string {
  const sources = new Set<string>();
  for (const term of DATASET.build().blacklistedTerms) {
    const { phraseMetadata } = DATASET.getPayloadWithPhraseMetadata({ termId: term.id, startIndex: 0, endIndex: 0, matchLength: 0 });
    if (!phraseMetadata || tierOf(phraseMetadata) === 'ignore') continue;
    const word = firstWordSource(term.pattern);
    // A masked pattern, or one fixed letter (which would pass most words): the masked-word test's job.
    if (!word || word.fixed < 2) continue;
    sources.add((term.pattern.requireWordBoundaryAtStart ? '^' : '') + word.src);
  }
  return [...sources].sort().join('|');
}

const PREPASS = new RegExp(prepassSource());

/** The expressions built from data, for the ReDoS test. */
export const BUILT_REGEXES: RegExp[] = [DIRECTED, PREPASS, STRONG_FORMS, IN_ADDRESS_LIST, AFTER_HEADER, NEXT_WORD];
const TOKEN = /\S+/g;
const MASKED = /[a-z][*]|[*][a-z]|[013457@$!][a-z]|[a-z][013457@$!]/;

// Mail repeats its words, so the answer per distinct token is remembered (bounded, cleared when full).
const CANDIDATE_MEMO = new Map<string, boolean>();

function isCandidate(token: string): boolean {
  const known = CANDIDATE_MEMO.get(token);
  if (known !== undefined) return known;
  const lower = token.toLowerCase();
  const result = (/[^a-z]/.test(lower) && MASKED.test(lower)) || foldedParts(token).some((p) => p.length > 1 && PREPASS.test(p));
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
  // Words still to take after a candidate: two, for entries of three words ("trailer park trash").
  let extend = 0;
  const close = () => {
    if (pendingFrom < 0) return;
    segments.push({ at: joined.length, from: pendingFrom, length: pendingTo - pendingFrom });
    // The matcher reads "!" as leetspeak for "i", so "queer!" would be "queeri": an exclamation mark
    // that ends a word is punctuation (same length, so offsets still map back).
    joined += text.slice(pendingFrom, pendingTo).replace(/!(?![A-Za-z0-9])/g, '.') + '\n\n';
    pendingFrom = -1;
  };
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    const candidate = isCandidate(m[0]);
    if (candidate || extend > 0) {
      if (pendingFrom >= 0 && start - pendingTo <= 3) pendingTo = end;
      else {
        close();
        pendingFrom = start;
        pendingTo = end;
      }
    }
    extend = candidate ? 2 : extend - 1;
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

/**
 * Scan one text; `text` may be the own text with quoted parts blanked (offsets are kept). `names:
 * false` leaves out the name judgements (scripts/gen-names.mjs asks which names the words would catch).
 */
export function scanLexicon(text: string, field: 'subject' | 'body', { names = true } = {}): LexiconHit[] {
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
    // "4555" is a number and "A55" a road, not "ass".
    if (INNOCENT.has(key) || !/[A-Za-z]/.test(whole) || /^[A-Za-z][0-9]+$/.test(whole)) continue;
    // A handle or an address ("@jdickerson", "dick@example.org"), not a word; "p@ki" is still a word.
    if (/^@\w{3}/.test(whole) || (/\w@\w/.test(whole) && text[end] === '.' && /[A-Za-z0-9]/.test(text[end + 1] ?? ''))) continue;
    const word = phraseMetadata.originalWord;
    // Slurs written as a short acronym ("NIG", "ABO", "JAP") are more often an abbreviation.
    const acronym = tier === 'slur' && /^[A-Z]{2,4}S?$/.test(whole);
    const ambiguous = phraseMetadata.ambiguous === true || AMBIGUOUS.has(word) || acronym;
    const directed = isDirected(text, start);
    // Dick, Willy, Fanny, Cock Lane, Plymouth Hoe, Dick Turner: names unless aimed at someone.
    if ((tier === 'insult' || tier === 'vulgar' || (tier === 'slur' && ambiguous)) && !directed && looksLikeName(text, whole, start, end)) continue;
    if (tier === 'strong' && !reallyStrong(whole, word)) continue;
    // Names: a listed personal name, an email address, a greeting, a signature or a list of names.
    if (names && inEmailAddress(text, start, end)) continue;
    // A whole word that is a listed name ("Airlangga", "Bhushit") is the name, whatever it contains.
    if (names && isListedName(whole) && !directed) continue;
    if (names && tier !== 'strong' && !(tier === 'slur' && !ambiguous) && inNamePosition(text, start, end)) continue;
    if (names && tier === 'mild' && !mildCompound(whole, word)) continue;
    // A strong word inside a longer capitalised word where a name goes: "Mr and Mrs Wankhede".
    if (names && tier === 'strong' && /^[A-Z][a-z]/.test(whole) && !STRONG_FORMS.test(whole) && inNamePosition(text, start, end)) continue;
    if (contextMatters(tier, ambiguous) && tier !== 'mild' && !standsAlone(text, word, start, m.startIndex, m.endIndex + 1, end)) continue;
    // A slur matched across the join of other words: "#roleplayinggames" holds "ngga" only across
    // "playing" + "games" (issue #16). "#YouMyNigga", "niggar" and "youniggers" have one side the
    // matcher accepts (the word's start or end, a known prefix or suffix) and stay caught.
    if (tier === 'slur' && acrossAJoin(text, start, m.startIndex, m.endIndex + 1, end)) continue;
    if ((contextMatters(tier, ambiguous) || slurWithSenses(tier, word)) && innocentInContext(word, text, start, end)) continue;
    // A short word cut off by an ellipsis at the end ("abo&#8230;"), a slur the writer uses of themselves.
    if ((tier !== 'strong' && cutShort(text, end, whole.length)) || (tier === 'slur' && !directed && selfDescribed(text, start, end))) continue;
    // "a redneck pool", "such a hillbilly song": a word for a kind of person used of a thing.
    if (tier === 'slur' && (aboutAThing(text, word, whole, end, isCandidate) || saidOfIt(text, word, start) || usedAsVerb(text, word, start))) continue;
    // "we hoe the beds": a trade's verb after "I" or "we", where the noun cannot stand.
    if (tier === 'vulgar' && verbAfterSubject(text, word, start)) continue;
    // "redneck", "hillbilly": an insult for a kind of person, not a slur for a protected group; like
    // "idiot" (INSULT_NOUNS), it counts only when aimed at someone.
    if (tier === 'slur' && phraseMetadata.aimedOnly === true && !directed) continue;
    lastEnd = end;
    out.push({ field, word, tier, start, end, text: whole, directed, ambiguous, mentioned: mentioned(text, start) });
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
