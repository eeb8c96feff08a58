// Sentence splitting on real mail shapes: greetings, hard-wrapped lines, lists, abbreviations.
import { splitSentences } from '../../../src/policy/text/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'Please pay it. Thank you.', ['Please pay it.', 'Thank you.']],
    ['question and exclamation', 'Can you come? Great! See you.', ['Can you come?', 'Great!', 'See you.']],
    ['closing quote stays with its sentence', 'He said "no." Then left.', ['He said "no."', 'Then left.']],
    ['ellipsis', 'Well... I suppose so.', ['Well...', 'I suppose so.']],
    ['greeting with a comma on its own line', 'Hi Jane,\nPlease pay the invoice.', ['Hi Jane,', 'Please pay the invoice.']],
    ['greeting without punctuation', 'Hi Jane\nPlease pay the invoice.', ['Hi Jane', 'Please pay the invoice.']],
    ['sign-off lines', 'Thanks.\n\nKind regards,\nJane Whitfield\nTown Clerk', ['Thanks.', 'Kind regards,', 'Jane Whitfield', 'Town Clerk']],
    [
      'hard-wrapped line continues the sentence',
      'Hertford Tree Surgeons have sent their invoice for the work on the Buryfield\noaks, £2,450 plus VAT. Please pay it today.',
      ['Hertford Tree Surgeons have sent their invoice for the work on the Buryfield\noaks, £2,450 plus VAT.', 'Please pay it today.'],
    ],
    [
      'wrapped line whose next line starts with a capital still continues',
      'I have reported the missed collections to them this morning and asked\nEast Herts for a date.',
      ['I have reported the missed collections to them this morning and asked\nEast Herts for a date.'],
    ],
    ['short line, next starts lower case: one sentence', 'Please could you\nsend it today.', ['Please could you\nsend it today.']],
    ['list items are sentences', 'Agenda:\n- allotments\n- lights\n1. budget\n2) grants', ['Agenda:', '- allotments', '- lights', '1. budget', '2) grants']],
    ['"1." at the start of a line is not a sentence', '1. Pay the invoice. 2. File it.', ['1. Pay the invoice.', '2. File it.']],
    ['Cllr., Mr. and e.g. do not end sentences', 'Ask Cllr. Baker or Mr. Jones, e.g. today. Then stop.', ['Ask Cllr. Baker or Mr. Jones, e.g. today.', 'Then stop.']],
    ['initials do not end sentences', 'Ask J. Smith and A.N. Other. Then stop.', ['Ask J. Smith and A.N. Other.', 'Then stop.']],
    ['"No. 5" is an abbreviation', 'See item No. 5 on the agenda.', ['See item No. 5 on the agenda.']],
    ['"I said no." ends a sentence', 'I said no. Please stop.', ['I said no.', 'Please stop.']],
    ['"on Sat." before a capital ends a sentence', 'We met on Sat. It rained.', ['We met on Sat.', 'It rained.']],
    ['decimals, times and URLs do not split', 'Rent is £42.50 at 10.30 on www.waretowncouncil.gov.uk today.', ['Rent is £42.50 at 10.30 on www.waretowncouncil.gov.uk today.']],
    ['CRLF line endings', 'Hi Jane,\r\nPlease pay.\r\n', ['Hi Jane,', 'Please pay.']],
    ['no-break space is trimmed', '\u00a0Hello.\u00a0', ['Hello.']],
    ['empty and blank', '  \n\n ', []],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('offsets point into the text and honour a sub-range', () => {
    const text = 'Own words. More own.\n> quoted. text.';
    const own = { start: 0, end: text.indexOf('>') };
    const s = splitSentences(text, own);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual(['Own words.', 'More own.']);
    expect(s.map((x) => x.text)).toEqual(['Own words.', 'More own.']);
  });

  // Linear cost on long and hostile input: test/hardening/linear-cost.test.ts (CPU time, two sizes).
});
