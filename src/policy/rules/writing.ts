import type { Rule } from '../rule';

export const WRITING_RULES: Rule[] = [];
