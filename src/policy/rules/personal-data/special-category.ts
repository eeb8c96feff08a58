import { defineRule } from '../../rule';
import {
  AWAY_BECAUSE,
  CONDITION_MODIFIERS,
  CONDITION_NOT_PERSONAL,
  CRIMINAL_PHRASES,
  HAS_VERBS,
  HEALTH_CONDITIONS,
  HINTED,
  HEALTH_NOUNS,
  HEALTH_PHRASES,
  IDENTITY_MODIFIERS,
  IDENTITY_NOT_PERSONAL,
  IDENTITY_NOUNS,
  IDENTITY_TERMS,
  JUSTICE_EVENTS,
  MEN,
  NOT_PERSON_WORDS,
  OFFENCES,
  PERSON_WORDS,
  PERSONAL_POSSESSIVES,
  PARTNER_VERBS,
  PRIVATE_LIFE,
  PROSE_ACTS,
  PROSE_HEALTH,
  PROSE_HR,
  PROSE_IDENTITY,
  PROSE_ROLES,
  SAME_SEX_PARTNERS,
  SEXUALITY_IDIOMS,
  SUFFERING_VERBS,
  THEIR_HEALTH_NOUNS,
  TREATMENTS,
  WOMEN,
  WORSHIP,
  WORSHIP_WHAT,
} from '../../data/special-category';
import { literalAlternation, phraseRegExp } from '../../text/patterns';
import { matches } from '../../text/mask';
import { outsideRecipients } from '../recipients/outside';
import { eachHitLeaving } from './leaving';
import { SPECIAL_CATEGORY_MESSAGES, SPECIAL_WHAT, learntConfirms, specialCategoryJudgement, withJudgement } from '../council-judgement-reports';
import { NewsCues, whoseData } from '../../judge/whose';
import { onQuotedLine } from '../../judge/reported';
import { inNamePosition } from '../../judge/names';
import { sentenceEnd, sentenceStart } from '../../judge/window';
import { heldBack } from '../../judge/labels';
import type { RuleContext } from '../../context';
import type { Range } from '../../text/quotes';
import { findContactLists, findDebtLists } from './debt-list';
import { ALWAYS_CAPITALISED } from '../../data/proper-nouns';

type Kind = 'health' | 'criminal' | 'identity' | 'sexuality' | 'learnt';

// Built once from the data lists: alternations of escaped literals, bounded gaps, no nesting.
const alt = literalAlternation;
const GAP = '[ \\t]{1,3}';
const WORD_END = '(?![A-Za-z])';
const notFollowedBy = (xs: readonly string[]) => `(?![ \\t-]{1,3}${alt(xs)}${WORD_END})`;
/** An offence, not a team or campaign against it ("the fraud prevention team"). */
const OFFENCE = `${alt(OFFENCES.flatMap((o) => [o, o.replace(/y$/, 'ie') + 's']))}${WORD_END}(?![ -](?:prevention|team|unit))`;
/** "eighteen months", "two and a half years", "3 yrs": how long a sentence was (an offence or "inside" must follow). */
const SENTENCE_LENGTH = `(?:(?:[A-Za-z0-9-]{1,12}${GAP}){1,4}(?:months?|years?|yrs?|mths?)|time|a${GAP}(?:stretch|spell))`;
/** A condition, with or without its article or a possessive: "has a stroke", "off since her stroke" (issue #17). */
const CONDITION = `(?:(?:an?|his|her)${GAP})?(?:${alt(CONDITION_MODIFIERS)}${GAP}){0,2}${alt(HEALTH_CONDITIONS.map((c) => c.replace(/^an? /, '')))}${WORD_END}${notFollowedBy(CONDITION_NOT_PERSONAL)}`;
/**
 * Helping words between a person and what they do (issue #17): "She's started", "Nasreen has been",
 * "he'll be". The pattern starts at them, so the word before is still the person.
 */
