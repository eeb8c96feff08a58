// A label against a value: what a word like "PIN", "code" or "confidential" labels decides whether
// the email gives away a secret or discloses confidential material. A conference PIN, a booking
// reference or a confirmation code is not a secret; a footer or an assurance that something "will be
// kept strictly confidential" is not a disclosure; "considered in Part II, so I cannot say more"
// mentions a closed session without giving its content.
import {
  ASSURANCE_BEFORE,
  CLOSED_SESSION_MENTION_BEFORE,
  CONTENT_GIVEN,
  DIAL_IN_NEARBY,
  FOOTER_CUES,
  NOT_SECRET_LABEL_BEFORE,
  THIS_CONTENT,
  TOPIC_BEFORE,
  WITHHELD,
} from '../data/judgement';
import { sentenceEnd, sentenceStart } from './window';

const NOT_SECRET_BEFORE = new RegExp(NOT_SECRET_LABEL_BEFORE, 'i');
const DIAL_IN = new RegExp(DIAL_IN_NEARBY, 'i');
const FOOTER = new RegExp(FOOTER_CUES, 'i');
const ASSURANCE = new RegExp(ASSURANCE_BEFORE, 'i');
const THIS = new RegExp(THIS_CONTENT, 'i');
const TOPIC = new RegExp(TOPIC_BEFORE, 'i');
const SESSION_MENTION = new RegExp(CLOSED_SESSION_MENTION_BEFORE, 'i');
const HELD_BACK = new RegExp(WITHHELD, 'i');
const GIVEN = new RegExp(CONTENT_GIVEN, 'i');

/** The line holding offset i (a label and its value sit on one line). */
function lineOf(text: string, i: number): { start: number; end: number } {
  const start = text.lastIndexOf('\n', i - 1) + 1;
  const e = text.indexOf('\n', i);
  return { start, end: e < 0 ? text.length : e };
}

/**
 * Is the value after a PIN, code or password label at [labelStart, labelEnd) a conference dial-in,
 * a booking or an order reference rather than a secret? Reads the label's line and the one
 * before and after it (dial-in details come in a block).
 */
export function labelsAReference(text: string, labelStart: number, labelEnd: number): boolean {
  const line = lineOf(text, labelStart);
  const before = text.slice(Math.max(line.start, labelStart - 80), labelStart) + ' ' + text.slice(labelStart, labelEnd).replace(/\s*\S+$/, '');
  if (NOT_SECRET_BEFORE.test(before.replace(/[^A-Za-z0-9 -]+/g, ' ').replace(/ +/g, ' ').replace(/ $/, ' '))) return true;
  // A dial-in block: a phone number or "dial" on the label's line or the two lines around it.
  const prev = lineOf(text, Math.max(0, line.start - 1));
  const next = lineOf(text, Math.min(text.length, line.end + 1));
  const block = text.slice(prev.start, next.end);
  return /\b(?:dial|dial-in|dial in|conference|bridge|call[- ]in|toll[- ]free|participant|webex|teleconference)\b/i.test(block) && DIAL_IN.test(block);
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
  if (ASSURANCE.test(before.replace(/\b(?:strictly|highly|completely|entirely|totally|as|in|the|strictest|strict)\s*$/i, '').replace(/\s+$/, ' ')) || ASSURANCE.test(before)) {
    return !THIS.test(before.slice(Math.max(0, before.length - 60)));
  }
  return TOPIC.test(before);
}

/**
 * Does a closed-session marker ("Part II", "confidential session") only say that a matter was dealt
 * with there, holding its content back ("considered in Part II, so I am not able to say more until
 * the decision is published")?
 */
export function mentionsClosedSession(text: string, start: number, end: number): boolean {
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  const before = text.slice(s, start);
  const after = text.slice(end, e);
  const sentence = before + ' ' + after;
  if (GIVEN.test(after.slice(0, 60)) || /\b(?:attached|enclosed|below)\b/i.test(sentence)) return false;
  return SESSION_MENTION.test(before) && HELD_BACK.test(sentence);
}

export const LABEL_REGEXES: RegExp[] = [NOT_SECRET_BEFORE, DIAL_IN, FOOTER, ASSURANCE, THIS, TOPIC, SESSION_MENTION, HELD_BACK, GIVEN];

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
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/^[\s>*_#([-]*$/.test(text.slice(lineStart, start))) return true;
  if (/^\s*[:–—-]/.test(text.slice(end, end + 4)) || /^\s*\)\s*:/.test(text.slice(end, end + 5))) return true;
  const s = sentenceStart(text, start);
  const e = sentenceEnd(text, end);
  const sentence = text.slice(s, e);
  if (LABEL_CUES.test(sentence) || GIVEN.test(text.slice(s, start))) return true;
  // A sentence that opens with the stamp's word: "Exempt under Schedule 12A", "Confidential until …".
  if (/^\s*(?:exempt|confidential|restricted|private|privileged|strictly)\b/i.test(sentence)) return true;
  return /^\s+(?:is|was|says|said|states|stated)\s+(?:that|clear)\b/i.test(text.slice(end, end + 20));
}

LABEL_REGEXES.push(LABEL_CUES);
