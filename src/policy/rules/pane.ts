// Rules that run only in the task pane while composing (meta.paneOnly): too heavy for the send
// bundle, so never imported by src/launchevent. The task pane checks with TASKPANE_RULES; the send
// handler and `council-mail check` with RULES.
import type { Rule } from '../rule';
import { RULES } from './index';
import councillorReview from './instructions/councillor-review';

export const PANE_RULES: readonly Rule[] = [councillorReview];

/** What the task pane runs while composing: the send rules, then the pane-only ones. */
export const TASKPANE_RULES: readonly Rule[] = [...RULES, ...PANE_RULES];
