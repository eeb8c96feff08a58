import rule from '../../../src/policy/rules/confidential/external';
import { draft, findingsOf, idsOf, CLERK, CLLR, RESIDENT } from '../../helpers/draft';

const FOOTER =
  '\n\n--\nThis email and any attachments are confidential and intended solely for the addressee. It may contain confidential or legally privileged information. If you are not the intended recipient, please tell the sender and delete it.';
const out = (body: string, extra: Parameters<typeof draft>[0] = {}) => draft({ to: [RESIDENT], body, ...extra });

describe('confidential/external', () => {
  it.each([
    ['a standard footer', out('Thank you for your email about the bins.' + FOOTER)],
    ['a CONFIDENTIAL heading to council people only', draft({ to: [CLLR], cc: [CLERK], body: 'CONFIDENTIAL\n\nPart II item 12: staffing.' })],
    ['a marker to a partner body', draft({ to: ['planning@eastherts.gov.uk'], subject: 'Confidential: enforcement case', body: 'Part II minutes attached.' })],
    ['confidential waste collection', out('Hello', { subject: 'Confidential waste collection on Friday' })],
    ['lower-case "confidential" in running text', out('We treat all complaints in a confidential manner.')],
    ['seeking legal advice (not the advice itself)', out('We will take legal advice before replying.')],
    ['Part 2 of a report', out('Part 2 of the report covers the footpaths.')],
    // Was flagged before issue #16: agendas are published with Part II items listed by title (the
    // reports are what is withheld), so an agenda line naming a Part II item discloses nothing.
    ['Part II in agenda form', out('Agenda item 14 (Part II): land at Priors Wood')],
    ['a sensitivity label that is not confidential', out('Hello', { sensitivityLabel: 'General' })],
    ['a footer (issue #16)', out('Thanks.\n\nThis message may contain confidential, proprietary or legally privileged information.')],
    ['concern about confidential information (issue #16)', out('We have become increasingly concerned about confidential information.')],
    ['an assurance about the reader’s details', out('Information you provided will be kept strictly confidential.')],
    ['Part II mentioned without its content (issue #16)', out("The tender was considered in Part II at Tuesday's meeting, so I am not able to say more until the decision is published.")],
    ['a topic in the subject', out('Hello', { subject: 'Training on confidential information' })],
  ])('accepts %s', (_name, d) => {
    expect(idsOf(rule, d)).toEqual([]);
  });

  it.each([
    ['CONFIDENTIAL heading to a resident', out('CONFIDENTIAL\n\nThe tender scores are below.'), ['marker@body:0-12']],
    ['a "Confidential" heading line', out('Dear Jo,\n\n**Confidential**\nThe scores are below.'), ['marker@body:10-26']],
    ['a confidential subject', out('See below', { subject: 'Confidential - staffing review' }), ['marker@subject:0-12']],
    ['a Part II item', out('Please see the Part II item on the depot lease.'), ['marker@body:15-27']],
    ['exempt information', out('This report contains exempt information under paragraph 3.'), ['marker@body:21-39']],
    ['Schedule 12A', out('Exempt under Schedule 12A, paragraph 1.'), ['marker@body:13-25']],
    ['not for publication', out('NOT FOR PUBLICATION: draft budget'), ['marker@body:0-19']],
    ['legal advice itself', out('The legal advice is that we should not proceed.'), ['marker@body:0-16']],
    ['legally privileged', out('This note is legally privileged.'), ['marker@body:13-31']],
    ['the Confidential sensitivity label', out('Hello', { sensitivityLabel: 'Highly Confidential' }), ['label']],
    ['a marker in a quoted message still leaves the council', out('Jo, see below.\n\n> STRICTLY CONFIDENTIAL\n> The scores are below.'), ['marker@body:18-39']],
    ['a marker above the footer', out('Private and confidential: disciplinary hearing notes.' + FOOTER), ['marker@body:0-24']],
    ['a forwarded confidential email', out('See below.', { subject: 'Fw: Confidential' }), ['marker@subject:4-16']],
    ['an external Bcc counts', draft({ to: [CLERK], bcc: [RESIDENT], body: 'CONFIDENTIAL' }), ['marker@body:0-12']],
  ])('flags %s', (_name, d, expected) => {
    expect(idsOf(rule, d)).toEqual(expected);
  });

  it('reports subject, body and label separately, once each', () => {
    const d = out('CONFIDENTIAL\nPart II item\nCONFIDENTIAL', { subject: 'Confidential', sensitivityLabel: 'Confidential' });
    expect(idsOf(rule, d)).toEqual(['label', 'marker@subject:0-12', 'marker@body:0-12']);
  });

  it('offers to remove each outside recipient', () => {
    const [f] = findingsOf(rule, draft({ to: [CLLR, RESIDENT], cc: ['x@example.org'], body: 'CONFIDENTIAL' }));
    expect(f.fixes).toEqual([
      { kind: 'remove-recipient', field: 'to', address: RESIDENT },
      { kind: 'remove-recipient', field: 'cc', address: 'x@example.org' },
    ]);
    expect(f.level).toBe('block');
  });
});
