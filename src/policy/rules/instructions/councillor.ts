import { defineRule, type RuleReport } from '../../rule';
import { perCheck } from '../../judge/per-check';
import { detectAcceptance, detectInstruction } from './detect';
import { GO_AHEAD, judgedInstruction, REASSURANCE, type InstructionAddressees } from './judged';
import type { RuleContext } from '../../context';

/** A finding of 4.3c, and whether it is sure (instructions/councillor) or only possible (instructions/councillor-possible). */
export type InstructionFinding = RuleReport & { sure: boolean };

const SUBJECT_OBJECT = /^\s+(?:the|a|an|this|that|these|those|our|their|his|her|my|your|its|it|them|him|all|every|payment|up|off|out|down)\b/i;
import { AGENDA_REQUEST } from '../../data/judgement';
import { footersOfBody } from '../../judge/labels';
import { forwardedFrom, inQuotation, sentenceReported } from '../../judge/reported';
import { inRanges } from '../../text/paragraphs';
import { privateOffer } from '../solicitation/private-offer';

/** Asking for a matter to go on an agenda is raising it, not instructing (see AGENDA_REQUEST). */
const RAISES_IT = new RegExp(AGENDA_REQUEST, 'i');
/** A break between two clauses: ", so", "; ", ", and then", " – ". */
const CLAUSE_BREAK = /[;:]|\s[–—-]\s|,\s*(?:so|and|but|then|and then|in the meantime|meanwhile)\b/i;
/**
 * The agenda wording raises the matter only when the instruction is part of it. "I'll be proposing we
 * repaint it, so order the paint today" still orders the paint: a command cue in another clause is
 * the councillor's own instruction. The learnt judgement reads the whole sentence, so there the agenda
 * wording anywhere in it raises the matter.
 */
function raisesIt(sentence: string, found: { kind: string; start?: number; end?: number }): boolean {
  const m = RAISES_IT.exec(sentence);
  if (!m) return false;
  if (found.start === undefined || found.end === undefined) return true;
  const [from, to] = m.index >= found.end ? [found.end, m.index] : [m.index + m[0].length, found.start];
  return !(from <= to && CLAUSE_BREAK.test(sentence.slice(from, to)));
}
/**
 * Someone else's request passed on to the clerk ("A couple of residents have asked whether the grit
 * bin could be refilled"): raising a matter, not the councillor's instruction. Not when the asker is
 * the writer ("I have asked for the bin to be refilled" is their own request to someone). The asker is
 * read from the few characters before the verb, so the expression never scans back over the sentence.
 */
