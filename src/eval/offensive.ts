// `council-mail eval offensive FILE.csv` (Davidson et al. 2017), each tweet sent as an email body by
// an officer to one resident. Flag = a finding from the lexicon-driven tone checks at any level:
// tone/abusive, tone/threat, tone/discriminatory (block), tone/vulgar, tone/threat-possible and
// tone/reported (warn: unsure threats, words the writer passes on) and tone/impolite's
// crude-word findings (`mild` swearing, `insult` words aimed at someone; warn), never its politeness
// model or curt phrases. Hate (class 0) and offensive (class 1) should be flagged, neither (2) not.
// blockRate and warnOnlyRate say how many flagged tweets would stop a send and how many only warn.
// A tweet's class is the majority of its annotators' votes: neitherUnanimousFlagRate counts only the
// "neither" tweets no annotator called hate or offensive (the rest were a split vote).
import fs from 'fs';
import { readCsvObjects } from './csv';
import { defaultPolicy } from './default-policy';
import { findingsFor, rulesWhere } from './rule-runner';
import { binaryScores } from '../policy/models/logistic';
import type { EvalReport } from './report';
import type { Finding } from '../policy/finding';
import type { RuleId } from '../policy/rule-ids';

const OFFENSIVE_RULES = new Set<RuleId>(['tone/abusive', 'tone/threat', 'tone/discriminatory', 'tone/vulgar', 'tone/impolite', 'tone/threat-possible', 'tone/reported']);
/** tone/impolite's findings that come from the word lexicon (the rest are the politeness model's). */
const IMPOLITE_LEXICON_MESSAGES = new Set(['mild', 'insult']);

export function isOffensiveFlag(f: Pick<Finding, 'ruleId' | 'messageId'>): boolean {
  if (f.ruleId === 'tone/impolite') return IMPOLITE_LEXICON_MESSAGES.has(f.messageId);
  return OFFENSIVE_RULES.has(f.ruleId);
}

/** Recalls and the neither-flag rate of one half of the rows. */
export interface OffensiveHalf {
  n: number;
  hateRecall: number;
  offensiveRecall: number;
  neitherFlagRate: number;
  /** Over the "neither" tweets with no hate or offensive vote. */
  neitherUnanimousFlagRate: number;
}

/**
 * Which half a row is in: by the CSV's own row number (its first, unnamed column) when it has one,
 * else by position. Lexicon exceptions are written while reading the even rows only (issue #16), so
 * the odd rows are the fair figure.
 */
export function halfOf(r: Record<string, string>, position: number): 'even' | 'odd' {
  const id = Number(r[''] ?? NaN);
  return (Number.isInteger(id) ? id : position) % 2 === 0 ? 'even' : 'odd';
}

export function evalOffensive(csvPath: string): EvalReport {
  const rows = readCsvObjects(fs.readFileSync(csvPath, 'utf8'));
  const config = defaultPolicy();
  const rules = rulesWhere((id) => OFFENSIVE_RULES.has(id));
  const counts = [0, 0, 0];
  const flagged = [0, 0, 0];
  const gold: number[] = [];
  const pred: number[] = [];
  let blocks = 0;
  // Index 3: "neither" tweets with no hate or offensive vote.
  const half = { even: { counts: [0, 0, 0, 0], flagged: [0, 0, 0, 0] }, odd: { counts: [0, 0, 0, 0], flagged: [0, 0, 0, 0] } };
  const t0 = Date.now();
  for (const [position, r] of rows.entries()) {
    const cls = Number(r.class);
    if (!(cls === 0 || cls === 1 || cls === 2)) continue;
    const findings = findingsFor(r.tweet ?? '', '', config, rules).filter(isOffensiveFlag);
    const flag = findings.length > 0;
    if (findings.some((f) => f.level === 'block')) blocks++;
    counts[cls]++;
    if (flag) flagged[cls]++;
    const h = half[halfOf(r, position)];
    h.counts[cls]++;
    if (flag) h.flagged[cls]++;
    if (cls === 2 && !(Number(r.hate_speech) > 0) && !(Number(r.offensive_language) > 0)) {
      h.counts[3]++;
      if (flag) h.flagged[3]++;
    }
    gold.push(cls === 2 ? 0 : 1);
    pred.push(flag ? 1 : 0);
  }
  const s = binaryScores(gold, pred);
  const n = gold.length;
  return {
    task: 'offensive',
    n,
    baseline: Math.max(counts[0] + counts[1], counts[2]) / Math.max(1, n),
    accuracy: s.accuracy,
    precision: s.precision,
    recall: s.recall,
    f1: s.f1,
    hateRecall: counts[0] ? flagged[0] / counts[0] : 0,
    offensiveRecall: counts[1] ? flagged[1] / counts[1] : 0,
    neitherFlagRate: counts[2] ? flagged[2] / counts[2] : 0,
    blockRate: blocks / Math.max(1, n),
    // Read while writing exceptions: the even rows. The fair figure: the odd rows.
    readHalf: 'even',
    ...prefixed('even', halfFigures(half.even)),
    ...prefixed('odd', halfFigures(half.odd)),
    msPerText: Math.round(((Date.now() - t0) / Math.max(1, n)) * 1000) / 1000,
  };
}

function halfFigures(h: { counts: number[]; flagged: number[] }): OffensiveHalf {
  const rate = (c: number) => (h.counts[c] ? h.flagged[c] / h.counts[c] : 0);
  return { n: h.counts[0] + h.counts[1] + h.counts[2], hateRecall: rate(0), offensiveRecall: rate(1), neitherFlagRate: rate(2), neitherUnanimousFlagRate: rate(3) };
}

/** { n, hateRecall } → { evenN, evenHateRecall }. */
function prefixed(prefix: string, h: OffensiveHalf): Record<string, number> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [prefix + k[0].toUpperCase() + k.slice(1), v]));
}
