// The static ReDoS scan (test/hardening/regex-safety.test.ts) sees only regex literals; these rules
// also build expressions from word lists at load time. Check those with recheck too. recheck models
// bounded repetition ({1,3}) loosely and may call a bounded pattern "polynomial"; when it does, its
// own attack string is run at 1 MB and must finish quickly, which is the property that matters.
import { check } from 'recheck';
import { phraseRegExp } from '../../../src/policy/text/phrases';
import { INTERNAL_MARKERS } from '../../../src/policy/data/internal-markers';
import { ATTACHMENT_PHRASES } from '../../../src/policy/data/attachment-phrases';
import { CONFIDENTIAL_PHRASES, FOOTER_PHRASES } from '../../../src/policy/data/confidential-markers';
import { SECRET_LABELS } from '../../../src/policy/data/secret-patterns';
import { PATTERNS } from '../../../src/policy/rules/personal-data/special-category';

const built: [string, RegExp][] = [
  ['internal markers', phraseRegExp(INTERNAL_MARKERS)],
  ['attachment phrases', phraseRegExp(ATTACHMENT_PHRASES)],
  ['confidential phrases', phraseRegExp(CONFIDENTIAL_PHRASES)],
  ['footer phrases', phraseRegExp(FOOTER_PHRASES)],
  ...Object.entries(SECRET_LABELS).map(([k, v]) => [`secret labels (${k})`, phraseRegExp(v)] as [string, RegExp]),
  ...PATTERNS.map((p, i) => [`special-category pattern ${i} (${p.kind})`, p.re] as [string, RegExp]),
];

describe('regular expressions built from data lists', () => {
  it.each(built)('%s does not backtrack catastrophically', async (_name, re) => {
    const res = await check(re.source, re.flags.replace(/[gyd]/g, ''), { timeout: 60000 });
    if (res.status !== 'vulnerable') return;
    expect(res.complexity.type).not.toBe('exponential');
    const attack = res.attack.string;
    const input = attack.repeat(Math.max(1, Math.ceil(1_000_000 / attack.length))).slice(0, 1_000_000);
    const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    const t0 = performance.now();
    while (g.exec(input) !== null) if (g.lastIndex === 0) break;
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(300);
  }, 120000);
});
