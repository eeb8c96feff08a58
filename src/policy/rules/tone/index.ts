import type { Rule } from '../../rule';
import type { RuleIdIn } from '../../rule-ids';
import abusive from './abusive';
import threat from './threat';
import discriminatory from './discriminatory';
import impolite from './impolite';
import shouting from './shouting';
import defamationRisk from './defamation-risk';
import vulgar from './vulgar';
import harassment from './harassment';
import threatPossible from './threat-possible';
import harassmentPossible from './harassment-possible';
import discriminatoryPossible from './discriminatory-possible';
import reported from './reported';
import obscene from './obscene';

export const TONE_RULES = [abusive, threat, discriminatory, impolite, shouting, defamationRisk, vulgar, harassment, threatPossible, harassmentPossible, discriminatoryPossible, reported, obscene] satisfies Rule<RuleIdIn<'tone'>>[];
