import type { Rule } from '../rule';
import type { RuleIdIn } from '../rule-ids';
import councillorInstructions from './instructions/councillor';
import councillorPossible from './instructions/councillor-possible';
import personalViews from './disclaimer/personal-views';
import chainLetter from './solicitation/chain-letter';
import advertising from './solicitation/advertising';

export const WRITING_RULES = [councillorInstructions, councillorPossible, personalViews, chainLetter, advertising] satisfies Rule<RuleIdIn<'instructions' | 'disclaimer' | 'solicitation'>>[];
