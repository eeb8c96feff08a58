// What the Smart Alert hands the task pane (`contextData`, a string the send handler wrote). The
// pane reads it with item.getInitializationContextAsync (or, when already open, the
// InitializationContextChanged event, Mailbox 1.15). Parsed defensively: any client may have written it.
import { CATEGORIES, type FindingData, type Level, type Verdict } from '../policy/types';
import { isRuleId } from '../policy/rule-ids';

export interface StartupContext {
  /** Why the send was stopped: the findings the handler reported at that moment. */
  findings: FindingData[];
  verdict?: Verdict;
}

const LEVELS: readonly Level[] = ['info', 'warn', 'block'];

function isFinding(v: unknown): v is FindingData {
  if (!v || typeof v !== 'object') return false;
  const f = v as Record<string, unknown>;
  return (
    isRuleId(f.ruleId) &&
    typeof f.message === 'string' &&
    typeof f.clause === 'string' &&
    LEVELS.includes(f.level as Level) &&
    CATEGORIES.includes(f.category as FindingData['category'])
  );
}

/**
 * Accepts `{ findings: [...] , verdict? }` or a bare array of findings. Returns undefined for
 * anything else (no context, or context from something other than our send handler).
 */
export function parseStartupContext(raw: string | undefined | null): StartupContext | undefined {
  if (!raw) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined; // not ours: the pane opens as usual
  }
  const obj = Array.isArray(v) ? { findings: v } : v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  if (!obj || !Array.isArray(obj.findings)) return undefined;
  const findings = obj.findings.filter(isFinding).map((f) => ({ ...f, messageId: typeof f.messageId === 'string' ? f.messageId : '' }));
  if (!findings.length) return undefined;
  const verdict = obj.verdict === 'ok' || obj.verdict === 'warn' || obj.verdict === 'block' ? obj.verdict : undefined;
  return { findings, verdict };
}
