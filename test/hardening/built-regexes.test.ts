// The static ReDoS scan (regex-safety.test.ts) sees only regex literals; the rules also build
// expressions from word lists at load time. Each is checked with recheck. recheck models bounded
// repetition loosely and may call a bounded pattern "polynomial"; then its own attack string is run
// at 1 MB. A real quadratic blow-up at 1 MB takes minutes; linear matching takes well under a second,
// so the 5 s bound separates the two even on a loaded machine (speed itself is `npm run bench`'s job).
import { check } from 'recheck';
import { compilePhrases, phraseRegExp } from '../../src/policy/text/patterns';
import { THREAT_PATTERNS } from '../../src/policy/data/threats';
import { DIRECTED_PHRASES, INSULT_NOUNS } from '../../src/policy/data/profanity';
import { DISCRIMINATORY_PHRASES } from '../../src/policy/data/slurs';
import { IMPOLITE_PHRASES } from '../../src/policy/data/impolite';
import { OPINION_MARKERS } from '../../src/policy/data/opinion';
import { CHAIN_STRONG, CHAIN_WEAK } from '../../src/policy/data/solicitation';
import { builtRegExps as SOLICITATION } from '../../src/policy/rules/solicitation/score';
import { SHAPE_REGEXES } from '../../src/policy/rules/solicitation/shapes';
import { ACCUSATION } from '../../src/policy/rules/tone/defamation-risk';
import { BUILT_REGEXES as LEXICON } from '../../src/policy/rules/tone/lexicon';
import { BUILT_REGEXES as DETECT } from '../../src/policy/rules/instructions/detect';

import { INTERNAL_MARKERS } from '../../src/policy/data/internal-markers';
import { ATTACHMENT_PHRASES } from '../../src/policy/data/attachment-phrases';
import { CONFIDENTIAL_PHRASES, FOOTER_PHRASES } from '../../src/policy/data/confidential-markers';
import { SECRET_LABELS } from '../../src/policy/data/secret-patterns';
import { PATTERNS } from '../../src/policy/rules/personal-data/special-category';


const built: [string, RegExp][] = [
  ['threats', compilePhrases(THREAT_PATTERNS).re],
  ['directed phrases', compilePhrases(DIRECTED_PHRASES).re],
  ['insults', compilePhrases(INSULT_NOUNS.map((n) => n.word)).re],
  ['discriminatory statements', compilePhrases(DISCRIMINATORY_PHRASES).re],
  ['impolite phrases', compilePhrases(IMPOLITE_PHRASES.map((p) => p.pattern)).re],
  ['opinion markers', compilePhrases(OPINION_MARKERS).re],
  ['chain strong', compilePhrases(CHAIN_STRONG).re],
  ['chain weak', compilePhrases(CHAIN_WEAK).re],
  ...SOLICITATION().map((re, i) => [`solicitation cues ${i}`, re] as [string, RegExp]),
  ...Object.entries(SHAPE_REGEXES).map(([k, re]) => [`solicitation shape ${k}`, re] as [string, RegExp]),
  ['accusation', ACCUSATION],
  ...LEXICON.map((re, i) => [`lexicon ${i}`, re] as [string, RegExp]),
  ...DETECT.map((re, i) => [`instruction detector ${i}`, re] as [string, RegExp]),

  ['internal markers', phraseRegExp(INTERNAL_MARKERS)],
  ['attachment phrases', phraseRegExp(ATTACHMENT_PHRASES)],
  ['confidential phrases', phraseRegExp(CONFIDENTIAL_PHRASES)],
  ['footer phrases', phraseRegExp(FOOTER_PHRASES)],
  ...Object.entries(SECRET_LABELS).map(([k, v]) => [`secret labels (${k})`, phraseRegExp(v)] as [string, RegExp]),
  ...PATTERNS.map((p, i) => [`special-category pattern ${i} (${p.kind})`, p.re] as [string, RegExp]),
];

describe('expressions built from data lists', () => {
  it.each(built)('%s does not backtrack catastrophically', async (_name, re) => {
    const res = await check(re.source, re.flags.replace(/[gyd]/g, ''), { timeout: 60000 });
    if (res.status !== 'vulnerable') return;
    expect(res.complexity.type).not.toBe('exponential');
    const attack = res.attack.string;
    const input = attack.repeat(Math.max(1, Math.ceil(1_000_000 / attack.length))).slice(0, 1_000_000);
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    const t0 = performance.now();
    while (g.exec(input) !== null) if (g.lastIndex === 0) break;
    expect(performance.now() - t0).toBeLessThan(5000);
  }, 120000);
});
