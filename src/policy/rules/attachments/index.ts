import type { Rule } from '../../rule';
import executable from './executable';
import risky from './risky';
import unverifiedForward from './unverified-forward';
import missing from './missing';

export const ATTACHMENT_RULES: Rule[] = [executable, risky, unverifiedForward, missing];
