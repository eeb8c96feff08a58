// Proof 3 for the ReDoS checks (test/helpers/regex-safety.ts; proofs 1 and 2 are in regex-structure.ts):
// an expression whose every quantifier is bounded ({n,m}, ?, never *, + or {n,}) and that has no
// backreference does a bounded amount of work at each start position, and this file computes a bound
// on that work that holds for EVERY input, by exhausting the inputs rather than sampling them. When the
// bound is at most MAX_WORK the expression is linear with a small constant and recheck is not needed
// (recheck fuzzes such an expression for seconds to minutes when its counted repetitions add up to 30
// or more, and calls it safe without looking when they add up to less).
//
// The model. A backtracking matcher (V8's irregexp) at one start position walks the paths of the
// expression's automaton in order, each path as far as the input lets it, and stops at the first
// success. Its work is at most the number of visits it makes to the automaton's nodes, summed over
// all the path prefixes that the input does not rule out (stopping at a success only removes visits).
// The automaton is built from the parsed expression (@eslint-community/regexpp), with every bounded
// quantifier unrolled (X{2,4} is X X (X (X)?)?), so it has no loops: every path is finite, and a path
// that consumes t characters is counted once per way it is written (two alternatives that read the
// same text are two paths, as the matcher tries both). Assertions (^ $ \b \B) are counted as always
// passing, which only adds paths. A lookaround is atomic in ECMAScript (the matcher never backtracks
// into it): each visit costs at most its body's own bound (computed the same way, read backwards for
// a lookbehind) and lets one path through.
//
// The bound is exact over inputs, not an estimate: the search below follows the multiset of nodes the
// matcher can be at after t characters (with how many path prefixes are at each), and for the next
// character tries one representative of every class of characters that the expression's atoms cannot
// tell apart (computed by V8 itself, testing each atom on all 65,536 UTF-16 code units with the
// expression's flags, so case-insensitivity and the dot's flags are exactly V8's). The worst input is
// the path through that tree with the most visits. If the search would grow past MAX_STATES distinct
// multisets, or the expression uses the u or v flag (code points past 65,535), the proof is not
// attempted and recheck decides as before.
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Alternative, Element, Node as AstNode, Pattern } from '@eslint-community/regexpp/ast';

/**
 * Most node visits the matcher may make at one start position for the proof to pass: linear with at
 * most this constant per character. The expressions in src/ that it settles need at most a few
 * thousand (regex-inventory.test.ts prints the largest); (a|a){32} needs 2^33.
 */
export const MAX_WORK = 100_000;
/** Most distinct multisets of nodes the search keeps before it gives up (then recheck decides). */
export const MAX_STATES = 20_000;
/** Most automaton nodes (the unrolled expression) before the proof is not attempted. */
const MAX_NODES = 50_000;

type NfaNode =
  | { kind: 'char'; label: number; next: number }
  | { kind: 'eps'; next: number[] }
  | { kind: 'look'; cost: number; next: number }
  | { kind: 'accept' };

class NotBounded extends Error {}
/** Thrown as soon as some input is found to need more than MAX_WORK visits. */
class OverLimit extends Error {}
class TooManyStates extends Error {}

interface Labels {
  raws: string[];
  index: Map<string, number>;
}

function parse(source: string, flags: string): Pattern {
  return new RegExpParser({ ecmaVersion: 2025 }).parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
}

/** Every UTF-16 code unit once, in order (each atom reads exactly one, as the u and v flags are excluded). */
const ALL_UNITS = Array.from({ length: 65536 }, (_, c) => String.fromCharCode(c)).join('');

/**
 * Membership of each atom over all UTF-16 code units, decided by V8 with the expression's flags
 * (cached): the atom replaces every unit it matches with U+0000 in one pass over ALL_UNITS, so the
 * units it matches are where the result holds U+0000 (U+0000 itself is tested on its own).
 */
const membershipCache = new Map<string, Uint8Array>();
function membership(raw: string, flags: string): Uint8Array {
  const key = `${flags}/${raw}`;
  let m = membershipCache.get(key);
  if (!m) {
    const replaced = ALL_UNITS.replace(new RegExp(`(?:${raw})`, `${flags}g`), '\0');
    if (replaced.length !== ALL_UNITS.length) throw new NotBounded(`the atom ${raw} does not read one unit`);
    m = new Uint8Array(65536);
    for (let c = 1; c < 65536; c++) m[c] = replaced.charCodeAt(c) === 0 ? 1 : 0;
    m[0] = new RegExp(`^(?:${raw})$`, flags).test('\0') ? 1 : 0;
    membershipCache.set(key, m);
  }
  return m;
}

