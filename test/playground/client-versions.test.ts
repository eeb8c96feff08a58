// Issue #19 item 8: the version facts (office-js-docs-reference "Outlook JavaScript API requirement
// sets" and "Nested app auth requirement sets") as the playground models them and as README and
// ADMIN.md state them.
import fs from 'fs';
import path from 'path';
import { CLASSIC_WINDOWS_MIN_VERSION, MAX_MAILBOX_SET, NAA_CLASSIC_WINDOWS_MIN_VERSION, clampToClient } from '../../src/office/client-versions';
import { createOffice } from '../../src/playground/office-sim/office';
import { makeSim } from './sim';

const ROOT = path.resolve(__dirname, '../..');
const read = (f: string) => fs.readFileSync(path.join(ROOT, f), 'utf8').replace(/\s+/g, ' ');

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('the playground models each client’s documented requirement sets', () => {
  it('Outlook on Mac supports at most Mailbox 1.14: no errorMessageMarkdown set, no item.sendAsync', () => {
    const sim = makeSim('1.15');
    sim.store.setPlatform('mac');
    expect(sim.store.requirementSet).toBe('1.14');
    const office = createOffice(sim.store).Office as unknown as typeof Office;
    expect(office.context.requirements.isSetSupported('Mailbox', '1.15')).toBe(false);
    expect(office.context.requirements.isSetSupported('Mailbox', '1.14')).toBe(true);
    expect(typeof (sim.item() as unknown as { sendAsync?: unknown }).sendAsync).toBe('undefined');
    // Asking for 1.15 on a Mac gives the Mac's maximum.
    sim.store.setRequirementSet('1.15');
    expect(sim.store.requirementSet).toBe('1.14');
    // Back on the web, 1.15 is available again.
    sim.store.setPlatform('web');
    sim.store.setRequirementSet('1.15');
    expect(sim.store.requirementSet).toBe('1.15');
  });

  it.each([
    ['1.12', '16.0.15330.20196'],
    ['1.14', '16.0.17530.15000'],
    ['1.15', '16.0.18324.20172'],
  ] as const)('classic Outlook at Mailbox %s reports the first build with that set (%s)', (set, version) => {
    const sim = makeSim(set);
    sim.store.setPlatform('windows-classic');
    const office = createOffice(sim.store).Office as unknown as typeof Office;
    expect(office.context.diagnostics.version).toBe(version);
  });

  it('clampToClient never raises a set', () => {
    expect(clampToClient('mac', '1.12')).toBe('1.12');
    expect(clampToClient('web', '1.15')).toBe('1.15');
  });
});

describe('README and ADMIN.md state the documented versions', () => {
  const admin = read('docs/ADMIN.md');
  const readme = read('README.md');

  it.each(Object.entries(CLASSIC_WINDOWS_MIN_VERSION))('ADMIN.md §12 gives Mailbox %s in classic Outlook as its documented version and build', (set, v) => {
    expect(admin).toContain(`Mailbox ${set}: Version ${v.version} (Build ${v.build})`);
  });

  it('NAA from 2409, Mac up to 1.14, offline settings, in both documents', () => {
    expect(admin).toContain(`Version ${NAA_CLASSIC_WINDOWS_MIN_VERSION.version} (Build ${NAA_CLASSIC_WINDOWS_MIN_VERSION.build})`);
    expect(MAX_MAILBOX_SET.mac).toBe('1.14');
    expect(admin).toContain('Outlook on Mac (new UI) supports Mailbox 1.1–1.14');
    expect(admin).toContain('`OnSendAddinsEnabled`');
    expect(admin).toContain('`OnSendAddinsWaitForLoad`');
    expect(readme).toContain('| "Send anyway" and the button that opens the pane (Mailbox 1.14) | Version 2404 or later |');
    expect(readme).toContain('| formatted (Markdown) Smart Alert message (Mailbox 1.15) | Version 2412 or later | yes | **no** |');
    expect(readme).toContain('| sign-in without a dialog (NestedAppAuth 1.1) | Version 2409 or later');
  });
});