const AUX = `(?:(?:\\b(?:has|is|was|will)|['’](?:s|ll))(?: (?:been|be|just|now)){0,2} )?\\b`;

/** The word just before offset `i` (skipping spaces), scanned by hand so the pattern needs no subject group. */
function wordBefore(text: string, i: number): string {
  let e = i;
  while (e > 0 && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  // A name set off by commas: "The verger, Alan, is recovering from …".
  if (text[e - 1] === ',') e--;
  let s = e;
  while (s > 0 && e - s < 21 && /[A-Za-z'’]/.test(text[s - 1])) s--;
  return text.slice(s, e);
}

/**
 * Exported for the ReDoS check of expressions built at run time. `private`: a candidate only where
 * the writer treats it as private (a same-sex partner, which says only what the person lives openly
 * unless the writer says otherwise).
 */
/**
 * A person's verb before a justice event: "'s just been", "was", "has got", "is now" (at most three
 * short words after the verb, so "was locked up" and "'s only just been locked up" both read).
 */
const PERSON_VERB = `(?:['’]s|${GAP}(?:is|was|were|has|had|got|gets|have|been))(?:${GAP}(?:just|recently|only|already|also|still|once|now|previously|been|got|gone|ended${GAP}up|currently)){0,3}${GAP}`;

export const PATTERNS: { kind: Kind; re: RegExp; subject?: boolean; private?: boolean; hinted?: boolean; away?: boolean; idiom?: boolean; who?: boolean }[] = [
  { kind: 'health', re: new RegExp(`\\b${alt(HAS_VERBS)}${GAP}${CONDITION}`, 'gi'), subject: true },
  { kind: 'health', re: new RegExp(`\\b${alt(SUFFERING_VERBS)}${GAP}${CONDITION}`, 'gi') },
  // A treatment or an absence that names the illness (issue #17): "She's started chemotherapy",
  // "Bob's in for a new hip", "he's been signed off with depression". Plain "off sick" is not, nor "off with an illness".
  {
    kind: 'health',
    re: new RegExp(
      `${AUX}(?:(?:start|hav|ha[sd]|undergo|receiv|on|in for|going through)\\w* (?:(?:his|her) )?(?:${TREATMENTS})${WORD_END}${notFollowedBy(CONDITION_NOT_PERSONAL)}|${AWAY_BECAUSE} ${CONDITION})`,
      'gi',
    ),
    subject: true,
    away: true,
  },
  { kind: 'health', re: phraseRegExp(HEALTH_PHRASES) },
  // A named member of staff's disciplinary matter or sickness-absence record (issue #17): "Alan got a final
  // written warning", "he's facing a disciplinary", "he's had 19 days off sick since April" (a count over a
  // period, not "off sick last week"). Told in the learnt judgement's words: "employment or disciplinary
  // details".
  {
    kind: 'learnt',
    re: new RegExp(`${AUX}(?:(?:got|(?:was|been) given|on|facing) (?:an? )?(?:(?:final|verbal|written) ){1,3}warning|facing (?:an? )?disciplinary|(?:suspended|sacked|dismissed) (?:for|over|pending|after)|(?:had|taken) [\\w-]{1,12} (?:day|week)s?['’]? (?:off )?sick(?=[^.?!\\n]{0,30}?\\b(?:since|this year|so far)))\\b`, 'gi'),
    subject: true,
  },
  // "her autism diagnosis": a condition may come between (issue #17).
  { kind: 'health', re: new RegExp(`\\b${alt(PERSONAL_POSSESSIVES)}${GAP}(?:${CONDITION}${GAP})?${alt(HEALTH_NOUNS)}${WORD_END}`, 'gi') },
  { kind: 'health', re: new RegExp(`\\btheir${GAP}${alt(THEIR_HEALTH_NOUNS)}${WORD_END}`, 'gi') },
  { kind: 'criminal', re: phraseRegExp(CRIMINAL_PHRASES) },
  // Plain words (issue #17): "did eighteen months for handling", "got two years inside", "was done for
  // drink-driving"; the verb alone is everyday ("did two years for the council", "was done for them").
  {
    kind: 'criminal',
    // Words may come between: "did eighteen months at Channings Wood for handling", "a few years back".
    re: new RegExp(`\\b(?:did|done|doing|does|served|serving|got|getting|given|spent)${GAP}${SENTENCE_LENGTH}(?:${GAP}[^.?!\\n]{1,40}?)?${GAP}(?:inside|in${GAP}(?:prison|jail|gaol)|(?:in|at)${GAP}HMP|for${GAP}${OFFENCE})`, 'gi'),
  },
  { kind: 'criminal', re: new RegExp(`\\b(?:was|were|got|been)${GAP}(?:done|nicked|arrested|inside|banned|fined|in${GAP}court|up${GAP}in${GAP}court|prosecuted|lifted|pulled${GAP}in|locked${GAP}up|sent${GAP}down|jailed)${GAP}for${GAP}${OFFENCE}`, 'gi') },
  // "has got a record for dealing", "he's got form for nicking from the boats": a record needs an offence after it.
  { kind: 'criminal', re: new RegExp(`\\b(?:got|has|had|with)${GAP}(?:a${GAP}(?:long${GAP})?record|form|previous)${GAP}for${GAP}${OFFENCE}`, 'gi') },
  // What the justice system did to a person (issue #17): "Her husband's just been locked up", "he's got a record".
  { kind: 'criminal', re: new RegExp(`\\b([A-Za-z][a-z'’]{1,20})${PERSON_VERB}(?:${JUSTICE_EVENTS})${WORD_END}`, 'g'), who: true },
  // "had a caution years ago for shoplifting", "after a caution for threatening behaviour".
  { kind: 'criminal', re: new RegExp(`\\b(?:had|got|has|given|after)${GAP}a${GAP}(?:police${GAP})?caution(?:${GAP}(?:years|months|weeks)${GAP}ago)?${GAP}for${WORD_END}`, 'gi') },
  {
    kind: 'identity',
    re: new RegExp(`(?:\\b(?:is|was|has been)|['’]s)${GAP}(?:an?${GAP}${alt(IDENTITY_MODIFIERS)}${GAP}|${alt(IDENTITY_MODIFIERS)}${GAP})?${alt([...IDENTITY_TERMS, 'a lesbian', 'a gay man'])}${WORD_END}${notFollowedBy(IDENTITY_NOT_PERSONAL)}`, 'gi'),
    subject: true,
  },
  // "he's gay", "she's a practising Catholic": the pronoun names someone other than the writer.
  {
    kind: 'identity',
    re: new RegExp(`\\b(?:he|she)['’]s${GAP}(?:an?${GAP}${alt(IDENTITY_MODIFIERS)}${GAP}|${alt(IDENTITY_MODIFIERS)}${GAP})?${alt(IDENTITY_TERMS)}${WORD_END}${notFollowedBy(IDENTITY_NOT_PERSONAL)}`, 'gi'),
  },
  { kind: 'identity', re: new RegExp(`\\b(?:his|her)${GAP}${alt(IDENTITY_NOUNS)}${WORD_END}`, 'gi') },
  // Sexuality in idiom, after a person (issue #17): "Martin bats for the other side", "he's that way inclined".
  { kind: 'identity', re: new RegExp(`(?:${SEXUALITY_IDIOMS})${WORD_END}`, 'gi'), subject: true, idiom: true },
  // Faith in practice, after a person (issue #17): "Yusuf will be at Friday prayers", "she keeps kosher".
  { kind: 'identity', re: new RegExp(`(?:${WORSHIP})${WORSHIP_WHAT}${WORD_END}`, 'gi'), subject: true },
  { kind: 'sexuality', re: new RegExp(`\\b(?:(?:lives|living|lived|moved${GAP}in)${GAP}with${GAP})?${alt(SAME_SEX_PARTNERS)}${WORD_END}`, 'gi'), private: true },
  // "his partner", "her partner" says nothing of sexuality, unless the writer hints at it (issue #17:
  // "lives with his partner Simon, if you follow me, and some families are old-fashioned about that").
  { kind: 'sexuality', re: /\b(?:his|her) partner\b/gi, private: true, hinted: true },
  // The same in plain words (issue #17): "he's been with a bloke from Watford for years", "she lives with another woman".
  // And "he has a husband", "she's got a girlfriend" (issue #17): a spouse word only, so "he's a lad" is no partner.
  ...([['he', MEN, 'boyfriend|husband'], ['she', WOMEN, 'girlfriend|wife']] as const).map(([who, partner, spouse]) => ({
    kind: 'sexuality' as const,
    re: new RegExp(`\\b${who} ?(?:(?:${PARTNER_VERBS}) (?:a|another) (?:${partner}|${spouse})|(?:has|['’]s)(?: got)? a(?:nother)? (?:${spouse}))${WORD_END}`, 'gi'),
    private: true,
  })),
];
const PRIVATE = new RegExp(PRIVATE_LIFE, 'i');
const HINT = new RegExp(HINTED, 'i');
/** A game in the sentence: "Martin bats for the other side on Sunday" is about a match, not his sexuality. */
const GAME = /\b(?:match|game|cricket|football|league|fixture|against|players?|man short)\b/i;
/** Also for the ReDoS check. */
export const CONTEXT_REGEXES: RegExp[] = [PRIVATE, GAME, HINT];

/**
 * Does the writer treat [start, end) as private (`hintOnly`: hint at what it means, or at others'
 * disapproval), in its sentence or the one before or after?
 */
function toldAsPrivate(text: string, start: number, end: number, hintOnly?: boolean): boolean {
  const from = sentenceStart(text, Math.max(0, sentenceStart(text, start) - 1));
  const to = sentenceEnd(text, Math.min(text.length, sentenceEnd(text, end) + 1));
  const around = text.slice(from, to);
  return (hintOnly ? HINT : PRIVATE).test(around);
}

/**
 * Details in prose (issue #17, helper sc6): a word of a closed class (a condition or treatment, an HR
 * step, an identity), then the judgement of whom it is about. The nearest identifiable person before it
 * in its sentence (a title and surname, a name, a role after a determiner, or else "he"/"she") must have
 * it: nothing between them in which that person acts on the subject ("asked whether the psychiatric
 * unit…", "is organising the glaucoma awareness stall") or the writer or the reader is the subject;
 * "the" does not make it an institution ("the hospice"), and no service word follows ("autism group").
 * An identity is said of the person ("is Jewish", "has converted to Islam"), and a dismissal or
 * suspension is what happened to them ("Mr Abbott was dismissed"), not to their appeal.
 */
export const PROSE: [Kind, RegExp][] = [
  // HEALTH_CONDITIONS, less those with an everyday sense ("a breakdown", "anxiety", "Ms", "visual aids").
  ['health', new RegExp(`\\b(?:${PROSE_HEALTH}|${TREATMENTS}|${alt(HEALTH_CONDITIONS.filter((c) => !/^(?:an illness|a breakdown|anxiety|depression|ms|aids|covid.*|ill health)$/.test(c)))})(?![\\w-])`, 'gi')],
  ['learnt', new RegExp(`\\b(?:${PROSE_HR})(?![\\w-])`, 'gi')],
  ['identity', new RegExp(`\\b(?:${PROSE_IDENTITY}|${alt(IDENTITY_TERMS)})(?![\\w-])`, 'gi')],
];
const NAME = "[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?";
export const PERSON_REF = new RegExp(
  `\\b(?:(?:Mrs?|Ms|Miss|Mx|Dr|Cllr|Councillor|Alderman|Reverend|Revd|Father|Canon)\\.? (?:[A-Z]\\.? )?${NAME}|(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]heir|[Hh]is|[Hh]er)(?: [A-Za-z-]+){0,3}? (?:${alt(PERSON_WORDS)}|${PROSE_ROLES})|(${NAME}(?: ${NAME})?)|([Hh]e|[Ss]he|[Hh]is|[Hh]er))(?![\\w-])`,
  'g',
);
export const ACTS = new RegExp(PROSE_ACTS);
/** Months, days and feasts are capitalised, but no one ("away from 3 to 14 February for an operation"). */
const DATES = new Set(ALWAYS_CAPITALISED);
export const NOT_AFTER = new RegExp(`^[ \\t-]{1,3}${alt([...CONDITION_NOT_PERSONAL, ...IDENTITY_NOT_PERSONAL])}(?![A-Za-z])`, 'i');
/** The person is the object of a preposition ("the claim against Mr Hill"), not the one the detail is about. */
export const OBJECT_BEFORE = /\b(?:against|of|by|for|to|with|from)\s*$/i;
/** What joins a person to an identity ("is", "are", "has", "was born"), up to two words after it. */
export const IS_LINK = /(?:\b(?:is|are|was|were|been|became|has|have|had)|['’]s)(?: [\w-]+){0,2} ?$/;
/** Just a possessive or an aside between a person and what happened to them ("Mr Abbott, the groundsman, was"). */
export const NEXT_TO = /^(?:['’]s|,[^,;:]{1,60},| (?:at|in|from|on) (?:the )?\w+)? ?(?:has|had|have|is)? ?$/;

function proseHits(text: string, news: NewsCues): Hit[] {
  const out: Hit[] = [];
  for (const [kind, re] of PROSE) {
    for (const m of matches(re, text)) {
      const end = m.index + m[0].length;
      if (NOT_AFTER.test(text.slice(end, end + 30)) || /\bthe\s$/i.test(text.slice(m.index - 4, m.index))) continue;
      const start0 = sentenceStart(text, m.index);
      const from = Math.max(start0, m.index - 140);
      const window = text.slice(from, m.index);
      // The nearest named person or role before it; failing that, "he" or "she".
      let who: { start: number; between: string } | undefined;
      let pronoun: typeof who;
      for (const r of matches(PERSON_REF, window)) {
        const start = from + r.index;
        const between = window.slice(r.index + r[0].length);
        // A capitalised word opening the sentence is a name only before its verb or an aside ("Len is", "Paul's").
        if (r[1] && !/ /.test(r[0]) && from === start0 && !window.slice(0, r.index).trim() && !/^(?:['’]s|,| (?:is|was|has|had|from|at|in|on)\b)/.test(between)) continue;
        if (r[1] && r[0].split(' ').some((x) => NOT_PERSON.has(x.toLowerCase()) || DATES.has(x.toLowerCase()))) continue;
        if (OBJECT_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || inNamePosition(text, start, start + r[0].length)) continue;
        if (r[2]) pronoun = { start, between };
        else who = { start, between };
      }
      for (const w of [who, pronoun]) {
        if (!w || w.between.length > 60 || /[;:\n]/.test(w.between) || ACTS.test(w.between.toLowerCase())) continue;
        if (kind === 'identity' && !IS_LINK.test(w.between)) continue;
        if (kind === 'learnt' && /^(?:was|been|got|contract|employment)/i.test(m[0]) && !NEXT_TO.test(w.between)) continue;
        if (whoseData(text, w.start, end, news) !== 'third-party') continue;
        out.push({ kind, start: w.start, end, ownFamily: false });
        break;
      }
    }
  }
  return out;
}

/** A phrase that names a kind of data someone has ("his diagnosis", "her criminal record") without giving it. */
const OWNED = /^(?:his|her|their|my)\b/i;
const PERSON = new Set(PERSON_WORDS);
const NOT_PERSON = new Set(NOT_PERSON_WORDS);

/** Is the word before "has"/"is" a person: a pronoun, a relation, or a capitalised name? */
function isPerson(word: string): boolean {
  // "I'm", "we've", "they'd": the pronoun before the short verb.
  const w = word.toLowerCase().replace(/['’](?:s|m|ve|d|ll|re)$/, '');
  if (PERSON.has(w)) return true;
  return /^[A-Z]/.test(word) && !NOT_PERSON.has(w);
}

interface Hit {
  kind: Kind;
  start: number;
  end: number;
  /** About the writer's own household ("my husband has had a stroke"): theirs to share, unless quoted. */
  ownFamily: boolean;
}

/**
 * Candidate phrases, then a judgement of whose data each gives: only a named or identifiable third
 * party's health, beliefs, sexuality or record is reported; the sender's own news, an unnamed person
 * in a news item ("a postal worker was diagnosed with anthrax") and everyday senses ("faith in the
 * economy") are not.
 */
export function findSpecialCategory(text: string): Hit[] {
  const hits: Hit[] = [];
  const news = new NewsCues(text);
  for (const p of PATTERNS) {
    for (const m of matches(p.re, text)) {
      let start = m.index;
      // The subject captured in the pattern must be a person: "Darren's on a tag", not "the hall was locked up".
      if (p.who && !isPerson(m[1])) continue;
      // "off with an illness" names none; "away with Ms Patel" is a name.
      // The last word run holds "ill" (not "ill\w*$" from every "ill": quadratic on "illillill…").
      if (p.away && /(?:^|\W)(?=\w*ill)\w*$|health$|\bms$/i.test(m[0])) continue;
      if (p.subject) {
        // "Margaret has dementia": the word before the verb must name a person; the span includes it.
        const who = wordBefore(text, m.index);
        if (!who || !isPerson(who)) continue;
        start = text.lastIndexOf(who, m.index);
        // "who" stands for the word before it: "Mrs Hill, who goes to Mass", not "everyone who goes to Mass".
        if (who === 'who' && !isPerson(wordBefore(text, start))) continue;
      }
      const whose = whoseData(text, start, m.index + m[0].length, news);
      if (whose !== 'third-party' && whose !== 'own-family') continue;
      if (p.idiom && GAME.test(text.slice(sentenceStart(text, start), sentenceEnd(text, m.index + m[0].length)))) continue;
      if (p.private) {
        // "she lives with her girlfriend", with "I'd leave that out" or "she hasn't told many people":
        // asking for it to be left out still tells it (no held-back exception).
        if (!toldAsPrivate(text, start, m.index + m[0].length, p.hinted)) continue;
      } else if (OWNED.test(m[0]) && heldBack(text, start, m.index + m[0].length)) {
        // "his criminal record", "her medical condition" named only to be held back or kept confidential (issue #16).
        continue;
      }
      hits.push({ kind: p.kind, start, end: m.index + m[0].length, ownFamily: whose === 'own-family' });
    }
  }
  // A detail in prose counts where no pattern above read it (theirs keep their words and kinds).
  hits.push(...proseHits(text, news).filter((p) => !hits.some((h) => p.start < h.end && h.start < p.end)));
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Hit[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) continue;
    out.push(h);
  }
  return out;
}

/**
 * A courtesy title before an initial and a surname ("Ms K Hepworth", "Ms T. Nowak"): a name, not the
 * condition MS (inNamePosition sees a title before a full name, "Ms Tran", already).
 */
function titleBeforeInitial(text: string, start: number, end: number): boolean {
  return /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)$/.test(text.slice(start, end)) && /^\.?[ \t]{1,3}[A-Z]\.?[ \t]{1,3}[A-Z][a-z]/.test(text.slice(end, end + 12));
}

/**
 * The entries of lists of named people with addresses and sums owed or telephone numbers, in the
 * sender's own words (./debt-list.ts): personal-data/external warns on them as a list; a word in them
 * (a name, a street, "Ms") is not a health, faith or criminal detail.
 */
function listEntries(ctx: RuleContext): Range[] {
  const text = ctx.draft.body.text;
  return [...findDebtLists(text, ctx.own), ...findContactLists(text, ctx.own)].flatMap((l) => l.entries);
}

/**
 * The learnt judgement's candidates (a health, HR, faith or criminal cue), checked as the rule checks
 * its own phrases: a word in a name ("Ms Tran") is a name; the sender's own news, their household's in
 * their own words, someone unnamed, a news item and an everyday sense are not a third party's data.
 */
function candidateStands(ctx: RuleContext): (text: string, c: { start: number; end: number }) => boolean {
  const news = new NewsCues(ctx.draft.body.text);
  const entries = listEntries(ctx);
  return (text, c) => {
    if (inNamePosition(text, c.start, c.end) || titleBeforeInitial(text, c.start, c.end)) return false;
    // A line of a list of names, addresses and sums or telephone numbers is not prose about anyone.
    if (entries.some((e) => c.start >= e.start && c.end <= e.end)) return false;
    const quoted = ctx.isQuoted(c.start) || onQuotedLine(text, c.start);
    // The cue alone ("stroke"), then with its clause's subject ("My husband has had a stroke").
    return [c.start, sentenceStart(text, c.start)].every((from) => {
      const whose = whoseData(text, from, c.end, news);
      return whose === 'third-party' || (whose === 'own-family' && quoted);
    });
  };
}

// The learnt judgement speaks only when the rule's own patterns found nothing (issue #17).
export default withJudgement((ctx) => specialCategoryJudgement(ctx, candidateStands(ctx)), defineRule({
  meta: {
    id: 'personal-data/special-category',
    category: 'personal-data',
    clause: '4.1',
    summary: 'Health, criminal-offence or other special-category data about a person going outside the council',
    defaultLevel: 'block',
    messages: {
      health:
        '“{actual}” is health information about a person, and this email goes to {count:recipient|recipients} outside the council ({first}). Health data is special-category data under UK GDPR (Art. 9) and needs a lawful basis and extra care (policy 4.1). Remove it, or share it only through a secure, agreed route.',
      criminal:
        '“{actual}” is information about a person’s criminal record or alleged offences, and this email goes to {count:recipient|recipients} outside the council ({first}). UK GDPR (Art. 10) restricts sharing it (policy 4.1). Remove it unless there is a clear legal basis.',
      identity:
        '“{actual}” reveals a person’s religion, ethnicity, sexuality, trade union membership or similar, and this email goes to {count:recipient|recipients} outside the council ({first}). This is special-category data under UK GDPR (Art. 9) (policy 4.1). Remove it unless the person has agreed or there is a clear legal basis.',
      sexuality:
        '“{actual}” tells the recipient about a person’s sexuality, which your email treats as private, and it goes to {count:recipient|recipients} outside the council ({first}). This is special-category data under UK GDPR (Art. 9) (policy 4.1). Remove it unless the person has agreed.',
      ...SPECIAL_CATEGORY_MESSAGES,
    },
    inputs: ['recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    const outside = outsideRecipients(ctx);
    if (!outside.length) return;
    // A phrase blocks only when the learnt judgement (when the policy file lets it act) confirms that
    // its sentence gives someone's details.
    const admit = candidateStands(ctx);
    eachHitLeaving(ctx, findSpecialCategory, (h, text, span) => {
      // The sender's own household news in their own words; in a quoted message "my" is someone else's.
      if (h.ownFamily && (span.field !== 'body' || !(ctx.isQuoted(h.start) || onQuotedLine(text, h.start)))) return;
      if (learntConfirms(ctx, 'special-category', admit, [span], true) === false) return;
      const actual = text.slice(h.start, h.end);
      // A disciplinary matter (kind `learnt`) is told in the learnt judgement's words, which read `quote` and `what`.
      report({ messageId: h.kind, data: { actual, quote: actual, what: SPECIAL_WHAT['hr-detail'], count: outside.length, first: outside[0].address }, span, actual });
    });
  },
}));
