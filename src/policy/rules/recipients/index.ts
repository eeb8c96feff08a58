import type { Rule } from '../../rule';
import type { RuleIdIn } from '../../rule-ids';
import duplicate from './duplicate';
import visibleExternal from './visible-external';
import ccExternalInternal from './cc-external-internal';
import replyAllLarge from './reply-all-large';
import personalAddress from './personal-address';
import copiedIn from './copied-in';

export const RECIPIENT_RULES = [visibleExternal, ccExternalInternal, replyAllLarge, duplicate, personalAddress, copiedIn] satisfies Rule<RuleIdIn<'recipients'>>[];
