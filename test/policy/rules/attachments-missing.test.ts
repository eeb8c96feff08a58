import rule from '../../../src/policy/rules/attachments/missing';
import { draft, idsOf } from '../../helpers/draft';
import { ruleTester } from '../../helpers/rule-tester';
import { file } from '../../helpers/files';

describe('attachments/missing', () => {
  const tester = ruleTester(rule, { level: 'warn' });

  tester.accepts([
    ['says attached and has a file', draft({ body: 'Please find attached the minutes.', attachments: [file('minutes.pdf')] })],
    ['an attached email counts', draft({ body: 'See attached.', attachments: [file('Re: bins', { kind: 'item' })] })],
    ['a cloud attachment counts', draft({ body: 'I have attached the plans.', attachments: [file('Plans.pdf', { kind: 'cloud' })] })],
    ['"attached" in quoted text only', draft({ composeType: 'reply', body: 'Thanks, I will fill it in.\n\nOn Mon, 9 Nov 2026 at 10:00, Jo <jo@example.com> wrote:\n> Please find attached the form you asked for.\n> Regards' })],
    ['quoted Outlook header block', draft({ composeType: 'reply', body: 'Got it, thanks.\n\nFrom: Jo\nSent: Monday\nSubject: form\n\nPlease find attached the form.' })],
    ['an attached garage', draft({ body: 'The extension would adjoin the attached garage.' })],
    ['an enclosed garden', draft({ body: 'The play area is an enclosed space.' })],
    ['I will attach it later', draft({ body: "I'll send the report tomorrow once it's signed." })],
    ['the form you attached (theirs)', draft({ body: 'Thank you for the attached form, which we received.' })],
  ]);

  tester.flags([
    ['please find attached', draft({ body: 'Dear Jo,\nPlease find attached the agenda.' }), ['missing@body:9-29']],
    ['see attached', draft({ body: 'See attached.' }), ['missing@body:0-12']],
    ["I've attached with a curly apostrophe", draft({ body: 'Hi, I’ve attached the plan.' }), ['missing@body:4-17']],
    ['attached is', draft({ body: 'Attached is the invoice.' }), ['missing@body:0-11']],
    ['enclosed please find', draft({ body: 'Enclosed please find our response.' }), ['missing@body:0-20']],
    ['only an inline logo', draft({ body: 'I have attached the map.', attachments: [file('logo.png', { isInline: true })] }), ['missing@body:0-15']],
    ['in the subject', draft({ subject: 'Minutes - see attached', body: 'Thanks' }), ['missing@subject:10-22']],
    ['own words above a quoted reply', draft({ body: 'Please see the attached.\n\n> Could you send me the plan?' }), ['missing@body:0-23']],
  ]);

  it('reports once however many phrases there are', () => {
    expect(idsOf(rule, draft({ body: 'See attached. I have attached two files. Please find attached.' }))).toEqual(['missing@body:0-12']);
  });
});
