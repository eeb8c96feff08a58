// Reported words against the sender's own: a resident's abuse the officer passes on, a caller's
// threat, a news headline, graffiti. Reported words lower a block to a warning at most.
import { REPORTED_AFTER, REPORTED_BEFORE } from '../data/judgement';
import { quotedRanges } from '../text/quotes';
import { sentenceEnd, sentenceStart } from './window';

const BEFORE = new RegExp(REPORTED_BEFORE, 'gi');
const AFTER = new RegExp(REPORTED_AFTER, 'i');
/** "I said", "we told him": the sender reporting their own words is still the sender speaking. */
const OWN_SPEAKER = /\b(?:i|we|i've|we've|i have|we have|i had)\s*$/i;
/** "Whoever wrote …", "the man who said …": the verb only says who is meant. */
const RELATIVE = /\b(?:who|whoever)\s*$/i;
/** … and the hit is what the sender calls them: "whoever wrote that is a m0ron and an @sshole". */
const CALLED_BY_SENDER = /\b(?:is|was|are|were)\s+(?:an?\s+|such\s+an?\s+)?(?:[\w@$!*'’-]+\s+){0,4}$/i;

/** Is the hit inside an open quotation (an odd number of straight quotes, or an unclosed curly one)? */
function insideQuotes(before: string): boolean {
  let straight = 0;
  let open = 0;
  for (let k = 0; k < before.length; k++) {
    const c = before[k];
    if (c === '"') straight++;
    else if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
  }
  return straight % 2 === 1 || open > 0;
}

/**
 * Is offset i on a line that starts with ">"? Such lines count as the sender's own words for the tone
 * rules (a "> " prefix must not hide abuse: the security issue's decision), but "my husband" on one is
 * the quoted writer's household, not the sender's.
 */
export function onQuotedLine(text: string, i: number): boolean {
  let s = i;
  while (s > 0 && i - s < 400 && text[s - 1] !== '\n') s--;
  while (text[s] === ' ' || text[s] === '\t') s++;
  return text[s] === '>';
}

/** Where the look-back for offset i starts: its sentence, or on a ">" line that line. */
function lookBackStart(text: string, i: number): number {
  // On a ">" line the look-back stops at the line: an attribution pasted above it ("On Monday, Jo
  // wrote:") must not turn the sender's own ">" line into someone else's words (which text counts
  // as quoted is decided by the reply/forward header alone, issue #18).
  // The line start is looked for no further back than a sentence reaches (REACH): beyond it the
  // sentence start wins anyway, and an unbounded lastIndexOf made each call O(offset) on a body
  // without line breaks (quadratic over many hits).
  const start = sentenceStart(text, i);
  if (!onQuotedLine(text, i)) return start;
  let lineStart = i;
  while (lineStart > start && text[lineStart - 1] !== '\n') lineStart--;
  return lineStart;
}

/**
 * Is offset i inside quotation marks in its sentence ('Mrs Khan wrote: "Please remove …')? The
 * narrow form of reported words, for rules where a verb of saying is often the content itself
 * ("our solicitor says …", "the letter says it is urgent, so I need you to …").
 */
export function inQuotation(text: string, i: number): boolean {
  return insideQuotes(text.slice(lookBackStart(text, i), i));
}

/** Are the words at [start, end) someone else's that the sender reports? */
export function isReported(text: string, start: number, end: number): boolean {
  const s = lookBackStart(text, start);
  const before = text.slice(s, start);
  if (insideQuotes(before)) return true;
  BEFORE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BEFORE.exec(before)) !== null) {
    const speaker = before.slice(Math.max(0, m.index - 12), m.index);
    if (RELATIVE.test(speaker) && CALLED_BY_SENDER.test(before.slice(m.index + m[0].length))) continue;
    if (!OWN_SPEAKER.test(speaker)) return true;
  }
  return AFTER.test(text.slice(end, Math.min(text.length, sentenceEnd(text, end) + 1)));
}

/** Does the sentence [start, end) pass on someone else's words (a quotation in it, or a verb of saying)? */
export function sentenceReported(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (text[k] === '"' || text[k] === '“') return isReported(text, k + 1, k + 1);
  BEFORE.lastIndex = 0;
  const m = BEFORE.exec(text.slice(start, end));
  return m !== null && !OWN_SPEAKER.test(text.slice(Math.max(start, start + m.index - 12), start + m.index));
}

/** "RE:", "Fwd:", "AW:" and the like, repeated, at the start of a subject. */
const REPLY_PREFIX = /^\s*(?:(?:re|fw|fwd|aw|wg|sv|vs)(?:\[\d+\])? ?:\s*)+/i;

export const REPORTED_REGEXES: RegExp[] = [BEFORE, AFTER, OWN_SPEAKER, RELATIVE, CALLED_BY_SENDER, REPLY_PREFIX];

/**
 * A forward or reply separator typed into the body ("-----Original Message-----", "- - - - - forwarded
 * by jo / council on 01 / 11 / 2026 - - - -"), or the earlier message a mail client quotes below a
 * reply (../text/quotes.ts: an Outlook "From: … Sent: … Subject:" block, "On 5 Dec 2026, Rob wrote:"),
 * where the client's compose type says nothing (a reply pasted or sent as a new message): what
 * follows is someone else's message passed on. Reported words, so a learnt judgement (not the rules'
 * own word lists) leaves it alone. Returns the offset where it starts, or -1.
 */
const TYPED_SEPARATOR = /^[ \t]*(?:-[ \t]*){2,}(?:original message|forwarded by\b|forwarded message)/im;
export function forwardedFrom(text: string): number {
  const m = TYPED_SEPARATOR.exec(text);
  const q = quotedRanges(text, 'reply')[0]?.start ?? -1;
  return m && (q < 0 || m.index < q) ? m.index + m[0].length : q;
}

/**
 * Is the subject a reply's or forward's, kept from the message it answers ("RE: Skate park - you're a
 * useless lot")? Then its words are the earlier writer's, passed on like a quotation. Only when the
 * rest of the subject appears in the quoted earlier message (`quotedText`, lower case): a prefix
 * typed over new words is still the sender's own.
 */
export function inheritedSubject(subject: string, quotedText: string): boolean {
  const m = REPLY_PREFIX.exec(subject);
  const rest = m ? subject.slice(m[0].length).trim().toLowerCase() : '';
  return rest !== '' && quotedText.includes(rest);
}
