import rule from '../../../src/policy/rules/attachments/unverified-forward';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { file } from '../../helpers/files';

const FAIL = 'spf=fail (sender IP is 203.0.113.9) smtp.mailfrom=paypa1-billing.com; dkim=none (message not signed) header.d=none; dmarc=fail action=quarantine header.from=paypa1-billing.com; compauth=fail reason=000';
const PASS = 'spf=pass (sender IP is 198.51.100.7) smtp.mailfrom=hertfordshire.gov.uk; dkim=pass (signature was verified) header.d=hertfordshire.gov.uk; dmarc=pass action=none header.from=hertfordshire.gov.uk; compauth=pass reason=100';
const NONE = 'mx.waretowncouncil.gov.uk; none';
const DMARC_NONE = 'spf=none smtp.mailfrom=tinyclub.org.uk; dkim=none header.d=none; dmarc=none action=none header.from=tinyclub.org.uk';
const NO_POLICY_BUT_ALIGNED = 'spf=pass smtp.mailfrom=tinyclub.org.uk; dkim=none; dmarc=none action=none header.from=tinyclub.org.uk';

const fwd = (ar: string | undefined, extra: Parameters<typeof draft>[0] = {}) =>
  draft({
    composeType: 'forward',
    attachments: [file('Invoice 2291.pdf')],
    headers: ar === undefined ? undefined : { 'authentication-results': [ar], from: ['"Billing" <billing@paypa1-billing.com>'] },
    ...extra,
  });

describe('attachments/unverified-forward', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['no headers known (say nothing)', fwd(undefined)],
    ['a verified sender', fwd(PASS)],
    ['a reply, not a forward', fwd(FAIL, { composeType: 'reply' })],
    ['a forward without attachments', fwd(FAIL, { attachments: [] })],
    ['only an inline signature image', fwd(FAIL, { attachments: [file('logo.png', { isInline: true })] })],
    ['headers without Authentication-Results', draft({ composeType: 'forward', attachments: [file('a.pdf')], headers: { from: ['x@example.org'] } })],
    ['DMARC none but SPF aligned and passing', fwd(NO_POLICY_BUT_ALIGNED, { headers: { 'authentication-results': [NO_POLICY_BUT_ALIGNED], from: ['sec@tinyclub.org.uk'] } })],
    ['mail authenticated inside the council', fwd(FAIL, { headers: { 'authentication-results': [FAIL], 'x-ms-exchange-organization-authas': ['Internal'] } })],
  ]);

  tester.flags([
    ['DMARC failed', fwd(FAIL), ['failed@attachments:0-1']],
    ['DMARC failed, two files and an inline logo', fwd(FAIL, { attachments: [file('logo.png', { isInline: true }), file('a.pdf'), file('b.xlsx')] }), ['failed@attachments:1-2', 'failed@attachments:2-3']],
    ['the receiving service ran no checks', fwd(NONE), ['unchecked@attachments:0-1']],
    ['DMARC none and nothing aligned passed', fwd(DMARC_NONE, { headers: { 'authentication-results': [DMARC_NONE], from: ['sec@tinyclub.org.uk'] } }), ['unchecked@attachments:0-1']],
    ['a forwarded email as an attachment', fwd(FAIL, { attachments: [file('Original message', { kind: 'item' })] }), ['failed@attachments:0-1']],
  ]);

  it('trusts only the topmost Authentication-Results header', () => {
    const d = fwd(PASS, { headers: { 'authentication-results': [FAIL, PASS], from: ['billing@paypa1-billing.com'] } });
    expect(idsOf(rule, d)).toEqual(['failed@attachments:0-1']);
  });

  it('names the failed check and offers to remove the file', () => {
    const [f] = findingsOf(rule, fwd(FAIL));
    expect(f.message).toContain('dmarc=fail');
    expect(f.fixes).toEqual([{ kind: 'remove-attachment', index: 0, id: undefined, name: 'Invoice 2291.pdf' }]);
  });
});
