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
    // "Attached" not said of this email (helper warn3).
    ['a garage attached to the house', draft({ body: 'The garage is attached to the house, so it needs no separate consent.' })],
    ['a question about an attachment', draft({ body: 'Hi Jo, is the form attached? I could not find it.' })],
    ['nothing attached, said so', draft({ body: 'Nothing is attached yet; I will send the plans on Monday.' })],
    ['conditions attached to a grant', draft({ body: 'The grant has conditions attached, so please read the offer letter.' })],
    ['no strings attached', draft({ body: 'It is a gift to the town, no strings attached.' })],
    ['fond of the old bench', draft({ body: 'Residents are very attached to the old bench.' })],
    ['she is very attached', draft({ body: 'Mrs Hale is very attached.' })],
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
    // The word "attached" said of what this email carries, in forms the phrase list does not hold.
    ['the form now - attached', draft({ body: "Hi Helen,\n\nI've filled in the form now - attached. Let me know if anything's missing." }), ['missing@body:41-49']],
    ['the minutes are attached', draft({ body: 'Dear all, the draft minutes are attached for comment.' }), ['missing@body:32-40']],
    ['a short opening: photos attached', draft({ body: 'Photos attached. The fence is down again.' }), ['missing@body:7-15']],
    ['in brackets', draft({ body: 'The quote (attached) is within budget.' }), ['missing@body:11-19']],
    ['in the subject: invoice attached', draft({ subject: 'Invoice attached', body: 'Thanks' }), ['missing@subject:8-16']],
  ]);

  it('reports once however many phrases there are', () => {
    expect(idsOf(rule, draft({ body: 'See attached. I have attached two files. Please find attached.' }))).toEqual(['missing@body:0-12']);
  });
});
