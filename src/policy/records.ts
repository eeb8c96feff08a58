// What the add-in records on a message in its custom properties (Office.js
// `item.loadCustomPropertiesAsync`). Custom properties stay in the mailbox and travel into Sent
// Items, never to recipients (ARCHITECTURE §3). They are stored by Outlook as one MAPI named
// property (PS_PUBLIC_STRINGS, name `cecp-<add-in id>`) holding JSON, which the Graph reconciler
// reads as a single-value extended property.

/** Custom property names. Keep them short: all properties share one ~2,500-character JSON value. */
export const PROP = {
  /** OverrideRecord as JSON. */
  override: 'cep.override',
  /** RetentionDecision as JSON. */
  retention: 'cep.retention',
} as const;

/** A user's recorded decision to send despite warn findings (written by the task pane). */
export interface OverrideRecord {
  /** The user's reason, as typed (trimmed, at most 500 characters). */
  reason: string;
  /** Rule ids overridden. The send handler allows the send only when these cover every current warn finding. */
  rules: string[];
  /** Who (the mailbox user's address) and when (ISO 8601, UTC). */
  user: string;
  at: string;
}

/** The retention label chosen at send, applied later through Graph by the reconciler. */
export interface RetentionDecision {
  labelId: string;
  /** Where the choice came from: the rules' proposal or the user's pick in the task pane. */
  by: 'rules' | 'user';
  at: string;
}

/** Does the override cover every rule id in `warnRuleIds`? */
export function overrideCovers(o: OverrideRecord | undefined, warnRuleIds: readonly string[]): boolean {
  if (!o || !o.reason.trim()) return false;
  return warnRuleIds.every((id) => o.rules.includes(id));
}

/** Parse a recorded value defensively: custom properties can hold anything a client wrote. */
export function parseOverride(value: unknown): OverrideRecord | undefined {
  const v = typeof value === 'string' ? safeJson(value) : value;
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.reason !== 'string' || !Array.isArray(o.rules) || !o.rules.every((r) => typeof r === 'string')) return undefined;
  return { reason: o.reason, rules: o.rules as string[], user: String(o.user ?? ''), at: String(o.at ?? '') };
}

export function parseRetentionDecision(value: unknown): RetentionDecision | undefined {
  const v = typeof value === 'string' ? safeJson(value) : value;
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.labelId !== 'string' || !o.labelId) return undefined;
  return { labelId: o.labelId, by: o.by === 'user' ? 'user' : 'rules', at: String(o.at ?? '') };
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined; // a malformed record is treated as no record
  }
}
