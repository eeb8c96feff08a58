// Undoes the cheap disguises people use to slip words past a checker, before the rules read the
// text: zero-width characters and soft hyphens inside words, full-width letters, Cyrillic/Greek
// look-alike letters mixed into Latin words, letter spacing ("p a s s w o r d", "f.u.c.k") and
// leetspeak ("p455w0rd"). The rules see the normalised text; the engine maps their spans back to the
// original through mapRangeBack, so highlighting and fixes land on what was typed.
//
// Spacing and leetspeak are undone only where the result is a word the rules or models know
// (src/policy/text/vocabulary.ts), so "I a m", "10am", "A55", postcodes and passwords stay as typed.
// Every pass is one left-to-right scan; unchanged stretches are copied, not mapped character by
// character, so a long ordinary body costs one regular-expression test per pass.
import { CONFUSABLE_CHARS } from '../data/confusables';
import { knownWord, offensiveWord, vocabulary, type Vocabulary } from './vocabulary';

/** A stretch of one pass's output: a copy of its input from `o`, or characters with their own input offsets. */
interface Piece {
  n: number;
  o: number;
  len: number;
  offs?: number[];
}

interface Layer {
  pieces: Piece[];
  inputLength: number;
}

export interface Normalised {
  text: string;
  /** One offset map per pass that changed something, first pass first (see originalOffset). */
  layers: Layer[];
}

/**
 * Replace input [start, end) by `text`; offs[k] is the input offset character k stands for, or,
 * when offs is undefined, the text is as long as the range and maps onto it letter for letter.
 */
interface Edit {
  start: number;
  end: number;
  text: string;
  offs?: number[];
}

// Zero-width space/joiners, word joiner, BOM, soft hyphen, bidi marks, embeddings, overrides and
// isolates, control characters (a NUL between letters: issue #18) and combining marks (strike-through
// or "zalgo" marks on each letter; an accent typed as a separate mark is dropped for matching only).
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060-\u2069\u20d0-\u20ff\ufe20-\ufe2f\ufeff]/;
// Also: Greek, Cyrillic, letterlike symbols, number forms (Roman numerals), enclosed letters,
// ligatures, full-width forms, and the high surrogate of the mathematical alphanumerics (𝐟𝐮𝐜𝐤).
const SUSPECT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u0300-\u052f\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f\u202a-\u202e\u2060-\u2069\u20d0-\u20ff\u2100-\u218f\u2460-\u24ff\ufb00-\ufb06\ufe20-\ufe2f\ufeff\uff01-\uff5e\ud835]/g;
/** Characters whose Unicode compatibility form (NFKC) is plain ASCII: ℌ, Ⅱ, ⓕ, ﬁ, 𝐟. */
const COMPAT = /[\u2100-\u218f\u2460-\u24ff\ufb00-\ufb06\ud835]/;
const RLO = '\u202e';
const PDF = '\u202c';
// Three single letters in a row, each followed by the same kind of separator: "f u c", "p.a.s".
const SPACED = /[a-z][ .-][a-z][ .-][a-z]/gi;

const isLatin = (c: string | undefined) => c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));

/** A range of the text that the reader does not see (HTML hidden text, see htmlToText). */
export interface HiddenRange {
  start: number;
  end: number;
}

/**
 * The normalised text, or undefined when nothing needed changing (the common case: no copy).
 * `hidden` ranges index into `s`; hidden text inside a line is read after that line instead.
 */
export function normaliseForMatching(s: string, hidden?: readonly HiddenRange[]): Normalised | undefined {
  const layers: Layer[] = [];
  let text = s;
  const passes = [overrideEdits, characterEdits, spacingEdits, leetEdits];
  for (let p = -1; p < passes.length; p++) {
    const edits = p < 0 ? (hidden && hidden.length ? hiddenEdits(s, hidden) : []) : passes[p](text);
    if (edits.length === 0) continue;
    const applied = applyEdits(text, edits);
    text = applied.text;
    layers.push(applied.layer);
  }
  return layers.length ? { text, layers } : undefined;
}

