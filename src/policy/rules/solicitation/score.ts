// Two scorers shared by the solicitation rules. Chain letters: strong cues report alone, weak cues
// need two different ones. Advertising: hand-weighted cue families plus links, prices and "!!!",
// summed and compared with a threshold; every cue that counted is named, so a finding explains itself.
import { compilePhrases, scanPhrases, type PhraseHit, type PhraseSet } from '../../text/patterns';
import {
  COMMERCIAL_GROUP,
  SOLICITATION_FAMILIES,
  SOLICITATION_SHAPES,
  SOLICITATION_STRONG,
  SOLICITATION_THRESHOLD,
  SOLICITATION_WINDOW,
  type CueFamily,
} from '../../data/solicitation';
import { shapeCounts, type ShapeCounts } from './shapes';

export interface CueSets {
  strong: PhraseSet;
  weak: PhraseSet;
}

export function cueSets(strong: readonly string[], weak: readonly string[]): CueSets {
  return { strong: compilePhrases(strong), weak: compilePhrases(weak) };
}

/** The hit to report, or undefined when the text is not a chain letter. */
export function solicitationHit(sets: CueSets, text: string): PhraseHit | undefined {
  const strong = scanPhrases(sets.strong, text);
  if (strong.length) return strong[0];
  const weak = scanPhrases(sets.weak, text);
  const distinct = new Set(weak.map((h) => h.index));
  return distinct.size >= 2 ? weak[0] : undefined;
}

export interface Cue {
  /** Family id ("pharmacy", "unsubscribe") or shape name ("links", "gibberish"). */
  family: string;
  weight: number;
  /** Where a phrase cue first matched (offsets into the scored text); shapes have none. */
  hit?: PhraseHit;
}

export interface SolicitationScore {
  score: number;
  /** Cues that counted, heaviest first. */
  cues: Cue[];
  isSolicitation: boolean;
}

interface Compiled {
  /** Whole families per set, each set one expression of at most CHUNK_SOURCE characters. */
  sets: { set: PhraseSet; first: number }[];
  /** For each entry of the flat list: its family and weight. */
  entries: { family: CueFamily; weight: number }[];
}

/**
 * V8 stops optimising one expression whose source is near 20,000 characters: the cue list as one
 * alternation of 19,000 characters took 13–23 ms to scan 40 KB, against 2.8 ms split in three. Families are packed into expressions of
 * at most this size instead; a family is never split, so the order of its cues (the first cue to
 * match at a place wins) still holds. Families in different expressions may both count the same words
 * ("Cheap meds" is medicines and an offer); each family is capped, so this adds little.
 */
export const CHUNK_SOURCE = 8_000;
/** What compilePhrases wraps around each source: its capturing group, a (?:…) and a tail \b. */
const WRAPPER = 8;

export function compileFamilies(families: readonly CueFamily[], chunk = CHUNK_SOURCE): Compiled {
  const entries: Compiled['entries'] = [];
  const sets: Compiled['sets'] = [];
  let sources: string[] = [];
  let size = 0;
  let first = 0;
  const flush = () => {
    if (!sources.length) return;
    sets.push({ set: compilePhrases(sources), first });
    first += sources.length;
    sources = [];
    size = 0;
  };
  for (const family of families) {
    const length = family.cues.reduce((n, [src]) => n + src.length + WRAPPER, 0);
    if (size && size + length > chunk) flush();
    for (const [src, weight] of family.cues) {
      sources.push(src);
      entries.push({ family, weight });
    }
    size += length;
  }
  flush();
  return { sets, entries };
}

let compiled: Compiled | undefined;
const COMMERCIAL = new Set(COMMERCIAL_GROUP.families);
/** The writer's own business or appeal: the case clause 3.1 was written for, telling at any weight. */
const OWN_SELLING = 'private';

/** The expressions built from the cue lists, for the backtracking checks in test/hardening. */
export function builtRegExps(): RegExp[] {
  compiled ??= compileFamilies(SOLICITATION_FAMILIES);
  return compiled.sets.map((s) => s.set.re);
}

