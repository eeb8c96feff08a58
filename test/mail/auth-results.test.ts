import fs from 'fs';
import path from 'path';
import { assessSender, parseAuthenticationResults, type AuthResultsHeader } from '../../src/mail/auth-results';
import { organisationalDomain } from '../../src/policy/rules/authenticity/domains';
import { SHARED } from '../helpers/draft';

/** Results as compact strings: `method=result ptype.prop=value ...`, reason as `reason=...`. */
function flat(h: AuthResultsHeader): string[] {
  return h.results.map((r) =>
    [
      `${r.method}${r.version !== undefined ? '/' + r.version : ''}=${r.result}`,
      ...(r.reason !== undefined ? [`reason=${r.reason}`] : []),
      ...r.properties.map((p) => `${p.ptype ? p.ptype + '.' : ''}${p.property}=${p.value}`),
    ].join(' '),
  );
}

// RFC 8601 Appendix B (B.1, no header at all, is covered by assessSender below).
describe('parseAuthenticationResults: RFC 8601 Appendix B', () => {
  it('B.2 service provided, no authentication done: "none" with a version', () => {
    const h = parseAuthenticationResults('example.org 1; none');
    expect(h).toEqual({ authservId: 'example.org', version: 1, none: true, results: [] });
  });

  it('B.3 service provided, authentication done (folded)', () => {
    const h = parseAuthenticationResults('example.com;\r\n          spf=pass smtp.mailfrom=example.net');
    expect(h.authservId).toBe('example.com');
    expect(flat(h)).toEqual(['spf=pass smtp.mailfrom=example.net']);
  });

  it('B.4 several authentications, single MTA: a comment after the result is not a property', () => {
    const h1 = parseAuthenticationResults(
      'example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.net;\r\n          spf=pass smtp.mailfrom=example.net',
    );
    const h2 = parseAuthenticationResults('example.com; iprev=pass\r\n          policy.iprev=192.0.2.200');
    expect(flat(h1)).toEqual(['auth=pass smtp.auth=sender@example.net', 'spf=pass smtp.mailfrom=example.net']);
    expect(flat(h2)).toEqual(['iprev=pass policy.iprev=192.0.2.200']);
  });

  it('B.5 several authentications, different MTAs', () => {
    const top = parseAuthenticationResults('example.com;\r\n          dkim=pass (good signature) header.d=example.com');
    const lower = parseAuthenticationResults(
      'example.com;\r\n          auth=pass (cram-md5) smtp.auth=sender@example.com;\r\n          spf=fail smtp.mailfrom=example.com',
    );
    expect(flat(top)).toEqual(['dkim=pass header.d=example.com']);
    expect(flat(lower)).toEqual(['auth=pass smtp.auth=sender@example.com', 'spf=fail smtp.mailfrom=example.com']);
  });

  it('B.6 multi-tiered authentication: quoted reason strings', () => {
    const h = parseAuthenticationResults(
      'example.com;\r\n      dkim=pass reason="good signature"\r\n        header.i=@mail-router.example.net;\r\n      dkim=fail reason="bad signature"\r\n        header.i=@newyork.example.com',
    );
    expect(flat(h)).toEqual([
      'dkim=pass reason=good signature header.i=@mail-router.example.net',
      'dkim=fail reason=bad signature header.i=@newyork.example.com',
    ]);
    const lower = parseAuthenticationResults('example.net;\r\n      dkim=pass (good signature) header.i=@newyork.example.com');
    expect(lower.authservId).toBe('example.net');
    expect(flat(lower)).toEqual(['dkim=pass header.i=@newyork.example.com']);
  });

  it('B.7 comment-heavy: comments between every element, even inside "policy . expired"', () => {
    const h = parseAuthenticationResults(
      'foo.example.net (foobar) 1 (baz);\r\n    dkim (Because I like it) / 1 (One yay) = (wait for it) fail\r\n      policy (A dot can go here) . (like that) expired\r\n      (this surprised me) = (as I wasn\'t expecting it) 1362471462',
    );
    expect(h.authservId).toBe('foo.example.net');
    expect(h.version).toBe(1);
    expect(flat(h)).toEqual(['dkim/1=fail policy.expired=1362471462']);
  });
});

