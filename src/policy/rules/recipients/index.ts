import type { Rule } from '../../rule';
import duplicate from './duplicate';

export const RECIPIENT_RULES: Rule[] = [duplicate];
