// The add-in's custom properties (loadCustomPropertiesAsync, Mailbox 1.1): where the override
// record and the retention decision live. They stay in the mailbox and never reach recipients.
import { parseOverride, parseRetentionDecision, PROP, type OverrideRecord, type RetentionDecision } from '../policy/records';
import { officeCall } from './async';

export interface ReadOptions {
  timeoutMs?: number;
}

function load(item: Office.MessageCompose | Office.MessageRead, o: ReadOptions): Promise<Office.CustomProperties> {
  return officeCall<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) => item.loadCustomPropertiesAsync(cb), o.timeoutMs);
}

export async function readOverride(item: Office.MessageCompose, o: ReadOptions = {}): Promise<OverrideRecord | undefined> {
  const props = await load(item, o);
  return parseOverride(props.get(PROP.override));
}

export async function readRetention(item: Office.MessageCompose | Office.MessageRead, o: ReadOptions = {}): Promise<RetentionDecision | undefined> {
  const props = await load(item, o);
  return parseRetentionDecision(props.get(PROP.retention));
}

/**
 * At send: record the schedule's proposed label unless the user picked one in the task pane (their
 * choice stands) or the same proposal is already recorded (nothing to save). Returns whether it saved.
 */
export async function recordProposedRetention(item: Office.MessageCompose, labelId: string, at: string, o: ReadOptions = {}): Promise<boolean> {
  const props = await load(item, o);
  const existing = parseRetentionDecision(props.get(PROP.retention));
  if (existing && (existing.by === 'user' || existing.labelId === labelId)) return false;
  const decision: RetentionDecision = { labelId, by: 'rules', at };
  props.set(PROP.retention, JSON.stringify(decision));
  await officeCall<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb), o.timeoutMs);
  return true;
}

/** Set one property (as JSON) and save; saveAsync writes all of the add-in's properties at once. */
export async function writeProperty(item: Office.MessageCompose, name: string, value: unknown, o: ReadOptions = {}): Promise<void> {
  const props = await load(item, o);
  props.set(name, JSON.stringify(value));
  await officeCall<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb), o.timeoutMs);
}
