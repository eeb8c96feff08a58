// Issue #18 finding 6: a policy file cannot smuggle keys past validation, turn whole top-level
// domains into partners, slow every send with a huge keyword list, or crash validation.
import { isPolicyError, parsePolicyText, resolvePolicy } from '../../../src/policy/config';
import { check } from '../../../src/policy/engine';
import { draft } from '../../helpers/draft';

const BASE = { organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'] }, roles: { councillors: [], officers: [] } };

function problems(text: string): string[] {
  try {
    parsePolicyText(text);
  } catch (e) {
    if (!isPolicyError(e)) throw e; // anything else is the crash the issue describes
    return e.problems.map((p) => `${p.path}: ${p.message}`);
  }
  return [];
}

describe('keys that reach the prototype are refused', () => {
  it.each([
    ['__proto__ at the top level', '{"__proto__": {"onError": "allow"}}'],
    ['constructor at the top level', '{"constructor": {}}'],
    ['__proto__ inside thresholds', '{"thresholds": {"__proto__": {"shoutingWords": 1}}}'],
    ['constructor inside levels', '{"levels": {"constructor": "off"}}'],
    ['prototype inside retention', '{"retention": {"prototype": 1}}'],
  ])('%s', (_name, extra) => {
    const text = JSON.stringify({ ...BASE, ...JSON.parse(extra) });
    // JSON.stringify drops a parsed __proto__ key's value onto the prototype: build the text by hand.
    const raw = text.startsWith('{') && extra.includes('__proto__') ? `{${JSON.stringify(BASE).slice(1, -1)},${extra.slice(1, -1)}}` : text;
    const p = problems(raw);
    expect(p.length).toBeGreaterThan(0);
    expect(p.join('\n')).toMatch(/__proto__|constructor|prototype/);
  });
});

describe('partner and council domains', () => {
  it.each([
    ['a top-level domain', ['com']],
    ['another', ['uk']],
    ['an empty name', ['']],
    ['a multi-label public suffix', ['co.uk']],
    ['gov.uk', ['gov.uk']],
    ['a dot on its own', ['.']],
  ])('partnerDomains: %s is refused', (_name, partnerDomains) => {
    const p = problems(JSON.stringify({ ...BASE, partnerDomains }));
    expect(p.join('\n')).toMatch(/^partnerDomains\[0\]: /m);
  });

  it('organisation.domains: a public suffix is refused', () => {
    expect(problems(JSON.stringify({ ...BASE, organisation: { name: 'X', domains: ['gov.uk'] } })).join('\n')).toMatch(/^organisation\.domains\[0\]: .*public suffix/m);
  });

  it('real partner bodies are accepted', () => {
    expect(problems(JSON.stringify({ ...BASE, partnerDomains: ['eastherts.gov.uk', 'hertfordshire.gov.uk', 'hertspolice.example.org'] }))).toEqual([]);
  });
});

describe('sizes', () => {
  it('100,000 retention keywords are refused with a clear limit', () => {
    const labels = [{ id: 'x', name: 'X', period: '6 years', keywords: Array.from({ length: 100000 }, (_, i) => `word${i}`) }];
    expect(problems(JSON.stringify({ ...BASE, retention: { defaultLabel: 'x', labels } })).join('\n')).toMatch(/retention\.labels\[0\]\.keywords: .*at most/);
  });

  it('a policy at the keyword limit is compiled once, not on every check', () => {
    const labels = [{ id: 'x', name: 'X', period: '6 years', keywords: Array.from({ length: 500 }, (_, i) => `word${i}`) }];
    const config = resolvePolicy({ ...BASE, retention: { defaultLabel: 'x', labels } });
    const spy = jest.spyOn(globalThis, 'RegExp');
    check(draft({ body: 'About word42.' }), config);
    const first = spy.mock.calls.length;
    check(draft({ body: 'About word43.' }), config);
    const second = spy.mock.calls.length - first;
    spy.mockRestore();
    expect(second).toBeLessThan(first);
  });
});

describe('deep nesting', () => {
  it('a deeply nested array gives a clear error, not an internal one', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    const p = problems(`{"organisation": {"name": "X", "domains": ["a.example"]}, "roles": {"councillors": [], "officers": []}, "personalDomains": ${deep}}`);
    expect(p.join('\n')).toMatch(/nested/);
  });
});
