import fs from 'fs';
import path from 'path';
import { DOMParser } from '@xmldom/xmldom';
import { decideSend } from '../../src/launchevent/decide';
import { COMPOSE_BUTTON_LABEL, COMPOSE_PANE_COMMAND_ID } from '../../src/launchevent/ids';
import { readManifest } from '../../src/playground/manifest';
import { DEFAULT_COMMAND_LABEL, DONT_SEND, GENERIC_BLOCK_MESSAGE, SEND_ANYWAY, interpretCompletion } from '../../src/playground/smart-alert';
import type { Platform, RequirementSet } from '../../src/playground/office-sim/store';
import type { FindingData } from '../../src/policy/types';
import { policy } from '../helpers/draft';

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
    expect(interpretCompletion(options as Record<string, unknown> | undefined, set)).toMatchObject(expected);
  });

  it('clips errorMessage to 500 and cancelLabel to 20 characters, as Outlook limits them', () => {
    const r = interpretCompletion({ allowEvent: false, errorMessage: 'x'.repeat(600), commandId: 'c', cancelLabel: 'y'.repeat(30) }, '1.14');
    if (r.kind !== 'alert') throw new Error('expected an alert');
    expect(r.message).toHaveLength(500);
    expect(r.command?.label).toHaveLength(20);
  });
});

// Issue #19 items 9 and 10: the dialog's buttons per client (Smart Alerts walkthrough, "Customize the
// text and functionality of a button in the dialog"), and messages that name only buttons there are.
const CLIENTS: [Platform, RequirementSet][] = [
  ['windows-classic', '1.12'],
  ['windows-classic', '1.14'],
  ['windows-classic', '1.15'],
  ['windows-new', '1.15'],
  ['web', '1.15'],
  ['mac', '1.14'],
];
const labels = (o: ReturnType<typeof interpretCompletion>) => (o.kind === 'alert' ? o.buttons.map((b) => b.label) : []);

describe('the Smart Alert dialog per client', () => {
  it.each([
    ['windows-classic', '1.14', ['Send Anyway', 'Review'], true],
    ['mac', '1.14', ['Send Anyway', 'Review'], false],
    ['windows-classic', '1.15', ['Send Anyway', 'Review', "Don't Send"], false],
    ['windows-new', '1.15', ['Send Anyway', 'Review', "Don't Send"], false],
    ['web', '1.15', ['Send Anyway', 'Review', "Don't Send"], false],
    ['windows-classic', '1.12', ["Don't Send"], false],
  ] as const)('%s at Mailbox %s shows %j (close opens the pane: %s)', (platform, set, buttons, closeOpensPane) => {
    const o = interpretCompletion(full, set, platform);
    expect(labels(o)).toEqual(buttons);
    expect(o).toMatchObject({ closeOpensPane });
  });

  it('without cancelLabel the separate button is "Take Action", and the renamed one keeps "Don\'t Send"', () => {
    const bare = { allowEvent: false, errorMessage: 'm', commandId: 'x' };
    expect(labels(interpretCompletion(bare, '1.15', 'web'))).toEqual([DEFAULT_COMMAND_LABEL, DONT_SEND]);
    expect(labels(interpretCompletion(bare, '1.14', 'windows-classic'))).toEqual([DONT_SEND]);
  });
});

describe('Smart Alert messages name only buttons the client has', () => {
  const manifest = readManifest(new DOMParser().parseFromString(fs.readFileSync(path.join(__dirname, '../../manifest.xml'), 'utf8'), 'text/xml') as never);
  const ribbon = manifest.buttonLabels[COMPOSE_PANE_COMMAND_ID];
  const KNOWN = ['Review', SEND_ANYWAY, DONT_SEND, DEFAULT_COMMAND_LABEL, COMPOSE_BUTTON_LABEL, 'Open add-in', 'Send again'];
  const finding = (level: 'warn' | 'block'): FindingData => ({ ruleId: 'recipients/duplicate', messageId: 'duplicate', category: 'recipients', level, clause: '4.3c', message: 'x' });

  it('the manifest labels the compose button as the messages call it', () => {
    expect(ribbon).toBe(COMPOSE_BUTTON_LABEL);
  });

  describe.each(CLIENTS)('%s at Mailbox %s', (platform, set) => {
    it.each(['warn', 'block'] as const)('a %s message', (level) => {
      const v = (x: string) => ['1.12', '1.14', '1.15'].indexOf(x);
      const client = { v114: v(set) >= 1, v115: v(set) >= 2 };
      const d = decideSend({ findings: [finding(level)], config: policy(), client, draftFingerprint: 'a' });
      const shown = interpretCompletion(d.options, set, platform);
      if (shown.kind !== 'alert') throw new Error('expected an alert');
      const text = shown.markdown ?? shown.message;
      const available = [...labels(shown), ribbon];
      const named = KNOWN.filter((k) => text.toLowerCase().includes(k.toLowerCase()));
      expect(named.length).toBeGreaterThan(0);
      for (const k of named) if (k !== 'Send again') expect(available).toContain(k);
      // "Send again" is the compose window's Send button, below 1.14 only.
      if (text.toLowerCase().includes('send again')) expect(set).toBe('1.12');
    });
  });
});
