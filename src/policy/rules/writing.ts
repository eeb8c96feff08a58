import type { Rule } from '../rule';
import councillorInstructions from './instructions/councillor';
import personalViews from './disclaimer/personal-views';
import chainLetter from './solicitation/chain-letter';
import advertising from './solicitation/advertising';

export const WRITING_RULES: Rule[] = [councillorInstructions, personalViews, chainLetter, advertising];
