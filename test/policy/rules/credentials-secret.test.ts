import rule from '../../../src/policy/rules/credentials/secret';
import { draft, findingsOf, STAFF } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';

const body = (text: string, subject = '') => draft({ to: [STAFF], subject, body: text });
// Assembled at run time so the repository holds no string a secret scanner would flag.
const GH = 'ghp' + '_' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8';
const AKIA = 'AKIA' + 'IOSFODNN7EXAMPLE';
const ENTRA = 'abc' + '8Q~' + 'Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE_d';

describe('credentials/secret', () => {
  const tester = ruleTester(rule, { level: 'block' });

  tester.accepts([
    ['a security reminder', body('Please change your password regularly and never share your password with anyone.')],
    ['a reset notice', body('A password reset link has been sent to your council address.')],
    ['a password described, not given', body('Your password is the one you chose last week.')],
    ['a password sent separately', body('Password: sent separately by text.')],
    ['a masked password', body('Password: ********')],
    ['"password" as a plain word after a colon', body('Password: unchanged')],
    ['a postcode', body('The post code is SG12 9AB and the code is on the gate.')],
    ['a PIN described', body('Your PIN is the last four digits of your phone number.')],
    ['a secret Santa', body('Secret Santa is on Friday; the secret is out.')],
    ['a PIN that is too short', body('PIN: 12')],
    ['a policy clause number', body('See clause 5.2 of the policy on passwords.')],
    ['a conference PIN (issue #16)', body('conference pin: 553815')],
    ['a dial-in block', body('Dial-in: 0800 123 4567\nPasscode: 778812')],
    ['a booking confirmation code', body('Your confirmation code is 834712.')],
    ['a chairperson PIN for the call', body('Chair PIN is 4471 for the budget call.')],
    // Values near access words that are not codes (issue #17, unlabelled credentials).
    ['a year after a building', body('The chapel is 1890, the oldest building in the parish.')],
    ['a door number', body('The door number is 1050.')],
    ['an address', body('The depot is 455 Mead Lane.')],
    ['an area', body('The store is 2500 square feet.')],
    ['a dial-in number followed by keypad steps', body('Join by phone: 0800 000 123, then enter PIN 902 311 when asked.')],
    ['a bus stop code', body('The bus stop code is 45013371 for the real-time departures.')],
    ['a booking numbered like a combination', body('Booking 2-7-0 is the Wednesday Pilates group.')],
    ['a price', body('The shed is £2500.')],
    ['a Wi-Fi network name', body('The Wi-Fi network is VillageHall_5G; ask the caretaker for the key.')],
    ['a product name', body('Log in with Office365 as usual.')],
    ['a year with a verb', body('The gate was put in in 2001.')],
    ['an invoice about a key safe', body('Invoice 4471 for the key safe has been paid.')],
    ['a gas volume at a city gate', body('The city gate volume is 25000.')],
  ]);

  tester.flags([
    ['a password after a colon', body('Username: jbloggs\nPassword: Xy!9kLm2'), ['password@body:28-36']],
    ['"the password is"', body('The wifi password is Ware2024! for guests.'), ['password@body:21-30']],
    ['a password for something', body('The password for the portal is Tr0ub4dor&3.'), ['password@body:31-42']],
    ['a password reset to a value', body('Your password has been reset to Welcome123'), ['password@body:32-42']],
    ['a password in the quoted part of a reply (passing it on discloses it again; issue #18)', { ...body('Please do not send passwords by email.\n\nOn Mon, 9 Nov 2026 at 10:00, Jo <jo@example.com> wrote:\n> My password is Summer2024! can you reset it'), composeType: 'reply' as const }, ['password@body:113-124']],
    ['a quoted plain-word password', body('The password is "sunshine".'), ['password@body:17-25']],
    ['a PIN', body('Your PIN is 4821.'), ['pin@body:12-16']],
    ['a one-time code', body('your code is 123456'), ['code@body:13-19']],
    ['a key safe code', body('Key safe code: 7391'), ['code@body:15-19']],
    ['a GitHub token', body(`token ${GH}`), ['api-key@body:6-46']],
    ['an AWS access key', body(`aws key id ${AKIA} please`), ['api-key@body:11-31']],
    ['a Microsoft Entra client secret', body(`Client secret value ${ENTRA}`), ['api-key@body:20-60']],
    ['a private key block', body('-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n'), ['private-key@body:0-68']],
    ['a password in the subject', body('see subject', 'New starter – password: Ware!2024'), ['password@subject:24-33']],
    ['two secrets', body('PIN is 4821 and password: Abc123!!'), ['pin@body:7-11', 'password@body:26-34']],
    // Without a label (issue #17): a code after a device, before a keypad or box, or before keypad steps; a login's password.
    ['a keypad code', body('The store room keypad is 8264, then press enter.'), ['code@body:25-29']],
    ['two codes after "\'s"', body("Gate's 2001 and the hut's 4455."), ['code@body:7-11', 'code@body:26-30']],
    ['a code before the box it opens', body("It's 1357 on the little box by the door."), ['code@body:5-9']],
    ['a code before keypad steps', body('Pavilion: 8080 then enter.'), ['code@body:10-14']],
    ['a combination in groups', body('The safe in the parlour is 12-24-36.'), ['code@body:27-35']],
    ['spaced digits into a keypad', body('Punch 7 2 4 6 into the pad by the main doors.'), ['code@body:6-13']],
    ['a login and password joined by "and"', body('For the booking system, log in as halls and Meadow!42.'), ['password@body:44-53']],
    ['a login and password joined by a slash', body('Log in with councilbank / Marigold!88 and pay the invoice.'), ['password@body:26-37']],
    ["a Wi-Fi key after \"it's\"", body("The Wi-Fi is WTC-Guest and it's sunflower77."), ['password@body:32-43']],
  ]);

  it('never echoes the secret back', () => {
    const [f] = findingsOf(rule, body('Password: Xy!9kLm2'));
    expect(f.actual).toBe('X***');
    expect(f.message).not.toContain('Xy!9kLm2');
    expect(JSON.stringify(f)).not.toContain('Xy!9kLm2');
    expect(f.level).toBe('block');
  });
});
