import type { Rule } from '../../rule';

export const ATTACHMENT_RULES: Rule[] = [];
