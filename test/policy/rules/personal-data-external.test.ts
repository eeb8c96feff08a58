import rule from '../../../src/policy/rules/personal-data/external';
import { draft, findingsOf, policy, CLERK, RESIDENT } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const out = (body: string, extra: Parameters<typeof draft>[0] = {}) => draft({ to: [RESIDENT], body, ...extra });

describe('personal-data/external', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['an NI number to council people only', draft({ to: [CLERK], body: 'NI number QQ123456C? no: AB123456C' })],
    ['an NI number to a partner body', draft({ to: ['benefits@eastherts.gov.uk'], body: 'Her NI number is AB 12 34 56 C.' })],
    ['an NI number with a forbidden prefix (D as first letter)', out('Ref DA123456A')],
    ['an NI number with an unallocated prefix', out('Ref GB123456A')],
    ['a lower-case look-alike', out('meet on 12 34 56 a')],
    ['an NHS-shaped number failing the check digit', out('Call 943 476 5910')],
    ['ten digits without the word NHS', out('Order 9434765919 shipped')],
    ['a phone number', out('Ring 01920 460316 or 07700 900123.')],
    // Flagged before issue #16: a North American number that happens to pass the NHS check digit.
    ['a 3-3-4 telephone number with a label', out('Phone: 943 476 5919, fax (943) 476 5919, or 943-476-5919 ext 12.')],
    ['a date that looks like a sort code', out('Meeting on 12-05-24 at 7pm, ref 12345678.')],
    ['a sort code with no account number', out('Sort code 20-00-00')],
    ['a card-shaped number failing Luhn', out('Ref 4111 1111 1111 1112')],
    ['asking for a date of birth', out('Please give your date of birth on the form.')],
    ['a date that is not a birth date', out('The meeting is on 12/03/2025.')],
  ]);

  tester.flags([
    ['an NI number', out('NI: AB123456C'), ['ni-number@body:4-13']],
    ['an NI number with spaces', out('Her NI number is AB 12 34 56 C.'), ['ni-number@body:17-30']],
    ['an NHS number 3-3-4', out('NHS number 943 476 5919'), ['nhs-number@body:11-23']],
    ['a 3-3-4 number labelled as nothing', out('Reference 943 476 5919 attached.'), ['nhs-number@body:10-22']],
    ['an NHS number run together after "NHS no"', out('NHS no: 9434765919'), ['nhs-number@body:8-18']],
    ['sort code and account number', out('Sort code 20-00-00, account 55779911.'), ['bank-details@body:10-36']],
    ['account number before the sort code', out('Account 55779911 sort 20 00 00'), ['bank-details@body:8-30']],
    ['sort code run together', out('sort code 200000 acc 55779911'), ['bank-details@body:10-29']],
    ['a Visa number with spaces', out('Card: 4111 1111 1111 1111 exp 12/27'), ['card-number@body:6-25']],
    ['an Amex number with dashes', out('3782-822463-10005'), ['card-number@body:0-17']],
    ['a date of birth', out('DOB: 01/02/1980'), ['date-of-birth@body:5-15']],
    ['born on, written out', out('She was born on 3rd March 1950.'), ['date-of-birth@body:16-30']],
    ['in the subject', out('hi', { subject: 'Claim for AB123456C' }), ['ni-number@subject:10-19']],
    ['in a quoted message (it still leaves the council)', out('See below.\n\n> My NI is AB123456C'), ['ni-number@body:23-32']],
    ['several items, in order', out('DOB 1/2/80, NI AB123456C'), ['date-of-birth@body:4-10', 'ni-number@body:15-24']],
  ]);

  it('masks the value it reports', () => {
    const [f] = findingsOf(rule, out('NI: AB123456C'));
    expect(f.actual).toBe('A***');
    expect(JSON.stringify(f)).not.toContain('AB123456C');
    expect(f.level).toBe('warn');
  });
});

// Issue #19 item 16: the council's own published bank details are not personal data.
describe('personal-data/external and the council’s own bank details', () => {
  const tester = ruleTester(rule, { level: 'warn' });
  const WITH_ACCOUNT = policy({ organisation: { name: 'Ware Town Council', domains: ['waretowncouncil.gov.uk'], bankAccounts: [{ sortCode: '30-99-50', accountNumber: '12345678' }] } });
  const SIGNATURE = 'Dear Jo,\n\nThank you for booking the hall. The invoice is attached.\n\nKind regards,\nTown Clerk\nWare Town Council\nThe Priory, Ware SG12 9AL\nBACS payments: sort code 30-99-50, account 12345678';

  tester.accepts([
    ['the council account named in the policy file, in the body', out('Please pay Ware Town Council: sort code 30-99-50, account 12345678.'), { config: WITH_ACCOUNT }],
    ['the council account named in the policy file, account first', out('Account 12345678 sort 30 99 50 (our account).'), { config: WITH_ACCOUNT }],
    ['bank details in a signature block that names the council (no account in the policy)', out(SIGNATURE)],
    ['a signed-off block naming the council, "Yours sincerely"', out('Dear Jo,\n\nSee the invoice.\n\nYours sincerely\n\nJane Smith\nDeputy Clerk, Ware Town Council\nSort code 30-99-50 Account 12345678')],
    ['a short reply whose signature names the council', out('Thanks, paid.\n\nKind regards,\nWare Town Council\nsort code 30-99-50, account 12345678')],
  ]);

  tester.flags([
    ['a resident’s bank details above the council signature', out('Your refund will go to sort code 20-00-00, account 55779911.\n\nKind regards,\nTown Clerk\nWare Town Council'), ['bank-details@body:33-59']],
    ['bank details in a signature that does not name the council', out('Hi Jo,\n\nKind regards,\nSam Smith\nsort code 20-00-00, account 55779911'), ['bank-details@body:42-68']],
    ['the council’s sort code with another account number', out('Pay sort code 30-99-50, account 87654321.'), ['bank-details@body:14-40'], { config: WITH_ACCOUNT }],
    ['bank details after a quoted message under the council signature', out('Kind regards,\nWare Town Council\n> From: Jo\n> sort code 20-00-00, account 55779911'), ['bank-details@body:55-81']],
  ]);
});
