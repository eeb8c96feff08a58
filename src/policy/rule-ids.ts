// The one list of rule ids. Everything else that names a rule is derived from it or checked
// against it: the `RuleId` type (so a misspelt id in a rule, a finding, `levels`, `ruleModes` or
// `allowOverride` is a compile error), the policy schema's rule-id enums (written by
// `npm run gen:schema`; test/policy/rule-ids.test.ts fails when the committed file differs), and
// the registries (rules/index.ts, rules/pane.ts), which must register a rule for every id here (a
// compile-time check in rules/pane.ts; test/policy/parity.test.ts adds tests and docs). An id's
// family (the part before the slash) is its rule's category (types.ts), checked in RuleMeta.
import type { Category } from './types';

export const RULE_IDS = [
  'tone/abusive',
  'tone/threat',
  'tone/discriminatory',
  'tone/impolite',
  'tone/shouting',
  'tone/defamation-risk',
  'tone/vulgar',
  'tone/harassment',
  'tone/threat-possible',
  'tone/harassment-possible',
  'tone/discriminatory-possible',
  'tone/reported',
  'tone/obscene',
  'recipients/visible-external',
  'recipients/cc-external-internal',
  'recipients/reply-all-large',
  'recipients/copied-in',
  'recipients/duplicate',
  'recipients/personal-address',
  'instructions/councillor',
  'instructions/councillor-possible',
  'instructions/councillor-review',
  'disclaimer/personal-views',
  'confidential/external',
  'confidential/external-possible',
  'personal-data/external',
  'personal-data/special-category',
  'credentials/secret',
  'attachments/executable',
  'attachments/risky',
  'attachments/unverified-forward',
  'attachments/missing',
  'attachments/phishing-carrier',
  'solicitation/chain-letter',
  'solicitation/advertising',
  'authenticity/unverified-sender',
  'authenticity/lookalike-domain',
  'authenticity/impersonation',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Rules that run only in the task pane while composing (meta.paneOnly, registered in
 * rules/pane.ts): they never stop a message at send, so `allowOverride` cannot name them.
 */
export const PANE_ONLY_RULE_IDS = ['instructions/councillor-review'] as const satisfies readonly RuleId[];
export type PaneOnlyRuleId = (typeof PANE_ONLY_RULE_IDS)[number];

/** The family (category) an id belongs to: `RuleFamily<'tone/threat'>` is `'tone'`. */
export type RuleFamily<Id extends RuleId = RuleId> = Id extends `${infer F}/${string}` ? F : never;

/** The ids of one family: `RuleIdIn<'tone'>` is `'tone/abusive' | 'tone/threat' | …`. */
export type RuleIdIn<F extends Category> = Extract<RuleId, `${F}/${string}`>;

const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/** Narrows a value read from outside (the Smart Alert's contextData) to a rule id. */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && KNOWN.has(id);
}

