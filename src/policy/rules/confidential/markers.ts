// Confidentiality markers as candidates, then a judgement (shared by confidential/external, which
// blocks what is sure, and confidential/external-possible, which warns on the rest). A marker in a
// footer, an assurance ("will be kept strictly confidential"), talk about confidentiality, a closed
// session mentioned without its content, or advice still to be sought is no disclosure at all. A
// marker that labels this email (a heading, "keep this confidential", "the attached … is strictly
// confidential", "Confidential: staffing review") is sure; a marker used in passing is unsure.
import {
  CONFIDENTIAL_HEADING,
  CONFIDENTIAL_PHRASES,
  CONFIDENTIAL_STAMPS,
  SUBJECT_CONFIDENTIAL,
} from '../../data/confidential-markers';
import { phraseRegExp } from '../../text/patterns';
import { inRanges } from '../../text/paragraphs';
import type { Range } from '../../text/quotes';
import type { RuleContext } from '../../context';
import type { Fix } from '../../types';
import { perCheck } from '../../judge/per-check';
import { outsideRecipients } from '../recipients/outside';
import { acrossLines, footersOfBody, givesClosedContent, inFooter, statesConfidentiality } from '../../judge/labels';
import { sentenceEnd, sentenceStart } from '../../judge/window';
import { labelsThisEmail } from '../../judge/labels';

const PHRASES = acrossLines(phraseRegExp(CONFIDENTIAL_PHRASES));
/** Markers naming a closed session or its papers: a mention without the content discloses nothing. */
const CLOSED_SESSION = /\b(?:part\s+(?:ii|2|two|Ⅱ)|confidential\s+(?:session|item|items|business)|exempt\s+(?:item|information|business)|closed\s+session|public\s+(?:and\s+press\s+)?(?:be|were)\s+excluded|press\s+and\s+public)\b/i;
/** After a stamp, how the material will be handled: a procedure, not the material itself. */
const HANDLING_AFTER = /^[\s:–—-]{0,4}[^.!?\n]{0,60}\b(?:will|shall|should|must|are to|is to) be (?:issued|sent|kept|handled|delivered|distributed|marked|circulated|posted|stored|shredded|destroyed|returned|collected|held)\b/i;
/** "The legal advice is that …", "the legal advice says": the content follows. */
const ADVICE_GIVEN = /^\s*(?:(?:is|was)\s+(?:that|clear)|says|said|states|stated|advises|advised|recommends|recommended|concludes|concluded|found|confirms|confirmed|:)/i;
/**
 * Communication to the council's own lawyers: privileged, and going to them is how privilege works.
 * Their advice ("from our solicitors") passed to anyone else is the disclosure that waives it.
 */
