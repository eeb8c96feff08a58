import { detectInstruction } from '../policy/rules/instructions/detect';
import type { PatternDetector } from './intent';

/** The word-pattern detector of instructions/councillor (src/policy/rules/instructions/detect.ts). */
export function patternDetector(): PatternDetector {
  return { name: 'instructions/detect.ts patterns', detect: (s) => detectInstruction(s) !== undefined };
}
