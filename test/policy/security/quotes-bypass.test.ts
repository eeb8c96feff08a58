// Issue #18 finding 2: a "> " prefix or a <blockquote> must not switch the checks off. Quoted text
// is only what sits below the reply/forward header Outlook writes, in a reply or a forward
// (item.getComposeTypeAsync, Mailbox 1.10); anything else is the sender's own, whatever its prefix.
// And a quoted block is still checked for passwords and confidential content going outside.
import { check } from '../../../src/policy/engine';
import { htmlToText } from '../../../src/policy/text/html';
import type { ComposeType } from '../../../src/policy/types';
import { ALL_LEARNT, draft, policy } from '../../helpers/draft';

const ids = (body: string | { text: string; html?: string }, composeType: ComposeType, subject = 'Bins') =>
  check(draft({ body, composeType, subject }), policy({ learntJudgements: ALL_LEARNT })).findings.map((f) => `${f.ruleId}:${f.level}`);

const OUTLOOK_HEADER = 'From: Jo Bloggs <jo.bloggs@example.co.uk>\nSent: 09 November 2026 10:00\nTo: Town Clerk <clerk@waretowncouncil.gov.uk>\nSubject: Bins\n\n';

describe('new messages: nothing is quoted, whatever the prefix', () => {
  it.each([
    ['"> " lines', 'Dear Jo,\n\n> You are a useless idiot and I will make you pay for this.\n\nRegards'],
    ['">" with no space', 'Dear Jo,\n>You are a useless idiot.\n'],
    ['nested "> >"', 'Dear Jo,\n> > You are a useless idiot.\n'],
    ['a pasted Outlook header block', `Dear Jo,\n\n${OUTLOOK_HEADER}You are a useless idiot.`],
    ['-----Original Message-----', 'Dear Jo,\n-----Original Message-----\nYou are a useless idiot.'],
    ['an attribution line', 'Dear Jo,\nOn Mon, 9 Nov 2026 at 10:00, Jo <jo@example.com> wrote:\n> You are a useless idiot.'],
  ])('%s: abuse is still caught', (_name, body) => {
    expect(ids(body, 'new')).toContain('tone/abusive:block');
  });

  it('a <blockquote> in an HTML body: abuse is still caught', () => {
    const html = '<p>Dear Jo,</p><blockquote>You are a useless idiot.</blockquote><p>Regards</p>';
    expect(ids({ text: htmlToText(html).text, html }, 'new')).toContain('tone/abusive:block');
  });

  it('"> " lines: a password is still caught', () => {
    expect(ids('Hi Jo,\n> The password is Tr0ub4dor&3x!\n', 'new')).toContain('credentials/secret:block');
  });
});

describe('replies and forwards: only what sits below the header is quoted', () => {
  it('abuse below Outlook\'s header block (someone else\'s words) is not the sender\'s', () => {
    expect(ids(`Thanks Jo, I will look into it.\n\n${OUTLOOK_HEADER}You are a useless idiot.`, 'reply')).not.toContain('tone/abusive:block');
  });

  it('"> " lines above the header, in a reply, are the sender\'s own', () => {
    expect(ids(`> You are a useless idiot.\n\n${OUTLOOK_HEADER}Old text`, 'reply')).toContain('tone/abusive:block');
  });

  it('a <blockquote> above the header, in a reply, is the sender\'s own', () => {
    const html = `<blockquote>You are a useless idiot.</blockquote><hr><div id="divRplyFwdMsg"><b>From:</b> Jo<br><b>Sent:</b> 09 November 2026 10:00<br><b>Subject:</b> Bins</div><div>Old</div>`;
    expect(ids({ text: htmlToText(html).text, html }, 'reply')).toContain('tone/abusive:block');
  });

  it('a password in the quoted part of a reply is still caught', () => {
    expect(ids(`Please see below.\n\n${OUTLOOK_HEADER}The password is Tr0ub4dor&3x!`, 'forward')).toContain('credentials/secret:block');
  });

  it('confidential content in the quoted part of a forward going outside is still caught', () => {
    expect(ids(`FYI.\n\n${OUTLOOK_HEADER}CONFIDENTIAL: exempt item under the Local Government Act, do not share outside the council.`, 'forward')).toContain('confidential/external:block');
  });
});
