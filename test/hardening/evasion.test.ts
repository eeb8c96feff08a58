// The evasion set: obfuscated variants that must still be caught, innocent look-alikes that must
// not be blocked. Figures are printed and written into docs/QUALITY.md by `npm run eval`.
import fs from 'fs';
import path from 'path';
import { scoreEvasion, type EvasionItem, type EvasionScore } from '../../src/eval/evasion';
import { normaliseForMatching, mapRangeBack } from '../../src/policy/text/normalise';
import { check } from '../../src/policy/engine';
import { draft, policy, ROOT } from '../helpers/draft';

const items: EvasionItem[] = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/evasion.json'), 'utf8'));
let score: EvasionScore;
beforeAll(async () => {
  score = await scoreEvasion(items, policy());
});

describe('evasion set', () => {
  it('holds at least 200 labelled variants, and reports its figures', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    console.log(`evasion: caught ${score.caught}/${score.toCatch}; innocent blocked ${score.falseBlocks}/${score.innocent}\n` + Object.entries(score.byTechnique).map(([t, v]) => `  ${t}: ${v.caught}/${v.toCatch}`).join('\n'));
  });

  it('blocks no innocent look-alike', () => {
    expect(score.falseBlocks).toBe(0);
  });

  // Issue #18 acceptance: every technique of findings 2–4 has at least 8 must-catch cases and 8
  // innocent look-alikes; at least 80 % caught per technique and 95 % overall.
  const ISSUE_18 = [
    'quote-prefix', 'blockquote', 'fake-header-block', 'quote-above-reply-header', 'quoted-secret-in-reply',
    'img-alt', 'img-title', 'input-value', 'css-before-after', 'attachment-name', 'subject-line', 'math-alphanumeric',
    'combining-marks', 'rtl-override', 'nul-bytes', 'part-two-numerals', 'plain-html-differ', 'wrong-boundary', 'utf-7',
    // finding 3: inside attachments
    'exe-in-archive', 'disguised-archive', 'phishing-carrier', 'attached-message', 'attached-eml-file', 'exe-in-attached-message', 'attached-msg-file', 'exe-in-attached-msg',
  ];
  it.each(ISSUE_18)('%s: at least 8 cases each way, 80 %% caught', (technique) => {
    const t = score.byTechnique[technique];
    expect(t.toCatch).toBeGreaterThanOrEqual(8);
    expect(t.innocent).toBeGreaterThanOrEqual(8);
    expect(t.caught / t.toCatch).toBeGreaterThanOrEqual(0.8);
    expect(t.falseBlocks).toBe(0);
  });

  it('catches at least 95 % overall', () => {
    expect(score.caught / score.toCatch).toBeGreaterThanOrEqual(0.95);
  });

  // What is caught today (issue #16): a floor, so the comparison below cannot pass by both catching
  // nothing. Raise it when more is caught; lower it only with the case shown to be a false alarm.
  const CAUGHT_AT_LEAST = { each: 11 };
  const FIRST_TECHNIQUES = ['plain', 'homoglyphs', 'zero-width', 'soft-hyphen', 'fullwidth', 'mixed-case', 'white-on-white', 'html-split', 'entities', 'spacing', 'leetspeak', 'hidden-span'];

  it('catches at least what it caught when the floor was set, in plain text and under each first disguise', () => {
    for (const technique of FIRST_TECHNIQUES) expect([technique, score.byTechnique[technique].caught >= CAUGHT_AT_LEAST.each]).toEqual([technique, true]);
  });

  it.each(['homoglyphs', 'zero-width', 'soft-hyphen', 'fullwidth', 'mixed-case', 'white-on-white', 'html-split', 'entities', 'spacing', 'leetspeak', 'hidden-span'])(
    'catches as much disguised with %s as in plain text',
    (technique) => {
      expect(score.byTechnique[technique].caught).toBeGreaterThanOrEqual(Math.max(1, score.byTechnique.plain.caught));
    },
  );
});

describe('normalising disguised text', () => {
  it.each([
    ['zero-width inside a word', 'pass\u200bword', 'password'],
    ['Cyrillic letters in a Latin word', 'pаsswоrd', 'password'],
    ['full-width letters', 'ｐａｓｓｗｏｒｄ', 'password'],
    ['soft hyphen', 'pass\u00adword', 'password'],
  ])('undoes %s', (_n, input, expected) => {
    expect(normaliseForMatching(input)?.text).toBe(expected);
  });

  it('leaves Russian and Greek words alone', () => {
    const s = 'Спасибо, καλημέρα';
    expect(normaliseForMatching(s)?.text ?? s).toBe(s);
  });

  it('makes no copy of ordinary text', () => {
    expect(normaliseForMatching('Dear resident, thank you.')).toBeUndefined();
  });

  it('maps a span back to the text as typed', () => {
    const n = normaliseForMatching('a\u200bb\u200bc password')!;
    const at = n.text.indexOf('password');
    expect(mapRangeBack(n, at, at + 8)).toEqual({ start: 6, end: 14 });
  });

  it('reports findings on disguised text at the offsets the user typed', () => {
    const body = 'The alarm P\u200bI\u200bN is 4821.';
    const f = check(draft({ body }), policy()).findings.find((x) => x.ruleId === 'credentials/secret');
    expect(f?.span?.field).toBe('body');
    expect(f!.span!.end).toBeLessThanOrEqual(body.length);
    expect(body.slice(f!.span!.start, f!.span!.end)).toContain('4821');
  });
});

describe('hidden text read from a real message', () => {
  it('an .eml whose HTML hides junk inside a councillor instruction is still an instruction', async () => {
    const { parseEml } = await import('../../src/mail/eml');
    const { CLLR } = await import('../helpers/draft');
    const eml = [
      `From: ${CLLR}`,
      'To: clerk@waretowncouncil.gov.uk',
      'Subject: Invoice',
      'Message-ID: <hidden-span@example.invalid>',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Please <span style="display:none">zzz</span>arrange payment of the invoice today.</p>',
    ].join('\r\n');
    const d = await parseEml(eml);
    expect(d.body.hidden).toEqual([{ start: 7, end: 10 }]);
    const f = check(d, policy()).findings.filter((x) => x.ruleId === 'instructions/councillor');
    expect(f).toHaveLength(1);
    expect(d.body.text.slice(f[0].span!.start, f[0].span!.end)).toContain('arrange');
  });
});
