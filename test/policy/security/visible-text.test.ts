// Issue #18 finding 4: text the recipient sees must be text the check reads. Each case hides
// abuse, a password, a councillor's instruction or a confidential marker in one of the listed
// places; the control beside it is an innocent look-alike that must not be blocked.
import { check } from '../../../src/policy/engine';
import { parseEml } from '../../../src/mail/eml';
import { htmlToText } from '../../../src/policy/text/html';
import type { MailDraft } from '../../../src/policy/types';
import { CLLR, CLERK, draft, policy } from '../../helpers/draft';

const ABUSE = 'You are a useless idiot.';
const rulesOf = (d: MailDraft) => check(d, policy()).findings.map((f) => f.ruleId);
const blocks = (d: MailDraft) => check(d, policy()).findings.some((f) => f.level === 'block');
const html = (h: string, extra: Partial<Parameters<typeof draft>[0]> = {}) => {
  const c = htmlToText(h);
  return draft({ body: { text: c.text, html: h, hidden: c.hidden }, ...extra });
};
const math = (s: string) => [...s].map((c) => (/[a-z]/.test(c) ? String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97) : c)).join('');

describe('HTML the recipient sees', () => {
  it.each([
    ['image alt text', `<p>Dear Jo,</p><img src="x.png" alt="${ABUSE}"><p>Regards</p>`],
    ['image title text', `<p>Dear Jo,</p><img src="x.png" title="${ABUSE}"><p>Regards</p>`],
    ['an input\'s value', `<p>Dear Jo,</p><input type="text" value="${ABUSE}"><p>Regards</p>`],
    ['CSS ::before content', `<style>.n::before{content:"${ABUSE}"}</style><p>Dear Jo,</p><p class="n"></p>`],
    ['CSS ::after content split across a word', `<style>span.k::after { content: 'iot.' }</style><p>Dear Jo, you are a useless id<span class="k"></span></p>`],
  ])('%s is checked', (_name, h) => {
    expect(rulesOf(html(h))).toContain('tone/abusive');
  });

  it.each([
    ['an ordinary image alt', '<p>Dear Jo,</p><img src="logo.png" alt="Ware Town Council crest" title="Ware Town Council"><p>Regards</p>'],
    ['an ordinary input', '<input type="text" value="Allotment plot 12">'],
    ['CSS content that is a bullet', '<style>li::before{content:"\\2022 "}</style><ul><li>Bins</li></ul>'],
  ])('%s is not blocked', (_name, h) => {
    expect(blocks(html(h))).toBe(false);
  });
});

describe('characters that look like letters', () => {
  it.each([
    ['mathematical bold letters', `Dear Jo, you are a useless ${math('idiot')}.`],
    ['combining marks on every letter', 'Dear Jo, you are a useless i\u0336d\u0336i\u0336o\u0336t\u0336.'],
    ['a right-to-left override', 'Dear Jo, you are a useless \u202etoidi\u202c.'],
    ['NUL bytes between letters', 'Dear Jo, you are a useless i\u0000d\u0000i\u0000o\u0000t.'],
  ])('%s: abuse is caught', (_name, body) => {
    expect(rulesOf(draft({ body }))).toContain('tone/abusive');
  });

  it.each([
    ['accented names (combining marks typed decomposed)', 'Thank you, Zoe\u0308 and Rene\u0301e, for the café rota.'],
    ['Hebrew and Arabic text with direction marks', 'Shalom \u202bשלום\u202c and \u202bمرحبا\u202c to our twin town.'],
    ['mathematical symbols in a budget', 'The increase is ∑ 𝑥 over the year: about 5 %.'],
  ])('%s: not blocked', (_name, body) => {
    expect(blocks(draft({ body }))).toBe(false);
  });
});

describe('the message around the body', () => {
  it('an attachment name is checked', () => {
    expect(rulesOf(draft({ body: 'See attached.', attachments: [{ name: 'You are a useless idiot.pdf', size: 1000 } as never] }))).toContain('tone/abusive');
  });

  it('a councillor\'s instruction in the subject line is checked', () => {
    expect(rulesOf(draft({ from: CLLR, to: [CLERK], subject: 'Please arrange payment of the invoice today', body: 'Thanks.' }))).toContain('instructions/councillor');
  });

  it('"Part Ⅱ" in a Unicode numeral and "part two" are confidential markers going outside', () => {
    expect(rulesOf(draft({ body: 'The Part Ⅱ report on the clerk\'s grievance is attached.' }))).toContain('confidential/external');
    expect(rulesOf(draft({ body: 'Here are the part two minutes from last night.' }))).toContain('confidential/external');
  });

  it('an ordinary attachment name and subject are not blocked', () => {
    expect(blocks(draft({ subject: 'Minutes of the Part 1 meeting', body: 'Attached.', attachments: [{ name: 'minutes-2026-11.pdf', size: 1000 } as never] }))).toBe(false);
  });
});

describe('.eml tricks', () => {
  const head = (ct: string, extra = '') => `From: ${CLERK}\r\nTo: jo@example.co.uk\r\nSubject: Bins\r\nMessage-ID: <a@b>\r\nMIME-Version: 1.0\r\n${extra}Content-Type: ${ct}\r\n\r\n`;

  it('a text/plain part that differs from the text/html part: both are checked', async () => {
    const eml =
      head('multipart/alternative; boundary="b1"') +
      '--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear Jo, the bins are on Tuesday.\r\n' +
      `--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Dear Jo, ${ABUSE}</p>\r\n--b1--\r\n`;
    expect(rulesOf(await parseEml(eml))).toContain('tone/abusive');
  });

  it('a wrong MIME boundary (parts the parser cannot find) is still read', async () => {
    const eml = head('multipart/alternative; boundary="right"') + `--wrong\r\nContent-Type: text/plain\r\n\r\nDear Jo, ${ABUSE}\r\n--wrong--\r\n`;
    expect(rulesOf(await parseEml(eml))).toContain('tone/abusive');
  });

  it('a UTF-7 body is decoded', async () => {
    const utf7 = 'Dear Jo, you are a useless +AGkAZABpAG8AdA-.';
    expect(rulesOf(await parseEml(head('text/plain; charset=utf-7') + utf7 + '\r\n'))).toContain('tone/abusive');
  });

  it('matching text/plain and text/html parts give one set of findings', async () => {
    const eml =
      head('multipart/alternative; boundary="b1"') +
      `--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear Jo, ${ABUSE}\r\n` +
      `--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Dear Jo, ${ABUSE}</p>\r\n--b1--\r\n`;
    expect(rulesOf(await parseEml(eml)).filter((r) => r === 'tone/abusive')).toHaveLength(1);
  });
});
