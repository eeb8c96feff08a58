// A label against a value: what a word like "PIN", "code" or "confidential" labels decides whether
// the email gives away a secret or discloses confidential material. A conference PIN, a booking
// reference or a confirmation code is not a secret; a footer or an assurance that something "will be
// kept strictly confidential" is not a disclosure; "considered in Part II, so I cannot say more"
// mentions a closed session without giving its content.
import {
  ASSURANCE_BEFORE,
  CONTENT_GIVEN,
  FOOTER_CUES,
  NOT_SECRET_LABEL_BEFORE,
  THIS_CONTENT,
  TOPIC_BEFORE,
  WITHHELD,
} from '../data/judgement';
import { FOOTER_PHRASES } from '../data/confidential-markers';
import type { RuleContext } from '../context';
import { phraseRegExp } from '../text/patterns';
import { inRanges, paragraphsMatching } from '../text/paragraphs';
import type { Range } from '../text/quotes';
import { perCheck } from './per-check';
import { lineBounds, sentenceEnd, sentenceStart } from './window';

const NOT_SECRET_BEFORE = new RegExp(NOT_SECRET_LABEL_BEFORE, 'i');
/** A meeting's joining details around the label: a conference PIN or a meeting passcode, not an account's secret. */
const MEETING = new RegExp('\\b(?:dial[- ]?in|conference|bridge|call[- ]in|toll[- ]free|participant|webex|zoom|teams meeting|skype|gotomeeting|meeting id|meeting number|join (?:the )?(?:meeting|call)|join (?:by|via) (?:phone|telephone)|teleconference)\\b', 'i');
const FOOTER = new RegExp(FOOTER_CUES, 'i');
const ASSURANCE = new RegExp(ASSURANCE_BEFORE, 'i');
const THIS = new RegExp(THIS_CONTENT, 'i');
const TOPIC = new RegExp(TOPIC_BEFORE, 'i');
const HELD_BACK = new RegExp(WITHHELD, 'i');
const GIVEN = new RegExp(CONTENT_GIVEN, 'i');

/** The line holding offset i (a label and its value sit on one line). */
function lineOf(text: string, i: number): { start: number; end: number } {
  return lineBounds(text, i, 160);
}

/**
 * Is the value after a PIN, code or password label at [labelStart, labelEnd) a conference dial-in,
 * a booking or an order reference rather than a secret? Reads the label's line and the one
 * before and after it (dial-in details come in a block).
 */
export function labelsAReference(text: string, labelStart: number, labelEnd: number): boolean {
  const line = lineOf(text, labelStart);
  const label = text.slice(labelStart, labelEnd).trim();
  // The label's own first words count too ("confirmation code", "conference pin"), less its last word.
  // The words of an earlier sentence label nothing here ("… on the fence post. It's 4526"), but an
  // abbreviation's full stop ends no sentence ("Ref. 4417").
  let from = Math.max(line.start, labelStart - 80);
  const s = sentenceStart(text, labelStart, labelStart - from);
  if (s > from && !/\b(?:ref|no|tel|ext)\.\s*$/i.test(text.slice(from, s))) from = s;
  const before = text.slice(from, labelStart) + ' ' + label.slice(0, Math.max(0, label.lastIndexOf(' ')));
  if (NOT_SECRET_BEFORE.test(before.replace(/[^A-Za-z0-9 -]+/g, ' ').replace(/ +/g, ' ').replace(/ $/, ' '))) return true;
  // A dial-in block: a phone number or "dial" on the label's line or the two lines around it.
  const prev = lineOf(text, Math.max(0, line.start - 1));
  const next = lineOf(text, Math.min(text.length, line.end + 1));
  const block = text.slice(prev.start, next.end);
  return MEETING.test(block);
}

/** Hard-wrapped mail breaks a phrase over a line end ("strictly\nconfidential"): a phrase's spaces may be one. */
export const acrossLines = (re: RegExp) => new RegExp(re.source.split('[ \\t]{1,3}').join('\\s{1,3}'), re.flags);
const FOOTER_PARAGRAPH = acrossLines(phraseRegExp(FOOTER_PHRASES));

/** The body's footer paragraphs (a disclaimer block: "If you are not the intended recipient …"). */
export function footersOf(text: string): Range[] {
  return paragraphsMatching(text, FOOTER_PARAGRAPH);
}

/** The body's footer paragraphs, found once per check for every rule that asks. */
export const footersOfBody = perCheck((ctx: RuleContext) => footersOf(ctx.draft.body.text));

/** Is [start, end) in a footer or disclaimer: a footer paragraph, or a sentence (or the next) with a footer's words? */
export function inFooter(text: string, start: number, end: number, footers: readonly Range[]): boolean {
  return inRanges(footers, start) || inFooterSentence(text, start, end);
}

/** Is a confidentiality marker at [start, end) inside an email footer or disclaimer sentence? */
export function inFooterSentence(text: string, start: number, end: number): boolean {
  const s = sentenceStart(text, start, 400);
  const e = sentenceEnd(text, end, 400);
  if (FOOTER.test(text.slice(s, e))) return true;
  // Footers run over several sentences: the next one often carries the cue ("… strictly confidential. If you are not the intended recipient …").
  const e2 = sentenceEnd(text, Math.min(text.length, e + 1), 300);
  return FOOTER.test(text.slice(e, e2));
}

