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
    const t = m[0].toLowerCase().replace(/’/g, "'");
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

function compile(table: Readonly<Record<string, readonly string[]>>): Map<string, Phrase[]> {
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
  return byFirst;
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

function candidates(index: Map<string, Phrase[]>, word: string): Phrase[] {
  const a = index.get(word) ?? [];
  const b = word.length >= 3 ? (index.get(word.slice(0, 3)) ?? []).filter((p) => p.prefix && p.words.length === 1) : [];
  return b.length ? a.concat(b) : a;
}

/** Every strategy and n-gram occurrence in the text, with its place. */
export function politenessCues(text: string): Cue[] {
  const tokens = tokenize(text);
  const cues: Cue[] = [];
  let questions = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '?') questions++;
    const words = t.text === '.' || t.text === '!' || t.text === '?' ? null : t;
    if (words) {
      cues.push({ feature: `w:${t.text}`, start: t.start, end: t.end });
      const next = tokens[i + 1];
      if (next) cues.push({ feature: `b:${t.text}_${next.text}`, start: t.start, end: next.end });
      for (const p of candidates(ANYWHERE, t.text)) {
        const last = matchAt(tokens, i, p);
        if (last >= 0) cues.push({ feature: p.feature, start: t.start, end: tokens[last].end });
      }
      if (t.sentenceStart) {
        for (const p of candidates(AT_START, t.text)) {
          const last = matchAt(tokens, i, p);
          if (last >= 0) cues.push({ feature: p.feature, start: t.start, end: tokens[last].end });
        }
      }
    } else if (t.text === '!') {
      cues.push({ feature: 's:exclamation', start: t.start, end: t.end });
    }
  }
  if (questions > 1) cues.push({ feature: 's:several_questions', start: 0, end: 0 });
  if (tokens.length && tokens[tokens.length - 1].text === '?') cues.push({ feature: 's:ends_with_question', start: 0, end: 0 });
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
