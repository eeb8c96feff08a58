// Rules about what the email says that must not leave the council: confidential material,
// personal data, and credentials.
import type { Rule } from '../rule';
import type { RuleIdIn } from '../rule-ids';
import confidentialExternal from './confidential/external';
import confidentialExternalPossible from './confidential/external-possible';
import personalDataExternal from './personal-data/external';
import specialCategory from './personal-data/special-category';
import secret from './credentials/secret';

export const DATA_RULES = [confidentialExternal, confidentialExternalPossible, personalDataExternal, specialCategory, secret] satisfies Rule<RuleIdIn<'confidential' | 'personal-data' | 'credentials'>>[];
