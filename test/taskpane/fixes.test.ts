import { applyFix, fixDoneText, fixLabel, fixesOf } from '../../src/taskpane/compose/fixes';
import type { FindingData, Fix } from '../../src/policy/types';
import { CLERK, RESIDENT, draft } from '../helpers/draft';
import { FakeComposePort } from './fake-port';

const OTHER = 'sam.smith@example.com';
const DISCLAIMER = 'The views expressed in this email are my own.';

function setup(withAdd = true) {
  const d = draft({
    from: CLERK,
    to: [{ address: RESIDENT, name: 'Jo Bloggs' }],
    cc: [OTHER, RESIDENT],
    subject: 'Hedge on Church Street',
    body: 'I think the hedge is far too high!!!',
    attachments: [{ id: 'att-1', name: 'photo.jpg', size: 10 }],
  });
  return new FakeComposePort(d, '1.15', withAdd);
}

describe('applyFix and its undo', () => {
  it('moves recipients to Bcc, and undo puts each back in the field it came from', async () => {
    const port = setup();
    const undo = await applyFix(port, { kind: 'move-to-bcc', addresses: [RESIDENT, OTHER] }, port.draft);
    expect(port.draft.to).toEqual([]);
    expect(port.draft.cc).toEqual([]);
    expect(port.draft.bcc.map((r) => r.address)).toEqual([RESIDENT, OTHER]);
    await undo!.run();
    expect(port.draft.bcc).toEqual([]);
    expect(port.draft.to).toEqual([{ address: RESIDENT, name: 'Jo Bloggs' }]);
    expect(port.draft.cc.map((r) => r.address)).toEqual([OTHER]);
  });

  it('removes a duplicate from the named field only, and undo adds it back there', async () => {
    const port = setup();
    const undo = await applyFix(port, { kind: 'remove-recipient', field: 'cc', address: RESIDENT }, port.draft);
    expect(port.draft.cc.map((r) => r.address)).toEqual([OTHER]);
    expect(port.draft.to.map((r) => r.address)).toEqual([RESIDENT]);
    await undo!.run();
    expect(port.draft.cc.map((r) => r.address)).toEqual([OTHER, RESIDENT]);
  });

  it('offers no undo for recipient fixes where the port cannot add recipients', async () => {
    const port = setup(false);
    expect(await applyFix(port, { kind: 'move-to-bcc', addresses: [OTHER] }, port.draft)).toBeUndefined();
    expect(await applyFix(port, { kind: 'remove-recipient', field: 'cc', address: RESIDENT }, port.draft)).toBeUndefined();
  });

  it('inserts the disclaimer, and undo removes it with the line break it added', async () => {
    const port = setup();
    const before = port.draft.body.text;
    const undo = await applyFix(port, { kind: 'insert-disclaimer', text: DISCLAIMER }, port.draft);
    expect(port.draft.body.text).toContain(DISCLAIMER);
    await undo!.run();
    expect(port.draft.body.text).toBe(before);
  });

  it('refuses to undo the disclaimer once the user has deleted it', async () => {
    const port = setup();
    const undo = await applyFix(port, { kind: 'insert-disclaimer', text: DISCLAIMER }, port.draft);
    port.type('All new text');
    await expect(undo!.run()).rejects.toMatchObject({ name: 'UndoUnavailableError' });
  });

  it('removes an attachment by its Office id (falling back to the draft by index); not undoable', async () => {
    const port = setup();
    const undo = await applyFix(port, { kind: 'remove-attachment', index: 0, name: 'photo.jpg' }, port.draft);
    expect(port.calls).toContain('removeAttachment:att-1');
    expect(port.draft.attachments).toEqual([]);
    expect(undo).toBeUndefined();
  });

  it('applies a rewrite to the body span, and undo restores the original words', async () => {
    const port = setup();
    const fix: Fix = { kind: 'replace-text', span: { field: 'body', start: 33, end: 36 }, text: '.' };
    const undo = await applyFix(port, fix, port.draft);
    expect(port.draft.body.text).toBe('I think the hedge is far too high.');
    await undo!.run();
    expect(port.draft.body.text).toBe('I think the hedge is far too high!!!');
  });

  it('applies a rewrite to the subject', async () => {
    const port = setup();
    await applyFix(port, { kind: 'replace-text', span: { field: 'subject', start: 0, end: 5 }, text: 'Hedges' }, port.draft);
    expect(port.draft.subject).toBe('Hedges on Church Street');
  });

  it('does not undo a rewrite once the text at that place has changed', async () => {
    const port = setup();
    const undo = await applyFix(port, { kind: 'replace-text', span: { field: 'body', start: 0, end: 7 }, text: 'We feel' }, port.draft);
    port.type('Completely different');
    await expect(undo!.run()).rejects.toMatchObject({ name: 'UndoUnavailableError' });
    expect(port.draft.body.text).toBe('Completely different');
  });

  it.each<[Fix, RegExp]>([
    [{ kind: 'move-to-bcc', addresses: ['a@x.org', 'b@x.org'] }, /2 recipients to Bcc/],
    [{ kind: 'move-to-bcc', addresses: ['a@x.org'] }, /a@x\.org to Bcc/],
    [{ kind: 'remove-recipient', field: 'cc', address: 'a@x.org' }, /a@x\.org from Cc/],
    [{ kind: 'remove-attachment', index: 0, name: 'run.exe' }, /run\.exe/],
    [{ kind: 'replace-text', span: { field: 'body', start: 0, end: 1 }, text: '' }, /Remove/],
  ])('labels %j so the button names its effect', (fix, label) => {
    expect(fixLabel(fix)).toMatch(label);
  });

  const span = { field: 'body' as const, start: 0, end: 3 };
  it.each<[Fix, string | undefined, string, string]>([
    [{ kind: 'replace-text', span, text: '.' }, '!!!', 'Replace with a full stop', 'Done: replaced “!!!” with a full stop.'],
    [{ kind: 'replace-text', span, text: '?' }, '?!?', 'Replace with a question mark', 'Done: replaced “?!?” with a question mark.'],
    [{ kind: 'replace-text', span, text: 'Please deal with it' }, 'PLEASE DEAL WITH IT', 'Replace with “Please deal with it”', 'Done: replaced “PLEASE DEAL WITH IT” with “Please deal with it”.'],
    [{ kind: 'replace-text', span, text: '' }, 'idiot', 'Remove this text', 'Done: removed “idiot”.'],
    [{ kind: 'move-to-bcc', addresses: ['a@x.org'] }, undefined, 'Move a@x.org to Bcc', 'Done: a@x.org is now in Bcc.'],
    [{ kind: 'insert-disclaimer', text: 'Views are mine.' }, undefined, "Insert the council's disclaimer", 'Done: added the council’s disclaimer to your message.'],
  ])('%j: the button and the status say what happens in words', (fix, actual, label, done) => {
    expect(fixLabel(fix)).toBe(label);
    expect(fixDoneText(fix, { actual })).toBe(done);
    expect(fixDoneText(fix, { actual })).not.toMatch(/Done: Replace with/);
  });
});

