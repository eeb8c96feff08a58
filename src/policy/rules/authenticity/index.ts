import type { Rule } from '../../rule';
import type { RuleIdIn } from '../../rule-ids';
import unverifiedSender from './unverified-sender';
import lookalikeDomain from './lookalike-domain';
import impersonation from './impersonation';

export const AUTHENTICITY_RULES = [unverifiedSender, lookalikeDomain, impersonation] satisfies Rule<RuleIdIn<'authenticity'>>[];
