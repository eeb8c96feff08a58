#!/usr/bin/env node
// Writes test/fixtures/evasion.json: a labelled set of obfuscated variants of abusive phrases,
// councillor instructions and passwords (what must still be caught), and of innocent look-alikes
// (what must not be blocked). Deterministic: the same file every run. Figures: docs/QUALITY.md.
'use strict';
const fs = require('fs');
const path = require('path');
const { zipSync, strToU8 } = require('fflate');
const { msgBytes } = require('./lib/msg-file');

const CAUGHT = [
  { rule: 'tone/abusive', sender: 'officer', text: 'You are a fucking idiot and everyone knows it.' },
  // A mild swear word not aimed at a person is impolite (warn) by design, in plain text too; the set
  // expected tone/abusive until issue #18 (label changed after seeing the results: say so in reports).
  { rule: 'tone/impolite', sender: 'officer', text: 'Stop sending me this shit.' },
  { rule: 'tone/abusive', sender: 'officer', text: 'What a load of bollocks from a useless cunt.' },
  { rule: 'tone/abusive', sender: 'officer', text: 'Tell him to fuck off.' },
  { rule: 'instructions/councillor', sender: 'councillor', text: 'Please arrange payment of the invoice today.' },
  { rule: 'instructions/councillor', sender: 'councillor', text: 'Tell the clerk to cancel the contract.' },
  { rule: 'instructions/councillor', sender: 'councillor', text: 'Go ahead and sign the lease.' },
  { rule: 'instructions/councillor', sender: 'councillor', text: 'The council will pay for the new benches.' },
  { rule: 'credentials/secret', sender: 'officer', text: 'The password is Tr0ub4dor&3 for the shared account.' },
  { rule: 'credentials/secret', sender: 'officer', text: 'Password: Sunfl0wer!2026' },
  { rule: 'credentials/secret', sender: 'officer', text: 'The alarm PIN is 4821.' },
  { rule: 'credentials/secret', sender: 'officer', text: 'Your one-time code is 583920.' },
];

const INNOCENT = [
  'The Scunthorpe and Penistone clerks met at Cockermouth.',
  'Please bring a hoe to the allotment working party.',
  'We counted three blue tits and a great tit in the nest box.',
  'Faggots and peas are on the lunch club menu.',
  'Dick Whittington is the pantomime this year.',
  'Please change your password regularly and never share it.',
  'The password reset link has been sent to you.',
  'Could you tell me when the next meeting is?',
  'I think the fête went well, thank you all.',
  'The stopcock in the pavilion needs replacing.',
  // Shapes the normaliser must leave alone: roads, times, ordinals, postcodes, spaced initials.
  'The A55 and M25 are shut, so meet at 10am on the 1st in room 15 at SG14 1AB.',
  'Grades A B C and D are listed; the 3D printer is by the F1 poster.',
];

// Obfuscations. Each maps a plain text to its disguised form (text, or html for HTML tricks).
const HOMO = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і', y: 'у' };
const LEET = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const ZW = '\u200b';
const each = (s, f) => s.replace(/[A-Za-z]+/g, f);
const TECHNIQUES = {
  homoglyphs: (s) => ({ text: each(s, (w) => w.replace(/[aeopcxiy]/, (c) => HOMO[c])) }),
  'zero-width': (s) => ({ text: each(s, (w) => w.split('').join(ZW)) }),
  'soft-hyphen': (s) => ({ text: each(s, (w) => (w.length > 3 ? w.slice(0, 2) + '\u00ad' + w.slice(2) : w)) }),
  spacing: (s) => ({ text: each(s, (w) => (w.length > 3 && w.length < 9 ? w.split('').join(' ') : w)) }),
  leetspeak: (s) => ({ text: each(s, (w) => w.replace(/[aeiost]/g, (c) => LEET[c])) }),
  'mixed-case': (s) => ({ text: each(s, (w) => w.split('').map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join('')) }),
  'hidden-span': (s) => ({ html: `<p>${s.replace(/ /, ' <span style="display:none">zzz</span>')}</p>` }),
  'white-on-white': (s) => ({ html: `<p>Dear all,</p><p style="color:#ffffff">${s}</p><p>Regards</p>` }),
  'html-split': (s) => ({ html: `<div>${each(s, (w) => (w.length > 3 ? `${w.slice(0, 2)}<b></b>${w.slice(2)}` : w))}</div>` }),
  'entities': (s) => ({ html: `<p>${s.replace(/[a-z]/g, (c, i) => (i % 3 ? c : `&#${c.charCodeAt(0)};`))}</p>` }),
  fullwidth: (s) => ({ text: each(s, (w) => w.replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))) }),
  'plain': (s) => ({ text: s }),
};

