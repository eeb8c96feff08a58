// Insult words that are not swear words ("pillock", "prat", "numpty", "muppet", "jobsworth",
// "pen-pusher", "waste of space", "useless"): a hit in INSULT_NOUNS is a candidate, and this judges
// whether it is aimed at a person. Not aimed: a title or a name ("The Muppet Show", "Mr Crook"), a
// thing ("the muppet film", "a git repository"), an ordinary sense shown by the sentence (a circus
// clown, a shepherd's crook, pond scum), the writer themselves ("I'm a prat, I forgot the keys"),
// a word named as a word. Aimed: "you …", "the clerk is a …", "what a …", "only a … would",
// "you lot are parasites", "a bunch of …", "… like you"; an adjective ("useless", "gormless") only
// when said of a person ("you're useless", "the clerk is useless", "a gormless councillor").
// Someone else's words the sender passes on are `reported`. Pure and linear: each judgement reads
// the clause around the word.
import { ANIMAL_INSULTS, CONTEMPT_NOUNS, INSULT_NOUNS, RUN_DOWN, type InsultNoun } from '../../data/profanity';
import { DISGUISE_FUNCTION_WORDS } from '../../data/disguise-words';
import { PERSON_NOUNS } from '../../data/word-senses';
import { isListedName } from '../../judge/names';
import { isReported } from '../../judge/reported';
import { compilePhrases, scanPhrases } from '../../text/patterns';
import { clauseEnd, clauseStart, isDirected } from './lexicon';
import { mentioned, selfDescribed } from './word-use';

export interface InsultHit {
  start: number;
  end: number;
  text: string;
  entry: InsultNoun;
  /** Aimed at a person by the sender, or aimed in words the sender passes on. */
  use: 'aimed' | 'reported';
}

const INSULTS = compilePhrases(INSULT_NOUNS.map((n) => n.word));
const FUNCTION_WORDS = new Set(DISGUISE_FUNCTION_WORDS);
/** Words for people, and the roles of council life ("the clerk", "our treasurer", "you lot"). */
const PERSONS = new Set([
  ...PERSON_NOUNS, 'chairman', 'chairwoman', 'chair', 'mayor', 'contractor', 'contractors', 'manager', 'managers', 'lot', 'bunch', 'everyone',
  'everybody', 'fella', 'fellow', 'governor', 'cllr', 'deputy', 'treasurer', 'secretary', 'inspector', 'planner', 'planners', 'surveyor',
  'engineer', 'builder', 'builders', 'cleaner', 'caretaker', 'warden', 'leader', 'politician', 'politicians', 'official', 'officials',
  'bureaucrat', 'bureaucrats', 'colleague', 'colleagues', 'boss', 'bosses', 'husband', 'candidate', 'candidates', 'volunteer', 'volunteers',
  'individual', 'creature', 'specimen',
]);
const INSULT_WORDS = new RegExp(`^(?:${INSULT_NOUNS.filter((n) => !n.describing).map((n) => n.word).join('|')})$`, 'i');
/** An insult noun straight after an adjective ("a useless pen-pusher"): the noun carries the insult. */
const INSULT_NEXT = new RegExp(`^[ \\t]+(?:${INSULT_NOUNS.filter((n) => !n.describing).map((n) => n.word).join('|')})\\b`, 'i');

