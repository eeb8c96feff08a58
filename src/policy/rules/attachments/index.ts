import type { Rule } from '../../rule';
import type { RuleIdIn } from '../../rule-ids';
import executable from './executable';
import risky from './risky';
import unverifiedForward from './unverified-forward';
import missing from './missing';

export const ATTACHMENT_RULES = [executable, risky, unverifiedForward, missing] satisfies Rule<RuleIdIn<'attachments'>>[];