const ASKED = /\b(?:(?:(?:have|has|had)\s+(?:been\s+)?|were\s+|was\s+)?ask(?:ed|ing)|wanted\s+to\s+know|wondered)\s+(?:me\s+|us\s+)?(?:whether|if|about|for)\b/i;
const WRITER_ASKED = /\b(?:i|we)(?:'ve|\s+have)?\s+$/i;
/**
 * Work words that the verbs of saying (../../judge/reported.ts) also spell: a price ("until I've seen
 * the quote", "your quote for the fencing") and work done or to be done ("ought to be painted", "get
 * the notice posted", "is to be written up", "have it shot-blasted and painted", "the graffiti on the underpass"). In an instruction they are the work, not someone's
 * words passed on; they are taken out before the sentence is judged for a speaker. So is the adverb in
 * "I've already told the volunteers", which keeps the writer as the speaker, and a note's "Said yes to
 * Pete…" (the "I" left out).
 */
const WORK_WORDS = /\b(?:the|a|your|our) (?:\w+ )?quotes?\b|\b(?:be|get|is|are|and) (?:[\w-]+ )?(?:painted|posted|written)\b|graffiti\b(?! (?:said|says|reads?)\b)|(?:^|, )(?:told|said yes)\b|\b(?:already|just|also) (?=told\b)/gi;
function relaysRequest(sentence: string): boolean {
  const m = ASKED.exec(sentence);
  if (m === null || WRITER_ASKED.test(sentence.slice(Math.max(0, m.index - 10), m.index))) return false;
  // …unless the writer answers it in the same sentence ("…, and I've told them they can", "…; order six"):
  // then the sentence is judged as a whole.
  const answer = sentence.slice(m.index).split(CLAUSE_BREAK)[1];
  return !answer || !(GO_AHEAD.test(answer) || detectInstruction(answer.trim()));
}

/**
 * Who the email goes to (the policy file's roles, or "Cllr" in a display name): among councillors
 * alone a councillor argues a case, there is no officer or contractor to instruct, so the learnt
 * judgement stays silent (the cue patterns still read commands and promises).
 */
function addresseesOf(ctx: RuleContext): InstructionAddressees {
  const roles = ctx.recipients.map((r) => ({ internal: r.internal, role: ctx.roleOf(r).role }));
  const first = ctx.sentences[0];
  const to = ctx.recipients.filter((r) => r.field === 'to');
  return {
    councillorsOnly: roles.length > 0 && roles.every((r) => r.role === 'councillor'),
    toOfficers: to.length > 0 && to.every((r) => r.internal && ctx.roleOf(r).role !== 'councillor'),
    officer: roles.some((r) => r.internal && r.role !== 'councillor') || (first !== undefined && OFFICER_GREETING.test(first.text.trim())),
  };
}
/**
 * Papers for a member, asked of the council's own officers: a record corrected or checked, or sent to
 * the writer or the councillors ("Item 7 was deferred, not refused. Change it.", "Please check the
 * wording of the notice", "Please circulate the draft minutes to members when you have a moment"): the
 * office's service to a member, curt perhaps, but no instruction on the council's behalf. Only in an
 * email about a record (RECORD: "Still broken. Fix it." about the heating stays an instruction), and
 * not a contract sent to a firm, a notice to residents, or with a second order ("…and pay the invoice").
 */
const PAPERS = /^(?:change|correct|amend|fix) it\b[^,;]{0,12}$|\b(?:send|circulate|check)\b[^.;]{0,40}?(?:wording|minutes|to (?:me|members|councillors))\b(?:(?! and )[^,;]){0,60}$/i;
const RECORD = /minutes|draft|wording|item \d/i;
/**
 * A member's own affairs, asked of the council's officers: anything asked for the writer themselves
 * ("Update my register of interests", "Put my name down to speak on item 7", "Add me to the footpaths
 * working group", "Send me the link again", "Book me on the planning training", "Make sure my claim goes
 * in"), word of themselves passed on ("Tell Sue I'll be ten minutes late", "Let the chair know I can't
 * make it"), a question passed on ("Ask Dave if he still wants the old minutes"), or a nicety passed on
 * ("Tell Sue thanks for the minutes", "Give Margaret my best wishes", "Thank the lads for the
 * bunting"). The office's service to a member or a kindness, no instruction on the council's behalf;
 * not with the council's work or money in the same sentence (COUNCIL_ACT: "…and book him in").
 */
const MEMBER_OWN =
  /^(?:(?:please|pls|also|and|oh|just|can you|could you|do)[,]? )*(?:(?:make sure|(?:update|change|amend|correct|put|add|take|remove|send|forward|email|post|print|copy|book|give|get|ring|call|phone|text|remind|save|keep)(?: (?:on|back|in|down))?) (?:my|me)\b|(?:tell|let) (?:[\w-]+ ){1,3}(?:know )?(?:that )?i(?:'ll be|'m| am| can'?t| cannot| won'?t be| will be| have to| had to| may be| might be)\b|ask (?:[\w-]+ ){1,3}(?:if|whether) |(?:thank|congratulate)\b|(?:tell|give|pass on|send|pass) (?:[\w-]+ ){0,3}?(?:my |our |a big )?(?:thanks|thank you|best wishes|good wishes|best|regards|love|congratulations|congrats|sympathies|sympathy|condolences|well done)\b)/i;
/**
 * A well-wish, to anyone ("Get some rest this weekend, you've earned it", "Put your feet up", "Have a
 * lovely Christmas", "Take care", "Enjoy your break"; not "take care of the invoice"): a kindness, no
 * instruction. Like MEMBER_OWN it opens the sentence and stands aside for the council's work or money.
 */
const WELL_WISH = /^(?:(?:now|so|just) )?(?:(?:get some|have a) (?:[\w-]+ ){0,2}?(?:rest|sleep|break|weekend|holiday|christmas)\b|put your feet up|take (?:care\b(?! of)|it easy)|look after yourself|enjoy (?:your|the))/i;
/**
 * A tease the writer marks as not meant (4.3c is about real instructions): "You must bring cake from now
 * on, just kidding", "…after all that leafleting. Only joking!", "tongue in cheek", "don't take it
 * seriously". The mark covers the words before it: at the end of their sentence (not its start) or
 * opening the next; not a joke "about" something else, nor an instruction after the mark ("Only
 * joking, but pay the invoice today"). "I'm not joking" and "joking aside" are no such mark.
 */
const NOT_MEANT = /(?:\b(?:only|just) (?:joking|kidding|teasing)|take (?:that|it) seriously)\b(?! about)|in cheek/i;
/**
 * The addressee decides what counts as an instruction on the council's behalf (4.3c). To its own
 * officers, a councillor asking for council work is what the clause forbids. To someone outside the
 * council (a resident, a group, the press, another authority, a supplier), a request is the council's
 * only when it promises in its name ("we'll sort your hedge", "I've told the kids it'll be done"; with
 * a time, detectAcceptance reads such a promise as a commitment), sets its people to work, spends or
 * charges its money, gives its say-so or lays down its rules (COUNCIL_ACT: "ring the contractor", "…and
 * order a skip", "have her book the hall", "the invoice", "no charge", "the usual rate", "they can use
 * the hall", "until I've seen the plan", "the gate is to be padlocked"), or asks for work on what the
 * council owns or runs (WORK on a PLACE, named in the sentence or the one before: "the verges cut by
 * Friday"; a wish or a passive obligation naming a PLACE needs no work word). The reader's own things
 * (OWNED: "get your hedge cut", "set up your stall") are their affairs; a request for information, a
 * meeting or advice passed on asks nothing of the council. Work asked for whose owner the words do not
 * name ("I'd like it sorted before the spring") is instructions/councillor-possible's (warn).
 */
const COUNCIL_ACT =
  /\b(?:the (?:\w+ )?(?:council|parish)|we)(?:'ll| will|'d| would) (?:sort|fix|clear|cut|pay|settle|repair|replace|fund|cover|provide|host|accept|(?:have|get) (?:it|that|this|them|the|your)\b)|\b(?:told|promised|assured) [^,.;]{0,30}\b(?:we|it)(?:'d|'ll| will| would)\b|\b(?:the|our|his|your) (?:contractors?|groundsm[ae]n|caretaker|builders?|gardeners?|cleaners?|lads|handyman|lengthsman|grounds? (?:team|lads|staff|boys))\b|\b(?:and|then|to) (?:pay|order|sign|approve|issue|instruct|hire|appoint|cancel|purchase|buy)\b|\band (?:book|arrange|start)\b|\b(?:get|have) (?:him|her|them|(?:\w+ ){1,3}(?:booked|done|in|sorted|fixed|cut))\b|tell the (?:clerk|office|rfo) to\b|council'?s (?:account|bill|card|money|paying|covering)|on the council\b|\bi(?:'ve)? (?:say|agreed)\b|\bsaid (?:to|you|it|the|they|that|yes)\b|for (?:free|nothing)|no charge|waive|discount|refund|invoice|the quote\b|\bprice\b|\brate\b|contract|agreement|\blease|\bbudget|\bpo\b|purchase order|\bpa(?:y|id)(?:ing)? (?:out |to )?(?:him|her|them|the|his|for)\b|\bi(?:'ve| have)? (?:\w+ )?(?:allowed|permitted)\b|go[- ]ahead|crack on|\b(?:can|could|may)(?: as well)? (?:(?:have|use|keep) (?:the|our|it)|start)\b(?! by)|(?:until|till|til) i(?:'?ve| have)? (?:seen|approved|checked|signed|agreed|inspected|looked|visited|counted)|\b(?:is|are) (?:not )?to (?:be|go|come)\b|£\s?\d/i;
