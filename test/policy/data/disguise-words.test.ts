// DISGUISE_FUNCTION_WORDS is derived from solicitation's FUNCTION_WORDS: the very words, in the very
// order, it listed on its own before, so the normaliser's vocabulary and the tone rules are unchanged.
import { DISGUISE_FUNCTION_WORDS } from '../../../src/policy/data/disguise-words';

test('the disguise function words are the listed ones, in order', () => {
  // prettier-ignore
  expect(DISGUISE_FUNCTION_WORDS).toEqual([
    'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as',
    'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'this', 'that', 'these', 'those', 'we', 'you',
    'he', 'she', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'their', 'not', 'no',
    'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'all', 'any',
    'so', 'than', 'then', 'there', 'here', 'what', 'which', 'who', 'when', 'how', 'about', 'into', 'up', 'out',
  ]);
});
