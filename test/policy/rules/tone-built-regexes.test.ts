// The tone, instruction, disclaimer and solicitation rules build their expressions from data files at
// load. Check each with recheck; where it reports a (bounded) polynomial case, run its attack string
// at 1 MB and require it to finish quickly, which is the property that matters on the send path.
import { check } from 'recheck';
import { compilePhrases } from '../../../src/policy/text/patterns';
import { THREAT_PATTERNS } from '../../../src/policy/data/threats';
import { DIRECTED_PHRASES, INSULT_NOUNS } from '../../../src/policy/data/profanity';
import { DISCRIMINATORY_PHRASES } from '../../../src/policy/data/slurs';
import { IMPOLITE_PHRASES } from '../../../src/policy/data/impolite';
import { OPINION_MARKERS } from '../../../src/policy/data/opinion';
import { ADVERT_STRONG, ADVERT_WEAK, CHAIN_STRONG, CHAIN_WEAK } from '../../../src/policy/data/solicitation';
import { ACCUSATION } from '../../../src/policy/rules/tone/defamation-risk';
import { BUILT_REGEXES as LEXICON } from '../../../src/policy/rules/tone/lexicon';
import { BUILT_REGEXES as DETECT } from '../../../src/policy/rules/instructions/detect';

const built: [string, RegExp][] = [
  ['threats', compilePhrases(THREAT_PATTERNS).re],
  ['directed phrases', compilePhrases(DIRECTED_PHRASES).re],
  ['insults', compilePhrases(INSULT_NOUNS.map((n) => n.word)).re],
  ['discriminatory statements', compilePhrases(DISCRIMINATORY_PHRASES).re],
  ['impolite phrases', compilePhrases(IMPOLITE_PHRASES.map((p) => p.pattern)).re],
  ['opinion markers', compilePhrases(OPINION_MARKERS).re],
  ['chain strong', compilePhrases(CHAIN_STRONG).re],
  ['chain weak', compilePhrases(CHAIN_WEAK).re],
  ['advert strong', compilePhrases(ADVERT_STRONG).re],
  ['advert weak', compilePhrases(ADVERT_WEAK).re],
  ['accusation', ACCUSATION],
  ...LEXICON.map((re, i) => [`lexicon ${i}`, re] as [string, RegExp]),
  ...DETECT.map((re, i) => [`instruction detector ${i}`, re] as [string, RegExp]),
];

describe('tone and writing expressions built from data', () => {
  it.each(built)('%s does not backtrack catastrophically', async (_name, re) => {
    const res = await check(re.source, re.flags.replace(/[gyd]/g, ''), { timeout: 60000 });
    if (res.status !== 'vulnerable') return;
    expect(res.complexity.type).not.toBe('exponential');
    const attack = res.attack.string;
    const input = attack.repeat(Math.max(1, Math.ceil(1_000_000 / attack.length))).slice(0, 1_000_000);
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    const t0 = performance.now();
    while (g.exec(input) !== null) if (g.lastIndex === 0) break;
    expect(performance.now() - t0).toBeLessThan(300);
  }, 120000);
});