describe('parseAuthenticationResults: edge cases', () => {
  it.each([
    ['results inside a comment do not count', 'mx.example; arc=pass (i=1 spf=pass dkim=pass dmarc=pass); dmarc=fail header.from=a.example', ['arc=pass', 'dmarc=fail header.from=a.example']],
    ['a semicolon inside a comment does not end the resinfo', 'mx.example; auth=pass (cram-md5; comment) smtp.auth=a@b.example', ['auth=pass smtp.auth=a@b.example']],
    ['an escaped parenthesis inside a comment', 'mx.example; spf=pass (x \\) y) smtp.mailfrom=b.example', ['spf=pass smtp.mailfrom=b.example']],
    ['nested comments', 'mx.example; spf=pass (a (b) c) smtp.mailfrom=b.example', ['spf=pass smtp.mailfrom=b.example']],
    ['a quoted value holding "=" and ";"', 'mx.example; spf=neutral smtp.mailfrom="a+b=c;d@tr.example"', ['spf=neutral smtp.mailfrom=a+b=c;d@tr.example']],
    ['base64 with "/" and "=" in header.b', 'mx.example; dkim=pass header.b=ab/c+d== header.d=x.example', ['dkim=pass header.b=ab/c+d== header.d=x.example']],
    ['upper-case method and result', 'mx.example; DMARC=Fail header.from=a.example', ['dmarc=fail header.from=a.example']],
    ['a quoted authserv-id', '"mx.google.com"; spf=pass smtp.mailfrom=a.example', ['spf=pass smtp.mailfrom=a.example']],
    ['a method whose name starts with "none"', 'mx.example; nonexistent=pass', ['nonexistent=pass']],
    ['a trailing semicolon', 'mx.example; spf=pass smtp.mailfrom=a.example;', ['spf=pass smtp.mailfrom=a.example']],
    ['a malformed resinfo is skipped, the next one kept', 'mx.example; garbage here; spf=pass smtp.mailfrom=a.example', ['spf=pass smtp.mailfrom=a.example']],
    ['an unclosed comment swallows the rest', 'mx.example; spf=pass (oops smtp.mailfrom=a.example; dkim=pass', ['spf=pass']],
    ['the field name is tolerated', 'Authentication-Results: mx.example; spf=pass smtp.mailfrom=a.example', ['spf=pass smtp.mailfrom=a.example']],
  ])('%s', (_name, value, expected) => {
    expect(flat(parseAuthenticationResults(value))).toEqual(expected);
  });

  it("reads Exchange Online's header, which has no authserv-id, bare action=, no space after ';' and compauth", () => {
    const h = parseAuthenticationResults(
      'spf=pass (sender IP is 40.107.22.52)\r\n smtp.mailfrom=contoso.com; dkim=pass (signature was verified)\r\n header.d=contoso.com;dmarc=pass action=none\r\n header.from=contoso.com;compauth=pass reason=100',
    );
    expect(h.authservId).toBeUndefined();
    expect(flat(h)).toEqual([
      'spf=pass smtp.mailfrom=contoso.com',
      'dkim=pass header.d=contoso.com',
      'dmarc=pass action=none header.from=contoso.com',
      'compauth=pass reason=100',
    ]);
  });

  it('reads "CompAuth" as compauth', () => {
    expect(flat(parseAuthenticationResults('spf=none; CompAuth=fail reason=001'))).toEqual(['spf=none', 'compauth=fail reason=001']);
  });

  // Its cost on hostile input grows linearly: test/hardening/linear-cost.test.ts.
  it('never throws on hostile input', () => {
    const hostile = '('.repeat(50000) + ';'.repeat(50000) + '"'.repeat(50001) + '\\';
    for (const s of [hostile, '=;=;=;', ';;;;', '"', '\\', 'a/b/c=d/e', ' ; ', '']) expect(() => parseAuthenticationResults(s)).not.toThrow();
  });
});

// --- assessSender ------------------------------------------------------------------------------

const H = (ar: string[], extra: Record<string, string[]> = {}) => ({ 'authentication-results': ar, ...extra });
const assess = (headers: Record<string, string[]> | undefined, from: string) => {
  const a = assessSender(headers, from, organisationalDomain);
  return `${a.status}:${a.basis}`;
};

