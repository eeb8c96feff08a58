#!/usr/bin/env node
// Writes test/fixtures/evasion.json: a labelled set of obfuscated variants of abusive phrases,
// councillor instructions and passwords (what must still be caught), and of innocent look-alikes
// (what must not be blocked). Deterministic: the same file every run. Figures: docs/QUALITY.md.
'use strict';
const fs = require('fs');
const path = require('path');

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

const items = [];
for (const [technique, f] of Object.entries({ ...TECHNIQUES, ...PLACED })) {
  for (const c of CAUGHT) items.push({ label: 'catch', rule: c.rule, sender: c.sender, technique, source: c.text, ...f(c.text) });
  for (const t of INNOCENT) items.push({ label: 'innocent', sender: 'officer', technique, source: t, ...f(t) });
}
for (const t of PART_TWO_CATCH) items.push({ label: 'catch', rule: 'confidential/external', sender: 'officer', technique: 'part-two-numerals', source: t, text: t });
for (const t of PART_TWO_INNOCENT) items.push({ label: 'innocent', sender: 'officer', technique: 'part-two-numerals', source: t, text: t });
for (const t of SECRETS) items.push({ label: 'catch', rule: 'credentials/secret', sender: 'officer', technique: 'quoted-secret-in-reply', source: t, ...quotedReply(t) });
for (const t of SECRET_INNOCENT) items.push({ label: 'innocent', sender: 'officer', technique: 'quoted-secret-in-reply', source: t, ...quotedReply(t) });
const out = path.join(__dirname, '..', 'test', 'fixtures', 'evasion.json');
fs.writeFileSync(out, JSON.stringify(items, null, 1) + '\n');
console.log(`${items.length} items (${items.filter((i) => i.label === 'catch').length} to catch, ${items.filter((i) => i.label === 'innocent').length} innocent) → ${path.relative(process.cwd(), out)}`);