const PLACE =
  /\b(?:our\b|pavilion|play ?(?:area|ground)|allotment|hall|verge|cemetery|churchyard|memorial|shelter|notice|bench|rec\b|pitch|car park|toilet|grit|bins?\b|planter|basket|lights|flag|chamber|website|newsletter|minutes|agenda|market|green|park|hedge|grass|gate|fence|railing|path|drain|ditch|trees?\b(?! surgeon)|skip|swing|mayor|defib|bunting|wreath|poppy|street ?light|poster)/i;
const WORK =
  /\b(?:re)?(?:cut|mow|strim|clear(?!ly)|empt|fix|repair|paint|clean|replac|install|remov|fill(?! in)|start(?! of| at|[.,!?])|order|sort(?! of)|tak\w* (?:\w+ ){0,3}(?:down|away)|put (?:\w+ )?(?:up|back)|set (?:up|out)|mov|done|(?:get|have) (?:the|a|him|her|them|someone|somebody) (?:\w+ ){0,2}(?:to|in|out|round)\b|(?:be|is|are|get|gets) \w+ed\b|(?:needs?|wants?) \w+ing\b)/i;
/**
 * The reader's own things, or another's ("your wall", "their pitch", the writer's side's "our own
 * gazebo"), and with the work asked on them
 * ("get your hedge cut", "set up your stall"), or the reader's own doing in a clause of time or
 * condition ("check the deeds before you move the fence").
 */
