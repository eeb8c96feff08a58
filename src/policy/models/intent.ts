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
  /** Lower case, apostrophes normalised; for a contraction, the word it stands for ("I'll" → "i", "will"). */
  norm: string;
  /** The most telling tag of the term (see TAG_PRIORITY). */
  tag: string;
  tags: string[];
  /** Punctuation and space after the term (", " ends a clause). */
  post: string;
}

// compromise gives every term several tags; the first of these present is the one used.
const TAG_PRIORITY = [
  'Imperative', 'Modal', 'Auxiliary', 'Copula', 'PastTense', 'Gerund', 'Infinitive', 'PresentTense', 'Verb',
  'Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'QuestionWord', 'Adjective', 'Adverb', 'Date',
  'Value', 'Expression', 'Noun',
];

/** The shape of a term in compromise's `.json()`: a contraction is split into terms whose `implicit` is the word. */
interface CompromiseTerm {
  text: string;
  normal?: string;
  implicit?: string;
  post?: string;
  tags: string[];
}

/** Tag a sentence with compromise; terms in order. */
export function tagSentence(text: string): TaggedTerm[] {
  const json = nlp(text).json() as { terms: CompromiseTerm[] }[];
  const out: TaggedTerm[] = [];
  for (const s of json) {
    for (const t of s.terms) {
      const norm = (t.implicit || t.normal || t.text).toLowerCase().replace(/’/g, "'");
      if (!norm) continue;
      const tag = TAG_PRIORITY.find((p) => t.tags.includes(p)) ?? 'Other';
      out.push({ text: t.text, norm, tag, tags: t.tags, post: t.post ?? '' });
    }
  }
  return out;
}

const YOU = new Set(['you', 'your', "you're", "you'll", 'u']);
const WE_I = new Set(['i', 'we', "i'll", "we'll", "i'm", "we're"]);
const COMMIT = new Set(['will', 'shall', "'ll", 'am going', 'are going']);
const OBLIGE = new Set(['must', 'should', 'need', 'needs', 'have', 'has', 'ought']);
const QUESTION_MODAL = new Set(['can', 'could', 'would', 'will', 'do', 'did', 'should', 'may']);
const CONDITIONAL = new Set(['if', 'when', 'whether', 'unless', 'once', 'whenever']);
const CLAUSE_WORD = new Set(['and', 'but', 'so', 'then', 'or']);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'cannot']);
const SUBJECT = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it', 'this', 'that', 'there']);

/** A rough lemma for readable verb features: "sending"/"sends"/"sent" stay close to "send". */
function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('es') && !w.endsWith('ses')) return w.slice(0, -1);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  return w;
}

const isVerb = (t: TaggedTerm) => t.tags.includes('Verb');

/**
 * Where the sentence proper starts: a leading greeting or name ("Hi John,", "Mark -", "Guys:",
 * "Also,") — up to four terms without a verb, ending in a comma, colon or dash — is skipped.
 */
function sentenceStart(terms: readonly TaggedTerm[]): number {
  for (let i = 0; i < Math.min(4, terms.length - 1); i++) {
    if (isVerb(terms[i]) && terms[i].norm !== 'please') return 0;
    if (/[,:\-–—]/.test(terms[i].post)) return i + 1;
  }
  return 0;
}

