// The simulated mailbox: one store owned by the playground page. The task-pane and event-runtime
// iframes reach it through `window.parent` (same origin) and wrap it in a simulated `Office`
// (./office.ts). Pure TypeScript: no DOM, no Office, so it is unit-tested in Node.
import { clampToClient } from '../../office/client-versions';

export type RequirementSet = '1.12' | '1.14' | '1.15';
export const REQUIREMENT_SETS: readonly RequirementSet[] = ['1.12', '1.14', '1.15'];
export type Platform = 'windows-classic' | 'windows-new' | 'web' | 'mac';
export type ThemeName = 'light' | 'dark' | 'high-contrast';
export type RecipientKind = 'to' | 'cc' | 'bcc';

export interface SimAddress {
  emailAddress: string;
  displayName: string;
  recipientType: 'user' | 'externalUser' | 'distributionList' | 'other';
}

export interface SimAttachment {
  id: string;
  name: string;
  size: number;
  contentType: string;
  /** Base64 file content (getAttachmentContentAsync). */
  content: string;
  isInline: boolean;
}

export interface ComposeState {
  from: SimAddress;
  to: SimAddress[];
  cc: SimAddress[];
  bcc: SimAddress[];
  subject: string;
  /** HTML body, as Outlook keeps it. */
  bodyHtml: string;
  attachments: SimAttachment[];
  composeType: 'newMail' | 'reply' | 'forward';
  sessionData: Record<string, string>;
  customProperties: Record<string, unknown>;
  /**
   * The custom properties were loaded from the forwarded parent and not saved since (classic
   * Outlook on Windows only). On send such properties are dropped, as that client does.
   */
  customPropertiesInherited?: boolean;
  notifications: Record<string, Record<string, unknown>>;
  /** contextData of the Smart Alert button that opened the pane (getInitializationContextAsync). */
  initializationContext: string | null;
}

export interface ReceivedMessage {
  id: string;
  from: SimAddress;
  to: SimAddress[];
  cc: SimAddress[];
  subject: string;
  bodyHtml: string;
  /** RFC 5322 header block as getAllInternetHeadersAsync returns it. */
  headers: string;
  attachments: { id: string; name: string; size: number; contentType: string }[];
  received: string;
}

export interface SentMessage {
  id: string;
  from: SimAddress;
  to: SimAddress[];
  cc: SimAddress[];
  bcc: SimAddress[];
  subject: string;
  bodyHtml: string;
  attachments: { name: string; size: number }[];
  customProperties: Record<string, unknown>;
  sentAt: string;
  /** How it left: straight through, "Send anyway" on the Smart Alert, or item.sendAsync() from the pane. */
  via: 'send' | 'send-anyway' | 'sendAsync';
  /** MAPI properties written through the simulated Graph (the retention tag), by property id. */
  extendedProperties?: Record<string, string>;
}

export type ItemEvent = 'RecipientsChanged' | 'AttachmentsChanged' | 'ItemChanged' | 'OfficeThemeChanged' | 'InitializationContextChanged';
/** What changed, for launch events: the playground dispatches OnMessage… events from these. */
export type ChangeKind = 'recipients' | 'attachments' | 'from' | 'subject' | 'body' | 'settings' | 'compose-opened' | 'sent' | 'mode' | 'records';

export interface UserProfile {
  displayName: string;
  emailAddress: string;
  timeZone: string;
  accountType: 'enterprise' | 'consumer';
}

/** The playground page answers item.sendAsync() by running the same send flow as its Send button. */
export type SendRequester = () => Promise<{ sent: boolean; error?: string }>;

type Listener<T> = (payload: T) => void;

/** One listener failing (say, in an iframe that has just been closed) must not stop the others. */
function guarded(fn: () => void): void {
  try {
    fn();
  } catch (e) {
    console.warn(`[playground] an event listener failed (${e instanceof Error ? e.name : 'error'})`);
  }
}

