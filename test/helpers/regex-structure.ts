// Structural facts about a regular expression, read with a real ECMAScript regex parser
// (@eslint-community/regexpp, the parser ESLint's own regex rules use), for the ReDoS checks
// (test/helpers/regex-safety.ts). Two facts are used, each a proof rather than an estimate:
//
// 1. An expression with no quantifier (no *, +, ?, {n,m}) and no backreference is linear. A
//    backtracking matcher (V8's irregexp) at one start position follows each alternative at most
//    once per way of reaching it, and with no loop the number of ways is fixed by the pattern, so
//    the work at each position is bounded by the pattern and the search is linear in the input.
//    (recheck answers "safe" for such a "constant pattern" without further analysis, ReDoS.scala.)
//
// 2. An alternation that is not inside a quantifier or a lookaround can be split: at a start
//    position, for each way the part before it (P) matches, the matcher tries A1·S, then A2·S, …
//    (S the part after it), each with all its backtracking and nothing shared between them, so the
//    work of P·(A1|…|Ak)·S is at most the sum of the works of P·A1·S, …, P·Ak·S. Summed over the
//    start positions, the whole expression costs at most the sum of its pieces: if every piece is
//    linear, the whole is (k pieces: at most k times the cost). A backreference would tie a piece to
//    a group another piece drops, so an expression with one is never split.
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Alternative, CapturingGroup, Element, Group, Pattern } from '@eslint-community/regexpp/ast';

/** Pieces longer than this are split further while they hold an alternation that can be split. */
export const PIECE_SIZE = 1500;

function parse(source: string, flags: string): Pattern {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  return parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
}

/** Whether the expression has a backreference (\1, \k<name>) anywhere. */
export function hasBackreference(source: string, flags: string): boolean {
  let found = false;
  visitRegExpAST(parse(source, flags), {
    onBackreferenceEnter() {
      found = true;
    },
  });
  return found;
}

/** Proof 1 (above): no quantifier and no backreference anywhere, so matching is linear. */
export function isConstant(source: string, flags: string): boolean {
  let loops = false;
  visitRegExpAST(parse(source, flags), {
    onQuantifierEnter() {
      loops = true;
    },
    onBackreferenceEnter() {
      loops = true;
    },
  });
  return !loops;
}

/**
 * The largest group with two or more alternatives that sits in the top-level sequence, directly or
 * through groups with one alternative — never inside a quantifier or a lookaround (visited nodes are
 * only the elements of a sequence and the single alternative of a plain group).
 */
function splittable(seq: Alternative): Group | CapturingGroup | undefined {
  let best: Group | CapturingGroup | undefined;
  const walk = (elements: Element[]): void => {
    for (const el of elements) {
      if (el.type !== 'Group' && el.type !== 'CapturingGroup') continue;
      if (el.alternatives.length > 1) {
        if (!best || el.raw.length > best.raw.length) best = el;
      } else walk(el.alternatives[0].elements);
    }
  };
  walk(seq.elements);
  return best;
}

/**
 * Proof 2 (above): the pieces whose costs bound the expression's, each a complete expression with
 * the same flags. The top-level alternatives are split always; a piece longer than PIECE_SIZE has its
 * largest splittable group split in turn. An expression with a backreference, or with no alternation
 * to split, is its own only piece. Distinct pieces only, in the order found.
 */
export function pieces(source: string, flags: string): string[] {
  if (hasBackreference(source, flags)) return [source];
  const out = new Set<string>();
  const expand = (src: string, top: boolean): void => {
    const ast = parse(src, flags);
    if (ast.alternatives.length > 1) {
      for (const alt of ast.alternatives) expand(alt.raw, false);
      return;
    }
    const group = !top && src.length <= PIECE_SIZE ? undefined : splittable(ast.alternatives[0]);
    if (!group) {
      out.add(src);
      return;
    }
    for (const alt of group.alternatives) expand(`${src.slice(0, group.start)}(?:${alt.raw})${src.slice(group.end)}`, false);
  };
  expand(source, true);
  return [...out];
}

/**
 * One step of proof 2 on any piece, whatever its length: its top-level alternatives, or else the
 * expressions made by putting each alternative of its largest splittable group in the group's place
 * (undefined when it has a backreference or nothing to split). Used to split a piece further only
 * where that lets a proof settle the parts (regex-safety.ts, piecesOf).
 */
export function splitOnce(source: string, flags: string): string[] | undefined {
  if (hasBackreference(source, flags)) return undefined;
  const ast = parse(source, flags);
  if (ast.alternatives.length > 1) return ast.alternatives.map((a) => a.raw);
  const group = splittable(ast.alternatives[0]);
  if (!group) return undefined;
  return group.alternatives.map((alt) => `${source.slice(0, group.start)}(?:${alt.raw})${source.slice(group.end)}`);
}
