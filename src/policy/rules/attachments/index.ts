import type { Rule } from '../../rule';
import type { RuleIdIn } from '../../rule-ids';
import executable from './executable';
import risky from './risky';
import unverifiedForward from './unverified-forward';
import missing from './missing';
import phishingCarrier from './phishing-carrier';

export const ATTACHMENT_RULES = [executable, risky, unverifiedForward, missing, phishingCarrier] satisfies Rule<RuleIdIn<'attachments'>>[];