/** One representative per class of code units no atom tells apart: for each, the atoms it matches. */
function alphabet(labels: string[], flags: string): number[][] {
  const members = labels.map((raw) => membership(raw, flags));
  const seen = new Map<string, number[]>();
  for (let c = 0; c < 65536; c++) {
    const hits: number[] = [];
    for (let l = 0; l < members.length; l++) if (members[l][c]) hits.push(l);
    if (hits.length === 0) continue; // a character no atom reads only ends every path
    const key = hits.join(',');
    if (!seen.has(key)) seen.set(key, hits);
  }
  return [...seen.values()];
}

/** The automaton of `node` read forwards (or backwards, inside a lookbehind), entering `next`. */
function builder(flags: string, labels: Labels, nodes: NfaNode[], maxStates: number) {
  const add = (n: NfaNode): number => {
    if (nodes.length >= MAX_NODES) throw new NotBounded('too many nodes');
    nodes.push(n);
    return nodes.length - 1;
  };
  const label = (raw: string): number => {
    let i = labels.index.get(raw);
    if (i === undefined) {
      i = labels.raws.length;
      labels.raws.push(raw);
      labels.index.set(raw, i);
    }
    return i;
  };
  const seq = (alt: Alternative, next: number, backwards: boolean): number => {
    const els = backwards ? alt.elements : [...alt.elements].reverse();
    let cur = next;
    for (const el of els) cur = build(el, cur, backwards);
    return cur;
  };
  const build = (el: Element | AstNode, next: number, backwards: boolean): number => {
    switch (el.type) {
      case 'Alternative':
        return seq(el, next, backwards);
      case 'Group':
      case 'CapturingGroup':
        if (el.alternatives.length === 1) return seq(el.alternatives[0], next, backwards);
        return add({ kind: 'eps', next: el.alternatives.map((a) => seq(a, next, backwards)) });
      case 'Character':
      case 'CharacterClass':
      case 'CharacterSet':
      case 'ExpressionCharacterClass':
        return add({ kind: 'char', label: label(el.raw), next });
      case 'Assertion':
        if (el.kind === 'lookahead' || el.kind === 'lookbehind') {
          const body = workOf(el.alternatives, flags, el.kind === 'lookbehind', maxStates);
          return add({ kind: 'look', cost: body, next });
        }
        return add({ kind: 'eps', next: [next] });
      case 'Quantifier': {
        if (el.max === Infinity) throw new NotBounded('unbounded quantifier');
        let cur = next;
        // The optional iterations, from the last back: each offers one more iteration or the exit.
        for (let j = 0; j < el.max - el.min; j++) cur = add({ kind: 'eps', next: [build(el.element, cur, backwards), next] });
        for (let j = 0; j < el.min; j++) cur = build(el.element, cur, backwards);
        return cur;
      }
      case 'Backreference':
        throw new NotBounded('backreference');
      default:
        throw new NotBounded(`unsupported ${el.type}`);
    }
  };
  return build;
}

/**
 * The most node visits of the matcher at one start position over all inputs, for an automaton with
 * entry `start` (see the file's comment). Throws NotBounded when the search grows too large.
 */