// ---- Issue #18, findings 2 and 4: where the text sits, not only how it is spelt ----
const HEADER = 'From: Jo Bloggs <jo.bloggs@example.co.uk>\nSent: 09 November 2026 10:00\nTo: Town Clerk <clerk@waretowncouncil.gov.uk>\nSubject: Bins\n\n';
const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const cssString = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const MATH_BOLD = (c) => String.fromCodePoint((c >= 'a' ? 0x1d41a - 97 : 0x1d400 - 65) + c.charCodeAt(0));
const eml = (ct, body) =>
  `From: clerk@waretowncouncil.gov.uk\r\nTo: resident@example.co.uk\r\nSubject: Bins\r\nMessage-ID: <e@example.invalid>\r\nMIME-Version: 1.0\r\nContent-Type: ${ct}\r\n\r\n${body}`;
const utf7 = (s) => s.replace(/[A-Za-z]+/g, (w) => '+' + Buffer.from(w, 'utf16le').swap16().toString('base64').replace(/=+$/, '') + '-');
const PLACED = {
  // Finding 2: a prefix or a <blockquote> in a new message is the sender's own text.
  'quote-prefix': (s) => ({ text: `Dear Jo,\n\n> ${s}\n\nRegards` }),
  blockquote: (s) => ({ html: `<p>Dear Jo,</p><blockquote>${s}</blockquote><p>Regards</p>` }),
  'fake-header-block': (s) => ({ text: `Dear Jo,\n\n${HEADER}${s}` }),
  'quote-above-reply-header': (s) => ({ composeType: 'reply', text: `> ${s}\n\n${HEADER}Thank you for your email.` }),
  // Finding 4: text the recipient sees outside the body's plain text.
  'img-alt': (s) => ({ html: `<p>Dear Jo,</p><img src="cid:a" alt="${attr(s)}"><p>Regards</p>` }),
  'img-title': (s) => ({ html: `<p>Dear Jo,</p><img src="cid:a" title="${attr(s)}"><p>Regards</p>` }),
  'input-value': (s) => ({ html: `<p>Dear Jo,</p><input type="text" value="${attr(s)}"><p>Regards</p>` }),
  'css-before-after': (s) => ({ html: `<style>.m::before{content:"${cssString(s.slice(0, s.length >> 1))}"}.m::after{content:"${cssString(s.slice(s.length >> 1))}"}</style><p>Dear Jo,</p><p class="m"></p>` }),
  'attachment-name': (s) => ({ text: 'Please see the attached.', attachments: [s.replace(/[\\/:*?"<>|]/g, ' ') + '.pdf'] }),
  'subject-line': (s) => ({ subject: s, text: 'See the subject line.' }),
  'math-alphanumeric': (s) => ({ text: s.replace(/[A-Za-z]/g, MATH_BOLD) }),
  'combining-marks': (s) => ({ text: each(s, (w) => w.split('').join('\u0336') + '\u0336') }),
  'rtl-override': (s) => ({ text: each(s, (w) => (w.length > 3 ? `\u202e${w.split('').reverse().join('')}\u202c` : w)) }),
  'nul-bytes': (s) => ({ text: each(s, (w) => w.split('').join('\u0000')) }),
  'plain-html-differ': (s) => ({
    eml: eml('multipart/alternative; boundary="b1"', `--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear Jo, thank you for your letter.\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>${attr(s)}</p>\r\n--b1--\r\n`),
  }),
  'wrong-boundary': (s) => ({ eml: eml('multipart/alternative; boundary="declared"', `--other\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${s}\r\n--other--\r\n`) }),
  'utf-7': (s) => ({ eml: eml('text/plain; charset=utf-7', utf7(s) + '\r\n') }),
};

// "Part Ⅱ" in a Unicode numeral and "part two": confidential council business going outside.
const PART_TWO_CATCH = [
  'The Part Ⅱ minutes are attached for your records.',
  'Here is the part two report on the land sale.',
  'Please see the Part Ⅱ item on the staffing review.',
  'The part two business covered the grievance.',
  'Notes from the part two session follow below.',
  'I attach the part two items for Monday.',
  'The Part Ⅱ report on the tender is enclosed.',
  'These are the Part Ⅱ minutes from Tuesday.',
];
const PART_TWO_INNOCENT = [
  'Part 1 of the agenda is open to the public.',
  'Part two of the fete starts at noon on the green.',
  'Part Ⅱ of the Local Government Act 1972 sets out the rules.',
  'The second part of the meeting is open to all.',
  'Part two of the consultation closes in May.',
  'Chapter Ⅱ of the guide covers allotment rules.',
  'We are still waiting for part two of the bench kit.',
  'The history society published book two of its series.',
];
// Passwords in the quoted part of a reply still leave the council (finding 2).
const SECRETS = [
  'The password is Tr0ub4dor&3 for the shared account.',
  'Password: Sunfl0wer!2026',
  'The alarm PIN is 4821.',
  'Your one-time code is 583920.',
  'The wifi password is Ware2024! for guests.',
  'Username: jbloggs\nPassword: Xy!9kLm2',
  'The door code is 7391 and the password is Bl0ssom#44.',
  'My password is Summer2024! can you reset it',
];
const SECRET_INNOCENT = [
  'Please change your password regularly and never share it.',
  'The password reset link has been sent to you.',
  'Your password is the one you chose last week.',
  'Password: sent separately by text.',
  'Password: ********',
  'See clause 5.2 of the policy on passwords.',
  'Your PIN is the last four digits of your phone number.',
  'Secret Santa is on Friday; the secret is out.',
];
const quotedReply = (s) => ({ composeType: 'reply', text: `Please see below.\n\n${HEADER}${s}` });

// ---- Issue #18, finding 3 (rest): what is inside attachments ----
// Files go into the set as base64 (`files`); an attached email as its .eml text (`eml`, kind item).
const MZ = Buffer.from('4d5a90000300000004000000ffff0000b800000000000000400000000000000000000000', 'hex');
const PDF = strToU8('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const txt = (s) => strToU8(s);
const zip = (entries, level = 6) => zipSync(entries, { level, mtime: new Date('2026-01-01T00:00:00Z') });
const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const fileItem = (name, bytes) => ({ name, base64: b64(bytes) });
const OOXML = (main) => ({ '[Content_Types].xml': txt('<Types/>'), '_rels/.rels': txt('<Relationships/>'), [main]: txt('<x/>') });
const ODF = { mimetype: txt('application/vnd.oasis.opendocument.text'), 'META-INF/manifest.xml': txt('<manifest/>'), 'content.xml': txt('<c/>') };
const ATTACHED = (name, files) => ({ text: 'Please see the attached.', files: [fileItem(name, zip(files))] });
const ARCHIVE_CATCH = [
  ATTACHED('invoice.zip', { 'invoice.exe': MZ }),
  ATTACHED('papers.zip', { 'papers/minutes.pdf': PDF, 'papers/setup.exe': MZ }),
  ATTACHED('scan.zip', { 'scan.pdf.exe': MZ }),
  ATTACHED('tools.zip', { 'tidy.ps1': txt('Write-Host hi') }),
  ATTACHED('photos.zip', { 'photos/view.scr': MZ, 'photos/a.jpg': JPEG }),
  ATTACHED('statement.zip', { 'statement.pdf': MZ }), // a program named .pdf inside
  ATTACHED('backup.zip', { 'inner.zip': zip({ 'run.bat': txt('@echo off') }) }),
  { text: 'Please see the attached.', files: [fileItem('Agenda.docx', zip({ 'agenda.js': txt('WScript.Echo(1)') }))] },
  ATTACHED('share.zip', { 'Council share.lnk': txt('L') }),
  ATTACHED('report.zip', { 'report\u202efdp.exe': MZ }),
];
const ARCHIVE_INNOCENT = [
  ATTACHED('papers.zip', { 'minutes.pdf': PDF, 'agenda.pdf': PDF }),
  ATTACHED('photos.zip', { 'fete/1.jpg': JPEG, 'fete/2.jpg': JPEG, 'fete/logo.png': PNG }),
  ATTACHED('documents.zip', { 'Agenda.docx': zip(OOXML('word/document.xml')), 'Budget.xlsx': zip(OOXML('xl/workbook.xml')) }),
  ATTACHED('data.zip', { 'allotments.csv': txt('plot,holder\n1,Jo'), 'readme.txt': txt('Plots for 2026') }),
  ATTACHED('archive.zip', { 'inner.zip': zip({ 'minutes.pdf': PDF }) }),
  ATTACHED('exec.zip', { 'Executive summary.pdf': PDF, 'exe-notes.txt': txt('notes') }),
  { text: 'Please see the attached.', files: [fileItem('Agenda.docx', zip(OOXML('word/document.xml')))] },
  { text: 'Please see the attached.', files: [fileItem('Letter.odt', zip(ODF, 0))] },
];
const DISGUISED_CATCH = ['Agenda.docx', 'Budget.xlsx', 'Talk.pptx', 'Form.dotx', 'Letter.odt', 'Sheet.ods', 'Slides.odp', 'Report.docx'].map((name, i) => ({
  text: 'Please see the attached.',
  files: [fileItem(name, zip(i % 2 ? { 'files/report.pdf': PDF } : { 'report.pdf': PDF, 'photo.jpg': JPEG }))],
}));
const DISGUISED_INNOCENT = [
  fileItem('Agenda.docx', zip(OOXML('word/document.xml'))),
  fileItem('Budget.xlsx', zip(OOXML('xl/workbook.xml'), 0)),
  fileItem('Talk.pptx', zip({ ...OOXML('ppt/presentation.xml'), 'ppt/media/image1.png': PNG })),
  fileItem('Letter.odt', zip(ODF, 0)),
  fileItem('Sheet.ods', zip({ ...ODF, mimetype: txt('application/vnd.oasis.opendocument.spreadsheet') })),
  fileItem('HR letter.docx', OLE), // password-protected Office files are OLE containers
  fileItem('Minutes.pdf', PDF),
  fileItem('Report.docx', zip({ ...OOXML('word/document.xml'), 'word/embeddings/Sheet1.xlsx': zip(OOXML('xl/workbook.xml')) })),
].map((f) => ({ text: 'Please see the attached.', files: [f] }));
const CARRIER_CATCH = [
  fileItem('Invoice.html', txt('<html><body>Sign in</body></html>')),
  fileItem('REMITTANCE.HTM', txt('<html>')),
  fileItem('statement.xhtml', txt('<html xmlns="http://www.w3.org/1999/xhtml">')),
  fileItem('23mb - PDF- 6 pages.svg', txt('<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>')),
  fileItem('Shipping notice.one', new Uint8Array([0xe4, 0x52, 0x5c, 0x7b, 0x8c, 0xd8, 0xa7, 0x4d])),
  fileItem('Meeting notes.onenote', txt('x')),
  fileItem('Payment advice.xls.html', txt('<html>')),
  fileItem('invoice.pdf', txt('<!DOCTYPE html><html><script>location="https://example.invalid"</script>')),
  fileItem('remittance.zip', zip({ 'remittance.html': txt('<html>') })),
].map((f) => ({ text: 'Please see the attached.', files: [f] }));
const CARRIER_INNOCENT = [
  fileItem('Minutes.pdf', PDF),
  fileItem('photo.jpg', JPEG),
  fileItem('logo.png', PNG),
  fileItem('Agenda.docx', zip(OOXML('word/document.xml'))),
  fileItem('notes.txt', txt('<html> is how a web page starts')),
  fileItem('Newsletter.pdf', PDF),
  fileItem('papers.zip', zip({ 'minutes.pdf': PDF })),
  fileItem('Budget.xlsx', zip(OOXML('xl/workbook.xml'))),
].map((f) => ({ text: 'Please see the attached.', files: [f] }));
const message = (s) => `From: Jo Bloggs <jo.bloggs@example.co.uk>\r\nTo: clerk@waretowncouncil.gov.uk\r\nSubject: Bins\r\nMessage-ID: <m@example.invalid>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${s}\r\n`;
const htmlMessage = (s) =>
  `From: Jo Bloggs <jo.bloggs@example.co.uk>\r\nSubject: Bins\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="m0"\r\n\r\n--m0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(txt(`<p>Dear Jo,</p><p>${attr(s)}</p>`))}\r\n--m0\r\nContent-Type: application/pdf; name="minutes.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(PDF)}\r\n--m0--\r\n`;
// What an attached email says is checked as if sent now (the envelope rules aside: councillors'
// instructions in an earlier email passed on are not instructions issued now, so they are left out).
const ATTACHED_TEXT_CATCH = CAUGHT.filter((c) => c.rule !== 'instructions/councillor');
const PLACED_IN_MESSAGES = {
  'attached-message': (s) => ({ text: 'Please see the email below.', files: [{ name: 'Fwd: Bins', kind: 'item', eml: message(s) }] }),
  'attached-eml-file': (s) => ({ text: 'Please see the attached email.', files: [fileItem('Bins.eml', txt(htmlMessage(s)))] }),
  // An Outlook .msg file (written with the cfb package): the text as a plain-text body in UTF-16,
  // as an 8-bit body, or as an HTML-only body, in turn by the text's length.
  'attached-msg-file': (s) => ({ text: 'Please see the attached email.', files: [fileItem('Bins.msg', msgBytes(msgOf(s)))] }),
};
function msgOf(s) {
  const attachments = [{ name: 'minutes.pdf', data: PDF, mime: 'application/pdf' }];
  const form = s.length % 3;
  return form === 0 ? { subject: 'Bins', body: s, attachments } : form === 1 ? { subject: 'Bins', body: s, ansi: true, attachments } : { subject: 'Bins', html: `<p>Dear Jo,</p><p>${attr(s)}</p>`, attachments };
}

const items = [];
for (const [technique, f] of Object.entries({ ...TECHNIQUES, ...PLACED })) {
  for (const c of CAUGHT) items.push({ label: 'catch', rule: c.rule, sender: c.sender, technique, source: c.text, ...f(c.text) });
  for (const t of INNOCENT) items.push({ label: 'innocent', sender: 'officer', technique, source: t, ...f(t) });
}
for (const t of PART_TWO_CATCH) items.push({ label: 'catch', rule: 'confidential/external', sender: 'officer', technique: 'part-two-numerals', source: t, text: t });
for (const t of PART_TWO_INNOCENT) items.push({ label: 'innocent', sender: 'officer', technique: 'part-two-numerals', source: t, text: t });
for (const t of SECRETS) items.push({ label: 'catch', rule: 'credentials/secret', sender: 'officer', technique: 'quoted-secret-in-reply', source: t, ...quotedReply(t) });
for (const t of SECRET_INNOCENT) items.push({ label: 'innocent', sender: 'officer', technique: 'quoted-secret-in-reply', source: t, ...quotedReply(t) });
for (const [technique, f] of Object.entries(PLACED_IN_MESSAGES)) {
  for (const c of ATTACHED_TEXT_CATCH) items.push({ label: 'catch', rule: c.rule, sender: c.sender, technique, source: c.text, ...f(c.text) });
  for (const t of INNOCENT) items.push({ label: 'innocent', sender: 'officer', technique, source: t, ...f(t) });
}
const sourceOf = (it) => it.files.map((f) => f.name).join(', ');
const fileCases = [
  ['exe-in-archive', 'attachments/executable', ARCHIVE_CATCH, ARCHIVE_INNOCENT],
  ['disguised-archive', 'attachments/risky', DISGUISED_CATCH, DISGUISED_INNOCENT],
  ['phishing-carrier', 'attachments/phishing-carrier', CARRIER_CATCH, CARRIER_INNOCENT],
];
for (const [technique, rule, caught, innocent] of fileCases) {
  for (const it of caught) items.push({ label: 'catch', rule, sender: 'officer', technique, source: sourceOf(it), ...it });
  for (const it of innocent) items.push({ label: 'innocent', sender: 'officer', technique, source: sourceOf(it), ...it });
}
// An attached email carrying a program: the attached email's own attachments are checked too.
const exeMessage = (name) =>
  `From: a@example.org\r\nSubject: Invoice\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x"\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n--x\r\nContent-Type: application/octet-stream; name="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64(MZ)}\r\n--x--\r\n`;
const EXE_NAMES = ['setup.exe', 'invoice.pdf.exe', 'run.bat', 'tidy.ps1', 'update.scr', 'report.pdf', 'viewer.com', 'macro.vbs'];
const PLAIN_NAMES = ['minutes.pdf', 'agenda.pdf', 'plan.pdf', 'budget 2026.pdf', 'letter.pdf', 'map.pdf', 'invoice 431.pdf', 'report.pdf'];
const pdfMessage = (name) => exeMessage(name).replace(b64(MZ), b64(PDF));
for (const n of EXE_NAMES) items.push({ label: 'catch', rule: 'attachments/executable', sender: 'officer', technique: 'exe-in-attached-message', source: n, text: 'See the email below.', files: [{ name: 'Fwd: Invoice', kind: 'item', eml: exeMessage(n) }] });
for (const n of PLAIN_NAMES) items.push({ label: 'innocent', sender: 'officer', technique: 'exe-in-attached-message', source: n, text: 'See the email below.', files: [{ name: 'Fwd: Invoice', kind: 'item', eml: pdfMessage(n) }] });
// The same in an attached Outlook .msg file.
const msgWith = (name, data) => fileItem('Invoice.msg', msgBytes({ subject: 'Invoice', body: 'See attached.', attachments: [{ name, data }] }));
for (const n of EXE_NAMES) items.push({ label: 'catch', rule: 'attachments/executable', sender: 'officer', technique: 'exe-in-attached-msg', source: n, text: 'See the attached email.', files: [msgWith(n, MZ)] });
for (const n of PLAIN_NAMES) items.push({ label: 'innocent', sender: 'officer', technique: 'exe-in-attached-msg', source: n, text: 'See the attached email.', files: [msgWith(n, PDF)] });
const out = path.join(__dirname, '..', 'test', 'fixtures', 'evasion.json');
fs.writeFileSync(out, JSON.stringify(items, null, 1) + '\n');
console.log(`${items.length} items (${items.filter((i) => i.label === 'catch').length} to catch, ${items.filter((i) => i.label === 'innocent').length} innocent) → ${path.relative(process.cwd(), out)}`);
