// Where the personal-views disclaimer goes (policy 2.2: "A disclaimer must be stated where personal
// views are expressed"). It belongs with the views, in the writer's own words, where the reader
// meets it before them: so straight after the greeting's paragraph ("Dear all,"), or at the very
// top when the message opens without a greeting. Not above the greeting (it then reads as the first
// thing said, before the salutation) and not at the end: in a reply or forward the end of the body
// is the quoted thread, where the disclaimer would sit under someone else's message.
import { htmlToText } from '../policy/text/html';
import { escapeHtml } from './html-replace';

const GREETING = /^(?:dear|hi|hello|hey|hiya|good (?:morning|afternoon|evening|day)|morning|afternoon|to whom it may concern|greetings|all)\b/i;
/** A greeting is one short line: "Dear Councillor Smith," — not a first sentence that starts "Hi". */
const GREETING_MAX = 80;

/** The text offset just after the greeting line the message opens with, if it opens with one. */
export function greetingEnd(text: string): number | undefined {
  const lead = /^\s*/.exec(text)![0].length;
  const nl = text.indexOf('\n', lead);
  const lineEnd = nl === -1 ? text.length : nl;
  const line = text.slice(lead, lineEnd).trim();
  if (!line || line.length > GREETING_MAX || !GREETING.test(line)) return undefined;
  // "Hello, the hall is booked for Monday." is a sentence, not a greeting line.
  if (/[.!?]\s+\S/.test(line) || (/[.?]$/.test(line) && !/[,:!]$/.test(line))) return undefined;
  return lead + text.slice(lead, lineEnd).trimEnd().length;
}

/** Plain-text body with the disclaimer after the greeting line (or first). */
export function placeDisclaimerInText(body: string, disclaimer: string): string {
  const end = greetingEnd(body);
  if (end === undefined) return `${disclaimer}\n\n${body}`;
  const rest = body.slice(end).replace(/^[ \t]*(?:\r?\n)*/, '');
  return `${body.slice(0, end)}\n\n${disclaimer}\n\n${rest}`;
}

/**
 * HTML body with the disclaimer as its own paragraph after the greeting's block (the first closing
 * </p>, </div> or heading after the greeting's text), or after its line breaks when the greeting
 * is not its own block. Undefined when there is no greeting to put it after (the caller prepends).
 */
export function placeDisclaimerInHtml(html: string, disclaimer: string): string | undefined {
  const mapped = htmlToText(html);
  const end = greetingEnd(mapped.text);
  if (end === undefined) return undefined;
  let i = mapped.toHtmlRange(end - 1, end).end;
  // The markup between the greeting's last character and the next text.
  let lastBreak = -1;
  while (i < html.length) {
    if (/\s/.test(html[i])) {
      i++;
      continue;
    }
    if (html[i] !== '<') break;
    const close = html.indexOf('>', i);
    if (close === -1) return undefined;
    const tag = html.slice(i, close + 1);
    if (/^<\/(?:p|div|h[1-6]|li|blockquote)\b/i.test(tag)) {
      const at = close + 1;
      return `${html.slice(0, at)}<p>${escapeHtml(disclaimer)}</p>${html.slice(at)}`;
    }
    if (/^<br\b/i.test(tag)) lastBreak = close + 1;
    i = close + 1;
  }
  if (lastBreak === -1) return undefined;
  return `${html.slice(0, lastBreak)}${escapeHtml(disclaimer)}<br><br>${html.slice(lastBreak)}`;
}
