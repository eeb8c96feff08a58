import { domainToASCII } from 'url';
import rule from '../../../src/policy/rules/authenticity/lookalike-domain';
import { findLookalike } from '../../../src/policy/rules/authenticity/domains';
import { decodePunycode } from '../../../src/policy/rules/authenticity/punycode';
import { draft, findingsOf, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

// The default policy protects waretowncouncil.gov.uk and the partners eastherts.gov.uk, hertfordshire.gov.uk.
const from = (address: string, headers?: Record<string, string[]>) =>
  draft({ from: { name: 'Someone', address }, to: ['clerk@waretowncouncil.gov.uk'], headers });

describe('authenticity/lookalike-domain', () => {
  const tester = ruleTester(rule, { level: 'warn', input: from });

  tester.accepts([
    ['the council itself', 'clerk@waretowncouncil.gov.uk'],
    ['a council subdomain', 'noreply@mail.waretowncouncil.gov.uk'],
    ['a partner', 'planning@eastherts.gov.uk'],
    ['an unrelated business', 'sales@acme-supplies.co.uk'],
    ['free webmail', 'resident@gmail.com'],
    ['a different real council with a distinct name', 'clerk@hertford.gov.uk'],
    ['a short name one letter from nothing in particular', 'info@ware.org'],
  ]);

  tester.flags([
    ['a Cyrillic "а" (punycode)', `clerk@${domainToASCII('wаretowncouncil.gov.uk')}`, ['confusable@from:0-1']],
    ['a Greek omicron (punycode)', `clerk@${domainToASCII('waretοwncouncil.gov.uk')}`, ['confusable@from:0-1']],
    ['"rn" for "m" and digit one for "l"', 'clerk@waretowncounci1.gov.uk', ['confusable@from:0-1']],
    ['one letter swapped (transposition)', 'clerk@waretowncuoncil.gov.uk', ['typo@from:0-1']],
    ['one letter left out', 'clerk@waretowncouncl.gov.uk', ['typo@from:0-1']],
    ['one letter added', 'clerk@waretownscouncil.gov.uk', ['typo@from:0-1']],
    ['.co.uk instead of .gov.uk', 'clerk@waretowncouncil.co.uk', ['other-suffix@from:0-1']],
    ['.org.uk instead of .gov.uk', 'clerk@waretowncouncil.org.uk', ['other-suffix@from:0-1']],
    ['hyphens added', 'clerk@ware-town-council.gov.uk', ['added-words@from:0-1']],
    ['a word added to a partner', 'billing@eastherts-council.com', ['added-words@from:0-1']],
    ['words and hyphens added', 'accounts@waretowncouncil-payments.co.uk', ['added-words@from:0-1']],
    ['the real domain hidden in a subdomain', 'clerk@waretowncouncil.gov.uk.login-secure.example', ['embedded@from:0-1']],
    ['a partner typo', 'info@hertfordshrie.gov.uk', ['typo@from:0-1']],
  ]);

  it('flags a look-alike Reply-To even when From is genuine', () => {
    const d = from('clerk@waretowncouncil.gov.uk', { 'reply-to': ['"Clerk" <clerk@waretowncouncil.co.uk>'] });
    expect(idsOf(rule, d)).toEqual(['other-suffix']);
  });

  it('says "check with the sender by phone"', () => {
    const [f] = findingsOf(rule, from('clerk@waretowncouncil.co.uk'));
    expect(f.message).toMatch(/check with the sender by phone/);
  });

  it('decodes punycode as RFC 3492 does (its sample "bücher")', () => {
    expect(decodePunycode('bcher-kva')).toBe('bücher');
    expect(decodePunycode('!!!')).toBeUndefined();
    expect(findLookalike('xn--!!!.gov.uk', ['waretowncouncil.gov.uk'])).toBeUndefined();
  });
});
