// The seam between UI/handlers and Office.js. The task pane's components receive a ComposePort or
// ReadPort as props (STYLE: components never touch Office.* themselves), so they render the same in
// Outlook, in the playground (simulated Office) and in tests. src/office/ implements these over the
// real Office.js API; the playground supplies a simulated `Office` object, not another port.
import type { Address, MailDraft, RecipientField, Span } from '../policy/types';
import type { OverrideRecord, RetentionDecision } from '../policy/records';

export type Unsubscribe = () => void;

export interface ComposePort {
  /** The draft as the engine sees it (body as HTML and text). */
  readDraft(): Promise<MailDraft>;
  /** Cheap reads for polling without re-reading everything. */
  readBody(): Promise<MailDraft['body']>;
  readSubject(): Promise<string>;
  onRecipientsChanged(cb: () => void): Unsubscribe;
  onAttachmentsChanged(cb: () => void): Unsubscribe;

  // Fixes that write back through Office.js.
  moveToBcc(addresses: string[]): Promise<void>;
  removeRecipient(field: RecipientField, address: string): Promise<void>;
  insertDisclaimer(text: string): Promise<void>;
  removeAttachment(id: string): Promise<void>;
  /** Replace the text at `span` (field subject or body) with `text`. */
  replaceText(span: Span, text: string): Promise<void>;
  /**
   * Add recipients to a field (`item.to/cc/bcc.addAsync`). Optional and additive: the task pane uses
   * it only to undo "move to BCC" and "remove recipient", and offers no undo where it is missing.
   */
  addRecipients?(field: RecipientField, recipients: Address[]): Promise<void>;

  // The user's decisions for THIS compose session (item.sessionData, Mailbox 1.11); the send
  // handler copies them into the add-in's custom properties at send. The pane never sends:
  // item.sendAsync (1.15) needs read/write mailbox permission and the add-in asks ReadWriteItem.
  readOverride(): Promise<OverrideRecord | undefined>;
  recordOverride(o: OverrideRecord): Promise<void>;
  readRetention(): Promise<RetentionDecision | undefined>;
  recordRetention(d: RetentionDecision): Promise<void>;
  /** The mailbox user's address. */
  userAddress(): string;
  /** `Office.context.requirements.isSetSupported('Mailbox', version)`. */
  supports(version: '1.12' | '1.13' | '1.14' | '1.15'): boolean;
}

export interface ReadPort {
  /** The received message, with internet headers (getAllInternetHeadersAsync) when available. */
  readMessage(): Promise<MailDraft>;
  onItemChanged(cb: () => void): Unsubscribe;
  userAddress(): string;
}
