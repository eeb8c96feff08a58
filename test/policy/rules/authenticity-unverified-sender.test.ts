import rule from '../../../src/policy/rules/authenticity/unverified-sender';
import { draft, findingsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const FROM = { name: 'Jo Bloggs', address: 'jo@supplier.co.uk' };
const read = (headers: Record<string, string[]> | undefined, from: typeof FROM | undefined = FROM) =>
  draft({ from, to: ['clerk@waretowncouncil.gov.uk'], headers });
const ar = (...values: string[]) => ({ 'authentication-results': values });

describe('authenticity/unverified-sender', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['DMARC pass', read(ar('mx.example; dmarc=pass header.from=supplier.co.uk'))],
    ['DKIM aligned with the From domain', read(ar('mx.example; dkim=pass header.d=mail.supplier.co.uk'))],
    ['SPF aligned with the From domain', read(ar('mx.example; spf=pass smtp.mailfrom=bounces@supplier.co.uk'))],
    ['Exchange compauth=pass', read(ar('spf=none; dmarc=none action=none header.from=supplier.co.uk; compauth=pass reason=109'))],
    ['mail authenticated inside the organisation', read({ 'x-ms-exchange-organization-authas': ['Internal'] }, { name: 'Clerk', address: 'clerk@waretowncouncil.gov.uk' })],
    ['headers not supplied by the client: nothing to judge', read(undefined)],
  ]);

  tester.flags([
    ['DMARC fail', read(ar('mx.example; dmarc=fail header.from=supplier.co.uk')), ['failed@from:0-1']],
    ['DMARC fail despite ARC pass', read(ar('mx.example; arc=pass (i=1 dmarc=pass); dmarc=fail (p=REJECT arc=pass) header.from=supplier.co.uk')), ['failed@from:0-1']],
    ['SPF softfail and nothing aligned', read(ar('mx.example; spf=softfail smtp.mailfrom=supplier.co.uk')), ['failed@from:0-1']],
    ['a forged pass below the receiving service\'s fail', read(ar('mx.example; dmarc=fail header.from=supplier.co.uk', 'forged.example; dmarc=pass header.from=supplier.co.uk')), ['failed@from:0-1']],
    ['passes only for another domain', read(ar('mx.example; dkim=pass header.d=bulkmailer.example')), ['not-aligned@from:0-1']],
    ['no Authentication-Results at all', read({ received: ['from x by y'] }), ['unchecked@from:0-1']],
    ['"none": the service ran no checks', read(ar('mx.example; none')), ['unchecked@from:0-1']],
    ['council address from outside without internal authentication', read(ar('mx.example; spf=fail smtp.mailfrom=waretowncouncil.gov.uk'), { name: 'Clerk', address: 'clerk@waretowncouncil.gov.uk' }), ['failed@from:0-1']],
  ]);

  it('asks the reader to check with the sender by phone (policy 4.3c) and runs only in read mode', () => {
    const [f] = findingsOf(rule, read(ar('mx.example; dmarc=fail header.from=supplier.co.uk')));
    expect(f.message).toMatch(/check with the sender by phone/);
    expect(f.level).toBe('warn');
    expect(rule.meta.surface).toBe('read');
  });
});