const TO_LEGAL_ADVISERS = /\b(?:for the purposes? of (?:obtaining |seeking |giving )?legal advice|(?:to|for) (?:our|the council'?s?|the) (?:solicitors?|lawyers?|counsel|legal advisers?)|prepared (?:for|at the request of) (?:counsel|solicitors?|lawyers?))\b/i;
/** "We will seek legal advice", "awaiting the legal advice": advice not yet given is not disclosed. */
const ADVICE_SOUGHT = /\b(?:seek|seeking|sought|take|taking|took|obtain|obtaining|get|getting|await|awaiting|pending|request|requested|requesting|ask for|asked for|need|needs|needed|without|subject to|on|about|for)\s+(?:the\s+|our\s+|any\s+|some\s+|further\s+)?$/i;
/** A marker of legal advice or privilege. */
export const LEGAL_MARKER = /privilege|legal\s+advice|counsel/i;
/** In a subject, "confidential" as a label: first (after Re:/Fw:) or before a separator, or in capitals. */
const SUBJECT_PREFIX = /^\s*(?:(?:re|fw|fwd|aw|sv|tr)\s*:|[[(<*#-])/i;

/**
 * Does a marker name a closed session or its papers ("Part II", "exempt information")? Such a marker
 * is judged as disclosing only with its content beside it, so it needs no learnt confirming.
 */
export const namesClosedSession = (marker: string): boolean => CLOSED_SESSION.test(marker);

/** Is the subject before the marker only reply and forward prefixes and brackets ("Re: Fw: [")? */
function onlyPrefixes(before: string): boolean {
  let rest = before;
  for (let m = SUBJECT_PREFIX.exec(rest); m; m = SUBJECT_PREFIX.exec(rest)) rest = rest.slice(m[0].length);
  return rest.trim() === '';
}
const SUBJECT_LABEL_AFTER = /^\s*(?:[:\])>*–—-]|$)/;
/** "Confidential information", "confidential waste": in a subject these name a topic, not a label. */
const SUBJECT_TOPIC_AFTER = /^\s+(?:information|info|data|material|materials|matters|documents|treatment|agreements?|waste|shredding|bins?|paper|recycling|sacks?|collection|disclosure|policy|procedures?|reporting|hotline|helpline|counselling|services?|advice|line|memorandum|memo)\b/i;

interface Marker {
  start: number;
  end: number;
}

/** Every marker in `text`, by position (at most a few dozen: markers are rare). */
function markersIn(text: string, patterns: readonly RegExp[]): Marker[] {
  const out: Marker[] = [];
  for (const re of patterns) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    let n = 0;
    while ((m = re.exec(text)) !== null && n++ < 50) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Does the marker at [start, end) disclose confidential material, judged in context? A footer or
 * disclaimer, an assurance ("will be kept strictly confidential"), talk about confidentiality
 * ("concerned about confidential information"), a closed session mentioned without its content, or
 * legal advice still to be sought does not.
 */
export function discloses(text: string, m: Marker, footers: readonly Range[]): boolean {
  if (inFooter(text, m.start, m.end, footers)) return false;
  const marker = text.slice(m.start, m.end);
  if (statesConfidentiality(text, m.start, m.end)) return false;
  // A closed session or its items named without their content: agendas publish Part II titles.
  if (CLOSED_SESSION.test(marker) && !givesClosedContent(text, m.start, m.end)) return false;
  // Handling described after the stamp: "… — the papers will be issued in a sealed envelope".
  if (HANDLING_AFTER.test(text.slice(m.end, Math.min(text.length, sentenceEnd(text, m.end) + 1)))) return false;
  if (/legal\s+advice/i.test(marker) && ADVICE_SOUGHT.test(text.slice(Math.max(0, m.start - 40), m.start) + (/^the\b/i.test(marker) ? 'the ' : ''))) return false;
  return true;
}

/** Does "confidential" in a subject label the email, not name a topic ("confidential waste", "… confidential data")? */
function labelsSubject(subject: string, m: Marker): boolean {
  const word = subject.slice(m.start, m.end);
  if (word === 'CONFIDENTIAL' || !/^confidential$/i.test(word)) return true;
  const after = subject.slice(m.end);
  if (SUBJECT_LABEL_AFTER.test(after)) return true;
  return onlyPrefixes(subject.slice(0, m.start)) && !SUBJECT_TOPIC_AFTER.test(after);
}


/** A reply's subject, not a forward's. */
const REPLY = /^\s*(?:re|aw|sv)\s*:/i;
/** "Keep this confidential", "in strict confidence": a request to this reader, who is trusted with it. */
const REQUEST_MARKER = /^(?:keep|treat|in\s+(?:the\s+)?strict)/i;
const REQUEST_BEFORE = /\b(?:keep|keeping|treat|treating|hold|holding|share|sharing|shared|tell|telling|told|give|giving|given|send|sending|sent)\b[^.!?\n]{0,40}$/i;

/** Asking this reader not to pass it on, anywhere in the sentence. */
const REQUEST_IN_SENTENCE = /\b(?:(?:do not|don't|please don't|not to) (?:forward|share|circulate|pass (?:it|this) on|discuss)|between (?:us|you and me|ourselves)|for your eyes only)\b/i;

/** Does the writer ask this reader to keep it in confidence (a deliberate, trusted share), rather than stamp it? */
function asksInConfidence(text: string, m: Marker): boolean {
  if (REQUEST_MARKER.test(text.slice(m.start, m.end)) || REQUEST_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start))) return true;
  return REQUEST_IN_SENTENCE.test(text.slice(sentenceStart(text, m.start), sentenceEnd(text, m.end)));
}

/**
 * Is a disclosing marker sure: it labels this email, it is not a request to a trusted reader nor a
 * communication with the council's lawyers, and legal advice is followed by its content?
 */
function sureLabel(text: string, m: Marker, quoted: readonly Range[]): boolean {
  const marker = text.slice(m.start, m.end);
  // Below a reply or forward header, "do not share this" is someone else's instruction to the
  // sender, not the sender trusting this reader: passing it outside is the disclosure it forbids.
  const asks = (t: string, x: Marker) => !inRanges(quoted, x.start) && asksInConfidence(t, x);
  if (/legal\s+advice/i.test(marker) && !/^attached/i.test(marker)) return ADVICE_GIVEN.test(text.slice(m.end, m.end + 30));
  // A closed session's papers or business given (it reached here only with its content): a disclosure.
  if (CLOSED_SESSION.test(marker)) return !asks(text, m);
  if (!labelsThisEmail(text, m.start, m.end) || asks(text, m)) return false;
  return !TO_LEGAL_ADVISERS.test(text.slice(sentenceStart(text, m.start), sentenceEnd(text, m.end)));
}

export interface JudgedMarker {
  field: 'subject' | 'body';
  start: number;
  end: number;
  marker: string;
  sure: boolean;
}

/** Is the subject marker sure: capitals, a marker phrase, or "Confidential" set off as a label ("Confidential: …")? */
function subjectSure(subject: string, m: Marker): boolean {
  const word = subject.slice(m.start, m.end);
  if (word === 'CONFIDENTIAL' || !/^confidential$/i.test(word)) return true;
  // The whole subject ("Confidential", "Fw: Confidential") or set off as a label ("Confidential: …", "[Confidential] …").
  if (/^[\s.!]*$/.test(subject.slice(m.end)) && onlyPrefixes(subject.slice(0, m.start))) return true;
  return /^\s*[:\])>*–—-]\s*\S/.test(subject.slice(m.end)) || /[[(-]\s*$/.test(subject.slice(0, m.start)) && /^\s*[\])]/.test(subject.slice(m.end));
}

function judge(ctx: RuleContext): JudgedMarker[] {
  const out: JudgedMarker[] = [];
  const subject = ctx.draft.subject;
  const s = markersIn(subject, [PHRASES, CONFIDENTIAL_STAMPS, SUBJECT_CONFIDENTIAL]).find((m) => labelsSubject(subject, m) && discloses(subject, m, []));
  // A reply ("Re: Confidential") goes to someone already in the exchange: unsure, unlike a forward or a new email.
  if (s) out.push({ field: 'subject', ...s, marker: subject.slice(s.start, s.end), sure: subjectSure(subject, s) && !REPLY.test(subject) });
  // The whole body, quoted parts included: a quoted confidential report leaves the council too.
  const body = ctx.draft.body.text;
  const footers = footersOfBody(ctx);
  // A reply within the thread (every outside recipient already on the quoted message, as the solicitor
  // who gave the advice is): privileged advice sent back to those who had it is no disclosure.
  const inThread = ctx.quoted.length > 0 && outsideRecipients(ctx).every((r) => ctx.quotedText.includes(r.key));
  let unsure: JudgedMarker | undefined;
  for (const m of markersIn(body, [PHRASES, CONFIDENTIAL_STAMPS, CONFIDENTIAL_HEADING])) {
    if (!discloses(body, m, footers) || (inThread && LEGAL_MARKER.test(body.slice(m.start, m.end)))) continue;
    const j = { field: 'body' as const, ...m, marker: body.slice(m.start, m.end).trim(), sure: sureLabel(body, m, ctx.quoted) };
    if (j.sure) {
      out.push(j);
      return out;
    }
    unsure ??= j;
  }
  if (unsure) out.push(unsure);
  return out;
}

/** The subject's and the body's first disclosing marker, judged sure or unsure; once per check. */
export const judgedMarkers = perCheck(judge);

export interface Outside {
  data: { count: number; first: string };
  fixes: Fix[];
}

/** Who outside the council the email goes to, as the two confidential rules report it (none: undefined). */
export function outsideOf(ctx: RuleContext): Outside | undefined {
  const outside = outsideRecipients(ctx);
  if (!outside.length) return undefined;
  return { data: { count: outside.length, first: outside[0].address }, fixes: outside.map((r) => ({ kind: 'remove-recipient', field: r.field, address: r.address })) };
}
