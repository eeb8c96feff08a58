// A politeness model a council can read: politeness strategies (Danescu-Niculescu-Mizil et al. 2013)
// plus word unigrams and bigrams, weighed by a logistic regression trained on the Stanford
// Politeness Corpus (Wikipedia requests, CC BY 4.0) by scripts/train-politeness.ts. Every score
// comes with the phrases that drove it, so a finding can say which words made a message read as curt.
import WEIGHTS from '../data/politeness-weights.json';
import { START_STRATEGIES, STRATEGY_PHRASES } from '../data/politeness-strategies';
import { scoreVector, sigmoid, type FeatureVector, type LogisticModel } from './logistic';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence. */
  sentenceStart: boolean;
}

export interface Cue {
  /** `s:<strategy>`, `w:<word>` or `b:<word>_<word>`. */
  feature: string;
  start: number;
  end: number;
}

// Words (with apostrophes), "<url>" placeholders of the corpus, and sentence punctuation.
const TOKEN = /<url>|[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[.?!]/g;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let atStart = true;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const lower = m[0].toLowerCase();
    const t = lower.indexOf('’') >= 0 ? lower.replace(/’/g, "'") : lower;
    if (t === '.' || t === '?' || t === '!') {
      out.push({ text: t, start: m.index, end: m.index + 1, sentenceStart: false });
      atStart = true;
      continue;
    }
    out.push({ text: t, start: m.index, end: m.index + m[0].length, sentenceStart: atStart });
    atStart = false;
  }
  return out;
}

interface Phrase {
  feature: string;
  words: string[];
  /** Last word is a prefix (`thank*`). */
  prefix: boolean;
}

interface PhraseIndex {
  /** By first word. */
  byFirst: Map<string, Phrase[]>;
  /** One-word prefixes (`thank*`) by their first three letters. */
  byPrefix: Map<string, Phrase[]>;
}

function compile(table: Readonly<Record<string, readonly string[]>>): PhraseIndex {
  // Indexed by the first word (or its first three letters for prefixes) so matching is one pass over tokens.
  const byFirst = new Map<string, Phrase[]>();
  for (const [name, phrases] of Object.entries(table)) {
    for (const p of phrases) {
      const prefix = p.endsWith('*');
      const words = p.replace(/\*$/, '').split(' ');
      const key = words.length === 1 && prefix ? words[0].slice(0, 3) : words[0];
      const list = byFirst.get(key) ?? [];
      list.push({ feature: `s:${name}`, words, prefix });
      byFirst.set(key, list);
    }
  }
  const byPrefix = new Map<string, Phrase[]>();
  byFirst.forEach((list, key) => {
    const prefixes = list.filter((p) => p.prefix && p.words.length === 1);
    if (prefixes.length) byPrefix.set(key, prefixes);
  });
  return { byFirst, byPrefix };
}

const ANYWHERE = compile(STRATEGY_PHRASES);
const AT_START = compile(START_STRATEGIES);

function matchAt(tokens: Token[], i: number, p: Phrase): number {
  for (let j = 0; j < p.words.length; j++) {
    const t = tokens[i + j];
    if (!t) return -1;
    const last = j === p.words.length - 1;
    if (last && p.prefix ? !t.text.startsWith(p.words[j]) : t.text !== p.words[j]) return -1;
  }
  return i + p.words.length - 1;
}

const NONE: Phrase[] = [];

function candidates(index: PhraseIndex, word: string): Phrase[] {
  const a = index.byFirst.get(word) ?? NONE;
  const b = word.length >= 3 ? (index.byPrefix.get(word.slice(0, 3)) ?? NONE) : NONE;
  return b.length ? a.concat(b) : a;
}

/** What the walk needs to know about one word, looked up once per distinct word. */
interface WordInfo {
  anywhere: Phrase[];
  atStart: Phrase[];
  /** Id of the shipped model's `w:<word>` weight. */
  wordId: number | undefined;
  /** Ids of the shipped model's `b:<word>_<next>` weights by the next token. */
  bigrams: Map<string, number> | undefined;
}

// Mail repeats its words, so each distinct word's lookups are remembered (bounded, cleared when full).
const WORD_INFO = new Map<string, WordInfo>();

function infoOf(word: string): WordInfo {
  let info = WORD_INFO.get(word);
  if (!info) {
    info = { anywhere: candidates(ANYWHERE, word), atStart: candidates(AT_START, word), wordId: WORD_ID.get(word), bigrams: BIGRAM_ID.get(word) };
    if (WORD_INFO.size >= 50000) WORD_INFO.clear();
    WORD_INFO.set(word, info);
  }
  return info;
}

/** Receives the cues of a text in order; the one walk below decides that order for every caller. */
interface CueSink {
  /** A word, and the token after it if any (the word unigram, then the bigram). */
  word(t: Token, next: Token | undefined, info: WordInfo): void;
  /** A strategy or other named feature over [start, end). */
  feature(feature: string, start: number, end: number): void;
}

