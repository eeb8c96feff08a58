// The small MIME reader used for attached messages (src/mail/mime-lite.ts), checked against
// postal-mime (the CLI's parser) on the same messages: subject, sender, text, HTML and attachments.
import { parseEml } from '../../src/mail/eml';
import { decodeWords, parseParams, readMessage } from '../../src/mail/mime-lite';

const b64 = (s: string | Uint8Array) => Buffer.from(s as string).toString('base64').replace(/.{76}/g, '$&\r\n');
const head = (extra: string[]) => ['From: "Jo Bloggs" <jo.bloggs@example.co.uk>', 'To: clerk@waretowncouncil.gov.uk', 'Message-ID: <m@example.invalid>', 'MIME-Version: 1.0', ...extra].join('\r\n');
const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');

const MESSAGES: Record<string, string> = {
  'plain text': head(['Subject: Bins', 'Content-Type: text/plain; charset=utf-8', '', 'The bins go out on Tuesday.\r\nThanks']),
  'HTML only': head(['Subject: Bins', 'Content-Type: text/html; charset=utf-8', '', '<p>The <b>bins</b> go out on Tuesday.</p>']),
  'alternative parts': head([
    'Subject: Bins',
    'Content-Type: multipart/alternative; boundary="alt"',
    '',
    'preamble',
    '--alt',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'The bins go out on Tuesday.',
    '--alt',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<p>The bins go out on Tuesday.</p>',
    '--alt--',
    'epilogue',
  ]),
  'quoted-printable and an encoded subject': head([
    'Subject: =?UTF-8?B?Q2Fmw6kg?= =?UTF-8?Q?r=C3=A9union?=',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    'Caf=C3=A9 at ten, a long line that is =\r\nsoft-broken here.',
  ]),
  'Latin-1 body': head(['Subject: Fete', 'Content-Type: text/plain; charset=iso-8859-1', 'Content-Transfer-Encoding: quoted-printable', '', 'The f=EAte is on Saturday.']),
  'mixed with a base64 PDF and an RFC 2231 name': head([
    'Subject: Minutes',
    'Content-Type: multipart/mixed; boundary="mix"',
    '',
    '--mix',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Minutes attached.',
    '--mix',
    'Content-Type: application/pdf',
    "Content-Disposition: attachment; filename*=UTF-8''Minutes%20%E2%80%93%20March.pdf",
    'Content-Transfer-Encoding: base64',
    '',
    b64(PDF),
    '--mix--',
  ]),
  'nested multipart with an attached message': head([
    'Subject: Fwd: complaint',
    'Content-Type: multipart/mixed; boundary="outer"',
    '',
    '--outer',
    'Content-Type: multipart/alternative; boundary="inner"',
    '',
    '--inner',
    'Content-Type: text/plain',
    '',
    'See below.',
    '--inner--',
    '--outer',
    'Content-Type: message/rfc822',
    'Content-Disposition: attachment; filename="complaint.eml"',
    '',
    'From: a@example.org',
    'Subject: complaint',
    '',
    'Hello',
    '--outer--',
  ]),
  'LF line endings and a quoted name': head(['Subject: Agenda', 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain', '', 'Agenda attached.', '--b', 'Content-Type: application/octet-stream; name="agenda v2.pdf"', 'Content-Transfer-Encoding: base64', '', b64(PDF), '--b--']).replace(/\r\n/g, '\n'),
};

const words = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('mime-lite reads what postal-mime reads', () => {
  it.each(Object.entries(MESSAGES))('%s', async (_n, eml) => {
    const ours = readMessage(eml);
    const theirs = await parseEml(eml);
    expect(ours.subject).toBe(theirs.subject);
    expect(ours.from).toEqual(theirs.from);
    expect(ours.composeType).toBe(theirs.composeType);
    expect(words(ours.body.text)).toBe(words(theirs.body.text));
    expect(words(ours.body.html)).toBe(words(theirs.body.html));
    // An attached message's bytes differ only in line endings (postal-mime writes LF): compare as text.
    const bytes = (a: (typeof ours.attachments)[number]) => (a.kind === 'item' ? Buffer.from(a.content!).toString('latin1').replace(/\r\n/g, '\n').trim() : Buffer.from(a.content!).toString('base64'));
    expect(ours.attachments.map((a) => [a.name, a.kind, bytes(a)])).toEqual(theirs.attachments.map((a) => [a.name, a.kind, bytes(a)]));
  });

  it('reads bytes as well as a string', () => {
    const eml = MESSAGES['quoted-printable and an encoded subject'];
    expect(readMessage(new TextEncoder().encode(eml))).toEqual(readMessage(eml));
  });
});

describe('mime-lite on bad input never throws', () => {
  it.each([
    ['empty', ''],
    ['no headers', 'just some words'],
    ['a boundary that never comes', head(['Content-Type: multipart/mixed; boundary=zzz', '', 'text only'])],
    ['bad base64', head(['Content-Type: application/pdf; name=a.pdf', 'Content-Transfer-Encoding: base64', '', '!!!***'])],
    ['an unknown charset', head(['Content-Type: text/plain; charset=x-unknown', '', 'hello'])],
    ['a header called __proto__', '__proto__: x\r\nconstructor: y\r\nSubject: s\r\n\r\nbody'],
  ])('%s', (_n, eml) => {
    expect(() => readMessage(eml)).not.toThrow();
  });

  it('stops at the part limit on a message of endless parts', () => {
    const parts = Array.from({ length: 2000 }, () => '--b\r\nContent-Type: text/plain; name=a.txt\r\n\r\nx').join('\r\n');
    const m = readMessage(head(['Content-Type: multipart/mixed; boundary=b', '', parts, '--b--']));
    expect(m.attachments.length).toBeLessThan(500);
  });
});

describe('header pieces', () => {
  it('decodes encoded words and drops the space between them', () => {
    expect(decodeWords('=?utf-8?q?a_b?= =?utf-8?b?w6k=?= c')).toBe('a bé c');
    expect(decodeWords('=?broken')).toBe('=?broken');
  });
  it('reads quoted and RFC 2231 continued parameters', () => {
    expect(parseParams('attachment; filename="a;b.pdf"').params.filename).toBe('a;b.pdf');
    expect(parseParams("attachment; filename*0*=UTF-8''caf%C3%A9; filename*1*=%20menu.pdf").params.filename).toBe('café menu.pdf');
  });
});
