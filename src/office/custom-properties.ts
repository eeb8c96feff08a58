// What the add-in records about a draft, and where.
//
// While composing, the user's decisions (a reason for sending anyway, a retention label picked in
// the task pane) live in item.sessionData (Mailbox 1.11): shared by the pane and the event runtime,
// and tied to THIS compose session, so they cannot travel to another message.
//
// At send, the handler copies them into the add-in's custom properties (loadCustomPropertiesAsync,
// Mailbox 1.1), which stay in the mailbox and travel into Sent Items for the record and the Graph
// reconciler. Custom properties are never read back as a decision while composing, because in
// classic Outlook on Windows a Forward loads the parent message's custom properties
// (metadata-for-an-outlook-add-in, "Platform behavior in messages": Forward → "Loads parent's
// properties" on classic Windows, null on web, new Outlook and Mac), so a reason or a retention
// choice recorded on the parent would otherwise be inherited. The copy at send therefore always
// overwrites the retention record and removes an override this session did not record. (The same
// page: a sent forward in classic Outlook "Removes parent's properties if not saved", and custom
// properties written while composing persist only after saveAsync.)
import { SESSION } from '../launchevent/ids';
import { parseOverride, parseRetentionDecision, PROP, type OverrideRecord, type RetentionDecision } from '../policy/records';
import { officeCall } from './async';
import { readSession, writeSession } from './session-data';

export interface ReadOptions {
  timeoutMs?: number;
}

const DEFAULT_MS = 3000;

function load(item: Office.MessageCompose | Office.MessageRead, o: ReadOptions): Promise<Office.CustomProperties> {
  return officeCall<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) => item.loadCustomPropertiesAsync(cb), o.timeoutMs);
}

/** The reason recorded in this compose session, if any. */
export async function readOverride(item: Office.MessageCompose, o: ReadOptions = {}): Promise<OverrideRecord | undefined> {
  return parseOverride(await readSession(item, SESSION.override, o.timeoutMs ?? DEFAULT_MS));
}

/** The retention label the user picked in this compose session, if any. */
export async function readRetentionChoice(item: Office.MessageCompose, o: ReadOptions = {}): Promise<RetentionDecision | undefined> {
  return parseRetentionDecision(await readSession(item, SESSION.retention, o.timeoutMs ?? DEFAULT_MS));
}

/** Outlook could not keep a decision for the draft; the message is written for people. */
export class RecordError extends Error {
  override readonly name = 'RecordError';
}

async function recordInSession(item: Office.MessageCompose, key: string, value: unknown, what: string, o: ReadOptions): Promise<void> {
  if (!(await writeSession(item, key, JSON.stringify(value), o.timeoutMs ?? DEFAULT_MS))) {
    throw new RecordError(`Outlook could not keep the ${what} for this message. Try again; if it keeps failing, fix the message instead.`);
  }
}

export function recordOverride(item: Office.MessageCompose, record: OverrideRecord, o: ReadOptions = {}): Promise<void> {
  return recordInSession(item, SESSION.override, record, 'reason', o);
}

export function recordRetentionChoice(item: Office.MessageCompose, d: RetentionDecision, o: ReadOptions = {}): Promise<void> {
  return recordInSession(item, SESSION.retention, d, 'retention choice', o);
}

/** The retention record on a message (read mode, Sent Items): written at send by the handler. */
export async function readRetention(item: Office.MessageCompose | Office.MessageRead, o: ReadOptions = {}): Promise<RetentionDecision | undefined> {
  const props = await load(item, o);
  return parseRetentionDecision(props.get(PROP.retention));
}

export interface SendRecords {
  retention?: RetentionDecision;
  /** The override the send was allowed under; undefined removes any inherited one. */
  override?: OverrideRecord;
}

/**
 * At send: write this session's records into the custom properties, replacing whatever was loaded
 * (a Forward's inherited records in classic Outlook). Saves only when something changed. Returns
 * whether it saved.
 */
export async function writeSendRecords(item: Office.MessageCompose, records: SendRecords, o: ReadOptions = {}): Promise<boolean> {
  const props = await load(item, o);
  let changed = false;
  const put = (name: string, value: unknown) => {
    const json = value === undefined ? undefined : JSON.stringify(value);
    if (props.get(name) === json) return;
    if (json === undefined) props.remove(name);
    else props.set(name, json);
    changed = true;
  };
  if (records.retention) {
    const existing = parseRetentionDecision(props.get(PROP.retention));
    // The same label already recorded (an earlier send attempt of this draft): keep its time.
    if (!existing || existing.labelId !== records.retention.labelId || existing.by !== records.retention.by) put(PROP.retention, records.retention);
  }
  put(PROP.override, records.override);
  if (!changed) return false;
  await officeCall<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb), o.timeoutMs);
  return true;
}
