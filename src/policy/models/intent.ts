// Does a sentence ask the reader to act, or commit someone to act? A logistic regression over
// words, word pairs and part-of-speech features from compromise's tagger (compromise/two: the
// tagger without the heavier phrase-level plugins), trained on the Enron intent sentences
// (ParakweetLabs EmailIntentDataSet, hand re-labelled; MIT) by scripts/train-intent.ts.
// The features are readable: `p:first=Imperative` (the sentence starts with an imperative verb),
// `p:you+Modal` ("you must"), `p:we+will` (a commitment), so a finding can name what it saw.
import nlp from 'compromise/two';
import WEIGHTS from '../data/intent-weights.json';
import { scoreVector, sigmoid, type FeatureVector, type LogisticModel } from './logistic';

export interface TaggedTerm {
  text: string;
  /** Lower case, apostrophes normalised. */
  norm: string;
  /** The most telling tag of the term (see TAG_PRIORITY). */
  tag: string;
  tags: string[];
}

// compromise gives every term several tags; the first of these present is the one used.
const TAG_PRIORITY = [
  'Imperative', 'Modal', 'Auxiliary', 'Copula', 'PastTense', 'Gerund', 'Infinitive', 'PresentTense', 'Verb',
  'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Adjective', 'Adverb', 'Date',
  'Value', 'Expression', 'Noun',
];

interface CompromiseTerm {
  text: string;
  normal?: string;
  tags: string[];
}

/** Tag a sentence with compromise; terms in order. */
export function tagSentence(text: string): TaggedTerm[] {
  const json = nlp(text).json() as { terms: CompromiseTerm[] }[];
  const out: TaggedTerm[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      const norm = (t.normal ?? t.text).toLowerCase().replace(/’/g, "'");
      if (!norm) continue;
      const tag = TAG_PRIORITY.find((p) => t.tags.includes(p)) ?? 'Other';
      out.push({ text: t.text, norm, tag, tags: t.tags });
    }
  }
  return out;
}

const YOU = new Set(['you', 'your', "you're", "you'll", 'u']);
const WE_I = new Set(['i', 'we', "i'll", "we'll", "i'm", "we're"]);
const COMMIT = new Set(['will', 'shall', "'ll", 'am going', 'are going']);
const OBLIGE = new Set(['must', 'should', 'need', 'needs', 'have', 'has', 'ought']);

/** Features of one tagged sentence (binary presence). */
export function intentFeatures(terms: readonly TaggedTerm[], raw: string): FeatureVector {
  const x: FeatureVector = new Map();
  const add = (k: string) => x.set(k, 1);
  const words = terms.map((t) => t.norm);
  words.forEach((w, i) => {
    add(`w:${w}`);
    if (i + 1 < words.length) add(`b:${w}_${words[i + 1]}`);
  });
  // The opening words carry most of the mood ("Please send", "Can you", "I will", "Attached is").
  terms.slice(0, 3).forEach((t, i) => add(`f${i}:${t.norm}`));
  if (terms.length) {
    add(`p:first=${terms[0].tag}`);
    if (terms.length > 1) add(`p:first2=${terms[0].tag}_${terms[1].tag}`);
    // After "please" or a greeting-like expression, the next term is the real start.
    const lead = terms.findIndex((t) => t.tag !== 'Expression' && t.norm !== 'please' && t.tag !== 'Adverb');
    if (lead > 0) add(`p:lead=${terms[lead].tag}`);
  }
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    add(`p:has=${t.tag}`);
    const next = terms[i + 1];
    if (!next) continue;
    if (YOU.has(t.norm) && next.tag === 'Modal') add('p:you+Modal');
    if (YOU.has(t.norm) && OBLIGE.has(next.norm)) add('p:you+oblige');
    if (t.tag === 'Modal' && YOU.has(next.norm)) add('p:Modal+you');
    if (WE_I.has(t.norm) && (COMMIT.has(next.norm) || next.tag === 'Modal')) add('p:we+will');
    if (t.tag === 'Imperative') add('p:Imperative');
    if (t.tag === 'Modal' && next.tag === 'Infinitive') add('p:Modal+Infinitive');
  }
  const trimmed = raw.trim();
  if (trimmed.endsWith('?')) add('p:question');
  if (/[.!]$/.test(trimmed)) add('p:statement');
  if (terms.length <= 3) add('p:short');
  return x;
}

export function sentenceIntentFeatures(text: string): FeatureVector {
  return intentFeatures(tagSentence(text), text);
}

export const INTENT_MODEL: LogisticModel = { bias: WEIGHTS.bias, weights: WEIGHTS.weights as Record<string, number> };
/** Decision threshold on the log-odds, stored with the weights (chosen by cross-validation). */
export const INTENT_THRESHOLD: number = WEIGHTS.threshold;

export interface IntentScore {
  score: number;
  probability: number;
  isIntent: boolean;
  /** Features that pushed towards "asks for action", strongest first. */
  reasons: { feature: string; weight: number }[];
}

export function scoreIntent(text: string, model: LogisticModel = INTENT_MODEL, threshold = INTENT_THRESHOLD): IntentScore {
  const x = sentenceIntentFeatures(text);
  const score = scoreVector(model, x);
  const reasons: { feature: string; weight: number }[] = [];
  x.forEach((_v, k) => {
    const w = model.weights[k];
    if (w !== undefined && w > 0) reasons.push({ feature: k, weight: w });
  });
  reasons.sort((a, b) => b.weight - a.weight);
  return { score, probability: sigmoid(score), isIntent: score > threshold, reasons: reasons.slice(0, 5) };
}
