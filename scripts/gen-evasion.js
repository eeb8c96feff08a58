#!/usr/bin/env node
// Writes test/fixtures/evasion.json: a labelled set of obfuscated variants of abusive phrases,
// councillor instructions and passwords (what must still be caught), and of innocent look-alikes
// (what must not be blocked). Deterministic: the same file every run. Figures: docs/QUALITY.md.
'use strict';
const fs = require('fs');
const path = require('path');

const CAUGHT = [
  { rule: 'tone/abusive', sender: 'officer', text: 'You are a fucking idiot and everyone knows it.' },
  { rule: 'tone/abusive', sender: 'officer', text: 'Stop sending me this shit.' },
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

const items = [];
for (const [technique, f] of Object.entries(TECHNIQUES)) {
  for (const c of CAUGHT) items.push({ label: 'catch', rule: c.rule, sender: c.sender, technique, source: c.text, ...f(c.text) });
  for (const t of INNOCENT) items.push({ label: 'innocent', sender: 'officer', technique, source: t, ...f(t) });
}
const out = path.join(__dirname, '..', 'test', 'fixtures', 'evasion.json');
fs.writeFileSync(out, JSON.stringify(items, null, 1) + '\n');
console.log(`${items.length} items (${items.filter((i) => i.label === 'catch').length} to catch, ${items.filter((i) => i.label === 'innocent').length} innocent) → ${path.relative(process.cwd(), out)}`);
