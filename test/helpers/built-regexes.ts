// The static ReDoS scan (source-regexes.ts) sees only regex literals; the rules also build
// expressions from word lists at load time. These are checked with the others
// (test/helpers/regex-safety.ts). A new built expression is added to this list.
import { compilePhrases, phraseRegExp } from '../../src/policy/text/patterns';
import { THREAT_PATTERNS } from '../../src/policy/data/threats';
import { HARASSMENT_PATTERNS } from '../../src/policy/data/harassment';
import { DIRECTED_PHRASES, INSULT_NOUNS } from '../../src/policy/data/profanity';
import { DISCRIMINATORY_PHRASES } from '../../src/policy/data/slurs';
import { IMPOLITE_PHRASES } from '../../src/policy/data/impolite';
import { CONTESTED_TOPICS, OPINION_MARKERS } from '../../src/policy/data/opinion';
import { WORD_USE_REGEXES } from '../../src/policy/rules/tone/word-use';
import { CHAIN_STRONG, CHAIN_WEAK } from '../../src/policy/data/solicitation';
import { builtRegExps as SOLICITATION } from '../../src/policy/rules/solicitation/score';
import { ACCUSATION } from '../../src/policy/rules/tone/defamation-risk';
import { BUILT_REGEXES as LEXICON } from '../../src/policy/rules/tone/lexicon';
import { INSULT_REGEXES } from '../../src/policy/rules/tone/insults';
import { BUILT_REGEXES as DETECT } from '../../src/policy/rules/instructions/detect';
import { OWN_WORK } from '../../src/policy/rules/instructions/councillor';

import { INTERNAL_MARKERS } from '../../src/policy/data/internal-markers';
import { ATTACHMENT_PHRASES } from '../../src/policy/data/attachment-phrases';
import { CONFIDENTIAL_PHRASES, FOOTER_PHRASES } from '../../src/policy/data/confidential-markers';
import { SECRET_LABELS } from '../../src/policy/data/secret-patterns';
import { ACTS, CONTEXT_REGEXES, IS_LINK, NEXT_TO, NOT_AFTER, OBJECT_BEFORE, PATTERNS, PERSON_REF, PROSE } from '../../src/policy/rules/personal-data/special-category';
import { ENTRY_ADDRESS, ENTRY_HOME_THE, ENTRY_HOME_WORDS, ENTRY_NAME, ENTRY_PHONE, ENTRY_SUM } from '../../src/policy/rules/personal-data/debt-list';
import { JUDGE_REGEXES } from '../../src/policy/judge';
import { PRIVATE_OFFER_BUILT } from '../../src/policy/rules/solicitation/private-offer';
import { EVIDENCE_REGEXES } from '../../src/policy/rules/tone/harassment-evidence';
import { CONCEPT_REGEXES } from '../../src/policy/rules/tone/harassment-concepts';
import { ORDINARY_VEILED_REGEXES } from '../../src/policy/rules/tone/threat';


export const built: [string, RegExp][] = [
  ['threats', compilePhrases(THREAT_PATTERNS).re],
  ['harassment phrases', compilePhrases(HARASSMENT_PATTERNS).re],
  ['directed phrases', compilePhrases(DIRECTED_PHRASES).re],
  ['insults', compilePhrases(INSULT_NOUNS.map((n) => n.word)).re],
  ['discriminatory statements', compilePhrases(DISCRIMINATORY_PHRASES).re],
  ['impolite phrases', compilePhrases(IMPOLITE_PHRASES.map((p) => p.pattern)).re],
  ['opinion markers', compilePhrases(OPINION_MARKERS.map((m) => m.source)).re],
  ['contested topics', compilePhrases(CONTESTED_TOPICS).re],
  ...WORD_USE_REGEXES.map((re, i) => [`word use ${i}`, re] as [string, RegExp]),
  ['chain strong', compilePhrases(CHAIN_STRONG).re],
  ['chain weak', compilePhrases(CHAIN_WEAK).re],
  ...SOLICITATION().map((re, i) => [`solicitation cues ${i}`, re] as [string, RegExp]),
  ['accusation', ACCUSATION],
  ...LEXICON.map((re, i) => [`lexicon ${i}`, re] as [string, RegExp]),
  ...INSULT_REGEXES().map((re, i) => [`insult judgement ${i}`, re] as [string, RegExp]),
  ...DETECT.map((re, i) => [`instruction detector ${i}`, re] as [string, RegExp]),
  ['instruction: the reader\'s own work', OWN_WORK],

  ['internal markers', phraseRegExp(INTERNAL_MARKERS)],
  ['attachment phrases', phraseRegExp(ATTACHMENT_PHRASES)],
  ['confidential phrases', phraseRegExp(CONFIDENTIAL_PHRASES)],
  ['footer phrases', phraseRegExp(FOOTER_PHRASES)],
  ...Object.entries(SECRET_LABELS).map(([k, v]) => [`secret labels (${k})`, phraseRegExp(v)] as [string, RegExp]),
  ...PATTERNS.map((p, i) => [`special-category pattern ${i} (${p.kind})`, p.re] as [string, RegExp]),
  ...CONTEXT_REGEXES.map((re, i) => [`special-category context ${i}`, re] as [string, RegExp]),
  ...[...PROSE.map(([, re]) => re), PERSON_REF, ACTS, NOT_AFTER, OBJECT_BEFORE, IS_LINK, NEXT_TO].map((re, i) => [`special-category prose ${i}`, re] as [string, RegExp]),
  ['list entry name', ENTRY_NAME],
  ['list entry address', ENTRY_ADDRESS],
  ['list entry home (words)', ENTRY_HOME_WORDS],
  ['list entry home (The …)', ENTRY_HOME_THE],
  ['list entry sum', ENTRY_SUM],
  ['list entry telephone', ENTRY_PHONE],
  ...JUDGE_REGEXES.map((re, i) => [`context judgement ${i}`, re] as [string, RegExp]),
  ...PRIVATE_OFFER_BUILT.map((re, i) => [`private offer ${i}`, re] as [string, RegExp]),
  ...EVIDENCE_REGEXES.map((re, i) => [`harassment evidence ${i}`, re] as [string, RegExp]),
  ...CONCEPT_REGEXES.map((re, i) => [`harassment concept ${i}`, re] as [string, RegExp]),
  ...ORDINARY_VEILED_REGEXES.map((re, i) => [`ordinary veiled ${i}`, re] as [string, RegExp]),
];

