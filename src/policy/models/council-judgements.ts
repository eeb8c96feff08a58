// Judgements for what councils actually write (issue #17): five small logistic regressions, one per
// class of the council corpus (data/council-corpus/), over words, word pairs, word beginnings, the
// shapes of values ("a four-digit number", "letters and digits with a symbol") and the cue families
// of src/policy/data/council-judgements-cues.ts. Trained by scripts/train-council-judgements.ts; the weights and each
// class's threshold live in src/policy/data/council-judgements-weights.json.
//
// A text is judged in windows of one or two sentences (a leak often spreads over two: "Keep this to
// yourself. The solicitor thinks we'd lose."), and a window counts only when its class's cheap gate
// passes (a code-like value for credentials, a closed-session, legal, HR or secrecy cue for
// confidential, a health, HR, faith or criminal cue for special-category, a selling cue for
// advertising), so ordinary mail costs one pass of tokenising. Each positive judgement returns the
// window (the writer's own words, for the message) and the cues that drove it. PURE.
import WEIGHTS from '../data/council-judgements-weights.json';
import { CUE_FAMILIES } from '../data/council-judgements-cues';
import { scoreVector, sigmoid, type FeatureVector, type LogisticModel } from './logistic';
import { politenessCues, politenessLogOdds } from './politeness';

export type CouncilClass = 'impolite' | 'confidential' | 'special-category' | 'credentials' | 'advertising';
export const COUNCIL_CLASSES: readonly CouncilClass[] = ['impolite', 'confidential', 'special-category', 'credentials', 'advertising'];

export interface CouncilToken {
  /** Lower-cased word, or a value's shape ("#d4", "#pwsym", "#money"). */
  t: string;
  start: number;
  end: number;
  /** Starts with a capital letter (names). */
  cap: boolean;
}