/** Describing words that may stand between "a" and the insult ("a jumped-up little", "an absolute"). */
const ADJ = "(?:an?|absolute|complete|total|utter|right|proper|bloody|fucking|effing|stupid|useless|pathetic|little|fat|ignorant|lazy|incompetent|arrogant|silly|old|thick|jumped-up|gormless|pompous|miserable|bone-idle|idle|clueless|great|big|first-class|prize|bunch of|pack of)";
/** "only a gormless …" (… would): a generic insult that answers the reader's own act. */
const ONLY_A = new RegExp(`\\bonly (?:an?|some) (?:${ADJ}[ \\t]+){0,3}$`, 'i');
/** A group called by the word: "a bunch of", "that shower of", "load of". */
const COLLECTIVE = new RegExp(`\\b(?:bunch|load|pack|shower|band|gang|set|lot|nest|collection|herd) of (?:${ADJ}[ \\t]+){0,3}$`, 'i');
/** The word said of its subject: "are parasites", "is scum", "you lot are nothing but …". */
const COPULA = new RegExp(`\\b(?:is|are|was|were|'s|’s|'re|’re|being|be|been)(?: all| just| nothing but| no better than| a bunch of)?(?:[ \\t]+${ADJ}){0,3}[ \\t]*$`, 'i');
/** An adjective said of its subject: "you're so useless", "the clerk is completely useless". */
const PREDICATE = /\b(?:is|are|was|were|'s|’s|'re|’re|being|be|been|look|looks|looked|seem|seems|seemed|sound|sounds)(?:[ \t]+(?:so|just|completely|totally|utterly|absolutely|bloody|really|pretty|fairly|quite|too|that|very|an?|such an?|complete|total|utter|absolute|right))*[ \t]*$/i;
/** "you useless …", "you gormless …": an adjective called at the reader. */
const YOU_ADJ = /\b(?:you|ya|u)(?:[ \t]+(?:absolute(?:ly)?|completely|totally|utterly|bloody|fucking|stupid|fat|lazy|little))*[ \t]*$/i;
/** After the word: "… like you", ", the lot of you". */
const AIMED_AFTER = /^(?:[ \t]+like (?:you|him|her|them|yourself)\b|,?[ \t]{1,3}(?:the (?:whole )?lot of (?:you|them)|all of you|every(?: last)? one of you)\b)/i;
/** The subject of the clause is a person: a pronoun, a role, a name. */
const PERSON_PRONOUN = /\b(?:you|ya|u|he|she|they|him|her|them|whoever|anyone|anybody|someone|somebody|everyone|everybody|people|yourselves|yourself)\b/i;
/** The writer of themselves: "I'm a", "I felt a right", "made me look a", "what a … I am". */
const SELF_BEFORE = /\b(?:i'?m|i’m|i am|i was|i felt|i feel|i looked|i look|i'?ve been|i’ve been|i have been|i must be|i must have (?:looked|been|seemed)|i'?d be|i’d be|made me (?:look|feel)|makes me (?:look|feel)|call me|me being|i'?m being|i’m being)[ \t]+(?:(?:such|a|an|the|right|proper|complete|total|absolute|utter|real|bit of a|old|silly|daft|like|so|just|totally|utterly|useless|little)[ \t]+){0,4}$/i;
const SELF_AFTER = /^[ \t]*(?:(?:that |as )?i (?:am|was)|i'?ve been|i’ve been|of me|me\b|myself)/i;
/** Words after an insult that are no noun it could describe ("a pillock while you're at it", "a prat sometimes"). */
const NOT_A_NOUN = /^(?:who|whose|whom|would|should|could|might|must|shall|like|again|too|though|although|while|whilst|because|since|until|unless|mate|lot|eh|innit|ok|okay|anyway|yourself|yourselves|himself|herself|themselves|than|that|then|sometimes|really|honestly|seriously|instead|now|today|tonight|here|there|yet|still|either|even|ever|again|round|over|off|away|just|also|mind|sir|madam)$/;
/** The word after, on the same line (a space or a hyphen between). */
const NEXT_WORD = /^[ \t-]{1,2}([A-Za-z][a-z'’]*)/;
/** Just before an adjective's verb, a person as its subject: "you're", "he is", "you lot are". */
const SUBJECT_PRONOUN = /^(?:you|ya|u|he|she|whoever|yourselves|yourself)$/i;
/** A title before a name ("Mr Chudleigh", "Cllr Brown"). */
const TITLE_BEFORE = /\b(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|sir)\.?[ \t]+$/i;


function isPersonWord(w: string): boolean {
  return PERSONS.has(w.toLowerCase());
}

/** A person's name: a listed personal name, or a capitalised word after a title. */
function isName(text: string, w: string, at: number): boolean {
  return /^[A-Z][a-z]/.test(w) && (isListedName(w) || TITLE_BEFORE.test(text.slice(Math.max(0, at - 12), at)));
}

/** Is a person named anywhere in the clause before the word: a pronoun, a role ("the clerk"), a name? For nouns ("you lot on that council are parasites"). */
function personInClause(before: string): boolean {
  if (PERSON_PRONOUN.test(before)) return true;
  for (const m of before.matchAll(/[A-Za-z'’]+/g)) if (isPersonWord(m[0]) || isName(before, m[0], m.index ?? 0)) return true;
  return false;
}

/** Is the word just before a verb a person ("you are", "the clerk is", "Mr Chudleigh was")? For adjectives: "the form you sent is useless" is about the form. */
function personJustBefore(before: string): boolean {
  // The last word, read backwards (an anchored /([A-Za-z]+)[ \t]*$/ is quadratic on a long run of letters).
  let end = before.length;
  while (end > 0 && (before[end - 1] === ' ' || before[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && /[A-Za-z]/.test(before[start - 1])) start--;
  if (start === end) return false;
  const word = before.slice(start, end);
  return SUBJECT_PRONOUN.test(word) || isPersonWord(word) || isName(before, word, start);
}

/** Does the sentence show an ordinary sense of the word (a cue word starting a word of the clause)? */
function showsSense(entry: InsultNoun, clause: string): boolean {
  if (!entry.senses) return false;
  return entry.senses.some((c) => {
    for (let i = clause.indexOf(c); i >= 0; i = clause.indexOf(c, i + 1)) if (i === 0 || !/[a-z]/.test(clause[i - 1])) return true;
    return false;
  });
}

/** Capitalised where a name or a title goes ("Mr Crook", "The Muppet Show", "Muppets Most Wanted")? */
function nameOrTitle(text: string, start: number, end: number, before: string): boolean {
  if (!/^[A-Z]/.test(text.slice(start, end))) return false;
  if (/\byou[ \t]+$/i.test(before)) return false;
  if (/^[ \t]+[A-Z][a-z]/.test(text.slice(end, end + 3))) return true;
  // The trailing blanks cut by a loop: `/[ \t]+$/` rescans a long run of blanks from each one (quadratic),
  // and the event bundle's ES2016 has no lookbehind to start only at the run's first blank.
  let cut = before.length;
  while (cut > 0 && (before[cut - 1] === ' ' || before[cut - 1] === '\t')) cut--;
  const prev = before.slice(0, cut);
  return prev !== '' && !/[.!?:;"“(\n]$/.test(prev);
}

/** A noun used of a thing: a lower-case word after it that is no person, function word or verb form ("the muppet film"). */
function namesAThing(text: string, end: number): boolean {
  const next = NEXT_WORD.exec(text.slice(end, end + 30));
  if (!next) return false;
  const w = next[1];
  if (!/^[a-z]{3,}$/.test(w) || FUNCTION_WORDS.has(w) || isPersonWord(w) || INSULT_WORDS.test(w)) return false;
  return !/(?:ing|ed|ly)$/.test(w) && !NOT_A_NOUN.test(w);
}

/** Is an adjective ("useless") at `start` said of a person? */
function adjectiveAimed(text: string, start: number, end: number, before: string): boolean {
  if (INSULT_NEXT.test(text.slice(end, end + 40))) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 30));
  // "you useless b@stards": the noun after it carries the insult; "you useless lot" is the adjective's.
  const nounAfter = /^[ \t]+[^\s,.;:!?]/.test(text.slice(end, end + 3));
  if (YOU_ADJ.test(before)) return !nounAfter || (next !== null && isPersonWord(next[1]) && !INSULT_WORDS.test(next[1]));
  // "a useless clerk", "that gormless lot": before a word for a person (not before an insult, which carries it).
  if (next && isPersonWord(next[1]) && !INSULT_WORDS.test(next[1])) return /\b(?:a|an|the|that|this|those|these|you|your|such|what|what a|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,1}$/i.test(before);
  const m = PREDICATE.exec(before);
  return m !== null && personJustBefore(before.slice(0, m.index));
}

/** Is a noun at `start` aimed at someone? */
function nounAimed(text: string, start: number, end: number, before: string): boolean {
  if (isDirected(text, start) || ONLY_A.test(before) || COLLECTIVE.test(before) || AIMED_AFTER.test(text.slice(end, end + 30))) return true;
  // "you lot are parasites", "Chudleigh is scum": said of a person subject, without an article.
  const m = COPULA.exec(before);
  return m !== null && personInClause(before.slice(0, m.index));
}

/**
 * Is a crude word ("shit", "turd", "arse") at [start, end) a noun for a person, name-calling rather than
 * swearing? Said with "who" after it ("a grubby little shit who …"), called at the reader ("you little
 * turd"), or said of a person with an article ("he's an arse"); not of a thing ("a shit job").
 */
const CALLED = /\b(?:is|are|was|were|'s|’s|'re|’re)[ \t]+an?(?:[ \t]+(?!of\b|bit\b)[\w-]+){0,3}[ \t]*$/i;
export function crudePerson(text: string, start: number, end: number): boolean {
  if (namesAThing(text, end)) return false;
  const before = text.slice(clauseStart(text, start), start);
  const m = CALLED.exec(before);
  return /^[ \t]+who\b/i.test(text.slice(end, end + 8)) || AIMED_AFTER.test(text.slice(end, end + 30)) || YOU_ADJ.test(before) || (m !== null && personInClause(before.slice(0, m.index)));
}

/** Judge one candidate: undefined when it is not aimed at anyone. */
function judge(text: string, start: number, end: number, entry: InsultNoun): InsultHit['use'] | undefined {
  if (mentioned(text, start)) return undefined;
  const from = clauseStart(text, start);
  const before = text.slice(from, start);
  if (nameOrTitle(text, start, end, before)) return undefined;
  if (showsSense(entry, text.slice(from, clauseEnd(text, end)).toLowerCase())) return undefined;
  if (SELF_BEFORE.test(before) || SELF_AFTER.test(text.slice(end, end + 20)) || selfDescribed(text, start, end)) return undefined;
  const aimed = entry.describing ? adjectiveAimed(text, start, end, before) : !namesAThing(text, end) && nounAimed(text, start, end, before);
  if (!aimed) return undefined;
  return isReported(text, start, end) ? 'reported' : 'aimed';
}

/** Insult words in one text that are aimed at someone. */
export function insultHits(text: string): InsultHit[] {
  const out: InsultHit[] = [];
  for (const hit of scanPhrases(INSULTS, text)) {
    const entry = INSULT_NOUNS[hit.index];
    const use = judge(text, hit.start, hit.end, entry);
    if (use) out.push({ start: hit.start, end: hit.end, text: hit.text, entry, use });
  }
  return out;
}

const RUN_DOWN_SET = new Set(RUN_DOWN);
const SCORNED = new Set([...ANIMAL_INSULTS, ...CONTEMPT_NOUNS].flatMap((w) => [w, `${w}s`]));
/** Where a run may start: a describing word or a scorned noun, as a whole word. */
const SEED = new RegExp(`\\b(?:${[...RUN_DOWN, ...ANIMAL_INSULTS, ...CONTEMPT_NOUNS].join('|')})s?\\b(?!-)`, 'gi');
/** The next word of a run, after a space or a comma (sticky). */
const NEXT_IN_RUN = /,?[ \t]+([A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)/y;
/** Words that may stand inside a run of name-calling without counting ("an absolute, lying little …"). */
const FILLERS = new Set(['little', 'old', 'absolute', 'complete', 'total', 'utter', 'right', 'and']);
/** "what a …", "such a …": a person called something, when the run ends in a person or a scorned noun. */
const EXCLAIMED = /\b(?:what|such) an?[ \t]+$/i;

/**
 * Name-calling built from ordinary words, said of a person: a run of words that run someone down,
 * ending in a person ("a lazy, useless man"), an animal ("you lying little weasel"), a noun of contempt
 * ("you're a disgrace") or a discourtesy word ("a jumped-up little pen-pusher"), or with no noun
 * ("you are lazy, arrogant and useless"). Each describing word counts 1, "little" among them 1, an
 * animal or a noun of contempt 2, a discourtesy word 1. Said of a person, a run ending in a person, an
 * animal or a noun of contempt is abuse at 2, any other at 3; one describing word stays a discourtesy.
 */
export function insultStrings(text: string): InsultHit[] {
  const out: InsultHit[] = [];
  SEED.lastIndex = 0;
  for (let m = SEED.exec(text); m; m = SEED.exec(text)) {
    const start = m.index;
    let w = m[0].toLowerCase();
    let end = start + w.length;
    let at = end;
    let score = 0;
    let little = 0;
    // 3: no noun yet; 2: a person, animal or noun of contempt ends the run; 3 again for a discourtesy word.
    let need = 3;
    for (let n = 0; n < 8; n++) {
      if (RUN_DOWN_SET.has(w)) score++, (end = at);
      else if (SCORNED.has(w)) {
        score += 2;
        need = 2;
        end = at;
        break;
      } else if (w === 'little') little = 1;
      NEXT_IN_RUN.lastIndex = at;
      const next = NEXT_IN_RUN.exec(text);
      if (!next) break;
      w = next[1].toLowerCase();
      if (!RUN_DOWN_SET.has(w) && !SCORNED.has(w) && !FILLERS.has(w)) {
        // The noun that ends the run: a discourtesy word ("pen-pusher") or a person ("man", "clerk").
        const insult = INSULT_NEXT.exec(text.slice(at, at + 40));
        if (insult) score++, (end = at + insult[0].length);
        else if (isPersonWord(w)) need = 2, (end = next.index + next[0].length);
        break;
      }
      at = next.index + next[0].length;
    }
    SEED.lastIndex = end;
    if (score && score + little >= need && !mentioned(text, start)) {
      const before = text.slice(clauseStart(text, start), start);
      const predicate = PREDICATE.exec(before);
      const aimed = YOU_ADJ.test(before) || COLLECTIVE.test(before) || (predicate !== null && personJustBefore(before.slice(0, predicate.index))) || (need === 2 && EXCLAIMED.test(before));
      if (aimed && !SELF_BEFORE.test(before)) out.push({ start, end, text: text.slice(start, end), entry: { word: w, mild: false }, use: isReported(text, start, end) ? 'reported' : 'aimed' });
    }
  }
  return out;
}

/** The expressions built from data, for the ReDoS test (a function, so the event bundle leaves it out). */
export const INSULT_REGEXES = (): RegExp[] => [INSULTS.re, INSULT_WORDS, INSULT_NEXT, ONLY_A, COLLECTIVE, COPULA, PREDICATE, YOU_ADJ, AIMED_AFTER, NOT_A_NOUN, PERSON_PRONOUN, SUBJECT_PRONOUN, TITLE_BEFORE, SELF_BEFORE, SELF_AFTER, NEXT_WORD, CALLED, SEED, NEXT_IN_RUN, EXCLAIMED];