describe('assessSender', () => {
  it.each([
    ['B.1: no header at all', {}, 'a@example.net', 'unchecked:no-header'],
    ['"none": no checks were run', H(['example.org 1; none']), 'a@example.org', 'unchecked:none'],
    ['dmarc=pass', H(['mx.example; dmarc=pass header.from=a.example']), 'x@a.example', 'verified:dmarc=pass'],
    ['dmarc=fail is not rescued by arc=pass', H(['mx.example; arc=pass; dkim=pass header.d=a.example; dmarc=fail header.from=a.example']), 'x@a.example', 'failed:dmarc=fail'],
    ['dmarc=pass inside a comment does not count', H(['mx.example; arc=pass (dmarc=pass); spf=softfail smtp.mailfrom=a.example']), 'x@a.example', 'failed:spf=softfail'],
    ['aligned DKIM without DMARC (relaxed: subdomain)', H(['mx.example; dkim=pass header.i=@news.a.example']), 'x@a.example', 'verified:dkim=pass header.d=news.a.example'],
    ['aligned SPF under a UK suffix', H(['mx.example; spf=pass smtp.mailfrom=bounce@mail.b.co.uk']), 'x@b.co.uk', 'verified:spf=pass smtp.mailfrom=mail.b.co.uk'],
    ['.co.uk siblings are not aligned', H(['mx.example; spf=pass smtp.mailfrom=other.co.uk']), 'x@b.co.uk', 'not-aligned:pass-for-other-domain'],
    ['DKIM passes only for the mailing service', H(['mx.example; dkim=pass header.d=mailer.example']), 'x@a.example', 'not-aligned:pass-for-other-domain'],
    ['SPF hard fail and nothing aligned', H(['mx.example; spf=fail smtp.mailfrom=a.example; dkim=none']), 'x@a.example', 'failed:spf=fail'],
    ['only neutral and none', H(['mx.example; spf=neutral smtp.mailfrom=a.example; dkim=none']), 'x@a.example', 'unchecked:no-pass'],
    ['Exchange compauth=fail', H(['spf=none (sender IP is 192.0.2.1) smtp.mailfrom=a.example; dkim=none (message not signed) header.d=none;dmarc=none action=none header.from=a.example;compauth=fail reason=001']), 'x@a.example', 'failed:compauth=fail'],
    ['Exchange compauth=pass with DMARC none', H(['spf=pass smtp.mailfrom=mailer.example; dkim=none; dmarc=none action=none header.from=a.example; compauth=pass reason=109']), 'x@a.example', 'verified:compauth=pass'],
    ['only the topmost header counts: a forged pass below is ignored', H(['mx.example; dmarc=fail header.from=a.example', 'mx.example; dmarc=pass header.from=a.example']), 'x@a.example', 'failed:dmarc=fail'],
    ['a dmarc=pass for another From domain is not about this sender', H(['mx.example; dmarc=pass header.from=evil.example']), 'x@a.example', 'unchecked:no-pass'],
    ['authenticated inside the organisation (Exchange AuthAs: Internal)', { 'x-ms-exchange-organization-authas': ['Internal'], 'x-ms-exchange-organization-authsource': ['EX1.council.example'] }, 'x@council.example', 'internal:x-ms-exchange-organization-authas=internal'],
    ['AuthAs Anonymous is not internal', { 'x-ms-exchange-organization-authas': ['Anonymous'] }, 'x@council.example', 'unchecked:no-header'],
  ])('%s', (_name, headers, from, expected) => {
    expect(assess(headers, from)).toBe(expected);
  });

  it('trusts the topmost header from a named authserv-id when told which', () => {
    const headers = H(['evil.example; dmarc=pass header.from=a.example', 'mx.council.example; dmarc=fail header.from=a.example']);
    expect(assessSender(headers, 'x@a.example', organisationalDomain, { trustedAuthservIds: ['MX.council.example'] }).status).toBe('failed');
  });
});

// --- the real headers in ../shared/eval/auth-results ---------------------------------------------

interface Expected {
  file: string;
  authentication_results: string | null;
  authserv_id?: string;
  from_header?: string;
  expected: Record<string, string[] | string>;
}

/** The header block of an .eml, unfolded, names lower-cased, topmost first (as the .eml parser gives them). */
function headerBlock(eml: string): Record<string, string[]> {
  const head = eml.split(/\r?\n\r?\n/)[0];
  const out: Record<string, string[]> = {};
  for (const line of head.replace(/\r?\n[ \t]/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    (out[name] ??= []).push(line.slice(colon + 1).trim());
  }
  return out;
}

const DIR = path.join(SHARED, 'eval/auth-results');
const haveFixtures = fs.existsSync(path.join(DIR, 'expected.json'));
const fixtures: Expected[] = haveFixtures ? JSON.parse(fs.readFileSync(path.join(DIR, 'expected.json'), 'utf8')) : [];

(haveFixtures ? describe : describe.skip)('the mailauth fixtures (../shared/eval/auth-results)', () => {
  it('has all 13 fixtures', () => expect(fixtures).toHaveLength(13));

  it.each(fixtures.map((f) => [f.file, f] as const))('%s: per-method results match expected.json', (_file, f) => {
    const headers = headerBlock(fs.readFileSync(path.join(DIR, 'fixtures', f.file), 'utf8'));
    const values = headers['authentication-results'] ?? [];
    if (f.authentication_results === null) {
      expect(values).toEqual([]);
      expect(assessSender(headers, 'x@kreata.ee', organisationalDomain).status).toBe('unchecked');
      return;
    }
    const h = parseAuthenticationResults(values[0]);
    expect(h.authservId).toBe(f.authserv_id);
    const got: Record<string, string[]> = {};
    for (const r of h.results) (got[r.method] ??= []).push(r.result);
    const want = Object.fromEntries(Object.entries(f.expected).filter(([k]) => k !== 'note'));
    expect(got).toEqual(want);
  });

  it.each([
    ['arc-fail.eml', 'failed'],
    ['arc-fail2.eml', 'failed'],
    ['arc-pass2.eml', 'failed'],
    ['arc-fail3.eml', 'verified'],
    ['arc-pass.eml', 'verified'],
    ['authtest.eml', 'verified'],
    ['bimi.eml', 'verified'],
    ['message1.eml', 'unchecked'],
    ['message2.eml', 'verified'],
    ['message3.eml', 'verified'],
    ['message4.eml', 'verified'],
    ['zbimi.eml', 'verified'],
    ['zproov.eml', 'verified'],
  ])('%s: the sender is %s', (file, status) => {
    const headers = headerBlock(fs.readFileSync(path.join(DIR, 'fixtures', file), 'utf8'));
    const from = /[^\s<>]+@[^\s<>]+/.exec(headers.from?.[0] ?? '')?.[0] ?? '';
    expect(assessSender(headers, from, organisationalDomain).status).toBe(status);
  });
});
