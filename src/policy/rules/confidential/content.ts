// Confidential by content, not by a marker (issue #17): what a closed session decided, what the
// council's lawyers advised, a named employee's investigation or discipline, tender prices before the
// award, and anything passed on "between you and me" that is council business. Each family is a
// candidate phrase, judged in the sentence that holds it and the next one (a leak often runs over two:
// "Keep this to yourself. The solicitor thinks we'd lose."). What is held back ("so I can't say
// more"), already public ("the decision is in the published minutes") or still to come ("will be
// decided on the 12th") is no disclosure. Reads the sender's own sentences only; bounded per sentence.
import type { RuleContext } from '../../context';
import type { Range } from '../../text/quotes';
import type { Sentence } from '../../text/sentences';
import { footersOfBody, inFooter } from '../../judge/labels';
import { perCheck } from '../../judge/per-check';
import { inQuotation } from '../../judge/reported';
import { senderIsSubject } from '../../judge/whose';
import { afterGreeting } from '../../judge/window';

export type ContentKind = 'secrecy' | 'closed-session' | 'legal' | 'hr-process' | 'prices';

/** What a sentence gives away, for the messages. */
export const CONTENT_WHAT: Record<ContentKind, string> = {
  secrecy: 'council business passed on in confidence',
  'closed-session': 'business from a closed (Part II) session',
  legal: 'the council’s legal advice',
  'hr-process': 'a staffing or disciplinary matter about someone',
  prices: 'tender prices before the contract is awarded',
};

export interface ContentHit {
  kind: ContentKind;
  start: number;
  end: number;
}

/** At most this many sentences are read: a long document is not a note passed on in confidence. */
const MAX_SENTENCES = 200;

