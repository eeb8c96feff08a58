// Rules that run only in the task pane while composing (meta.paneOnly): too heavy for the send
// bundle, so never imported by src/launchevent. The task pane checks with TASKPANE_RULES; the send
// handler and `council-mail check` with RULES.
import type { Rule } from '../rule';
import type { PaneOnlyRuleId, RuleId } from '../rule-ids';
import { RULES, type SendRuleId } from './index';
import councillorReview from './instructions/councillor-review';

const PANE = [councillorReview] as const satisfies readonly Rule<PaneOnlyRuleId>[];

export const PANE_RULES: readonly Rule[] = PANE;

/** What the task pane runs while composing: the send rules, then the pane-only ones. */
export const TASKPANE_RULES: readonly Rule[] = [...RULES, ...PANE_RULES];

// Every id in rule-ids.ts has a registered rule: an id without one fails to compile here, naming it.
type Unregistered = Exclude<RuleId, SendRuleId | (typeof PANE)[number]['meta']['id']>;
type Assert<T extends true> = T;
export type EveryRuleIdIsRegistered = Assert<[Unregistered] extends [never] ? true : { unregistered: Unregistered }>;