function applyEdits(input: string, edits: Edit[]): { text: string; layer: Layer } {
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let at = 0;
  let n = 0;
  const copy = (to: number) => {
    if (to <= at) return;
    parts.push(input.slice(at, to));
    pieces.push({ n, o: at, len: to - at });
    n += to - at;
  };
  for (const e of edits) {
    copy(e.start);
    if (e.text.length) {
      parts.push(e.text);
      pieces.push(e.offs ? { n, o: e.offs[0], len: e.text.length, offs: e.offs } : { n, o: e.start, len: e.text.length });
      n += e.text.length;
    }
    at = e.end;
  }
  copy(input.length);
  return { text: parts.join(''), layer: { pieces, inputLength: input.length } };
}

function back(layer: Layer, i: number): number {
  const p = layer.pieces;
  const last = p[p.length - 1];
  if (!last || i >= last.n + last.len) return layer.inputLength;
  let lo = 0;
  let hi = p.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (p[mid].n <= i) lo = mid;
    else hi = mid - 1;
  }
  const q = p[lo];
  return q.offs ? q.offs[i - q.n] : q.o + (i - q.n);
}

/** Offset in the original of normalised character i (i = text length gives the original length). */
export function originalOffset(n: Normalised, i: number): number {
  let x = i;
  for (let k = n.layers.length - 1; k >= 0; k--) x = back(n.layers[k], x);
  return x;
}

/** Map a [start, end) range of the normalised text back to the original. */
export function mapRangeBack(n: Normalised, start: number, end: number): { start: number; end: number } {
  const clamp = (i: number) => Math.max(0, Math.min(i, n.text.length));
  const s = originalOffset(n, clamp(start));
  const e = end <= start ? s : originalOffset(n, Math.max(0, clamp(end) - 1)) + 1;
  return { start: s, end: Math.max(s, e) };
}

// ---- hidden text: "Please <span style=display:none>zzz</span>arrange payment" ----

/**
 * Hidden text inside a line is moved to the end of that line: the line then reads as the recipient
 * sees it ("Please arrange payment"), and the hidden words are still read, in the same paragraph (a
 * secret in a hidden span is still a secret). Hidden lines and blocks stay where they are.
 */
function hiddenEdits(s: string, hidden: readonly HiddenRange[]): Edit[] {
  const edits: Edit[] = [];
  const ranges = hidden.filter((h) => h.start >= 0 && h.end <= s.length && h.start < h.end).sort((x, y) => x.start - y.start);
  let moved: (Edit & { offs: number[] }) | undefined; // the insertion at the end of the current line
  let lineEnd = -1;
  let lastVisible = -1; // the line's last character that is not white space
  let lineKnown = false;
  let from = 0;
  let nl = -2; // the next line break at or after the range (-1: none), found once per line
  for (const h of ranges) {
    if (h.start < from) continue; // overlapping ranges: the first wins
    from = h.end;
    if (nl === -2 || (nl >= 0 && nl < h.start)) nl = s.indexOf('\n', h.start);
    if (nl >= 0 && nl < h.end) continue; // a hidden block of lines, already on lines of its own
    const end = nl < 0 ? s.length : nl;
    if (nl !== lineEnd || !lineKnown) {
      lineKnown = true;
      if (moved) edits.push(moved);
      moved = undefined;
      lineEnd = nl;
      lastVisible = end - 1;
      while (lastVisible >= 0 && /\s/.test(s[lastVisible])) lastVisible--;
    }
    if (lastVisible < h.end) continue; // nothing visible after it: already at the end of its line
    edits.push({ start: h.start, end: h.end, text: '', offs: [] });
    const m: Edit & { offs: number[] } = (moved ??= { start: end, end, text: '', offs: [] });
    m.text += ' ' + s.slice(h.start, h.end);
    m.offs.push(h.start);
    for (let i = h.start; i < h.end; i++) m.offs.push(i);
  }
  if (moved) edits.push(moved);
  return edits.sort((x, y) => x.start - y.start || x.end - y.end);
}

// ---- characters: invisible, full-width, look-alike letters ----

function characterEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  let prev = -2;
  let lastOut: string | undefined;
  SUSPECT.lastIndex = 0;
  for (let m = SUSPECT.exec(s); m; m = SUSPECT.exec(s)) {
    const i = m.index;
    const c = s[i];
    if (prev !== i - 1) lastOut = s[i - 1];
    prev = i;
    if (INVISIBLE.test(c)) {
      edits.push({ start: i, end: i + 1, text: '', offs: [] });
      continue;
    }
    const code = c.charCodeAt(0);
    let out = c;
    if (code >= 0xff01 && code <= 0xff5e) out = String.fromCharCode(code - 0xfee0);
    else if (COMPAT.test(c)) {
      const pair = code === 0xd835 ? s.slice(i, i + 2) : c;
      const k = typeof pair.normalize === 'function' ? pair.normalize('NFKC') : pair;
      if (k !== pair && /^[\x20-\x7e]+$/.test(k)) {
        edits.push({ start: i, end: i + pair.length, text: k, offs: k.split('').map(() => i) });
        lastOut = k[k.length - 1];
      }
      continue;
    } else {
      // Only inside a Latin word: Greek or Russian text written as such is left alone.
      const latin = CONFUSABLE_CHARS[c.toLowerCase()];
      if (latin && (isLatin(lastOut) || isLatin(nextVisible(s, i + 1)))) out = c === c.toLowerCase() ? latin : latin.toUpperCase();
    }
    lastOut = out;
    if (out !== c) edits.push({ start: i, end: i + 1, text: out, offs: out.length === 1 ? undefined : out.split('').map(() => i) });
  }
  return edits;
}

// ---- right-to-left override: "\u202etoidi\u202c" shows as "idiot" ----

/** A right-to-left override shows the letters after it in reverse order: read them as shown. */
function overrideEdits(s: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = s.indexOf(RLO); i >= 0; i = s.indexOf(RLO, i + 1)) {
    let end = i + 1;
    while (end < s.length && s[end] !== PDF && s[end] !== '\n' && s[end] !== RLO) end++;
    const offs: number[] = [];
    let text = '';
    for (let k = end - 1; k > i; k--) {
      text += s[k];
      offs.push(k);
    }
    edits.push({ start: i, end: end < s.length && s[end] === PDF ? end + 1 : end, text, offs });
    i = end - 1;
  }
  return edits;
}

function nextVisible(s: string, i: number): string | undefined {
  while (i < s.length && INVISIBLE.test(s[i])) i++;
  return s[i];
}

// ---- letter spacing: "f u c k i n g", "p.a.s.s.w.o.r.d" ----

