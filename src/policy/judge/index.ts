// Context judgements shared by every block-level rule: a lexicon or pattern hit is a candidate, and
// these decide what it is aimed at, whether it is a name, whose words and whose data they are, and
// what a label labels. Pure, bounded reads around each hit (no rescans of the whole body).
import { AIM_REGEXES } from './aim';
import { GENERALISATION_REGEXES } from './generalisation';
import { LABEL_REGEXES } from './labels';
import { NAME_REGEXES } from './names';
import { REPORTED_REGEXES } from './reported';
import { WHOSE_REGEXES } from './whose';

export { aimedAtGroup, aimedAtNoOne, threatAim, type Confidence } from './aim';
export { footersOf, footersOfBody, givesClosedContent, heldBack, inFooter, inFooterSentence, labelsAReference, labelsThisEmail, statesConfidentiality } from './labels';
export { inEmailAddress, inNamePosition, isListedName } from './names';
export { inQuotation, isReported, sentenceReported } from './reported';
export { judgesByCharacteristic } from './generalisation';
export { NewsCues, senderIsSubject, whoseData, type Whose } from './whose';

/** Every expression the judgements build from data, for the ReDoS tests. */
export const JUDGE_REGEXES: RegExp[] = [...AIM_REGEXES, ...LABEL_REGEXES, ...NAME_REGEXES, ...REPORTED_REGEXES, ...WHOSE_REGEXES, ...GENERALISATION_REGEXES];