const LEAD = '"\'“”‘’([{<*_';
const TRAIL = '.,;:!?"\'”’)]}>*_';
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;
const SYMBOL = /[!#$%&*@_+=~^]/;
const SHORT_FORMS = new Set(["it's", "he's", "she's", "that's", "what's", "there's", "here's", "let's", "who's", "where's", "one's"]);

/** The shape of a chunk holding a digit or a symbol inside letters, or undefined for plain words. */
export function shapeOf(v: string): string | undefined {
  const digit = /[0-9]/.test(v);
  // Letters around a symbol count only when long enough to be a password ("AT&T" and "Q&A" are not).
  if (!digit && !(SYMBOL.test(v) && /[A-Za-z]/.test(v) && v.length >= 6)) return undefined;
  if (v.includes('@')) return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(v) ? '#email' : '#mixsym';
  if (/^(?:https?:|www\.)/i.test(v)) return '#url';
  if (/^[£$€]/.test(v)) return '#money';
  if (/^[0-9]{1,2}(?:[:.][0-9]{2})?(?:am|pm)$/i.test(v) || /^[0-9]{1,2}:[0-9]{2}$/.test(v)) return '#time';
  if (/^[0-9]+(?:\.[0-9]+)?%$/.test(v)) return '#pct';
  if (/^[0-9]+(?:st|nd|rd|th)$/i.test(v)) return '#ord';
  if (/^(?:19|20)[0-9]{2}$/.test(v)) return '#year';
  if (/^[0-9]+$/.test(v)) return v.length <= 2 ? '#d2' : v.length === 3 ? '#d3' : v.length === 4 ? '#d4' : v.length <= 6 ? '#d56' : '#d7';
  if (/^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/.test(v) || /^[0-9]+\.[0-9]+$/.test(v)) return '#num';
  if (/^[0-9]+(?:\/[0-9]+)+$/.test(v)) return '#date';
  if (/^[0-9]+(?:-[0-9]+)+$/.test(v)) return '#dgrp';
  if (/^[0-9][A-Z]{2}$/.test(v)) return '#postin';
  if (/^[0-9]+[a-z]{1,3}$/i.test(v)) return '#unit';
  if (/^[A-Z]{1,6}[-/]?[0-9][A-Z0-9/-]*$/.test(v) && !/[a-z]/.test(v)) return /-/.test(v) ? '#ref' : '#caps';
  if (SYMBOL.test(v)) return '#pwsym';
  if (/[a-z]/.test(v) && /[A-Z]/.test(v)) return '#pwmixed';
  return '#pw';
}

/** Words, and one shape token for each chunk that holds a digit or a symbol between letters. */
export function councilTokens(text: string, from = 0, to = text.length): CouncilToken[] {
  const out: CouncilToken[] = [];
  const chunk = /\S+/g;
  chunk.lastIndex = from;
  for (let m = chunk.exec(text); m && m.index < to; m = chunk.exec(text)) {
    let s = m.index;
    let e = Math.min(m.index + m[0].length, to);
    while (s < e && LEAD.includes(text[s])) s++;
    let trail = '';
    while (e > s && TRAIL.includes(text[e - 1])) {
      if (text[e - 1] === '?' || text[e - 1] === '!') trail = text[e - 1];
      e--;
    }
    if (s < e) {
      const v = text.slice(s, e);
      const shape = shapeOf(v);
      if (shape) out.push({ t: shape, start: s, end: e, cap: false });
      else {
        WORD.lastIndex = 0;
        for (let w = WORD.exec(v); w; w = WORD.exec(v)) {
          const lower = w[0].toLowerCase();
          const t = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
          const start = s + w.index;
          const cap = /^[A-Z]/.test(w[0]);
          // "gate's 2001", "the council's": the noun and its "'s" (but "it's", "he's" stay whole).
          if (t.length > 3 && t.endsWith("'s") && !SHORT_FORMS.has(t)) {
            out.push({ t: t.slice(0, -2), start, end: start + w[0].length - 2, cap });
            out.push({ t: "'s", start: start + w[0].length - 2, end: start + w[0].length, cap: false });
          } else out.push({ t, start, end: start + w[0].length, cap });
        }
      }
    }
    if (trail) out.push({ t: trail, start: e, end: e + 1, cap: false });
  }
  // "SG12 9AB": a postcode, not a code.
  for (let i = 1; i < out.length; i++) {
    if (out[i].t === '#postin' && /^[A-Z]{1,2}[0-9][0-9A-Z]?$/.test(text.slice(out[i - 1].start, out[i - 1].end))) out[i - 1].t = out[i].t = '#postcode';
  }
  return out;
}

interface CuePhrase {
  family: string;
  words: string[];
}

const CUES_BY_FIRST = new Map<string, CuePhrase[]>();
for (const [family, phrases] of Object.entries(CUE_FAMILIES)) {
  for (const p of phrases) {
    // "#pct off": a shape name stands for itself.
    const words = p.split(' ').flatMap((w) => (w[0] === '#' ? [w] : councilTokens(w).map((t) => t.t)));
    if (!words.length) continue;
    const list = CUES_BY_FIRST.get(words[0]) ?? [];
    list.push({ family, words });
    CUES_BY_FIRST.set(words[0], list);
  }
}

export interface CueHit {
  family: string;
  /** Token indexes [first, last]. */
  first: number;
  last: number;
}

/** Every cue-family phrase in a token list. */
export function cueHits(tokens: readonly CouncilToken[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = CUES_BY_FIRST.get(tokens[i].t);
    if (!list) continue;
    for (const p of list) {
      let j = 0;
      while (j < p.words.length && tokens[i + j] && tokens[i + j].t === p.words[j]) j++;
      if (j === p.words.length) out.push({ family: p.family, first: i, last: i + j - 1 });
    }
  }
  return out;
}

const PASSWORD_SHAPES = new Set(['#pwsym', '#pwmixed']);
const CODE_SHAPES = new Set(['#d3', '#d4', '#d56', '#dgrp', '#pw', '#pwsym', '#pwmixed', '#mixsym', '#caps', '#year']);
/** Capitalised words that are not names (sentence starts are skipped anyway). */
const NOT_NAMES = new Set(['i', 'the', 'council', 'councillor', 'councillors', 'mayor', 'chair', 'clerk', 'part', 'ii', 'hi', 'dear', 'hello', 'regards', 'thanks', 'best', 'cllr']);

/** A capitalised word inside a sentence that is not a known non-name ("Mrs Hale", "Colin"). */
function hasName(tokens: readonly CouncilToken[]): boolean {
  for (let i = 1; i < tokens.length; i++) if (tokens[i].cap && !NOT_NAMES.has(tokens[i].t) && !/[.?!]/.test(tokens[i - 1].t)) return true;
  return false;
}

const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'll", "i'd", 'my', 'me', 'myself']);
const OTHER_PERSON = new Set(['person-title', 'staff-role', 'third-person']);

/**
 * Whose details: the nearest person before the cue in its sentence (up to twelve words back), or
 * failing that the nearest after it. The writer ("I", "my") is not someone else.
 */
function aboutSomeoneElse(tokens: readonly CouncilToken[], hits: readonly CueHit[], cue: CueHit): boolean {
  const kind = (i: number): 'me' | 'other' | undefined => {
    const t = tokens[i];
    if (FIRST_PERSON.has(t.t)) return 'me';
    if (i > 0 && t.cap && !NOT_NAMES.has(t.t) && !/[.?!]/.test(tokens[i - 1].t)) return 'other';
    return hits.some((h) => OTHER_PERSON.has(h.family) && h.first === i) ? 'other' : undefined;
  };
  for (let i = cue.first - 1; i >= 0 && i >= cue.first - 12 && !/[.?!]/.test(tokens[i].t); i--) {
    const k = kind(i);
    if (k) return k === 'other';
  }
  for (let i = cue.last + 1; i < tokens.length && i <= cue.last + 8 && !/[.?!]/.test(tokens[i].t); i++) {
    const k = kind(i);
    if (k) return k === 'other';
  }
  return false;
}

/** Features of one window of tokens (binary presence, as the politeness model). */
export function windowFeatures(tokens: readonly CouncilToken[], hits: readonly CueHit[] = cueHits(tokens)): FeatureVector {
  const x: FeatureVector = new Map();
  let prev = '^';
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i].t;
    x.set('w:' + t, 1);
    x.set('b:' + prev + '_' + t, 1);
    if (t.length >= 6 && t[0] !== '#') x.set('p:' + t.slice(0, 5), 1);
    prev = t;
    if (CODE_SHAPES.has(t)) x.set('h:code-shape', 1);
  }
  x.set('b:' + prev + '_$', 1);
  if (hasName(tokens)) x.set('h:capitalised', 1);
  for (const h of hits) x.set('h:' + h.family, 1);
  // Pairs the classes hinge on: a value near an access word, a name near a health or HR word.
  const near = (a: (t: CouncilToken) => boolean, family: string, span: number, name: string) => {
    for (let i = 0; i < tokens.length; i++) {
      if (!a(tokens[i])) continue;
      if (hits.some((h) => h.family === family && Math.abs(h.first - i) <= span)) {
        x.set(name, 1);
        return;
      }
    }
  };
  near((t) => CODE_SHAPES.has(t.t), 'access', 6, 'h:code-near-access');
  near((t) => CODE_SHAPES.has(t.t), 'reference', 4, 'h:code-near-reference');
  if (hits.some((h) => h.family === 'praise') && hits.some((h) => h.family === 'grievance')) x.set('h:praise-with-grievance', 1);
  if (ownBusiness(tokens)) x.set('h:own-trade', 1);
  const has = (f: string) => hits.some((h) => h.family === f);
  if (!has('polite')) {
    x.set('h:no-courtesy', 1);
    // Two different cues, not one word counted twice.
    const weak = hits.filter((h) => h.family === 'sarcasm-weak');
    const other = hits.filter((h) => h.family === 'grievance' || h.family === 'sarcasm');
    if (weak.some((w) => other.some((o) => o.last < w.first || o.first > w.last))) x.set('h:barbed-grievance', 1);
  }
  if (hits.some((h) => h.family === 'first-person') && !hits.some((h) => h.family === 'third-person') && !x.has('h:capitalised')) x.set('h:only-me', 1);
  const n = tokens.filter((t) => t.t[0] !== '#' && /[a-z]/.test(t.t)).length;
  x.set(n <= 6 ? 'h:len-short' : n <= 15 ? 'h:len-mid' : 'h:len-long', 1);
  return x;
}