/** Longest word tried when splitting a run back into words; runs longer than MAX_SPLIT are joined only. */
const MAX_WORD = 20;
const MAX_SPLIT = 200;
// Characters that make a run part of a longer token ("S u n f l0wer!2026"): joined, not split.
const TOKEN_CHAR = /[0-9@$&#%*_+=~^]/;

function spacingEdits(t: string): Edit[] {
  const edits: Edit[] = [];
  SPACED.lastIndex = 0;
  for (let m = SPACED.exec(t); m; m = SPACED.exec(t)) {
    const i = m.index;
    const sep = t[i + 1];
    // The end of a word after an apostrophe ("the chair's a t*at") is not a spaced letter.
    const afterApostrophe = (t[i - 1] === "'" || t[i - 1] === '’') && isLatin(t[i - 2]);
    if (isLatin(t[i - 1]) || afterApostrophe || t[i + 3] !== sep) {
      SPACED.lastIndex = i + 1;
      continue;
    }
    let k = i;
    while (t[k + 1] === sep && isLatin(t[k + 2]) && !isLatin(t[k + 3])) k += 2;
    SPACED.lastIndex = k + 1;
    const count = (k - i) / 2 + 1;
    if (count < 3) continue;
    let letters = '';
    for (let j = i; j <= k; j += 2) letters += t[j];
    const lower = letters.toLowerCase();
    const v = vocabulary();
    // Three letters only when they spell a known word: "I a m", "A B C" stay as typed.
    if (count === 3 && !knownWord(v, lower)) continue;
    const glued = (i > 0 && TOKEN_CHAR.test(t[i - 1])) || (k + 1 < t.length && TOKEN_CHAR.test(t[k + 1]));
    const cuts = glued || count > MAX_SPLIT ? [] : splitWords(lower, v);
    let out = '';
    const offs: number[] = [];
    let c = 0;
    for (let j = 0; j < letters.length; j++) {
      if (cuts[c] === j) {
        out += ' ';
        offs.push(i + 2 * j - 1); // the separator that stood there
        c++;
      }
      out += letters[j];
      offs.push(i + 2 * j);
    }
    edits.push({ start: i, end: k + 1, text: out, offs });
  }
  return edits;
}

/**
 * Where to put spaces back in a run of letters: the fewest known words ("fuckingidiot" → "fucking
 * idiot"); none when the run does not split wholly into known words.
 */
function splitWords(w: string, v: Vocabulary): number[] {
  const n = w.length;
  const cost: number[] = [0];
  const from: number[] = [0];
  const known: boolean[] = [false];
  for (let j = 1; j <= n; j++) {
    cost[j] = cost[j - 1] + 2;
    from[j] = j - 1;
    known[j] = false;
    for (let i = Math.max(0, j - MAX_WORD); i < j; i++) {
      if (cost[i] + 1 < cost[j] && knownWord(v, w.slice(i, j))) {
        cost[j] = cost[i] + 1;
        from[j] = i;
        known[j] = true;
      }
    }
  }
  const parts: { start: number; known: boolean }[] = [];
  for (let j = n; j > 0; j = from[j]) parts.push({ start: from[j], known: known[j] });
  parts.reverse();
  // Split only into known words: "D H U G E R" stays one word rather than "D HUGE R".
  if (parts.some((p) => !p.known)) return [];
  return parts.slice(1).map((p) => p.start);
}

// ---- leetspeak: "p455w0rd", "4rr4ng3", "7h3" ----

const LEET_LETTER: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };
const isTokenChar = (c: string | undefined) => c !== undefined && (isLatin(c) || (c >= '0' && c <= '9') || c === '@' || c === '$' || c === '!');
// Shapes that are not words in disguise: ordinals and units ("1st", "10am", "5kg"), road numbers,
// postcode districts and codes ("A55", "M25", "SG14"), a postcode's inward half ("1AB").
// A single capital and digit ("G0", "B3") is left to the vocabulary: no road or code reads as a word.
const UNIT = /^(?:[0-9]*1st|[0-9]*2nd|[0-9]*3rd|[0-9]+(?:th|am|pm|s|k|m|g|p|x|kg|km|mm|cm|ml|mg|mph|hrs?|mins?|yrs?|ft|pc|gb|mb|kb|ish))$/i;
const CODE = /^(?:[A-Z]{1,2}[0-9]{2,}[A-Z]?|[A-Z]{2}[0-9][A-Z]?|[A-Z][0-9][A-Z]|[0-9][A-Z]{2})$/;
// Characters that join a token into an address, path, time or sum: "w3.org", "10:30am", "jo@x".
const JOINER = /[/\\.:@_#&=?%£€+]/;
// The value of a secret is judged as typed by credentials/secret: "password is P455w0rd" stays.
const SECRET_BEFORE = /\b(?:pass(?:word|wd|code|phrase)|pwd|pin|code|otp|key|token|secret)\b[^\n]{0,24}?(?::|=|\bis\b|\bto\b|\bwas\b)["'“‘ \t]{0,3}$/i;
const SENTENCE_END = /[.!?\n]/;
// Digits and symbols, found by one cheap scan; a run is a candidate when a letter touches it.
const LEET_RUN = /[0-9@$!]+/g;
// Bare numbers that read as short words ("15" for "is"): only inside a sentence already in leetspeak.
const BARE = /^(?:15|17|45|47|50|70)$/;
const SPACE = /^[ \t]$/;
const HAS_LEET = /[013457@$!]/;

function leetEdits(t: string): Edit[] {
  const edits: (Edit & { sentence: number; weak: boolean })[] = [];
  const strong: number[] = []; // words undone per sentence
  let v: Vocabulary | undefined;
  let sentence = 0;
  let lastEnd = 0;
  LEET_RUN.lastIndex = 0;
  for (let m = LEET_RUN.exec(t); m; m = LEET_RUN.exec(t)) {
    let a = m.index;
    let b = a + m[0].length;
    if (isLatin(t[a - 1]) || isLatin(t[b])) {
      while (a > 0 && isTokenChar(t[a - 1])) a--;
      while (b < t.length && isTokenChar(t[b])) b++;
      LEET_RUN.lastIndex = b;
    } else if (!(b - a === 2 && BARE.test(m[0]) && SPACE.test(t[a - 1] ?? '') && SPACE.test(t[b] ?? ''))) continue;
    while (b > a && t[b - 1] === '!') b--; // "5h17!": the mark ends the sentence
    if (SENTENCE_END.test(t.slice(lastEnd, a))) sentence++;
    lastEnd = Math.max(lastEnd, a);
    if (b - a > MAX_WORD) continue; // no known word is that long
    const token = t.slice(a, b);
    if (t[a] === '@' || !HAS_LEET.test(token) || UNIT.test(token) || CODE.test(token)) continue; // "@name" is a mention
    if ((a > 1 && JOINER.test(t[a - 1]) && isTokenChar(t[a - 2])) || (JOINER.test(t[b] ?? '') && isTokenChar(t[b + 1]))) continue;
    if (SECRET_BEFORE.test(t.slice(Math.max(0, a - 48), a))) continue;
    v ??= vocabulary();
    const word = decode(token, v);
    if (!word) continue;
    const upper = /[A-Z][^a-z]*[A-Z]/.test(token) && !/[a-z]/.test(token); // "P455W0RD", not "G0"
    let out = '';
    for (let j = 0; j < token.length; j++) out += isLatin(token[j]) ? token[j] : upper ? word[j].toUpperCase() : word[j];
    // A bare number or a two-letter word ("15", "G0", "3D", "F1") is read as a word only in a
    // sentence with at least two longer words in leetspeak.
    const weak = word.length < 3 || !/[A-Za-z]/.test(token);
    edits.push({ start: a, end: b, text: out, sentence, weak });
    if (!weak) strong[sentence] = (strong[sentence] ?? 0) + 1;
    lastEnd = b;
  }
  return edits.filter((e) => !e.weak || (strong[e.sentence] ?? 0) >= 2);
}

// Mail repeats its words: the answer per token is remembered (bounded, cleared when full).
const DECODED = new Map<string, string | null>();

/** The known word a token spells with its digits and symbols read as letters ("1" as i, then l). */
function decode(token: string, v: Vocabulary): string | undefined {
  let word = DECODED.get(token);
  if (word === undefined) {
    word = decodeUncached(token, v) ?? null;
    if (DECODED.size > 10000) DECODED.clear();
    DECODED.set(token, word);
  }
  return word ?? undefined;
}

function decodeUncached(token: string, v: Vocabulary): string | undefined {
  const lower = token.toLowerCase();
  let base = '';
  const ones: number[] = [];
  for (let j = 0; j < lower.length; j++) {
    const c = lower[j];
    if (isLatin(c)) base += c;
    else if (LEET_LETTER[c]) {
      if (c === '1') ones.push(j);
      base += LEET_LETTER[c];
    } else return undefined;
  }
  if (base.length < 2 || ones.length > 3) return undefined;
  for (let mask = 0; mask < 1 << ones.length; mask++) {
    let w = base;
    for (let o = 0; o < ones.length; o++) if (mask & (1 << o)) w = w.slice(0, ones[o]) + 'l' + w.slice(ones[o] + 1);
    // Swear words and slurs are left to the tone lexicon, which reads leetspeak with its own safeguards.
    if (knownWord(v, w)) return offensiveWord(v, w) ? undefined : w;
  }
  return undefined;
}
