import type { Category, FindingData, Fix, Level, Span } from './types';
import type { RuleId } from './rule-ids';

/** A finding, the same object on every surface. Prints as `body:12-19 warn message [rule-id]`. */
export class Finding implements FindingData {
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

  constructor(data: FindingData) {
    this.ruleId = data.ruleId;
    this.messageId = data.messageId;
    this.category = data.category;
    this.level = data.level;
    this.clause = data.clause;
    this.message = data.message;
    if (data.span) this.span = data.span;
    if (data.actual !== undefined) this.actual = data.actual;
    if (data.suggestions?.length) this.suggestions = data.suggestions;
    if (data.fixes?.length) this.fixes = data.fixes;
  }

  /** Rebuild from plain data (JSON, sessionData, contextData). */
  static from(data: FindingData): Finding {
    return data instanceof Finding ? data : new Finding(data);
  }

  toString(): string {
    const where = this.span ? `${this.span.field}:${this.span.start}-${this.span.end} ` : '';
    return `${where}${this.level} ${this.message} [${this.ruleId}]`;
  }

  toJSON(): FindingData {
    const out: FindingData = {
      ruleId: this.ruleId,
      messageId: this.messageId,
      category: this.category,
      level: this.level,
      clause: this.clause,
      message: this.message,
    };
    if (this.span) out.span = this.span;
    if (this.actual !== undefined) out.actual = this.actual;
    if (this.suggestions) out.suggestions = this.suggestions;
    if (this.fixes) out.fixes = this.fixes;
    return out;
  }
}
