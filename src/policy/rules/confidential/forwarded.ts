// A forwarded message whose writer asked for it to stay within the council ("Please keep this advice
// within the council", "not to be shared outside the council"), forwarded to someone outside it. The
// forward passes the whole message on to new people: that is the disclosure the request forbids.
//
// Only in a forward (Outlook's compose type, or an .eml's headers: ../../text/quotes.ts), only in the
// quoted message below the client's header, and only for outside recipients the quoted message did
// not already come from or go to: forwarding the solicitor's advice back to the solicitor discloses
// nothing. The sender's own "keep this within the council" is a request to a trusted reader
// (./markers.ts), not this.
import type { RuleContext } from '../../context';
import { perCheck } from '../../judge/per-check';
import { splitSentences } from '../../text/sentences';
import { outsideRecipients } from '../recipients/outside';

/** Keep it within the council, or do not let it out of the council. Bounded gaps, no nested quantifiers. */
const KEEP_WITHIN = [
  /\b(?:keep|kept|keeping|retain|hold|held)\s+(?:this|it|these|that|the|my)\b[^.!?\n]{0,30}?\b(?:within|inside)\s+(?:the\s+)?(?:council|authority|office|members|committee)\b/i,
  /\b(?:not|never)\s+(?:to\s+)?(?:be\s+)?(?:shared|share|forwarded|forward|circulated|circulate|disclosed|disclose|passed on|sent|go|goes|going)\b[^.!?\n]{0,30}?\b(?:outside|beyond)\s+(?:the\s+)?(?:council|authority|office|members|committee)\b/i,
  /\b(?:for\s+(?:the\s+)?council'?s\s+(?:use|eyes)\s+only|for\s+members'?\s+(?:use|eyes)\s+only)\b/i,
];

export interface ForwardedConfidence {
  start: number;
  end: number;
  sentence: string;
}

function find(ctx: RuleContext): ForwardedConfidence | undefined {
  if (ctx.draft.composeType !== 'forward' || !ctx.quoted.length) return undefined;
  const text = ctx.draft.body.text;
  // Recipients the quoted message came from or went to already have it.
  const newOutside = outsideRecipients(ctx).filter((r) => !ctx.quotedText.includes(r.key));
  if (!newOutside.length) return undefined;
  for (const range of ctx.quoted) {
    for (const s of splitSentences(text, range)) {
      if (KEEP_WITHIN.some((re) => re.test(s.text))) return { start: s.start, end: s.end, sentence: s.text.trim() };
    }
  }
  return undefined;
}

/** The first sentence of the forwarded message asking for it to stay within the council, once per check. */
export const forwardedConfidence = perCheck(find);
