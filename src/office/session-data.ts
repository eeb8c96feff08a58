// item.sessionData (Mailbox 1.11): per compose session, shared by the task pane and the event
// runtime, and gone when the draft closes. Best effort: a client without it, or a full store, is
// treated as "nothing recorded" (Office.SessionData reference: 50,000 characters per add-in).
import { officeCall } from './async';

/** sessionData allows 50,000 characters per add-in; keep well inside it. */
export const SESSION_VALUE_MAX = 20000;

type WithSession = { sessionData?: Office.SessionData };

export async function readSession(item: WithSession, key: string, timeoutMs: number): Promise<string | undefined> {
  const sd = item.sessionData;
  if (!sd || typeof sd.getAsync !== 'function') return undefined;
  try {
    const v = await officeCall<string>(`sessionData.getAsync`, (cb) => sd.getAsync(key, cb), timeoutMs);
    return typeof v === 'string' && v ? v : undefined;
  } catch {
    return undefined; // a missing key is reported as a failure by some clients
  }
}

export async function writeSession(item: WithSession, key: string, value: string, timeoutMs: number): Promise<boolean> {
  const sd = item.sessionData;
  if (!sd || typeof sd.setAsync !== 'function' || value.length > SESSION_VALUE_MAX) return false;
  try {
    await officeCall<void>(`sessionData.setAsync`, (cb) => sd.setAsync(key, value, cb), timeoutMs);
    return true;
  } catch {
    return false; // full or unsupported: the send handler recomputes
  }
}
