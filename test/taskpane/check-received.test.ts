import { checkReceived } from '../../src/taskpane/read/check-received';
import type { MailDraft } from '../../src/policy/types';
import { draft, policy } from '../helpers/draft';

const config = policy();
const AR = (results: string) => ({ 'authentication-results': [`mx.microsoft.com; ${results}`] });

function received(from: string | { address: string; name: string }, headers: MailDraft['headers'], attachments: MailDraft['attachments'] = []) {
  return draft({ from, to: ['clerk@waretowncouncil.gov.uk'], subject: 'Hello', body: 'Please see below.', headers, attachments });
}

describe('checkReceived: the sender summary', () => {
  it.each([
    ['a passing DMARC for the From domain', 'verified', received('jo@example.co.uk', AR('spf=pass smtp.mailfrom=example.co.uk; dkim=pass header.d=example.co.uk; dmarc=pass header.from=example.co.uk'))],
    ['a failing DMARC', 'not-verified', received('jo@example.co.uk', AR('spf=fail smtp.mailfrom=example.co.uk; dkim=none; dmarc=fail header.from=example.co.uk'))],
    ['a failing DMARC not rescued by ARC', 'not-verified', received('jo@example.co.uk', AR('arc=pass; dmarc=fail header.from=example.co.uk'))],
    ['no headers from the client', 'unchecked', received('jo@example.co.uk', undefined)],
    ['headers without Authentication-Results', 'unchecked', received('jo@example.co.uk', { subject: ['Hello'] })],
    ['mail authenticated inside the organisation', 'verified', received('clerk@waretowncouncil.gov.uk', { 'x-ms-exchange-organization-authas': ['Internal'] })],
  ])('%s → %s', (_, verdict, message) => {
    expect(checkReceived(message, config).verdict).toBe(verdict);
  });

  it('asks for a phone check whenever the sender is not verified', () => {
    const failing = checkReceived(received('jo@example.co.uk', AR('dmarc=fail header.from=example.co.uk')), config);
    expect(failing.advisePhone).toBe(true);
    expect(failing.authenticity.map((f) => f.ruleId)).toContain('authenticity/unverified-sender');
    const passing = checkReceived(received('jo@example.co.uk', AR('dmarc=pass header.from=example.co.uk')), config);
    expect(passing.advisePhone).toBe(false);
    expect(passing.authenticity).toEqual([]);
  });

  it('treats a look-alike of the council domain as not verified even when its own DMARC passes', () => {
    const r = checkReceived(received('clerk@waret0wncouncil.gov.uk', AR('dmarc=pass header.from=waret0wncouncil.gov.uk')), config);
    expect(r.verdict).toBe('not-verified');
    expect(r.authenticity.map((f) => f.ruleId)).toContain('authenticity/lookalike-domain');
  });

  it('flags an executable attachment as risky to open, and ignores the compose-only "see attached" rule', () => {
    const r = checkReceived(
      draft({
        from: 'jo@example.co.uk',
        body: 'See attached.',
        headers: AR('dmarc=pass header.from=example.co.uk'),
        attachments: [{ id: 'a1', name: 'invoice.pdf.exe', size: 2000 }],
      }),
      config,
    );
    expect(r.attachments.map((f) => f.ruleId)).toContain('attachments/executable');
    expect(r.attachments.map((f) => f.ruleId)).not.toContain('attachments/missing');
    expect(r.advisePhone).toBe(true);
  });
});
