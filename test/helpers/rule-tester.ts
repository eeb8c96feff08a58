// A shared rule tester, after ESLint's RuleTester: a rule's tests are tables of drafts it accepts
// and drafts it flags, and every flagged case names, for each finding in order, the message id and
// span (`profanity@body:8-15`, the form `idsOf` prints), optionally the quoted text, the message's
// wording or the `actual` field. The rule id and the level of every finding are checked on every
// case, so a table cannot pass on another rule's finding or a level the policy did not give.
//
//   const tester = ruleTester(rule, { level: 'block' });
//   tester.accepts([['blue tits', 'Blue tits are nesting in the box.']]);
//   tester.flags([['an insult', 'You are an idiot.', ['abuse@body:8-16']]]);
//   tester.flags([['with the word', 'You are an idiot.', [{ id: 'abuse@body:8-16', text: 'idiot' }]]], 'names %s');
//
// A table input is a body (string), a draft, or whatever `input` turns into a draft.
import type { PolicyConfig } from '../../src/policy/config';
import type { Finding } from '../../src/policy/finding';
import type { Rule } from '../../src/policy/rule';
import type { Level, MailDraft } from '../../src/policy/types';
import { draft, findingIdOf, findingsOf, policy } from './draft';

/** One expected finding: `messageId@field:start-end` (or `messageId` for a finding without a span), or that with more to check. */
export type ExpectedFinding =
  | string
  | {
      /** `messageId@field:start-end`, as above. */
      id: string;
      /** The level, when this case's differs from the table's. */
      level?: Level;
      /** The draft's text under the span (subject or body spans). */
      text?: string;
      /** A fragment of the message, or a pattern it matches: wording is checked only where the case is about wording. */
      message?: string | RegExp;
      /** The finding's `actual` field (e.g. a masked secret). */
      actual?: string;
    };

export interface CaseOptions {
  config?: PolicyConfig;
}

export type AcceptCase<I> = readonly [name: string, input: I, options?: CaseOptions];
/** `expected` may be computed from the input (e.g. a span over the whole body). */
export type FlagCase<I> = readonly [name: string, input: I, expected: readonly ExpectedFinding[] | ((input: I) => readonly ExpectedFinding[]), options?: CaseOptions];

export interface TesterOptions<I> {
  /** The level the table's findings must carry under `config` (the policy file's level, mode applied). */
  level: Level;
  /** The policy the rule runs under; the shipped policy when omitted. A function is called once a case. */
  config?: PolicyConfig | (() => PolicyConfig);
  /** Turns a table input into a draft; by default a string is a body and anything else a draft. */
  input?: (input: I) => MailDraft;
}

const defaultInput = (input: unknown): MailDraft => (typeof input === 'string' ? draft({ body: input }) : (input as MailDraft));

/** The draft's text a span covers (subject and body only: list spans index recipients or attachments). */
function quoted(d: MailDraft, f: Finding): string | undefined {
  if (!f.span) return undefined;
  if (f.span.field === 'body') return d.body.text.slice(f.span.start, f.span.end);
  if (f.span.field === 'subject') return d.subject.slice(f.span.start, f.span.end);
  return undefined;
}

type Shape = { id: string; ruleId: string; level: Level; text?: unknown; message?: unknown; actual?: unknown };

/** The finding as the expectation sees it: only the fields the expectation names (all when there is none). */
function shapeOf(f: Finding, d: MailDraft, e: ExpectedFinding | undefined): Shape {
  const s: Shape = { id: findingIdOf(f), ruleId: f.ruleId, level: f.level };
  const named = (k: 'text' | 'message' | 'actual') => e === undefined || (typeof e === 'object' && e[k] !== undefined);
  if (named('text')) s.text = quoted(d, f);
  if (named('message')) s.message = f.message;
  if (named('actual')) s.actual = f.actual;
  return s;
}

function expectedShape(e: ExpectedFinding, ruleId: string, level: Level): Shape {
  if (typeof e === 'string') return { id: e, ruleId, level };
  const s: Shape = { id: e.id, ruleId, level: e.level ?? level };
  if (e.text !== undefined) s.text = e.text;
  if (e.message !== undefined) s.message = typeof e.message === 'string' ? expect.stringContaining(e.message) : expect.stringMatching(e.message);
  if (e.actual !== undefined) s.actual = e.actual;
  return s;
}

const configOf = (c: TesterOptions<unknown>['config']): PolicyConfig => (typeof c === 'function' ? c() : c) ?? policy();

/** Throws (a jest assertion error) unless `rule` reports nothing on the draft. */
export function assertAccepts(rule: Rule, d: MailDraft, config: PolicyConfig = policy()): void {
  const found = findingsOf(rule, d, config);
  expect(found.map((f) => shapeOf(f, d, undefined))).toEqual([]);
}

/** Throws (a jest assertion error) unless `rule` reports exactly `expected`, in order, at `level`. */
export function assertFlags(rule: Rule, d: MailDraft, expected: readonly ExpectedFinding[], level: Level, config: PolicyConfig = policy()): void {
  if (!expected.length) throw new Error(`A flagged case must name at least one finding of ${rule.meta.id}; put a draft it accepts in the accepts table.`);
  const found = findingsOf(rule, d, config);
  expect(found.map((f, i) => shapeOf(f, d, expected[i]))).toEqual(expected.map((e) => expectedShape(e, rule.meta.id, level)));
}

/** What a table may set for its own cases: the test title, how inputs become drafts, the policy. */
export interface TableOptions<J> {
  /** One test a case, titled this with the case's name (default `accepts %s` / `flags %s`). */
  title?: string;
  input?: (input: J) => MailDraft;
  config?: PolicyConfig;
}

export interface RuleTester<I> {
  /** A table of drafts the rule reports nothing on; `options` is a title or TableOptions. */
  accepts<J = I>(cases: readonly AcceptCase<NoInfer<J>>[], options?: string | TableOptions<J>): void;
  /** A table of drafts and the findings the rule must report on each, in order. */
  flags<J = I>(cases: readonly FlagCase<NoInfer<J>>[], options?: string | TableOptions<J>): void;
}

export function ruleTester<I = string | MailDraft>(rule: Rule, options: TesterOptions<I>): RuleTester<I> {
  const table = <J>(t: string | TableOptions<J> | undefined, title: string) => {
    const o = typeof t === 'string' ? { title: t } : (t ?? {});
    const toDraft = (o.input ?? options.input ?? defaultInput) as (input: J) => MailDraft;
    const config = (c?: CaseOptions) => c?.config ?? o.config ?? configOf(options.config as TesterOptions<unknown>['config']);
    return { title: o.title ?? title, toDraft, config };
  };
  return {
    accepts(cases, t) {
      const { title, toDraft, config } = table(t, 'accepts %s');
      it.each(cases.map((c) => [c[0], c] as const))(title, (_name, [, input, o]) => {
        assertAccepts(rule, toDraft(input), config(o));
      });
    },
    flags(cases, t) {
      const { title, toDraft, config } = table(t, 'flags %s');
      it.each(cases.map((c) => [c[0], c] as const))(title, (_name, [, input, expected, o]) => {
        assertFlags(rule, toDraft(input), typeof expected === 'function' ? expected(input) : expected, options.level, config(o));
      });
    },
  };
}