/**
 * Is the marker an assurance about how something is handled ("your details will be kept strictly
 * confidential") or talk about confidentiality ("concerned about confidential information"), rather
 * than a label on this email's own content?
 */
export function statesConfidentiality(text: string, start: number, end: number): boolean {
  const s = sentenceStart(text, start);
  const before = text.slice(s, start);
  const marker = text.slice(start, end);
  // "keep this confidential", "treat as confidential" written into the marker: it labels this email.
  if (/^(?:keep|treat)\b/i.test(marker) && !ASSURANCE.test(before)) return false;
  if (ASSURANCE.test(before.trimEnd().replace(/\b(?:strictly|highly|completely|entirely|totally|as|in|the|strictest|strict)$/i, '').trimEnd() + ' ') || ASSURANCE.test(before)) {
    return !THIS.test(before.slice(Math.max(0, before.length - 60)));
  }
  return TOPIC.test(before);
}

/**
 * Does the sentence holding [start, end) hold the matter back ("I am not able to share details of
 * her medical condition") or say it will be kept confidential ("details of his disability will be
 * kept strictly confidential")? Such a sentence names a kind of information without giving it.
 */
export function heldBack(text: string, start: number, end: number): boolean {
  const e = sentenceEnd(text, end);
  if (HELD_BACK.test(text.slice(sentenceStart(text, start), e))) return true;
  const c = /\bconfidential\b/i.exec(text.slice(end, e));
  return c !== null && statesConfidentiality(text, end + c.index, end + c.index + c[0].length);
}

/** Words that give a closed session's content: its papers attached or below, or pointed at. */
const CLOSED_CONTENT = /\b(?:attached|attach|attaching|enclosed|enclose|enclosing|below|as follows|herewith|here (?:is|are)|these are|this is|(?:please )?see the|find|copy of|this (?:report|note|document|paper|papers|email|appendix|annex|letter) (?:contains|is|includes))\b/i;
/** The session's business as the subject of what it did: "the Part II business covered the grievance". */
const CONTENT_VERB_AFTER = /^\s+(?:\w+\s+)?(?:covered|concerned|decided|agreed|approved|resolved|found|showed|recommended|was about|were about|related to)\b/i;
/** "No Part II items", "Part 2 items: none": nothing is there to disclose. */
const NOTHING = /\b(?:no|none|nothing)\b/i;

/**
 * Does a closed-session marker ("Part II", "confidential items", "exempt information") come with
 * that session's content? Agendas publish Part II titles; "considered in Part II, so I am not able to
 * say more until the decision is published" names the session and holds its content back.
 */
export function givesClosedContent(text: string, start: number, end: number): boolean {
  const sentence = text.slice(sentenceStart(text, start), sentenceEnd(text, end));
  if (NOTHING.test(sentence) || HELD_BACK.test(sentence)) return false;
  return CLOSED_CONTENT.test(sentence) || CONTENT_VERB_AFTER.test(text.slice(end, end + 40));
}

export const LABEL_REGEXES: RegExp[] = [NOT_SECRET_BEFORE, FOOTER, ASSURANCE, THIS, TOPIC, HELD_BACK, GIVEN, CLOSED_CONTENT, CONTENT_VERB_AFTER, NOTHING];

const LABEL_CUES = new RegExp(
  "\\b(?:this|these|attached|enclosed|below|following|herewith|keep|treat|do not (?:forward|share|circulate|pass)|don't (?:forward|share|circulate|pass)|not to be (?:shared|forwarded|circulated|disclosed)|for your eyes only|between (?:us|you and me|ourselves))\\b",
  'i',
);

/**
 * Does a marker label this email's own content (a value is given), rather than mention confidential
 * material in passing ("a confidential report found …")? Sure when it heads a line or is set off by
 * a colon or dash, when the sentence points at this email or an attachment ("this", "attached",
 * "keep … confidential"), or when the content follows ("the legal advice is that …", "see the Part II
 * item").
 */
export function labelsThisEmail(text: string, start: number, end: number): boolean {
  const lineStart = lineBounds(text, start).start;
  if (/^[\s>*_#([-]*$/.test(text.slice(lineStart, start))) return true;
  if (/^\s*[:–—-]/.test(text.slice(end, end + 4)) || /^\s*\)\s*:/.test(text.slice(end, end + 5))) return true;
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  const sentence = text.slice(s, e);
  if (LABEL_CUES.test(sentence) || GIVEN.test(text.slice(s, start))) return true;
  // A sentence that opens with the stamp's word: "Exempt under Schedule 12A", "Confidential until …".
  if (/^\s*(?:exempt|confidential|restricted|private|privileged|legally|strictly)\b/i.test(sentence)) return true;
  return /^\s+(?:is|was|says|said|states|stated)\s+(?:that|clear)\b/i.test(text.slice(end, end + 20));
}

LABEL_REGEXES.push(LABEL_CUES, MEETING, FOOTER_PARAGRAPH);