/** Features of one tagged sentence (binary presence). */
export function intentFeatures(terms: readonly TaggedTerm[], raw: string): FeatureVector {
  const x: FeatureVector = new Map();
  const add = (k: string) => x.set(k, 1);
  const words = terms.map((t) => t.norm);
  words.forEach((w, i) => {
    add(`w:${w}`);
    if (i + 1 < words.length) add(`b:${w}_${words[i + 1]}`);
  });
  const trimmed = raw.trim();
  const question = trimmed.endsWith('?');
  const start = sentenceStart(terms);
  if (start > 0) add('p:greeting');
  const body = terms.slice(start);
  // The opening words carry most of the mood ("Please send", "Can you", "I will", "Attached is").
  body.slice(0, 3).forEach((t, i) => {
    add(`f${i}:${t.norm}`);
    add(`ft${i}:${t.norm}/${t.tag}`);
  });
  if (body.length) {
    add(`p:first=${body[0].tag}`);
    if (body.length > 1) add(`p:first2=${body[0].tag}_${body[1].tag}`);
    // After "please" or a greeting-like expression, the next term is the real start.
    const lead = body.findIndex((t) => t.tag !== 'Expression' && t.norm !== 'please' && t.tag !== 'Adverb');
    if (lead > 0) add(`p:lead=${body[lead].tag}`);
  }
  // The first verb: where it is, what it is, and who does it.
  const v = body.findIndex((t) => isVerb(t) && t.norm !== 'please');
  if (v >= 0) {
    const verb = body[v];
    add(`p:v1at=${v > 3 ? '4+' : v}`);
    add(`p:v1=${verb.tag}`);
    const lemma = stem(verb.norm);
    add(`V:${lemma}`);
    if (body[v + 1]) add(`V2:${lemma}_${body[v + 1].norm}`);
    const subj = v > 0 ? body[v - 1].norm : '';
    add(`VS:${subj || '^'}_${lemma}`);
    add(`p:v1subj=${YOU.has(subj) ? 'you' : WE_I.has(subj) ? 'we' : SUBJECT.has(subj) ? 'other' : 'none'}`);
    if (body.slice(0, v).some((t) => CONDITIONAL.has(t.norm))) add('p:conditional');
  } else add('p:noverb');
  let please = false;
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i];
    add(`p:has=${t.tag}`);
    if (t.norm === 'please') {
      please = true;
      add(`p:please@${i === start ? 'start' : i >= terms.length - 2 ? 'end' : 'mid'}`);
    }
    if (NEGATION.has(t.norm)) add('p:negation');
    // A clause start: after a comma or semicolon, or after "and"/"but".
    if (i > start && (/[,;]/.test(terms[i - 1].post) || CLAUSE_WORD.has(terms[i - 1].norm))) add(`p:clause=${t.tag}`);
    const next = terms[i + 1];
    if (!next) continue;
    if (YOU.has(t.norm) && next.tag === 'Modal') add('p:you+Modal');
    if (YOU.has(t.norm) && OBLIGE.has(next.norm)) add('p:you+oblige');
    if (t.tag === 'Modal' && YOU.has(next.norm)) add('p:Modal+you');
    if (QUESTION_MODAL.has(t.norm) && YOU.has(next.norm)) add('p:ask-you');
    if (WE_I.has(t.norm) && (COMMIT.has(next.norm) || next.tag === 'Modal')) add('p:we+will');
    if (OBLIGE.has(t.norm) && (next.norm === 'to' || t.norm === 'must' || t.norm === 'should')) add('p:oblige');
    if (t.norm === 'let' && (next.norm === 'me' || next.norm === 'us') && terms[i + 2]?.norm === 'know') add('p:let-know');
    if (t.tag === 'Imperative') add('p:Imperative');
    if (t.tag === 'Modal' && next.tag === 'Infinitive') add('p:Modal+Infinitive');
  }
  if (please) add('p:please');
  if (question) {
    add('p:question');
    // Questions that ask for an act open differently from rhetorical ones ("Can you send" / "Can you believe").
    if (body[0]) add(`q:f0=${body[0].norm}`);
    if (body[1]) add(`q:f01=${body[0].norm}_${body[1].norm}`);
    if (v >= 0) add(`q:V=${stem(body[v].norm)}`);
  }
  if (/[.!]$/.test(trimmed)) add('p:statement');
  // Marks of newsletters and notifications rather than one person writing to another.
  if (/\$LINK|https?:|www\./i.test(raw)) add('p:link');
  if (/[^\x20-\x7e]/.test(raw)) add('p:non-ascii');
  if (raw.includes('!')) add('p:exclaim');
  if (/[#@]/.test(raw)) add('p:at-or-hash');
  if (/\.\.\.|…/.test(raw)) add('p:ellipsis');
  if (/\?./.test(trimmed)) add('p:question-inside');
  if (/\b[A-Z]{3,}\b/.test(raw.replace(/\$LINK/g, ''))) add('p:capitals');
  if (/\b[a-z]+[A-Z][a-z]+/.test(raw) || /\b[A-Z][a-z]+[A-Z][a-z]/.test(raw)) add('p:camel-case');
  if (/\d/.test(raw)) add('p:digits');
  if (raw.includes(':')) add('p:colon');
  const n = terms.length;
  add(`p:len=${n <= 3 ? '0-3' : n <= 7 ? '4-7' : n <= 14 ? '8-14' : n <= 25 ? '15-25' : '26+'}`);
  if (n <= 3) add('p:short');
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