/**
 * The Wikipedia-trained politeness model's view of a window (src/policy/models/politeness.ts), as
 * one more feature for the impolite class: its log-odds of "impolite", scaled and capped to [-1, 1].
 */
export function addPolitenessFeature(x: FeatureVector, windowText: string): FeatureVector {
  x.set('h:wiki-impolite', Math.max(-1, Math.min(1, -politenessLogOdds(windowText) / 4)));
  // The politeness strategies it found ("s:gratitude", "s:direct_question", "s:factuality" …).
  for (const c of politenessCues(windowText)) if (c.feature.startsWith('s:')) x.set(c.feature, 1);
  return x;
}

/** A class's features of a window: the shared ones, plus the politeness score for impolite. */
export function classFeatures(cls: CouncilClass, tokens: readonly CouncilToken[], hits: readonly CueHit[], windowText: string): FeatureVector {
  const x = windowFeatures(tokens, hits);
  return cls === 'impolite' ? addPolitenessFeature(x, windowText) : x;
}

export interface CouncilModel extends LogisticModel {
  /** Score (log-odds) above which a window is judged positive; chosen on the dev split. */
  threshold: number;
}

type WeightsFile = { models: Record<CouncilClass, { bias: number; threshold: number; weights: Record<string, number> }> };
const FILE = WEIGHTS as unknown as WeightsFile;
export const COUNCIL_MODELS: Record<CouncilClass, CouncilModel> = FILE.models;