const OWNED = /\b(?:your|yours|my|his|their|our own) (?!lads|men|contractor|builder)(?:\w+ )?\w+/gi;
export const OWN_WORK = new RegExp(`(?:\\b\\w+ ){0,2}${OWNED.source}(?: \\w+){0,2}|\\b(?:before|after|when|if|once|until|so) you\\b[^,.;]*`, 'gi');

/** Sure (instructions/councillor), possible (false: instructions/councillor-possible), or no instruction for the council. */
function forCouncil(text: string, judged: boolean, place: string): boolean | undefined {
  const t = text.replace(OWNED, '');
  const work = WORK.test(text.replace(OWN_WORK, ''));
  if (COUNCIL_ACT.test(t) || (work && PLACE.test(place.replace(OWNED, ''))) || (judged && PLACE.test(t))) return true;
  return work ? false : undefined;
}
/**
 * Council work, money or a rule, named in the sentence or the one before (4.3c's "on behalf of the
 * Council"): a job on what the council owns or runs (WORK, PLACE), its money or its say-so (COUNCIL_ACT),
 * or the council's business in other words (BUSINESS: a payment or charge, a booking or purchase, a
 * supplier or insurer, the council's buildings, kit (event barriers, cones, a marquee) and channels, a fault it reports for residents, a
 * standing practice). Said to the council's own
 * officers or members, a request or order without any of these asks for a member's own matter, a nicety
 * or a view (the writer's papers, feelings, plans), which is no instruction on the council's behalf: it is
 * left to instructions/councillor-possible (warn), so the writer may look again but is not stopped.
 */
const BUSINESS =
  /\b(?:pa(?:y|id)\w*|instal+ments?|fees?|charges?|tenders?|terms|grants?|receipts?|book|hire|buy|purchase|arrange|sign(?:ed)? off|paperwork|forms?|suppliers?|firm|company|captain|insur\w*|licen[cs]e|signs?|footpaths?|noticeboards?|letters?|solicitors?|flood\w*|graffiti|underpass|chairs|finish|potholes?|highways|gull(?:y|ies)|fly-?tip\w*|litter|heating|boiler|room|field|roof|doors?|keys?|locks?|alarm|van|mower|barriers?|cones?|marquee|gazebos?|chain|regalia|corridor|instagram|facebook|response|consultation|in future|from now on|going forward)\b/i;
function councilWork(asked: string, before: string): boolean {
  const p = (REFERS_BACK.test(asked) ? before : '') + asked.replace(OWNED, '');
  return COUNCIL_ACT.test(p) || WORK.test(asked.replace(OWN_WORK, '')) || PLACE.test(p) || BUSINESS.test(p);
}
/**
 * What a command asks for: the sentence up to the end of the command's clause, without a clause of
 * condition or time after it ("Call me if the contractor turns up early" asks for a call, "Check your
 * inbox, I've sent the photos of the drain" for a look at the inbox; "The baskets want watering, please
 * tell the boys" keeps its topic). The learnt judgement has no cue position, so there the whole sentence
 * is what is asked. Words that point back ("Arrange it with the tower captain") take the sentence before
 * with them (REFERS_BACK); "this" or "that" before a time ("Get some rest this weekend") points at
 * the time, not back.
 */
const AFTER_ASK = /[,;!]|\s[–—-]\s|\s(?:so|but|because|as|if|when|once|whenever|unless|in case|as soon as|while|though|although)\s/i;
const REFERS_BACK = /\b(?:it|(?:this|that|these|those)(?! (?:weekend|week|morning|afternoon|evening|time|year|month)\b)|them|he|him|she|her|they|one|there|same)\b/i;
function askedFor(text: string, found: { kind: string; start?: number }): string {
  if (found.start === undefined) return text;
  const m = AFTER_ASK.exec(text.slice(found.start));
  return m ? text.slice(0, found.start + m.index) : text;
}
/**
 * A list the writer leads in as their own plan ("My plan for Thursday:", "I'm going to:", "What I
 * intend to do at the meeting:") or as how a scheme works ("I can tell you how it works:", "How the
 * grants scheme works:"): its items are the writer's own acts ("1. support the budget; 2. ask whether
 * the £5,000 can be earmarked") or the scheme's standing conditions ("4. You need the accounts signed"),
 * not orders. Not when the lead-in asks someone ("I'll need you to:", "I've asked the clerk to:"); a
 * promise in an item (a commitment cue) still stands.
 */
