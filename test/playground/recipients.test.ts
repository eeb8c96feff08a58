import { formatRecipients, parseRecipients } from '../../src/playground/recipients';

const D = ['waretowncouncil.gov.uk'];

describe('recipient field text', () => {
  it.each([
    ['a bare address', 'jo@example.com', [['jo@example.com', 'jo@example.com', 'externalUser']]],
    ['name and address', 'Jo Bloggs <jo@example.com>', [['jo@example.com', 'Jo Bloggs', 'externalUser']]],
    ['quoted name', '"Clerk" <clerk@waretowncouncil.gov.uk>', [['clerk@waretowncouncil.gov.uk', 'Clerk', 'user']]],
    ['semicolons and commas, blanks skipped', 'a@x.org; ; b@y.org, c@z.org', [['a@x.org', 'a@x.org', 'externalUser'], ['b@y.org', 'b@y.org', 'externalUser'], ['c@z.org', 'c@z.org', 'externalUser']]],
    ['an entry without @ is dropped', 'not an address; d@waretowncouncil.gov.uk', [['d@waretowncouncil.gov.uk', 'd@waretowncouncil.gov.uk', 'user']]],
  ])('parses %s', (_n, text, expected) => {
    expect(parseRecipients(text, D).map((a) => [a.emailAddress, a.displayName, a.recipientType])).toEqual(expected);
  });

  it('formats back to text that parses to the same list', () => {
    const list = parseRecipients('Jo Bloggs <jo@example.com>; sam@example.org', D);
    expect(formatRecipients(list)).toBe('Jo Bloggs <jo@example.com>; sam@example.org');
    expect(parseRecipients(formatRecipients(list), D)).toEqual(list);
  });
});