/** The cue families that let a class judge a window at all (cheap, from the tokens alone). */
const GATES: Record<CouncilClass, (hits: readonly CueHit[], tokens: readonly CouncilToken[]) => boolean> = {
  impolite: (_h, tokens) => tokens.length >= 2,
  confidential: (h, tokens) =>
    h.some((c) => c.family === 'gate-confidential') ||
    h.some((c) => c.family === 'between-us' && (c.first === 0 || /^[.?!]$|^(?:just|but|and|so|now|well|look|strictly)$/.test(tokens[c.first - 1].t))) ||
    (h.some((c) => c.family === 'own-side') &&
      (h.some((c) => c.family === 'gate-legal' && h.some((a) => a.family === 'advice-word' && Math.abs(a.first - c.first) <= 6)) ||
        h.some((c) => c.family === 'gate-staffing' && aboutSomeoneElse(tokens, h, c)))),
  // Someone else's details: a category cue, and a person who is not the writer (a name, a title, a
  // role, "he" or "she"); the writer's own news ("I'm off after surgery") is theirs to share.
  'special-category': (h, tokens) => h.some((c) => c.family === 'gate-special' && aboutSomeoneElse(tokens, h, c)),
  // A password-like value, or a number or code within a few words of an access word ("the gate is 4471").
  credentials: (h, tokens) =>
    tokens.some((t, i) => PASSWORD_SHAPES.has(t.t) || (CODE_SHAPES.has(t.t) && h.some((c) => c.family === 'access' && Math.abs(c.first - i) <= 6))),
  advertising: (h, tokens) => h.some((c) => c.family === 'gate-advertising') || ownBusiness(tokens) || (h.some((c) => c.family === 'offer') && h.some((c) => c.family === 'first-person')),
};

const OWNERS = new Set(['my', 'our', "i'm", 'we']);
const TRADES = new Set([
  'business', 'firm', 'company', 'shop', 'agency', 'practice', 'salon', 'van', 'café', 'cafe', 'studio', 'garage', 'gym',
  'farm', 'centre', 'service', 'services', 'bakery', 'pub', 'b', 'cottage', 'lets', 'stall', 'round', 'classes', 'lessons',
]);

/** "my web design business", "our family farm": an owner word then, within four words, a trade. */
function ownBusiness(tokens: readonly CouncilToken[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    if (!OWNERS.has(tokens[i].t)) continue;
    for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) if (TRADES.has(tokens[j].t)) return true;
  }
  return false;
}

/**
 * What a window must also show before a class reports it (the model is trained on every window).
 * Impolite: a barb — a sarcasm cue, praise beside a grievance, or a sharpening word ("clearly",
 * "yet again") beside a grievance without a word of courtesy. Plain curtness is left to the phrase
 * lexicon and the politeness model: short business lines are too often curt and fine.
 */