const LIST_ITEM = /^\s*(?:\d+[.)]|[-*•])\s/;
const OWN_LIST = /(?:\b(?:my|our) (?:plan|intention|thinking)|\bi(?:'ll| will|(?:'m| am) going to| intend to))\b[^:]{0,40}:\s*$|\bhow (?:it|this|the (?:[\w-]+ ){0,2}scheme) works:\s*$/i;
const LEAD_ASKS = /\b(?:you|clerk|office|staff|caretaker|contractors?|lads|ask(?:ed)?|get|have)\b(?! how)/i;
/** A greeting to an officer by post ("Clerk,", "Dear Town Clerk", "Grounds team:"). */
const OFFICER_GREETING =
  /^(?:(?:dear|hi|hello|morning|good morning|afternoon|good afternoon)\s+)?(?:the\s+)?(?:(?:town|parish|deputy|assistant)\s+)?(?:clerk|rfo|caretaker|groundsman|grounds team|office|team)\s*[,:.!]?$/i;

export const instructionFindings = perCheck((ctx: RuleContext): InstructionFinding[] => {
  const out: InstructionFinding[] = [];
  if (ctx.sender.role !== 'councillor') return out;
  const learnt = ctx.config.learntJudgements.includes('instruction');
  const to = addresseesOf(ctx);
  // To the council's own officers, or to no one: as found. To someone outside the council, only what
  // the sentence does for the council (forCouncil); a promise or go-ahead (a commitment cue) stands.
  const outsider = !to.officer && !to.councillorsOnly && ctx.recipients.length > 0;
  // path: the judged path ('' for a cue). Each plain form names the council's staff, contractors or
  // money itself; the model's candidate is asked for council work (councilWork), and one that directs
  // no one ('model-possible', obligationForm's 1) is only possible, whoever it goes to.
  const report = (r: RuleReport, text: string, kind: string, place: string, asked = text, before = '', path = '') => {
    const sure = kind === 'commitment' || (outsider ? forCouncil(text, kind === 'judged', place) : ctx.recipients.length === 0 || (path !== '' && !path.startsWith('model')) || councilWork(asked, before));
    if (sure !== undefined) out.push({ ...r, sure: sure && path !== 'model-possible' });
  };
  // The subject line gives instructions too ("Please arrange payment today"): issue #18, finding 4.
  let at = 0;
  for (const line of ctx.draft.subject.split('\n')) {
    const found = line.trim() ? detectInstruction(line.trim()) : undefined;
    // A subject is often a bare noun phrase ("Invoice", "Book club meeting"): a lone verb-like
    // first word counts only with an object after it ("Pay the contractor") or a cue like "Please arrange".
    const sure = found && (found.kind === 'commitment' || /\s/.test(found.cue) || SUBJECT_OBJECT.test(line.trim().slice(found.end)));
    if (found && sure) report({ messageId: found.kind, data: { cue: found.cue }, span: { field: 'subject', start: at, end: at + line.length }, actual: line }, line, found.kind, line);
    at += line.length + 1;
  }
  // Someone outside the council who is not a councillor (a contractor, a group): a price accepted, or
  // council work promised with a time, is promised to them.
  const outside = ctx.externalRecipients.some((r) => ctx.roleOf(r).role !== 'councillor');
  const body = ctx.draft.body.text;
  const footers = footersOfBody(ctx);
  // Below a forward separator typed into the body ("---------- Forwarded message ---------" in a new
  // message): someone else's message passed on, by the writer's own account. Outlook's own forward
  // header takes it out of ctx.sentences; a typed one is only believed for the learnt judgement (as
  // tone/discriminatory does), so a command the cue patterns read still counts there.
  const forwarded = forwardedFrom(ctx.ownText);
  let before = '';
  let ownList = false;
  for (const sentence of ctx.sentences) {
    // The sentence before names what "it" is ("The pavilion roof is leaking again. I want it sorted.").
    const place = before + sentence.text;
    before = sentence.text + ' ';
    // A disclaimer footer instructs no one (issue #16).
    if (inRanges(footers, sentence.start)) continue;
    const t = sentence.text.replace(/’/g, "'");
    const item = LIST_ITEM.test(t);
    if (!item) ownList = OWN_LIST.test(t) && !LEAD_ASKS.test(t);
    const found = detectInstruction(sentence.text) ?? (outside ? detectAcceptance(sentence.text) : undefined) ?? (learnt ? judgedInstruction(sentence, to) : undefined);
    // Nor papers for a member (PAPERS), nor how to reach a seller the email
    // recommends to people outside the office ("Ring him on … and say Frank sent you": advertising),
    // nor an item of the writer's own plan or of how a scheme works (OWN_LIST).
    if (!found || (found.kind !== 'commitment' && ((item && ownList) || raisesIt(sentence.text, found) || (to.toOfficers ? PAPERS.test(sentence.text) && RECORD.test(ctx.draft.subject + body) : privateOffer(ctx)))))
      continue;
    // Nor a member's own affairs asked of the office (MEMBER_OWN).
    // (MEMBER_OWN opens the sentence, so its own clause is what it asks, whichever path found it.)
    // (A reassurance passed on, "Tell him not to worry about the minutes", is read as a nicety: REASSURANCE.)
    // Nor a well-wish (WELL_WISH), to anyone; neither with an order after it ("Have a good weekend, and order
    // the grit", "Tell her not to worry about the minutes, and get the agenda out today").
    const first = askedFor(sentence.text, { kind: '', start: 0 });
    // (The cheap tests first: the rest of the sentence is read for an order only when one of them holds.)
    if (found.kind !== 'commitment' && ((to.officer && MEMBER_OWN.test(t.replace(REASSURANCE, 'thank him')) && !COUNCIL_ACT.test(first)) || (WELL_WISH.test(t) && !COUNCIL_ACT.test(t))) && !detectInstruction(t.slice(first.length + 1).replace(/^\W*(?:and|but|then|so)?\s*/i, ''))) continue;
    const asked = askedFor(sentence.text, found);
    // Nor a tease the writer marks as not meant (NOT_MEANT).
    if (NOT_MEANT.test(body.slice(Math.max(sentence.start + 1, sentence.end - 40), sentence.end + 30))) continue;
    // Nor do a resident's or contractor's words the councillor quotes ('Mrs Khan wrote: "Please remove …"');
    // "the letter says it is urgent, so I need you to pay it" is the councillor's own instruction. The
    // learnt judgement reads the whole sentence, so the whole sentence is judged for a speaker.
    const own = sentence.text.replace(WORK_WORDS, '');
    if (
      found.kind === 'judged'
        ? sentenceReported(own, 0, own.length) || relaysRequest(sentence.text) || (forwarded >= 0 && sentence.start >= forwarded)
        : inQuotation(body, sentence.start + found.start)
    )
      continue;
    report(
      {
        messageId: found.kind,
        data: { cue: found.cue },
        span: { field: 'body', start: sentence.start, end: sentence.end },
        actual: sentence.text,
      },
      sentence.text,
      found.kind,
      place,
      asked,
      // (The subject names what a first "it" is: "RE: Draft letter", "Change it and send it out today".)
      `${ctx.draft.subject} ${place.slice(0, -sentence.text.length)}`,
      'path' in found ? found.path : '',
    );
  }
  return out;
});

export default defineRule({
  meta: {
    id: 'instructions/councillor',
    category: 'instructions',
    clause: '4.3c',
    summary: "A councillor's email that instructs staff or contractors, or commits the council",
    defaultLevel: 'block',
    messages: {
      directive:
        '"{cue}" gives an instruction. Emails which give instructions on behalf of the Council must be sent by officers only, not Councillors (4.3c). Ask the Clerk to consider it instead, e.g. "Could the Clerk look into…".',
      commitment:
        '"{cue}" commits the Council. Emails which create obligations on behalf of the Council must be sent by officers only, not Councillors (4.3c). Refer the decision to the Clerk or the relevant committee.',
      judged:
        'This reads as asking an officer or contractor to act on the Council\'s behalf: "{cue}". Emails which give instructions or create obligations on behalf of the Council must be sent by officers only, not Councillors (4.3c). Ask the Clerk to consider it instead, e.g. "Could the Clerk look into…"; if it is a question or your own view, say so plainly.',
    },
    inputs: ['from', 'recipients', 'subject', 'body'],
  },
  check(ctx, report) {
    for (const { sure, ...r } of instructionFindings(ctx)) if (sure) report(r);
  },
});
