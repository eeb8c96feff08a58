// An in-memory ComposePort/ReadPort: the draft lives in a plain object, fixes edit it the way the
// Office adapters do (disclaimer after the greeting, Bcc added before To/Cc removed), and every call is logged.
import { placeDisclaimerInText } from '../../src/office/disclaimer-place';
import type { ComposePort, ReadPort } from '../../src/office/port';
import type { OverrideRecord, RetentionDecision } from '../../src/policy/records';
import type { Address, MailDraft, RecipientField, Span } from '../../src/policy/types';

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class FakeComposePort implements ComposePort {
  calls: string[] = [];
  override?: OverrideRecord;
  retention?: RetentionDecision;
  failReads = false;
  private recipientCbs = new Set<() => void>();
  private attachmentCbs = new Set<() => void>();

  constructor(
    public draft: MailDraft,
    private readonly mailbox: '1.12' | '1.13' | '1.14' | '1.15' = '1.15',
    withAddRecipients = true,
  ) {
    if (!withAddRecipients) this.addRecipients = undefined;
  }

  private copy(): MailDraft {
    return JSON.parse(JSON.stringify(this.draft)) as MailDraft;
  }
  private read<T>(name: string, v: () => T): Promise<T> {
    this.calls.push(name);
    return this.failReads ? Promise.reject(new TypeError('simulated failure')) : Promise.resolve(v());
  }

  readDraft = () => this.read('readDraft', () => this.copy());
  readBody = () => this.read('readBody', () => ({ ...this.draft.body }));
  readSubject = () => this.read('readSubject', () => this.draft.subject);

  onRecipientsChanged(cb: () => void) {
    this.recipientCbs.add(cb);
    return () => void this.recipientCbs.delete(cb);
  }
  onAttachmentsChanged(cb: () => void) {
    this.attachmentCbs.add(cb);
    return () => void this.attachmentCbs.delete(cb);
  }
  /** What Outlook does when the user edits recipients: change, then fire the event. */
  setRecipients(field: RecipientField, list: Address[]) {
    this.draft[field] = list;
    for (const cb of this.recipientCbs) cb();
  }
  /** Typing: no event, the pane has to poll. */
  type(text: string) {
    this.draft.body = { text };
  }

  async moveToBcc(addresses: string[]) {
    this.calls.push('moveToBcc');
    for (const field of ['to', 'cc'] as const) {
      const moving = this.draft[field].filter((r) => addresses.some((a) => same(a, r.address)));
      this.draft.bcc.push(...moving.filter((m) => !this.draft.bcc.some((b) => same(b.address, m.address))));
      this.draft[field] = this.draft[field].filter((r) => !moving.includes(r));
    }
  }
  async removeRecipient(field: RecipientField, address: string) {
    this.calls.push(`removeRecipient:${field}`);
    const i = this.draft[field].findIndex((r) => same(r.address, address));
    if (i >= 0) this.draft[field].splice(i, 1);
  }
  addRecipients?: (field: RecipientField, recipients: Address[]) => Promise<void> = async (field, recipients) => {
    this.calls.push(`addRecipients:${field}`);
    this.draft[field].push(...recipients);
  };
  async insertDisclaimer(text: string) {
    this.calls.push('insertDisclaimer');
    this.draft.body = { text: placeDisclaimerInText(this.draft.body.text, text) };
  }
  async removeAttachment(id: string) {
    this.calls.push(`removeAttachment:${id}`);
    const before = this.draft.attachments.length;
    this.draft.attachments = this.draft.attachments.filter((a) => a.id !== id);
    if (this.draft.attachments.length === before) throw new RangeError('no such attachment');
  }
  async replaceText(span: Span, text: string) {
    this.calls.push(`replaceText:${span.field}`);
    if (span.field === 'subject') this.draft.subject = this.draft.subject.slice(0, span.start) + text + this.draft.subject.slice(span.end);
    else if (span.field === 'body') this.draft.body = { text: this.draft.body.text.slice(0, span.start) + text + this.draft.body.text.slice(span.end) };
    else throw new RangeError('not a text field');
  }
  readOverride = async () => this.override;
  async recordOverride(o: OverrideRecord) {
    this.calls.push('recordOverride');
    this.override = o;
  }
  readRetention = async () => this.retention;
  async recordRetention(d: RetentionDecision) {
    this.calls.push('recordRetention');
    this.retention = d;
  }
  userAddress = () => this.draft.from?.address ?? 'someone@example.org';
  supports(version: '1.12' | '1.13' | '1.14' | '1.15') {
    return Number(version.split('.')[1]) <= Number(this.mailbox.split('.')[1]);
  }
}

export class FakeReadPort implements ReadPort {
  private cbs = new Set<() => void>();
  constructor(public message: MailDraft) {}
  readMessage = async () => JSON.parse(JSON.stringify(this.message)) as MailDraft;
  onItemChanged(cb: () => void) {
    this.cbs.add(cb);
    return () => void this.cbs.delete(cb);
  }
  /** The user selects another message with the pane pinned. */
  select(message: MailDraft) {
    this.message = message;
    for (const cb of this.cbs) cb();
  }
  userAddress = () => 'clerk@waretowncouncil.gov.uk';
}
