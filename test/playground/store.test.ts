import { compareVersions, MailboxStore, simAddress, themeColours, type ChangeKind } from '../../src/playground/office-sim/store';

const clerk = simAddress('clerk@waretowncouncil.gov.uk', 'Town Clerk', ['waretowncouncil.gov.uk']);

describe('MailboxStore', () => {
  it.each([
    ['1.12', '1.12', true],
    ['1.12', '1.14', false],
    ['1.14', '1.9', true],
    ['1.15', '1.15', true],
    ['1.14', '1.15', false],
  ] as const)('at Mailbox %s, supports(%s) is %s (numeric, not string, comparison)', (set, v, expected) => {
    const s = new MailboxStore(clerk);
    s.requirementSet = set;
    expect(s.supports(v)).toBe(expected);
  });

  it('compares dotted versions numerically', () => {
    expect(compareVersions('1.9', '1.12')).toBe(-1);
    expect(compareVersions('1.12', '1.12.0')).toBe(0);
    expect(compareVersions('1.15', '1.14')).toBe(1);
  });

  it('marks addresses outside the organisation as externalUser, case-insensitively', () => {
    expect(simAddress('A@WareTownCouncil.gov.uk', undefined, ['waretowncouncil.gov.uk']).recipientType).toBe('user');
    expect(simAddress('a@waretowncouncil.gov.uk.evil.com', undefined, ['waretowncouncil.gov.uk']).recipientType).toBe('externalUser');
    expect(simAddress('a@b.org', undefined, []).displayName).toBe('a@b.org');
  });

  it('raises RecipientsChanged only when the recipients really change', () => {
    const s = new MailboxStore(clerk);
    const seen: unknown[] = [];
    s.onItemEvent('RecipientsChanged', (p) => seen.push(p));
    const jo = simAddress('jo@example.com', 'Jo', []);
    s.setRecipients('to', [jo]);
    s.setRecipients('to', [jo]);
    s.addRecipients('cc', [jo]);
    expect(seen).toEqual([
      { type: 'RecipientsChanged', changedRecipientFields: { to: true } },
      { type: 'RecipientsChanged', changedRecipientFields: { cc: true } },
    ]);
  });

  it('raises AttachmentsChanged on add and remove, and refuses an unknown id', () => {
    const s = new MailboxStore(clerk);
    const statuses: unknown[] = [];
    s.onItemEvent('AttachmentsChanged', (p) => statuses.push(p.attachmentStatus));
    const id = s.addAttachment({ name: 'a.pdf', size: 3, contentType: 'application/pdf', content: 'YWJj', isInline: false });
    expect(s.removeAttachment('nope')).toBe(false);
    expect(s.removeAttachment(id)).toBe(true);
    expect(statuses).toEqual(['added', 'removed']);
  });

  it('sending keeps custom properties on the Sent Items copy and starts a fresh draft without session data', () => {
    const s = new MailboxStore(clerk);
    const kinds: ChangeKind[] = [];
    s.onChange((k) => kinds.push(k));
    s.setSubject('Budget');
    s.setSession('cep.warned', 'abc');
    s.saveCustomProperties({ 'cep.override': '{"reason":"agreed"}' });
    const sent = s.send('send-anyway');
    expect(sent).toMatchObject({ subject: 'Budget', via: 'send-anyway', customProperties: { 'cep.override': '{"reason":"agreed"}' } });
    expect(s.sent).toHaveLength(1);
    expect(s.compose.subject).toBe('');
    expect(s.compose.sessionData).toEqual({});
    expect(s.compose.customProperties).toEqual({});
    expect(kinds).toEqual(['subject', 'settings', 'sent']);
  });

  it('a stored value is a copy: changing the caller object afterwards does not change the mailbox', () => {
    const s = new MailboxStore(clerk);
    const list = [simAddress('jo@example.com', 'Jo', [])];
    s.setRecipients('to', list);
    list[0].emailAddress = 'changed@example.com';
    expect(s.compose.to[0].emailAddress).toBe('jo@example.com');
  });

  it('theme change raises OfficeThemeChanged with the theme colours', () => {
    const s = new MailboxStore(clerk);
    const seen: unknown[] = [];
    s.onItemEvent('OfficeThemeChanged', (p) => seen.push(p.officeTheme));
    s.setTheme('dark');
    expect(seen).toEqual([themeColours('dark')]);
    expect(themeColours('high-contrast').bodyBackgroundColor).toBe('#000000');
  });

  it('selectReceived ignores an index out of range and raises ItemChanged otherwise', () => {
    const s = new MailboxStore(clerk);
    s.received = [{ id: 'm1', from: clerk, to: [], cc: [], subject: 'a', bodyHtml: '', headers: '', attachments: [], received: '2026-01-01T00:00:00Z' }, { id: 'm2', from: clerk, to: [], cc: [], subject: 'b', bodyHtml: '', headers: '', attachments: [], received: '2026-01-01T00:00:00Z' }];
    let n = 0;
    s.onItemEvent('ItemChanged', () => n++);
    s.selectReceived(5);
    s.selectReceived(1);
    expect(s.currentReceived()?.id).toBe('m2');
    expect(n).toBe(1);
  });
});
