// Quoted earlier messages: what counts as quoted, and — as importantly — what must not, because
// quoted text is exempt from most rules and a false "quoted" hides the sender's own words.
import { ownRanges, quotedRanges } from '../../../src/policy/text/quotes';

/** The text from the first quoted offset to the end of the last range, or null when nothing is quoted. */
function quoted(text: string): string[] {
  return quotedRanges(text, 'reply').map((r) => text.slice(r.start, r.end));
}

const OWN = 'Thanks, I will look into it.\n\n';

describe('quotedRanges: recognised quotes', () => {
  it.each([
    ['Outlook desktop: -----Original Message-----', `${OWN}-----Original Message-----\nFrom: Jo\nSent: Monday\nYou idiots.`, '-----Original Message-----'],
    ['Android: -------- Original message --------', `${OWN}-------- Original message --------\nFrom: Jo\nYou idiots.`, '-------- Original message --------'],
    ['Gmail forward separator', `${OWN}---------- Forwarded message ---------\nFrom: Jo <jo@example.com>\nHi`, '---------- Forwarded message ---------'],
    ['Apple Mail: Begin forwarded message:', `${OWN}Begin forwarded message:\n\nFrom: Jo\nHi`, 'Begin forwarded message:'],
    ['Lotus Notes: ----- Forwarded by … -----', `${OWN}----- Forwarded by Jo Bloggs/Ware on 09/11/2026 10:00 -----\nHi`, '----- Forwarded by'],
    ['Outlook header block: From/Sent/To/Subject', `${OWN}From: Jo Bloggs <jo@example.com>\nSent: 09 November 2026 10:00\nTo: Clerk <clerk@waretowncouncil.gov.uk>\nSubject: Bins\n\nYou idiots.`, 'From: Jo Bloggs'],
    ['Outlook block with bold markers from HTML', `${OWN}*From:* Jo Bloggs <jo@example.com>\n*Sent:* 09 November 2026 10:00\n*To:* Clerk\n*Subject:* Bins\n\nOld`, '*From:* Jo'],
    ['Outlook block with a wrapped Cc list', `${OWN}From: Jo\nSent: Monday, 9 November 2026 10:00\nTo: Clerk\nCc: a@example.com; b@example.com;\n c@example.com\nSubject: Bins\n\nOld`, 'From: Jo'],
    ['Gmail forward header block (Date, Subject, To)', `${OWN}From: Jo <jo@example.com>\nDate: Mon, 9 Nov 2026 at 10:00\nSubject: Bins\nTo: <clerk@waretowncouncil.gov.uk>\n\nOld`, 'From: Jo'],
    ['underscore rule then the header block', `${OWN}________________________________\nFrom: Jo\nSent: Monday 10:00\nSubject: Bins\n\nOld`, '______'],
    ['Gmail attribution', `${OWN}On Mon, 9 Nov 2026 at 10:00, Jo Bloggs <jo@example.com> wrote:\n> You idiots.`, 'On Mon, 9 Nov 2026'],
    ['attribution wrapped over two lines', `${OWN}On Mon, 9 Nov 2026 at 10:00, Jo Bloggs <\njo@example.com> wrote:\n\n> Old`, 'On Mon, 9 Nov'],
    ['Thunderbird attribution', `${OWN}On 09/11/2026 10:00, Jo Bloggs wrote:\n> Old`, 'On 09/11/2026'],
    ['attribution without a date, followed by > lines', `${OWN}On Monday, Jo wrote:\n\n> Old`, 'On Monday, Jo wrote:'],
    ['CRLF line endings', `Thanks.\r\n\r\n-----Original Message-----\r\nFrom: Jo\r\nOld`, '-----Original Message-----'],
  ])('%s', (_name, text, startsWith) => {
    const q = quotedRanges(text, 'reply');
    expect(q.length).toBeGreaterThan(0);
    expect(text.slice(q[0].start)).toMatch(new RegExp('^' + startsWith.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // Quoted to the end of the message, and the sender's words before it are their own.
    expect(q[q.length - 1].end).toBe(text.length);
    expect(text.slice(0, q[0].start)).toContain('Thanks');
  });

  it('an interleaved reply: "> " lines above any client header are the sender\'s own (issue #18)', () => {
    const text = '> Can you come on Monday?\nYes, I can.\n> And Tuesday?\nNo.';
    expect(quoted(text)).toEqual([]);
  });

  it('a quoted attribution inside a > block starts the quote there (the header the client wrote)', () => {
    const text = 'Agreed.\n> On Mon, 9 Nov 2026, Jo wrote:\n>> old\nMy own line.';
    expect(quoted(text)).toEqual([]);
    const t2 = 'Agreed.\nOn Mon, 9 Nov 2026, Jo wrote:\n>> old';
    expect(quoted(t2)).toEqual(['On Mon, 9 Nov 2026, Jo wrote:\n>> old']);
  });

  it.each(['new'] as const)('nothing is quoted in a %s message, whatever the markers', (type) => {
    const text = `${OWN}-----Original Message-----\nFrom: Jo\nSent: Monday\nYou idiots.\n> more`;
    expect(quotedRanges(text, type)).toEqual([]);
  });
});

describe('quotedRanges: the sender\'s own words are not mistaken for quotes', () => {
  it.each([
    ['a line of underscores on its own (a signature rule)', 'Thanks\n__________________\nYou are all useless.'],
    ['"On … wrote:" in prose without a date, time, address or quoted lines', 'On Monday, the Clerk wrote: nobody will be paid.\nSo I am cross.'],
    ['a memo-style From:/To: heading', 'From: the Clerk\nTo: all councillors\n\nPlease read the attached.'],
    ['From: then To: without Sent/Date and Subject', 'From: Jo\nTo: Clerk\nYou idiots.'],
    ['"From:" mid-sentence', 'Apologies from: Cllr Baker.\nSent: yesterday'],
    ['greater-than in maths is not at line start', 'The total is 5 > 3.'],
    ['"> " lines (only a client header starts a quote)', 'Thanks\n> You are all useless.'],
    ['separator words in prose', 'I forwarded the original message to the Clerk.'],
  ])('%s', (_name, text) => {
    expect(quotedRanges(text, 'reply')).toEqual([]);
  });
});

describe('ownRanges', () => {
  it.each([
    ['nothing quoted', 10, [], [{ start: 0, end: 10 }]],
    ['quote at the end', 10, [{ start: 4, end: 10 }], [{ start: 0, end: 4 }]],
    ['quote at the start', 10, [{ start: 0, end: 4 }], [{ start: 4, end: 10 }]],
    ['everything quoted', 10, [{ start: 0, end: 10 }], []],
  ])('%s', (_name, length, q, expected) => {
    expect(ownRanges(length, q)).toEqual(expected);
  });
});

// Linear cost on long and hostile input: test/hardening/linear-cost.test.ts (CPU time, two sizes).