const CONFIRM: Partial<Record<CouncilClass, (hits: readonly CueHit[]) => boolean>> = {
  impolite: (h) => {
    const has = (f: string) => h.some((c) => c.family === f);
    return has('sarcasm') || (has('praise') && has('grievance')) || (!has('polite') && has('sarcasm-weak') && has('grievance'));
  },
};

export interface Judgement {
  cls: CouncilClass;
  /** Probability of the class for the best window. */
  probability: number;
  score: number;
  /** The window judged, as offsets into the text. */
  start: number;
  end: number;
  /** Cue families in the window that pushed towards the class, strongest first. */
  cues: string[];
  /** Every cue family found in the window (for saying what kind of thing it is). */
  families: string[];
}

export interface SentenceRange {
  start: number;
  end: number;
}

/** At most this many sentences are judged per text: a 1 MB body is a document, not a message. */
export const MAX_SENTENCES = 400;

/**
 * Tone is judged only in texts up to this many sentences: a longer one is a document (a newsletter,
 * a report, a forwarded article), where one barbed line is usually someone else's words.
 */
export const TONE_MAX_SENTENCES = 60;

interface Prepared {
  tokens: CouncilToken[];
  hits: CueHit[];
}

/** Windows of one sentence and of two neighbouring sentences. */
function windows(text: string, sentences: readonly SentenceRange[]): { start: number; end: number; p: Prepared }[] {
  const prepared: Prepared[] = [];
  const n = Math.min(sentences.length, MAX_SENTENCES);
  for (let i = 0; i < n; i++) {
    const tokens = councilTokens(text, sentences[i].start, sentences[i].end);
    prepared.push({ tokens, hits: cueHits(tokens) });
  }
  const out: { start: number; end: number; p: Prepared }[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ start: sentences[i].start, end: sentences[i].end, p: prepared[i] });
    if (i + 1 < n && prepared[i].tokens.length && prepared[i + 1].tokens.length) {
      const tokens = prepared[i].tokens.concat(prepared[i + 1].tokens);
      out.push({ start: sentences[i].start, end: sentences[i + 1].end, p: { tokens, hits: cueHits(tokens) } });
    }
  }
  return out;
}

/** Score one window for a class (no gate): for training and tests. */
export function scoreWindow(cls: CouncilClass, text: string, model: LogisticModel = COUNCIL_MODELS[cls]): number {
  const tokens = councilTokens(text);
  return scoreVector(model, classFeatures(cls, tokens, cueHits(tokens), text));
}

/** Does the class's gate let this text be judged? */
export function gateOpen(cls: CouncilClass, text: string): boolean {
  const tokens = councilTokens(text);
  return GATES[cls](cueHits(tokens), tokens);
}

/**
 * The best-scoring window of each asked class whose score passes its threshold. `sentences` are
 * ranges of `text` (the rule context's sentences); classes share one tokenising pass.
 */
export function judgeCouncil(
  text: string,
  sentences: readonly SentenceRange[],
  classes: readonly CouncilClass[],
  models: Record<CouncilClass, CouncilModel> = COUNCIL_MODELS,
): Judgement[] {
  const out: Judgement[] = [];
  const ws = windows(text, sentences);
  for (const cls of classes) {
    if (cls === 'impolite' && sentences.length > TONE_MAX_SENTENCES) continue;
    const model = models[cls];
    let best: { score: number; w: (typeof ws)[number]; x: FeatureVector } | undefined;
    for (const w of ws) {
      if (!GATES[cls](w.p.hits, w.p.tokens) || (CONFIRM[cls] && !CONFIRM[cls]!(w.p.hits))) continue;
      const x = classFeatures(cls, w.p.tokens, w.p.hits, text.slice(w.start, w.end));
      const score = scoreVector(model, x);
      if (score > model.threshold && (!best || score > best.score)) best = { score, w, x };
    }
    if (!best) continue;
    const cues = [...best.x.keys()]
      .filter((k) => k.startsWith('h:') && (model.weights[k] ?? 0) > 0)
      .sort((a, b) => model.weights[b] - model.weights[a])
      .map((k) => k.slice(2));
    const families = [...new Set(best.w.p.hits.map((h) => h.family))];
    out.push({ cls, probability: sigmoid(best.score), score: best.score, start: best.w.start, end: best.w.end, cues, families });
  }
  return out;
}
