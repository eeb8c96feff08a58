import { DEFAULT_COMMAND_LABEL, GENERIC_BLOCK_MESSAGE, interpretCompletion } from '../../src/playground/smart-alert';

const full = {
  allowEvent: false,
  errorMessage: 'Plain message',
  errorMessageMarkdown: '**Markdown** message',
  cancelLabel: 'Review',
  commandId: 'CouncilPolicy.ComposeTaskPane',
  contextData: '{"v":1}',
  sendModeOverride: 'promptUser',
};

describe('interpretCompletion: what Outlook shows for the handler options, per requirement set', () => {
  it.each([
    ['completed() without options sends', undefined, '1.15', { kind: 'send' }],
    ['allowEvent true sends', { allowEvent: true, errorMessage: 'ignored' }, '1.15', { kind: 'send' }],
    ['1.12 ignores the override, the button and markdown', full, '1.12', { kind: 'alert', message: 'Plain message', sendAnyway: false }],
    [
      '1.14 honours the override and the button but not markdown',
      full,
      '1.14',
      { kind: 'alert', message: 'Plain message', sendAnyway: true, command: { commandId: 'CouncilPolicy.ComposeTaskPane', label: 'Review', contextData: '{"v":1}' } },
    ],
    [
      '1.15 shows markdown as well',
      full,
      '1.15',
      { kind: 'alert', message: 'Plain message', markdown: '**Markdown** message', sendAnyway: true, command: { commandId: 'CouncilPolicy.ComposeTaskPane', label: 'Review', contextData: '{"v":1}' } },
    ],
    ['a stop without a message gets Outlook\'s generic text', { allowEvent: false }, '1.15', { kind: 'alert', message: GENERIC_BLOCK_MESSAGE, sendAnyway: false }],
    [
      'a command without cancelLabel gets the default label',
      { allowEvent: false, errorMessage: 'm', commandId: 'x' },
      '1.14',
      { kind: 'alert', message: 'm', sendAnyway: false, command: { commandId: 'x', label: DEFAULT_COMMAND_LABEL } },
    ],
    ['an unknown sendModeOverride is not "Send anyway"', { allowEvent: false, errorMessage: 'm', sendModeOverride: 'block' }, '1.15', { kind: 'alert', message: 'm', sendAnyway: false }],
  ] as const)('%s', (_name, options, set, expected) => {
    expect(interpretCompletion(options as Record<string, unknown> | undefined, set)).toEqual(expected);
  });

  it('clips errorMessage to 500 and cancelLabel to 20 characters, as Outlook limits them', () => {
    const r = interpretCompletion({ allowEvent: false, errorMessage: 'x'.repeat(600), commandId: 'c', cancelLabel: 'y'.repeat(30) }, '1.14');
    if (r.kind !== 'alert') throw new Error('expected an alert');
    expect(r.message).toHaveLength(500);
    expect(r.command?.label).toHaveLength(20);
  });
});