/** "Keep this to yourself", "you didn't hear it from me", "mum's the word", "off the record", "not public yet". */
const SECRECY =
  /\b(?:between (?:you and me|you and i|ourselves|the two of us|old friends)|(?:strictly|just) between us|between us(?=,)|for (?:you|your eyes) (?:only|alone)|(?:tell you|confirm|mention(?: it)?|know),? (?:privately|on a private footing)|(?:keep|keeping) (?:this|it|that)(?: \w+)? (?:to yourself|to you|quiet|under your (?:hat|cap)|under wraps|on the down-?low|between us|hush)|(?:don't|do not|please don't|never) (?:tell|mention (?:it|this) to) (?:anyone|anybody|a soul|a living soul)|(?:don't|do not|please don't) (?:spread|pass|repeat|share) (?:it|this|that)(?: about| around| on| round)?|promise (?:you )?won't (?:repeat|tell|say|share)|not for (?:repeating|repetition|general consumption)|(?:mustn't|must not|shouldn't|won't) go (?:any )?further|(?:goes|went) no further|(?:didn't|didnt|did not) (?:hear|get) (?:it|this|that) (?:from|off) me|don't say (?:where you got|(?:that )?i (?:said|told you))|mum's the word|hush[- ]hush|on the (?:quiet|qt)|off the record|entre nous|(?:tell|say|mention) (?:to )?you in confidence|unofficially|(?:not|isn't|aren't) (?:public|official|minuted|announced) yet|before it (?:goes public|comes out|is announced)|(?:i|we)(?:'m| am)?(?: probably| really)? (?:shouldn't|should not|ought not|not (?:meant|supposed) to|not sure i (?:ought to|should)) (?:really )?(?:be )?(?:(?:tell|say)\w*|(?:shar|repeat|mention|put)\w* (?:this|it|that))|don't let on|i trust (?:this|you)\b.{0,25}(?:stay|not repeat|discreet|discretion)|told not to (?:share|tell|say|repeat|pass)|i know you'll be discreet|sit on this)\b/;

/** Council business that a confidence carries: a decision, a process against someone, advice, money in dispute. */
const SUBSTANCE =
  /\b(?:decided|agreed|voted|resolved|(?:will|going to) recommend|recommended|recommendations?|settled?|settlement|approved|refused|rejected|turned down|went with|going with|awarded|investigat\w*|inquiry|suspended|suspension|disciplinary|dismiss\w*|sacked|sack|redundan\w*|grievance|upheld|warning|hearing|allegation|accused|solicitor\w*|lawyers?|barrister|counsel|legal|audit\w*|tribunal|sued|suing|court|tender\w*|bids?|quotes?|quoted|cheapest|lowest|dearest|write off|written off|part (?:ii|2|two)|in private|privately|exempt|restructure|let go|misconduct|fraud|fiddl\w*|stealing|nicking|theft|being looked into|lease|grant|writ|claim|resign\w*|in (?:his|her|their) notice|contract|negotiat\w*|top figure|cheaper)\b/;

/** A closed session named in plain words ("when the press and public were sent out", "the confidential bit at the end"). */
const CLOSED =
  /\b(?:behind closed doors|(?:press|public|gallery) (?:were |was |had been |had )?(?:sent out|excluded|asked to leave|withdrawn|cleared)|(?:asked|sent|told) the (?:press|public) (?:to leave|out)|with the doors? (?:shut|closed)|(?:agreed|decided|resolved|voted)(?: it)? (?:behind the scenes|in secret|quiet(?:ly)?)|confidential (?:session|bit|part|item|meeting|workshop|discussion|vote)|(?:the )?(?:private|closed|secret) (?:session|bit|part|item|meeting|workshop|discussion|budget workshop)|in private(?! (?:equity|sector|hands|ownership|practice|rented|schools?|homes?|land|company|companies|capital|investors?|funding))|privately (?:agreed|decided|voted|told)|(?:agreed|decided|voted|discussed) privately|(?:met|meeting) without the (?:press|public)|after the (?:press and )?public (?:had )?(?:left|gone)|(?:when|after) (?:everyone else|the public|the press) had (?:left|gone)|(?:in )?the back room|(?:the )?(?:exempt|pink|restricted) (?:report|papers|minutes|item|business|part|bit)|part (?:ii|2|two) (?:vote|discussion|item|decision|session)|(?:in|at) part (?:ii|2|two)\b|the closed item|the meeting nobody's allowed to know about|(?:that|what) the public weren't allowed to hear)\b/;
/** What a closed session did or said. */
const DECIDED =
  /\b(?:agreed|decided|voted|resolved|settled on|chose|went with|going with|approved|refused|rejected|sorted|granted|cut|withdr[ae]w\w*|sacked|offer(?:ed)?|(?:council|committee|members|they|we)(?:'s| is| are|'re)? going to|will be (?:bidding|cutting|ending|putting|making)|says|said|shows|showed|recommends|recommended|found|finds|was about|were about|minded to|record(?:s|ed)? that|privately told|told us|proposal|complaint|finding|passed|means|sell|selling|buy|buying|close|closing|paying|getting rid)\b/;

/** What a closed session decides: land, contracts, claims and staff. */
const AT_STAKE = /\b(?:sell|sale|buy|purchase|lease|bid|offer|tender|contract|valuation|settle|claim|dismiss|suspen|redundan|disciplinary|grievance)/;

/** Legal advice to the council with its content: "our solicitor says …", "counsel advises that …". */
const LEGAL =
  /\b(?:(?:our|the council's|the parish's|the town's|council's|the|my|the county's|their)(?: (?:council's|parish's|town's|insurer's|insurers'|county's|employment|own|planning|new|external))? (?:solicitor|solicitors|lawyer|lawyers|barrister|counsel|legal (?:team|advisers?|advisors?|people|department))(?: \w+){0,3} (?:says|thinks|reckons|told us|has told|have told|had told|tells us|advises|advised (?:us|the council|members|that)|advise (?:that|us)|has advised|have advised|concluded|concludes|is of the view|believes|doubts|warned us|privately told)|legal (?:have|has) advised|(?:counsel|barrister|solicitor|lawyer)'s (?:advice|opinion|view)(?: on [\w' -]{1,40})? (?:is that|was that|is clear|says)|(?:legal|employment law|the) (?:advice|opinion) (?:we've |we have |we |that we've |the council has )?(?:had|received|got|been given|just received|obtained)(?: \w+){0,4} (?:says|said|is that|was that|concludes|found)|(?:our |the council's )?(?:legal advice|legal opinion)(?: \w+){0,3} (?:says|concludes|found|is that|was that)|has been told by its (?:solicitor|lawyers?|legal advisers?) that|(?:the )?(?:legal|council's) advisers? (?:have|has) concluded)\b/;

/** A named or described person and a process against them. */
const PERSON =
  /\b(?:[Hh]e|[Ss]he|him|her|[Cc]lerk|RFO|rfo|[Cc]aretaker|[Gg]roundsman|[Ll]engthsman|[Mm]anager|[Oo]fficer|[Aa]ssistant|[Ww]orker|[Cc]leaners?|[Ee]mployee|[Dd]eputy|[Rr]eceptionist|[Tt]reasurer|[Mm]ayor|[Cc]hair|[Cc]hairman|[Cc]ouncillor|Cllr|[Ss]upervisor|[Ww]arden|[Ss]ecretary|[Aa]dministrator|chap|man|woman|bloke|lad|(?!(?:The|This|That|These|Those|It|We|Our|Your|Just|So|But|And|Also|Please|Hi|Dear|Members|Council|Trading|Work|In|On|At|For|If|As)\b)[A-Z][a-z]+)\b/;
const HR_PROCESS =
  /\b(?:is|has been|'s been|was|being|been|'s|is now) (?:being )?(?:suspended|investigated|disciplined|dismissed|sacked|let go|sent home on full pay|stood down|under investigation|on a (?:final|written|first)(?: written)? warning|on (?:a )?disciplinary|facing (?:a )?(?:disciplinary|redundancy|dismissal|the sack)|up before a (?:hearing|panel|disciplinary)|accused of|being looked into|subject to a disciplinary)|(?:investigating|disciplining|suspending|dismissing|sacking) (?:one of )?(?:the |our |a )?(?:\w+ )?(?:cleaners?|clerk|rfo|caretaker|groundsman|staff|officers?|workers?|assistant|employee)|(?:grievance|allegation|complaint|disciplinary|investigation|inquiry|capability review) (?:raised )?(?:by|against|into|about) (?:the |our )?[\w' ]{1,30}(?:has been|was|is|were) (?:partly |partially )?(?:upheld|proven|substantiated|found)|(?:dismissed|sacked) (?:here )?for gross misconduct|(?:a |his |her )?(?:final|written) warning for/i;
/** The subject of the process is a thing, not a person ("your complaint has been investigated"). */
const THING_BEFORE = /\b(?:it|complaint|matter|claim|incident|issue|report|case|this|that|which|project|trading|work|works|deal|service|account|payment|application|request|scheme|contract|deaths?|allegations?)(?:'s| is| has been|'s been| was| being| been| is now)[\w' ]{0,40}$/;

/** Tender prices with money, before the award. */
const PRICES = /\b(?:tenders?|bids?|prices?|quotes?|quoted|came in|lowest|cheapest|dearest)\b/;
const MONEY = /£\s?\d/;
const UNDECIDED =
  /\b(?:(?:not|nothing|nothing's|isn't|hasn't|won't|no decision)(?: yet| been){0,2} (?:decided|awarded|let|signed)|no decision yet|members decide|decide next|decides next|before the award|(?:award|decision)(?: isn't| is not| won't be)? (?:until|on|next)|isn't until|not until|for (?:your )?(?:info|information|interest)|so you can|if you want the job|(?:to|you|can) (?:come|be|go) (?:in )?(?:under|lower|below)|sharpen (?:up|your)|look at your figure|if that helps|drop (?:his|her|their|your) (?:price|bid)|for your eyes|won't be (?:let|awarded) until|no decision)\b/;

/** Held back, already public, or still to come: no disclosure. */
const NOT_DISCLOSED =
  /\b(?:can't|cannot|can not|not able to|unable to|won't|not allowed to|am not sure what i can) (?:say|tell|share|discuss|comment|disclose|go into)|(?:was|were|is|been) (?:announced|published|made public)|(?:the )?published (?:minutes|decisions?)|in the (?:published |draft )?minutes|in public|all i can (?:tell|say)|advised us not to comment|(?:won't|will not|not) be (?:released|disclosed|made public)|at the public meeting|public session|(?:on|as) the agenda|to go into (?:private|closed)|will (?:be )?(?:decide|decided|considered|discussed|announced|published|reviewed|awarded)|will write|to be considered|is (?:now )?public|it's in the paper|until (?:it's|it is|the decision is) (?:published|announced|public)|will be communicated|once the minutes|when the minutes|(?:plans?|going|due) to discuss|will discuss|announcement will follow|(?:a|the) public announcement|the (?:paper|papers|news|press|bbc) (?:says|said|reports|reported)|according to (?:the )?(?:paper|papers|news|press|reports?|bbc)|elsewhere|in the news|another council/;

/** Where each kind's cue starts in its window: the words before it say whose words they are. */
const CUE: Record<ContentKind, RegExp> = { secrecy: SECRECY, legal: LEGAL, 'closed-session': CLOSED, 'hr-process': HR_PROCESS, prices: PRICES };

/** Typographic apostrophes as plain ones, lower case: same length, so offsets hold. */
function plain(s: string): string {
  return s.replace(/[’‘]/g, "'").toLowerCase();
}

/**
 * Held back, already public, still to come, or asked about: no disclosure ("so I can't say more",
 * "the decision is in the published minutes"; a question asks, it does not tell). `text` is one or
 * two sentences.
 */
export function disclosesNothing(text: string): boolean {
  const lower = plain(text);
  return NOT_DISCLOSED.test(lower) || /\?\s*$/.test(lower);
}

/** The writer's own view or intention: "I think", "I thought", "I was impressed", "in my opinion", "I'll be pushing for". */
const OWN_VIEW =
  /\b(?:i (?:personally )?(?:think|thought|believe|feel|felt|reckon(?:ed)?|was (?:\w+ )?(?:impressed|proud))|in my (?:own |personal |humble )?(?:view|opinion)|my (?:own |personal )?(?:view|opinion|feeling) is|(?:i'll|i will|i'm going to|i am going to) (?:be )?(?:push|pushing|argu\w+|vot\w+|press\w*|call\w*|ask\w*|fight\w*) for)\b/;

/** Someone's private life or a staff move, which a view may carry ("I felt sorry for her, her husband has been having an affair"). */
const PRIVATE_LIFE = /wife|husband|partner|marri|divorc|affair|pregnan|sick|resign/;

/**
 * A confidence that carries only the writer's own view or intention, and no council business ("Between
 * you and me I think the council has been far too soft on the landlord, and I'll be pushing for a
 * tougher line"): an opinion is the writer's to give (a personal view, which the disclaimer rule
 * judges), not confidential material; nor does praise ("I thought the chairman handled the meeting very
 * well"). Not with someone's private life or a staff move in it (PRIVATE_LIFE). `text` is one or two sentences.
 */
export function confidesOnlyAView(text: string): boolean {
  const lower = plain(text);
  return OWN_VIEW.test(lower) && !PRIVATE_LIFE.test(lower) && !SUBSTANCE.test(lower) && !LEGAL.test(lower) && !CLOSED.test(lower) && !HR_PROCESS.test(lower) && !(PRICES.test(lower) && MONEY.test(lower));
}

/** Council business a confidence carries, or a closed session it tells of. */
const carries = (lower: string) => SUBSTANCE.test(lower) || CLOSED.test(lower);

function judgeWindow(lower: string, raw: string): ContentKind | undefined {
  if (disclosesNothing(lower)) return undefined;
  if (SECRECY.test(lower) && carries(lower)) return 'secrecy';
  if (LEGAL.test(lower)) return 'legal';
  if (CLOSED.test(lower) && DECIDED.test(lower)) return 'closed-session';
  const hr = HR_PROCESS.exec(raw.replace(/[’‘]/g, "'"));
  // Not the sender's own matter ("I have been suspended", "I'm being investigated"): theirs to tell (issue #16).
  if (hr && !THING_BEFORE.test(plain(raw.slice(0, hr.index + hr[0].length))) && !senderIsSubject(raw, hr.index) && PERSON.test(raw.slice(Math.max(0, hr.index - 60), hr.index + hr[0].length))) return 'hr-process';
  if (PRICES.test(lower) && MONEY.test(lower) && UNDECIDED.test(lower)) return 'prices';
  return undefined;
}

/** The window less a greeting line at its start. */
function hit(kind: ContentKind, text: string, start: number, end: number): ContentHit {
  return { kind, start: afterGreeting(text, start, end), end };
}

/**
 * The first sentence (or pair of sentences) of the sender's own words that gives confidential content
 * (`own`), and the first that passes on someone else's words (`reported`: a resident relaying what
 * "our solicitor says" warns at most, issue #16). Sentences of a footer or disclaimer are neither.
 */
function judgeContent(ctx: RuleContext): { own?: ContentHit; reported?: ContentHit } {
  return contentIn(ctx.draft.body.text, ctx.sentences, footersOfBody(ctx));
}

/** The same judgement over any run of `text`'s sentences (a forwarded message's: ./forwarded.ts). */
export function contentIn(text: string, all: readonly Sentence[], footers: readonly Range[]): { own?: ContentHit; reported?: ContentHit } {
  const out: { own?: ContentHit; reported?: ContentHit } = {};
  // Reported when someone else's words, quoted, hold the cue ('Mrs Patel said "keep this to yourself …"').
  // Not "our solicitor says …", the content itself, nor "he says they decided in private …": told in
  // the sender's own words, a leak passed on is still a leak.
  const take = (h: ContentHit, from: number): boolean => {
    if (inFooter(text, h.start, h.end, footers)) return false;
    const cue = from + Math.max(0, CUE[h.kind].exec(plain(text.slice(from, h.end)))?.index ?? 0);
    if (!inQuotation(text, cue)) out.own = h;
    else out.reported ??= h;
    return out.own !== undefined;
  };
  const sentences = all.slice(0, MAX_SENTENCES);
  for (let i = 0; i < sentences.length; i++) {
    const one = sentences[i];
    const raw1 = text.slice(one.start, one.end);
    const kind1 = judgeWindow(plain(raw1), raw1);
    if (kind1) {
      if (take(hit(kind1, text, one.start, one.end), one.start)) break;
      continue;
    }
    const two = sentences[i + 1];
    if (!two || two.start - one.end > 4) continue;
    // A confidence and its substance in neighbouring sentences ("Keep this to yourself. The solicitor thinks we'd lose.").
    const raw2 = text.slice(one.start, two.end);
    const lower2 = plain(raw2);
    let kind2: ContentKind | undefined;
    if (!NOT_DISCLOSED.test(lower2) && SECRECY.test(lower2) && carries(lower2)) kind2 = 'secrecy';
    else if (!NOT_DISCLOSED.test(lower2) && PRICES.test(lower2) && MONEY.test(lower2) && UNDECIDED.test(lower2)) kind2 = 'prices';
    // A closed session and what it decided in the next sentence, with what was at stake ("Following the
    // closed session, the valuation is £385,000. Members agreed not to accept any offer below £340,000").
    else if (!NOT_DISCLOSED.test(lower2) && CLOSED.test(lower2) && DECIDED.test(lower2) && (MONEY.test(lower2) || AT_STAKE.test(lower2))) kind2 = 'closed-session';
    if (kind2 && take(hit(kind2, text, one.start, two.end), one.start)) break;
  }
  return out;
}

/** Confidential content in the sender's own words and in words they pass on, judged once per check. */
export const confidentialContent = perCheck(judgeContent);
