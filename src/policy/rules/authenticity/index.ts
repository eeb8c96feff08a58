import type { Rule } from '../../rule';
import unverifiedSender from './unverified-sender';
import lookalikeDomain from './lookalike-domain';
import impersonation from './impersonation';

export const AUTHENTICITY_RULES: Rule[] = [unverifiedSender, lookalikeDomain, impersonation];
