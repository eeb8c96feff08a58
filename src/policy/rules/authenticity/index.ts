import type { Rule } from '../../rule';

export const AUTHENTICITY_RULES: Rule[] = [];