describe('fixesOf', () => {
  const base: FindingData = { ruleId: 'tone/shouting', messageId: 'm', category: 'tone', level: 'warn', clause: '4.3c', message: 'x' };
  it.each<[string, Partial<FindingData>, string[]]>([
    ['a suggestion for the exact span becomes a rewrite', { span: { field: 'body', start: 4, end: 7 }, actual: '!!!', suggestions: ['.'] }, ['replace-text:.']],
    ['a suggestion equal to the text is not offered', { span: { field: 'body', start: 4, end: 7 }, actual: '!!!', suggestions: ['!!!', '.'] }, ['replace-text:.']],
    ['no span, no rewrite', { actual: '!!!', suggestions: ['.'] }, []],
    ['a recipient span is not text', { span: { field: 'cc', start: 0, end: 1 }, actual: 'a@x.org', suggestions: ['b@x.org'] }, []],
    ['a span that does not match the quoted text is not trusted', { span: { field: 'body', start: 0, end: 9 }, actual: '!!!', suggestions: ['.'] }, []],
    ['the rule’s own rewrite wins', { span: { field: 'body', start: 4, end: 7 }, actual: '!!!', suggestions: ['.'], fixes: [{ kind: 'replace-text', span: { field: 'body', start: 4, end: 7 }, text: '!' }] }, ['replace-text:!']],
  ])('%s', (_, extra, expected) => {
    expect(fixesOf({ ...base, ...extra }).map((f) => `${f.kind}:${f.kind === 'replace-text' ? f.text : ''}`)).toEqual(expected);
  });
});