let nextId = 1;
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${(nextId++).toString(36)}`;
}

export function emptyCompose(from: SimAddress): ComposeState {
  return {
    from,
    to: [],
    cc: [],
    bcc: [],
    subject: '',
    bodyHtml: '',
    attachments: [],
    composeType: 'newMail',
    sessionData: {},
    customProperties: {},
    notifications: {},
    initializationContext: null,
  };
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export class MailboxStore {
  requirementSet: RequirementSet = '1.15';
  platform: Platform = 'web';
  theme: ThemeName = 'light';
  mode: 'compose' | 'read' = 'compose';
  profile: UserProfile;
  /** The shared mailbox the draft is in (getSharedPropertiesAsync), when writing from one. */
  sharedOwner: string | undefined;
  compose: ComposeState;
  received: ReceivedMessage[] = [];
  selectedReceived = 0;
  sent: SentMessage[] = [];
  sendRequester: SendRequester | undefined;
  /** The manifest's <Permissions>: item.sendAsync needs ReadWriteMailbox (office.messagecompose). */
  permissions = 'ReadWriteItem';
  /** The organisation's domains: Outlook's directory marks other addresses as externalUser. */
  internalDomains: string[] = [];

  private readonly itemListeners = new Map<ItemEvent, Set<Listener<Record<string, unknown>>>>();
  private readonly changeListeners = new Set<Listener<ChangeKind>>();

  constructor(from: SimAddress) {
    this.profile = { displayName: from.displayName, emailAddress: from.emailAddress, timeZone: 'GMT Standard Time', accountType: 'enterprise' };
    this.compose = emptyCompose(from);
  }

  /** Is Mailbox `version` supported at the selected requirement set? (1.1 … selected) */
  supports(version: string): boolean {
    return compareVersions(version, this.requirementSet) <= 0;
  }

  // --- subscriptions ------------------------------------------------------------------------

  /** Office item/mailbox events (addHandlerAsync). Returns an unsubscribe function. */
  onItemEvent(type: ItemEvent, fn: Listener<Record<string, unknown>>): () => void {
    let set = this.itemListeners.get(type);
    if (!set) this.itemListeners.set(type, (set = new Set()));
    set.add(fn);
    return () => set!.delete(fn);
  }
  removeItemEventHandlers(type: ItemEvent): void {
    this.itemListeners.delete(type);
  }
  /** Every change, for the page to re-render and to dispatch launch events. */
  onChange(fn: Listener<ChangeKind>): () => void {
    this.changeListeners.add(fn);
    return () => this.changeListeners.delete(fn);
  }

  private emit(kind: ChangeKind, itemEvent?: ItemEvent, args: Record<string, unknown> = {}): void {
    if (itemEvent) {
      for (const fn of [...(this.itemListeners.get(itemEvent) ?? [])]) guarded(() => fn({ type: itemEvent, ...args }));
    }
    for (const fn of [...this.changeListeners]) guarded(() => fn(kind));
  }

  // --- compose mutations (from the page's form and from the add-in's Office calls) -----------

  setRecipients(kind: RecipientKind, list: SimAddress[]): void {
    const before = JSON.stringify(this.compose[kind]);
    this.compose[kind] = clone(list);
    if (JSON.stringify(this.compose[kind]) !== before) this.emit('recipients', 'RecipientsChanged', { changedRecipientFields: { [kind]: true } });
  }
  addRecipients(kind: RecipientKind, list: SimAddress[]): void {
    this.setRecipients(kind, [...this.compose[kind], ...list]);
  }
  /**
   * Who writes. A person (officer, councillor, resident) becomes the signed-in user too; a shared
   * mailbox (info@) keeps the user and marks the draft as sitting in that mailbox, which
   * getSharedPropertiesAsync then reports (issue #19 item 5).
   */
  setFrom(from: SimAddress, o: { shared?: boolean } = {}): void {
    this.compose.from = clone(from);
    this.sharedOwner = o.shared ? from.emailAddress : undefined;
    if (!o.shared) this.profile = { ...this.profile, displayName: from.displayName, emailAddress: from.emailAddress };
    this.emit('from');
  }
  setSubject(subject: string): void {
    this.compose.subject = subject;
    this.emit('subject');
  }
  setBodyHtml(html: string): void {
    this.compose.bodyHtml = html;
    this.emit('body');
  }
  addAttachment(a: Omit<SimAttachment, 'id'>): string {
    const id = newId('att');
    this.compose.attachments = [...this.compose.attachments, { ...clone(a), id }];
    this.emit('attachments', 'AttachmentsChanged', { attachmentStatus: 'added', attachmentDetails: { id, name: a.name } });
    return id;
  }
  /** False when no attachment has that id (Office reports InvalidAttachmentId). */
  removeAttachment(id: string): boolean {
    const gone = this.compose.attachments.find((a) => a.id === id);
    if (!gone) return false;
    this.compose.attachments = this.compose.attachments.filter((a) => a.id !== id);
    this.emit('attachments', 'AttachmentsChanged', { attachmentStatus: 'removed', attachmentDetails: { id, name: gone.name } });
    return true;
  }
  setSession(key: string, value: string): void {
    this.compose.sessionData[key] = value;
  }
  removeSession(key: string): void {
    delete this.compose.sessionData[key];
  }
  clearSession(): void {
    this.compose.sessionData = {};
  }
  /** saveAsync writes all of the add-in's properties at once. */
  saveCustomProperties(props: Record<string, unknown>): void {
    this.compose.customProperties = clone(props);
    this.compose.customPropertiesInherited = false;
    this.emit('settings');
  }
  setNotification(key: string, details: Record<string, unknown>): void {
    this.compose.notifications = { ...this.compose.notifications, [key]: clone(details) };
    this.emit('settings');
  }
  removeNotification(key: string): boolean {
    if (!(key in this.compose.notifications)) return false;
    const next = { ...this.compose.notifications };
    delete next[key];
    this.compose.notifications = next;
    this.emit('settings');
    return true;
  }
  setInitializationContext(data: string | null): void {
    this.compose.initializationContext = data;
    if (data !== null) this.emit('settings', 'InitializationContextChanged', { initializationContextData: data });
  }

  /** A fresh draft (Load example, or after sending): OnMessageCompose fires for it. */
  newDraft(state: Partial<ComposeState> = {}): void {
    this.compose = { ...emptyCompose(this.compose.from), ...clone(state) };
    // An example written by a person: that person is the user, and the draft is not in a shared mailbox.
    if (state.from && state.from.emailAddress !== this.sharedOwner) {
      this.sharedOwner = undefined;
      this.profile = { ...this.profile, displayName: state.from.displayName, emailAddress: state.from.emailAddress };
    }
    this.mode = 'compose';
    this.emit('compose-opened');
  }

  /**
   * Forward a message from Sent Items. What the new draft's custom properties hold depends on the
   * client (metadata-for-an-outlook-add-in, "Platform behavior in messages"): classic Outlook on
   * Windows loads the parent's properties on Forward; Outlook on the web, new Outlook on Windows
   * and Outlook on Mac start with none (null). Replies start with none everywhere. The parent's
   * attachments are not carried over (Sent Items keep only their names here).
   */
  forward(sentId: string): boolean {
    const parent = this.sent.find((m) => m.id === sentId);
    if (!parent) return false;
    const inherits = this.platform === 'windows-classic';
    const quoted = `<div><br></div><div>-----Original Message-----</div><div>From: ${parent.from.displayName} &lt;${parent.from.emailAddress}&gt;</div><div>Subject: ${parent.subject}</div><div><br></div>${parent.bodyHtml}`;
    this.newDraft({
      subject: /^fw:/i.test(parent.subject) ? parent.subject : `FW: ${parent.subject}`,
      bodyHtml: quoted,
      composeType: 'forward',
      customProperties: inherits ? clone(parent.customProperties) : {},
      customPropertiesInherited: inherits && Object.keys(parent.customProperties).length > 0,
    });
    return true;
  }

  /** Moves the draft to Sent Items (custom properties travel with it; sessionData does not). */
  send(via: SentMessage['via']): SentMessage {
    const c = this.compose;
    const sent: SentMessage = {
      id: newId('sent'),
      from: clone(c.from),
      to: clone(c.to),
      cc: clone(c.cc),
      bcc: clone(c.bcc),
      subject: c.subject,
      bodyHtml: c.bodyHtml,
      attachments: c.attachments.map((a) => ({ name: a.name, size: a.size })),
      // Classic Outlook: a sent forward "Removes parent's properties if not saved" (same page).
      customProperties: c.customPropertiesInherited ? {} : clone(c.customProperties),
      sentAt: new Date().toISOString(),
      via,
    };
    this.sent = [sent, ...this.sent];
    this.compose = emptyCompose(c.from);
    this.emit('sent');
    return sent;
  }

  /** The simulated Graph wrote extended properties on a sent message (the pane's reconciler). */
  setExtendedProperties(id: string, props: Record<string, string>): boolean {
    const m = this.sent.find((x) => x.id === id);
    if (!m) return false;
    m.extendedProperties = { ...m.extendedProperties, ...props };
    this.emit('records');
    return true;
  }

  // --- settings and read mode ---------------------------------------------------------------

  /** A set the chosen client cannot have is lowered to its documented maximum (Outlook on Mac: 1.14). */
  setRequirementSet(set: RequirementSet): void {
    this.requirementSet = clampToClient(this.platform, set) as RequirementSet;
    this.emit('settings');
  }
  setPlatform(p: Platform): void {
    this.platform = p;
    this.requirementSet = clampToClient(p, this.requirementSet) as RequirementSet;
    this.emit('settings');
  }
  setTheme(t: ThemeName): void {
    this.theme = t;
    this.emit('settings', 'OfficeThemeChanged', { officeTheme: themeColours(t) });
  }
  setMode(mode: 'compose' | 'read'): void {
    this.mode = mode;
    this.emit('mode');
  }
  selectReceived(index: number): void {
    if (index < 0 || index >= this.received.length) return;
    this.selectedReceived = index;
    // A pinned read pane hears ItemChanged; an unpinned one is reloaded by the page.
    this.emit('mode', 'ItemChanged');
  }
  currentReceived(): ReceivedMessage | undefined {
    return this.received[this.selectedReceived];
  }
}

/** An address as Outlook's directory would resolve it (recipientType from the organisation's domains). */
export function simAddress(emailAddress: string, displayName: string | undefined, internalDomains: readonly string[]): SimAddress {
  const domain = emailAddress.slice(emailAddress.lastIndexOf('@') + 1).toLowerCase();
  const internal = internalDomains.some((d) => d.toLowerCase() === domain);
  return { emailAddress, displayName: displayName || emailAddress, recipientType: internal ? 'user' : 'externalUser' };
}

/** -1, 0, 1 for dotted versions ("1.9" < "1.12"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

/** Office.context.officeTheme for each playground theme (colours as Outlook reports them). */
export function themeColours(t: ThemeName): { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string; isDarkTheme: boolean } {
  switch (t) {
    case 'dark':
      return { bodyBackgroundColor: '#292929', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#3b3b3b', controlForegroundColor: '#ffffff', isDarkTheme: true };
    case 'high-contrast':
      return { bodyBackgroundColor: '#000000', bodyForegroundColor: '#ffffff', controlBackgroundColor: '#000000', controlForegroundColor: '#ffff00', isDarkTheme: true };
    default:
      return { bodyBackgroundColor: '#ffffff', bodyForegroundColor: '#242424', controlBackgroundColor: '#ffffff', controlForegroundColor: '#242424', isDarkTheme: false };
  }
}