function maxWork(nodes: NfaNode[], start: number, labels: string[], flags: string, maxStates: number): number {
  const sigma = alphabet(labels, flags);
  // For each representative, whether each atom matches it.
  const matches = sigma.map((hits) => {
    const s = new Uint8Array(labels.length);
    for (const h of hits) s[h] = 1;
    return s;
  });
  // Closure: from seeds (node → path prefixes), the visits made before the next character and the
  // character nodes waiting for it. Nodes are visited once per path prefix reaching them.
  const closure = (seeds: Map<number, number>): { work: number; waiting: Map<number, number> } => {
    let work = 0;
    const waiting = new Map<number, number>();
    const stack: [number, number][] = [...seeds.entries()];
    while (stack.length) {
      const [id, count] = stack.pop()!;
      const n = nodes[id];
      if (n.kind === 'char') {
        work += count;
        waiting.set(id, (waiting.get(id) ?? 0) + count);
      } else if (n.kind === 'eps') {
        work += count;
        for (const t of n.next) stack.push([t, count]);
      } else if (n.kind === 'look') {
        work += count * (1 + n.cost);
        stack.push([n.next, count]);
      } else work += count;
      if (work > MAX_WORK) throw new OverLimit();
    }
    return { work, waiting };
  };
  const memo = new Map<string, number>();
  const keyOf = (m: Map<number, number>): string => [...m.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}:${v}`).join(',');
  const f = (seeds: Map<number, number>): number => {
    const key = keyOf(seeds);
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (memo.size >= maxStates) throw new TooManyStates();
    const { work, waiting } = closure(seeds);
    let best = 0;
    const tried = new Set<string>();
    for (const s of matches) {
      const next = new Map<number, number>();
      for (const [id, count] of waiting) {
        const n = nodes[id] as Extract<NfaNode, { kind: 'char' }>;
        if (s[n.label]) next.set(n.next, (next.get(n.next) ?? 0) + count);
      }
      if (next.size === 0) continue;
      const k = keyOf(next);
      if (tried.has(k)) continue;
      tried.add(k);
      best = Math.max(best, f(next));
    }
    const total = work + best;
    if (total > MAX_WORK) throw new OverLimit();
    memo.set(key, total);
    return total;
  };
  try {
    return f(new Map([[start, 1]]));
  } catch (e) {
    if (!(e instanceof TooManyStates)) throw e;
  }
  // Too many distinct multisets: a coarser bound, still over every input. After t characters, the
  // path prefixes waiting at each node are at most the most that any one character could bring there
  // (taken node by node, so two nodes may be credited with different characters: only ever more).
  let seeds = new Map<number, number>([[start, 1]]);
  let total = 0;
  for (let t = 0; seeds.size > 0; t++) {
    const { work, waiting } = closure(seeds);
    total += work;
    if (total > MAX_WORK) throw new OverLimit();
    const into = new Map<number, [number, number][]>();
    for (const [id, count] of waiting) {
      const n = nodes[id] as Extract<NfaNode, { kind: 'char' }>;
      const list = into.get(n.next) ?? [];
      list.push([n.label, count]);
      into.set(n.next, list);
    }
    seeds = new Map();
    for (const [target, list] of into) {
      let most = 0;
      for (const s of matches) {
        let sum = 0;
        for (const [l, count] of list) if (s[l]) sum += count;
        if (sum > most) most = sum;
      }
      if (most > 0) seeds.set(target, most);
    }
  }
  return total;
}

function workOf(alternatives: Alternative[], flags: string, backwards: boolean, maxStates: number): number {
  const nodes: NfaNode[] = [{ kind: 'accept' }];
  const labels: Labels = { raws: [], index: new Map() };
  const build = builder(flags, labels, nodes, maxStates);
  const start = alternatives.length === 1 ? build(alternatives[0], 0, backwards) : nodes.push({ kind: 'eps', next: alternatives.map((a) => build(a, 0, backwards)) }) - 1;
  return maxWork(nodes, start, labels.raws, flags, maxStates);
}

export type BoundedProof =
  /** At most `work` visits at one start position on any input, and work ≤ MAX_WORK. */
  | { kind: 'proven'; work: number }
  /** Every quantifier is bounded, but the bound found is over MAX_WORK. */
  | { kind: 'over' }
  /** Not attempted or not finished: an unbounded quantifier, a backreference, the u or v flag, too large. */
  | { kind: 'not applicable'; why: string };

/**
 * Proof 3 (above) for the expression `source` with `flags`. `maxStates` only changes how far the
 * exact search goes before the coarser bound is tried (the shard split asks with a smaller one).
 */
export function boundedProof(source: string, flags: string, maxStates = MAX_STATES): BoundedProof {
  if (/[uv]/.test(flags)) return { kind: 'not applicable', why: 'the u or v flag' };
  const runFlags = flags.replace(/[gyd]/g, '');
  try {
    const work = workOf(parse(source, runFlags).alternatives, runFlags, false, maxStates);
    return work <= MAX_WORK ? { kind: 'proven', work } : { kind: 'over' };
  } catch (e) {
    if (e instanceof NotBounded) return { kind: 'not applicable', why: e.message };
    if (e instanceof OverLimit) return { kind: 'over' };
    throw e;
  }
}

/** Whether every quantifier in the expression is bounded and it has no backreference (read by the parser). */
export function onlyBounded(source: string, flags: string): boolean {
  let bounded = true;
  visitRegExpAST(parse(source, flags), {
    onQuantifierEnter(q) {
      if (q.max === Infinity) bounded = false;
    },
    onBackreferenceEnter() {
      bounded = false;
    },
  });
  return bounded;
}

/** The work bound of proof 3 (undefined when not applicable, Infinity when over MAX_WORK). */
export function boundedWork(source: string, flags: string): number | undefined {
  const p = boundedProof(source, flags);
  return p.kind === 'proven' ? p.work : p.kind === 'over' ? Infinity : undefined;
}

/**
 * Proof 4: an expression P·C*·S (C{m,} greedy or lazy, C one character atom, the only unbounded
 * quantifier, in the top-level sequence once single-alternative groups are opened; P and S with only
 * bounded quantifiers) in which P cannot start with a character C matches and must read at least one
 * character. At a start position p the matcher tries each way P matches (at most W_P visits in all,
 * proof 3), and after each the loop takes the run of C characters from where P ended (R(p) at most)
 * and tries S after each length it may stop at: at most W_P·(1 + (R(p) + 1)·(W_S + 1)) visits. The
 * runs cannot pile up: if two start positions p1 < p2 have runs covering the same position x, then p2
 * lies inside P's match from p1 (at most L = P's longest match further on), since inside the run its
 * character is one C matches, which P cannot start with. So each position lies in the runs of at most
 * L + 1 start positions, ΣR(p) ≤ (L + 1)·n, and the whole input costs at most
 * n·W_P·(1 + (W_S + 1)·(L + 2)) visits: linear, with that constant per character, which must be at
 * most MAX_WORK. (`£\s?\d[\d,.]*k?…`: "£1,000,000" is one run, and no "£" can start inside it. Without
 * the disjointness, `\d[\d]*x` on a line of digits is quadratic: every digit starts a new run.)
 */
export function runProof(source: string, flags: string, maxStates = MAX_STATES): BoundedProof {
  if (/[uv]/.test(flags)) return { kind: 'not applicable', why: 'the u or v flag' };
  const runFlags = flags.replace(/[gyd]/g, '');
  let pattern: Pattern;
  try {
    pattern = parse(source, runFlags);
  } catch {
    return { kind: 'not applicable', why: 'does not parse' };
  }
  if (pattern.alternatives.length !== 1) return { kind: 'not applicable', why: 'an alternation at the top' };
  const flat: Element[] = [];
  const open = (els: Element[]): void => {
    for (const el of els) {
      if ((el.type === 'Group' || el.type === 'CapturingGroup') && el.alternatives.length === 1) open(el.alternatives[0].elements);
      else flat.push(el);
    }
  };
  open(pattern.alternatives[0].elements);
  const loops = flat.map((el, i) => (el.type === 'Quantifier' && el.max === Infinity ? i : -1)).filter((i) => i >= 0);
  if (loops.length !== 1) return { kind: 'not applicable', why: 'not one unbounded quantifier in the top-level sequence' };
  const loop = flat[loops[0]] as Extract<Element, { type: 'Quantifier' }>;
  if (loop.element.type !== 'Character' && loop.element.type !== 'CharacterClass' && loop.element.type !== 'CharacterSet') return { kind: 'not applicable', why: 'the loop reads more than one character' };
  const before = flat.slice(0, loops[0]);
  const after = flat.slice(loops[0] + 1);
  const alt = (elements: Element[]): Alternative => ({ type: 'Alternative', elements }) as unknown as Alternative;
  try {
    // P: its automaton, its bound, whether it can match nothing, what it can start with, its longest match.
    const nodes: NfaNode[] = [{ kind: 'accept' }];
    const labels: Labels = { raws: [], index: new Map() };
    const start = builder(runFlags, labels, nodes, maxStates)(alt(before), 0, false);
    const wP = maxWork(nodes, start, labels.raws, runFlags, maxStates);
    const firstLabels = new Set<number>();
    let nullable = false;
    const seen = new Set<number>();
    const stack = [start];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const n = nodes[id];
      if (n.kind === 'accept') nullable = true;
      else if (n.kind === 'char') firstLabels.add(n.label);
      else if (n.kind === 'eps') stack.push(...n.next);
      else stack.push(n.next);
    }
    if (nullable) return { kind: 'not applicable', why: 'the part before the loop can match nothing' };
    const loopSet = membership(loop.element.raw, runFlags);
    for (const l of firstLabels) {
      const m = membership(labels.raws[l], runFlags);
      for (let c = 0; c < 65536; c++) if (m[c] && loopSet[c]) return { kind: 'not applicable', why: 'the part before the loop can start with a character the loop reads' };
    }
    // Every node's successors were made before it (the automaton is built from the end), so the
    // longest match from each node is found in the order the nodes were made.
    const longest = new Array<number>(nodes.length).fill(0);
    for (let id = 1; id < nodes.length; id++) {
      const n = nodes[id];
      longest[id] = n.kind === 'char' ? 1 + longest[n.next] : n.kind === 'look' ? longest[n.next] : n.kind === 'eps' ? Math.max(...n.next.map((t) => longest[t])) : 0;
    }
    const L = longest[start];
    const wS = after.length === 0 ? 1 : workOf([alt(after)], runFlags, false, maxStates);
    const work = wP * (1 + (wS + 1) * (L + 2));
    return work <= MAX_WORK ? { kind: 'proven', work } : { kind: 'over' };
  } catch (e) {
    if (e instanceof NotBounded) return { kind: 'not applicable', why: e.message };
    if (e instanceof OverLimit) return { kind: 'over' };
    throw e;
  }
}
