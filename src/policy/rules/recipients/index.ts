import type { Rule } from '../../rule';
import duplicate from './duplicate';
import visibleExternal from './visible-external';
import ccExternalInternal from './cc-external-internal';
import replyAllLarge from './reply-all-large';
import personalAddress from './personal-address';

export const RECIPIENT_RULES: Rule[] = [visibleExternal, ccExternalInternal, replyAllLarge, duplicate, personalAddress];
