// What a rule is: metadata beside the code (STYLE: ESLint/textlint rules) and a synchronous check
// that reports facts. Levels are applied by the engine from the policy file, never by the rule.
import type { Category, Fix, Level, Span } from './types';
import type { RuleContext } from './context';
import type { RuleFamily, RuleId } from './rule-ids';

/** Parts of a draft a rule reads; lets the event handlers run rules when their inputs change. */
export type RuleInput = 'from' | 'recipients' | 'subject' | 'body' | 'attachments' | 'headers';

/** A rule's metadata; `Id` is its literal id, so registries can check what they register. */
export interface RuleMeta<Id extends RuleId = RuleId> {
  /** One of RULE_IDS (rule-ids.ts): a misspelt id does not compile. */
  id: Id;
  /** The id's family: `tone` for `tone/shouting`. */
  category: RuleFamily<Id> & Category;
  /** Policy clause, e.g. "4.3c". */
  clause: string;
  /** One line for docs and `policy explain`. */
  summary: string;
  defaultLevel: Level;
  /** Message templates keyed by message id; `{name}` is filled from the report's data. UK English: what, why, what to do. */
  messages: Record<string, string>;
  inputs: RuleInput[];
  /** Where the rule runs: while composing/sending (default) or on received mail in read mode. */
  surface?: 'compose' | 'read';
  /**
   * Runs only in the task pane while composing, never at send: for checks too heavy for the send
   * bundle (a part-of-speech tagger). Registered in rules/pane.ts, not in the send registry.
   */
  paneOnly?: boolean;
}

export interface RuleReport {
  messageId: string;
  data?: Record<string, string | number>;
  span?: Span;
  actual?: string;
  suggestions?: string[];
  fixes?: Fix[];
}

export type Report = (r: RuleReport) => void;

export interface Rule<Id extends RuleId = RuleId> {
  meta: RuleMeta<Id>;
  check(ctx: RuleContext, report: Report): void;
}

/** Identity helper that gives rule files type checking without ceremony, and keeps the literal id. */
export function defineRule<const Id extends RuleId>(rule: Rule<Id>): Rule<Id> {
  return rule;
}

/**
 * Fill `{name}` placeholders; unknown names are left visible so a missing value is noticed in tests.
 * `{name:one|many}` is a count with its noun in the right number ("1 recipient", "3 recipients"),
 * so no message needs "recipient(s)".
 */
export function renderMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)(?::([^|{}]*)\|([^{}]*))?\}/g, (m, k: string, one?: string, many?: string) => {
    if (!(k in data)) return m;
    const v = data[k];
    if (one === undefined) return String(v);
    return `${v} ${Number(v) === 1 ? one : many}`;
  });
}
