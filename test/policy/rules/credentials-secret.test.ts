import rule from '../../../src/policy/rules/credentials/secret';
import { draft, findingsOf, RESIDENT, STAFF } from '../../helpers/draft';
import type { MailDraft } from '../../../src/policy/types';
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

  // Issue #17: a login set out on lines, the password on its own line under the login, whatever
  // labels it; and a password joined to the email address it goes with.
  tester.flags([
    ['a web address, a login and a password on lines', body('Here is how to get on the bookings site:\n\nhttps://bookings.example.co.uk\noffice@ware.gov.uk\nPuffin2026!\n\nPlease don’t change it.'), ['password@body:92-103']],
    ['a labelled user name, then the password alone', body('Username: halls\nMeadow!42'), ['password@body:16-25']],
    ['a user name under a web address', body('https://bookings.example.co.uk\nwarehuts\nPuffin2026!'), ['password@body:40-51']],
    ['a short label on the password line', body('Bookings system\nUser: warehuts\nPass: puffin2026'), ['password@body:37-47']],
    ['a password joined to an email address', body('For the bookings site use office@ware.gov.uk / puffin2026 but with a capital P'), ['password@body:47-57']],
    ['the same, with a description before the value', body("Bookings site login is office@ware.gov.uk and it's the same as before with a capital, Puffin2026!"), ['password@body:86-97']],
  ], 'a login set out: flags %s');
  tester.accepts([
    ['a signature block', body('Laura Dodd\nDeputy Clerk\ndeputy.clerk@ware.gov.uk\nwww.ware.gov.uk\n01920 123456')],
    ['an account set up, the password by phone', body('I have set you up on the bookings site under your council email address. You will be asked to choose a password; I will not send it by email.')],
    ['an address, then a thank-you', body('Please email office@ware.gov.uk\nThanks2u')],
    ['a login, then the password by phone', body('https://bookings.example.co.uk\noffice@ware.gov.uk\nI’ll ring you with the password.')],
    ['a contact under an address, no site', body('Send the invoice to accounts@ware.gov.uk\nInvoice42 is the one outstanding.')],
  ], 'a login set out: accepts %s');

  // Issue #17: a code given as what it has been changed to.
  tester.flags([
    ['a code changed to', body('The code for the back door has changed to 7719.'), ['code@body:42-46']],
  ], 'changed to: flags %s');
  tester.accepts([
    ['a meeting time changed', body('The meeting has changed to 1930 in the small hall.')],
    ['a contract renewal changed to a year', body('The alarm contract has changed to 2027 renewal.')],
    ['a door entry system changed', body('The door entry system has changed to a fob, so the old code will not work.')],
    ['a password policy file', body('The password policy changed last year: see Policy2024.pdf on the shared drive.')],
    ['a password reset, by phone', body("My password expired so I've asked IT to reset it; I'll ring you.")],
  ], 'changed to: accepts %s');

  it('never echoes the secret back', () => {
    const [f] = findingsOf(rule, body('Password: Xy!9kLm2'));
    expect(f.actual).toBe('X***');
    expect(f.message).not.toContain('Xy!9kLm2');
    expect(JSON.stringify(f)).not.toContain('Xy!9kLm2');
    expect(f.level).toBe('block');
  });

  // Codes given for something named nearby, without a label (./given.ts): what it opens is named in
  // the sentence or the two before, and the sentence gives the number as keyed, dialled or set.
  // Judged alike for a colleague and an outsider: an email is a kept, disclosable record (4.1, 5.2).
  describe('codes given for something named nearby', () => {
    const to = (address: string) => (text: string) => draft({ to: [address], body: text });
    const codeAt = (value: string) => (d: MailDraft) => {
      const start = d.body.text.indexOf(value);
      return [{ id: `code@body:${start}-${start + value.length}`, text: value }];
    };
    const flagged: [string, string, string][] = [
      ['a combination, "it\'s now", a dial step', 'The float and the cheque book are in the office safe. It\'s now 19-33-07 since the audit, and turn right first.', '19-33-07'],
      ['a card PIN "for the machine"', 'The council debit card is in the blue folder on my desk. It\'s 4417 for the machine if the shop asks.', '4417'],
      ['digits keyed into a beeping panel', 'The alarm panel by the stairs will beep when you open up: key in 6 2 9 3 and then the tick.', '6 2 9 3'],
      ['a keypad code typed before steps', 'At the side entrance the keypad lights up; type 9051 then enter and push the door.', '9051'],
      ['a padlock dialled with commas', 'The grit bin padlock is stiff: spin it to 3, 8, 1, 5 and pull hard.', '3, 8, 1, 5'],
      ['a shed code "now"', 'Just so you know, the allotment shed is 7316 now after the break-in.', '7316'],
      ['a key safe that "takes" a code', 'The key safe on the pavilion wall takes 2849 these days.', '2849'],
      // A key kept in a box, and the box's number given in the next sentence with how to open it.
      ['a key in a box, "it\'s" and the dial', 'No problem, the compound key is in the grey box on the fence post. It\'s 4526, turn the dial clockwise after.', '4526'],
      ['a key in a tin, the lever', 'Keys are kept in the little tin on the wall by the bins. It\'s 5520, pull the lever down and lift the lid.', '5520'],
      ['a key in a box, the catch', 'Key for the store is inside the metal box on the wall - it\'s 8143, then slide the catch across.', '8143'],
      ['a key in a box, digits spun', 'The key to the pavilion lives in the box on the gatepost. The numbers are 6 1 8 4, spin the wheels left and pull.', '6 1 8 4'],
      ['a key in a box, it pops open', 'Hiya, the hall key is in the black box by the side door, it\'s 7093 and it pops open when you push it in.', '7093'],
      ['a key in a box, the numbers rolled', 'The tractor key is in the green box behind the shed. It\'s 4471, roll the numbers anticlockwise after.', '4471'],
    ];
    for (const [who, address] of [['a colleague', STAFF], ['a resident', RESIDENT]]) {
      tester.flags(flagged.map(([name, text, value]) => [`${name}, to ${who}`, to(address)(text), codeAt(value)(to(address)(text))] as const));
    }

    tester.accepts(
      [
        ['security advice naming a PIN', 'Please never email a PIN or the alarm code; ring the office and we will tell you.'],
        ['security advice on the safe', 'The safe combination was changed after the audit; ask me in person if you need it.'],
        ['a card\'s last four digits', 'The council debit card ending 4417 was charged twice at the machine.'],
        ['a booking reference by a door', 'Your booking reference is 4417; the side door will be open from 6pm.'],
        ['a dial-in PIN', 'Dial 0800 123 4567, then enter 553815 when asked, and the door camera shows who is waiting.'],
        ['an extension by the alarm', 'The alarm engineer is on extension 4417 if the panel beeps again.'],
        ['a year with the safe', 'The safe was installed in 1972 and it\'s now 2026, so it needs replacing.'],
        ['a sum after "is now"', 'The shed hire is now 4500 a year, up from last year.'],
        ['a plot number', 'Plot 14 is by the shed; the rent is now 4500.'],
        ['a room number', 'The keypad is outside Room 1204 on the first floor.'],
        ['a time', 'The alarm is set at 1730 each evening and the gate is locked at 1800.'],
        ['a date', 'The gate was painted on 12-06-26 and the padlock replaced.'],
        ['a telephone number by a door', 'If the door sticks, ring me on 07700 900466 and I will come down.'],
        ['a price without a sign', 'The new safe is 1450 plus VAT from the usual supplier.'],
        ['an alarm clock set to a time', 'I set the alarm to 0700 so I can open the gate for the contractor.'],
        ['a sum without a sign', 'The alarm maintenance contract is now 1250, the same as the gate repairs.'],
        ['a count after "takes"', 'The car park barrier takes 4000 cars a week in the summer.'],
        // Close neighbours of a key kept in a box: no number given for the box.
        ['a key in a box, which key it is', 'The compound key is in the grey box on the fence post. It\'s the small brass one, turn it clockwise to open.'],
        ['a key in a box, a year', 'The spare keys are in the grey box at reception. It\'s 2026 now, so the key tags need renewing.'],
        ['a heating dial and a meter', 'The heating dial in the hall is too low. It\'s 3907 on the meter now, turn the dial clockwise to warm the room up.'],
        ['a key in a box, a yearly sum', 'The keys are in the grey box at the depot. It\'s 4500 a year for the box rental, so pull the lever down when you leave.'],
        ['a parcel in a box, a reference', 'Your parcel is in the grey box by the door. Its reference is 390712, pull the lever down to open.'],
        ['a key in a box, a phone number', 'The compound key is in the grey box on the fence post. Ring me on 07700 900466 and I will turn the dial clockwise for you.'],
      ].flatMap(([name, text]) => [[`${name}, to a colleague`, to(STAFF)(text)] as const, [`${name}, to a resident`, to(RESIDENT)(text)] as const]),
    );
  });
});