function shapeCues(counts: ShapeCounts): Cue[] {
  const out: Cue[] = [];
  for (const [name, tiers] of Object.entries(SOLICITATION_SHAPES)) {
    const n = counts[name as keyof ShapeCounts];
    let weight = 0;
    for (const [atLeast, w] of tiers) if (n >= atLeast) weight = w;
    if (weight > 0) out.push({ family: name, weight });
  }
  return out;
}

/** [start, end) ranges of `text` that are read: all of it, or its head and its tail. */
function windows(length: number): [number, number][] {
  const { head, tail } = SOLICITATION_WINDOW;
  return length <= head + tail ? [[0, length]] : [[0, head], [length - tail, length]];
}

/**
 * Score a text (subject and own words) as a solicitation. Reads at most the head and tail windows,
 * so the cost is linear in the text up to 40 KB and constant beyond.
 */
export function scoreSolicitation(text: string): SolicitationScore {
  compiled ??= compileFamilies(SOLICITATION_FAMILIES);
  const { sets, entries } = compiled;
  const ranges = windows(text.length);
  // Each distinct cue counts once; each family at most its cap.
  const firstHit = new Map<number, PhraseHit>();
  for (const { set, first } of sets) {
    for (const [from, to] of ranges) {
      for (const hit of scanPhrases(set, text, from, to)) {
        const index = first + hit.index;
        if (!firstHit.has(index)) firstHit.set(index, { ...hit, index });
      }
    }
  }
  const byFamily = new Map<CueFamily, { sum: number; best: number; hit: PhraseHit }>();
  for (const [index, hit] of firstHit) {
    const { family, weight } = entries[index];
    const f = byFamily.get(family);
    if (!f) byFamily.set(family, { sum: weight, best: weight, hit });
    else {
      f.sum += weight;
      // The family is shown by its heaviest cue, the earliest among equals.
      if (weight > f.best || (weight === f.best && hit.start < f.hit.start)) {
        f.best = weight;
        f.hit = hit;
      }
    }
  }
  const cues: Cue[] = [];
  let strong = false;
  // A pitch: a strong cue (at least SOLICITATION_STRONG.cue alone) in a family outside the commercial
  // group that is strong as a whole (SOLICITATION_STRONG.family), or the writer's own selling. Weak
  // cues summed are a topic (a "business opportunity" in a regeneration report), not a pitch.
  let pitch = false;
  for (const [family, f] of byFamily) {
    const weight = Math.min(f.sum, family.cap);
    if (f.best >= SOLICITATION_STRONG.cue || weight >= SOLICITATION_STRONG.family) strong = true;
    if (!COMMERCIAL.has(family.id) && ((f.best >= SOLICITATION_STRONG.cue && weight >= SOLICITATION_STRONG.family) || family.id === OWN_SELLING)) pitch = true;
    cues.push({ family: family.id, weight, hit: f.hit });
  }
  const read = ranges.length === 1 ? text : ranges.map(([a, b]) => text.slice(a, b)).join('\n');
  const shapes = shapeCues(shapeCounts(read));
  if (shapes.some((c) => c.weight >= SOLICITATION_STRONG.cue)) strong = true;
  cues.push(...shapes);
  cues.sort((a, b) => b.weight - a.weight || (a.hit?.start ?? Infinity) - (b.hit?.start ?? Infinity));
  let commercial = 0;
  let other = 0;
  for (const c of cues) {
    if (COMMERCIAL.has(c.family)) commercial += c.weight;
    else other += c.weight;
  }
  const score = Math.min(commercial, COMMERCIAL_GROUP.cap) + other;
  // A candidate, then a judgement: only a pitch makes it a solicitation; commercial wording, links and
  // prices add to one but never make one (a newsletter has offers and links, issue #16).
  return { score, cues, isSolicitation: pitch && strong && score >= SOLICITATION_THRESHOLD };
}
