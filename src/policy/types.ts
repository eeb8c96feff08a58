// The contracts every surface shares (ARCHITECTURE §5). PURE: no Office, no DOM, no network.
import type { RuleId } from './rule-ids';

export type Level = 'info' | 'warn' | 'block';
/** What a policy file may set a rule to: a level, or off. */
export type ConfiguredLevel = Level | 'off';
export type Mode = 'monitor' | 'warn' | 'enforce';
export type Verdict = 'ok' | 'warn' | 'block';

export type Category =
  | 'tone'
  | 'recipients'
  | 'instructions'
  | 'disclaimer'
  | 'confidential'
  | 'personal-data'
  | 'credentials'
  | 'attachments'
  | 'solicitation'
  | 'authenticity';

export const CATEGORIES: readonly Category[] = [
  'tone',
  'recipients',
  'instructions',
  'disclaimer',
  'confidential',
  'personal-data',
  'credentials',
  'attachments',
  'solicitation',
  'authenticity',
];

export interface Address {
  /** Display name as the client shows it; may be empty. */
  name?: string;
  /** The SMTP address as given (compare with `sameAddress`, not `===`). */
  address: string;
  /** Office.js recipient type when the client reports it (e.g. `externalUser`, `distributionList`). */
  recipientType?: 'user' | 'distributionList' | 'externalUser' | 'other';
}

export type RecipientField = 'to' | 'cc' | 'bcc';
/**
 * Where a span points. Text fields (`subject`, `body`) use UTF-16 offsets, end exclusive.
 * List fields (`to`, `cc`, `bcc`, `attachments`) use the item index: `cc:2-3` is the third Cc.
 */
export type SpanField = 'subject' | 'body' | RecipientField | 'from' | 'attachments' | 'headers';

export interface Span {
  field: SpanField;
  start: number;
  end: number;
}

export interface Attachment {
  /** Office attachment id when known (fixes need it). */
  id?: string;
  name: string;
  contentType?: string;
  size: number;
  /** Raw bytes when available (from .eml, or getAttachmentContentAsync). Rules must not require it. */
  content?: Uint8Array;
  isInline?: boolean;
  /** Outlook item attachment (an attached email) or cloud link rather than a file. */
  kind?: 'file' | 'item' | 'cloud';
  /**
   * An attached email (item attachment, message/rfc822 part or .eml file) read as a message by the
   * adapter (src/mail/attached.ts); the engine checks it one level deep. Its own attachments never carry one.
   */
  message?: MailDraft;
}

export type ComposeType = 'new' | 'reply' | 'forward';

export interface MailDraft {
  from?: Address;
  to: Address[];
  cc: Address[];
  bcc: Address[];
  subject: string;
  body: {
    /** Plain text the rules read; spans with field `body` index into this. */
    text: string;
    /** The HTML the text came from, when the body is HTML. */
    html?: string;
    /** Ranges of `text` the reader does not see (hidden HTML text, from htmlToText), when known. */
    hidden?: { start: number; end: number }[];
    /**
     * The other rendering of the same message when it says something else (an .eml whose text/plain
     * part differs from its text/html part): checked too, findings there carry no body span.
     */
    alternative?: string;
  };
  attachments: Attachment[];
  composeType: ComposeType;
  /** Internet headers when known, names lower-cased, values in header order (topmost first). */
  headers?: Record<string, string[]>;
  /** Sensitivity label name when the client exposes one (e.g. "Confidential"). */
  sensitivityLabel?: string;
  /** Number of recipients on the message being replied to, when known (reply-all detection). */
  originalRecipientCount?: number;
}

export type FixKind = 'move-to-bcc' | 'remove-recipient' | 'insert-disclaimer' | 'remove-attachment' | 'replace-text';

export type Fix =
  | { kind: 'move-to-bcc'; addresses: string[] }
  | { kind: 'remove-recipient'; field: RecipientField; address: string }
  | { kind: 'insert-disclaimer'; text: string }
  | { kind: 'remove-attachment'; index: number; id?: string; name: string }
  | { kind: 'replace-text'; span: Span; text: string };

/** The plain-data shape of a finding (what JSON, sessionData and contextData carry). */
export interface FindingData {
  ruleId: RuleId;
  messageId: string;
  category: Category;
  level: Level;
  clause: string;
  message: string;
  span?: Span;
  actual?: string;
  suggestions?: string[];
  fixes?: Fix[];
}

export interface RetentionLabel {
  id: string;
  name: string;
  /** Human wording of the period, e.g. "6 years after the end of the financial year". */
  period: string;
  /** Days for PR_RETENTION_PERIOD; omitted where the period runs from an event. */
  days?: number;
  /** Exchange MRM personal tag GUID. */
  exchangeTagGuid?: string;
  /** Purview retention label id. */
  purviewLabelId?: string;
  /** Words or phrases in subject/body that propose this label (case-insensitive, whole words). */
  keywords?: string[];
  /** Source of the period (named in docs/ADMIN.md). */
  source?: string;
}

export interface RetentionProposal {
  labelId: string;
  name: string;
  /** Why: the keyword that matched, or "default". */
  reason: string;
}