function walkCues(tokens: Token[], sink: CueSink): void {
  let questions = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '?') questions++;
    const words = t.text === '.' || t.text === '!' || t.text === '?' ? null : t;
    if (words) {
      const info = infoOf(t.text);
      sink.word(t, tokens[i + 1], info);
      for (const p of info.anywhere) {
        const last = matchAt(tokens, i, p);
        if (last >= 0) sink.feature(p.feature, t.start, tokens[last].end);
      }
      if (t.sentenceStart) {
        for (const p of info.atStart) {
          const last = matchAt(tokens, i, p);
          if (last >= 0) sink.feature(p.feature, t.start, tokens[last].end);
        }
      }
    } else if (t.text === '!') {
      sink.feature('s:exclamation', t.start, t.end);
    }
  }
  if (questions > 1) sink.feature('s:several_questions', 0, 0);
  if (tokens.length && tokens[tokens.length - 1].text === '?') sink.feature('s:ends_with_question', 0, 0);
}

/** Every strategy and n-gram occurrence in the text, with its place. */
export function politenessCues(text: string): Cue[] {
  const cues: Cue[] = [];
  walkCues(tokenize(text), {
    word(t, next) {
      cues.push({ feature: `w:${t.text}`, start: t.start, end: t.end });
      if (next) cues.push({ feature: `b:${t.text}_${next.text}`, start: t.start, end: next.end });
    },
    feature(feature, start, end) {
      cues.push({ feature, start, end });
    },
  });
  return cues;
}

/** Binary presence features: each feature counts once however often it occurs. */
export function vectorOf(cues: readonly Cue[]): FeatureVector {
  const x: FeatureVector = new Map();
  for (const c of cues) x.set(c.feature, 1);
  return x;
}

export function politenessFeatures(text: string): FeatureVector {
  return vectorOf(politenessCues(text));
}

export interface Driver {
  feature: string;
  phrase: string;
  start: number;
  end: number;
  /** Contribution to the score; negative pulls towards impolite. */
  weight: number;
}

export interface PolitenessScore {
  /** Log-odds of "polite" against "impolite"; below 0 reads as impolite. */
  score: number;
  probability: number;
  /** The phrases with the largest contributions, strongest first (first occurrence of each feature). */
  drivers: Driver[];
}

export const POLITENESS_MODEL: LogisticModel = { bias: WEIGHTS.bias, weights: WEIGHTS.weights as Record<string, number> };

export function scorePoliteness(text: string, model: LogisticModel = POLITENESS_MODEL): PolitenessScore {
  const cues = politenessCues(text);
  const x = vectorOf(cues);
  const score = scoreVector(model, x);
  const seen = new Set<string>();
  const drivers: Driver[] = [];
  for (const c of cues) {
    if (seen.has(c.feature)) continue;
    seen.add(c.feature);
    const w = model.weights[c.feature];
    if (w === undefined || c.end <= c.start) continue;
    drivers.push({ feature: c.feature, phrase: text.slice(c.start, c.end), start: c.start, end: c.end, weight: w });
  }
  drivers.sort((a, b) => a.weight - b.weight);
  return { score, probability: sigmoid(score), drivers };
}

// The shipped model's weights by feature id, so the log-odds can be summed without building a
// feature string per word and bigram: a 1 MB body has ~30,000 words in sentences worth scoring.
const WORD_ID = new Map<string, number>();
const BIGRAM_ID = new Map<string, Map<string, number>>();
const FEATURE_ID = new Map<string, number>();
const WEIGHT: number[] = [];
for (const [feature, w] of Object.entries(POLITENESS_MODEL.weights)) {
  const id = WEIGHT.push(w) - 1;
  // Tokens hold no "_" (letters, digits, apostrophes, punctuation), so a bigram splits at its one "_".
  if (feature.startsWith('w:')) WORD_ID.set(feature.slice(2), id);
  else if (feature.startsWith('b:') && feature.indexOf('_') > 2) {
    const cut = feature.indexOf('_');
    const first = feature.slice(2, cut);
    const byNext = BIGRAM_ID.get(first) ?? new Map<string, number>();
    byNext.set(feature.slice(cut + 1), id);
    BIGRAM_ID.set(first, byNext);
  } else FEATURE_ID.set(feature, id);
}
/** seen[id] === generation: the feature has already counted in this text (each counts once). */
const seen = new Uint32Array(WEIGHT.length);
let generation = 0;

/**
 * The shipped model's log-odds for a text: exactly `scorePoliteness(text).score` (the same weights
 * added in the same order), without the cues and drivers, for screening many sentences quickly.
 */
export function politenessLogOdds(text: string): number {
  generation = generation === 0xffffffff ? 1 : generation + 1;
  if (generation === 1) seen.fill(0);
  let z = POLITENESS_MODEL.bias;
  const add = (id: number | undefined) => {
    if (id === undefined || seen[id] === generation) return;
    seen[id] = generation;
    z += WEIGHT[id];
  };
  walkCues(tokenize(text), {
    word(_t, next, info) {
      add(info.wordId);
      if (next && info.bigrams) add(info.bigrams.get(next.text));
    },
    feature(feature) {
      add(FEATURE_ID.get(feature));
    },
  });
  return z;
}
