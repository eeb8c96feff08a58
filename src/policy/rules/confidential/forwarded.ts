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
import { footersOfBody } from '../../judge/labels';
import { contentIn, type ContentHit } from './content';

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

/** A forward's outside recipients, less those the quoted message came from or went to (they already have it). */
const newOutside = (ctx: RuleContext) => (ctx.draft.composeType === 'forward' ? outsideRecipients(ctx).filter((r) => !ctx.quotedText.includes(r.key)) : []);

function find(ctx: RuleContext): ForwardedConfidence | undefined {
  const text = ctx.draft.body.text;
  if (!newOutside(ctx).length) return undefined;
  for (const range of ctx.quoted) {
    for (const s of splitSentences(text, range)) {
      if (KEEP_WITHIN.some((re) => re.test(s.text))) return { start: s.start, end: s.end, sentence: s.text.trim() };
    }
  }
  return undefined;
}

/** The first sentence of the forwarded message asking for it to stay within the council, once per check. */
export const forwardedConfidence = perCheck(find);

// A forwarded message that itself gives confidential content, passed on to someone new outside the
// council: a colleague's email telling members what the closed session agreed, who is suspended, or
// what the bids came in at (judged as the sender's own words are, ./content.ts), or the council's
// lawyers' advice to the council ("our view is that Policy H3 is exposed …"). Forwarding passes the
// whole message on: the sender discloses it as surely as by retyping it. Only a message the council
// wrote (its From: a council address), or one its lawyers wrote to the council (From: a solicitors'
// firm or chambers, by its header or sign-off; To: a council address; not "our client"'s side).
const ADDRESS = /[^\s<>"'(),;:@]{1,64}@[^\s<>"'(),;:@]{1,255}\.[a-z]{2,24}/gi;
const LAWYERS = /solicitor|barrister|chambers|law\b|llp|legal|counsel/i;
/** A lawyer's own words of advice. */
const ADVICE = /\b(?:(?:our|my) (?:view|advice|opinion) is|in (?:our|my) (?:view|opinion)|we (?:would )?(?:not )?(?:advise|recommend|suggest)|we think it)\b/i;

function findContent(ctx: RuleContext): ContentHit | undefined {
  const outside = newOutside(ctx);
  if (!outside.length) return undefined;
  const text = ctx.draft.body.text;
  for (const range of ctx.quoted) {
    const quoted = text.slice(range.start, range.end);
    // The header block runs to the first blank line; its first address is the writer's (From:).
    const lead = Math.max(0, quoted.search(/\S/));
    const blank = /\n[ \t]*\r?\n/.exec(quoted.slice(lead));
    if (!blank) continue;
    const head = quoted.slice(0, lead + blank.index);
    const [from, ...to] = head.match(ADDRESS) ?? [];
    const sentences = splitSentences(text, { start: range.start + lead + blank.index + blank[0].length, end: range.end });
    if (ctx.isInternal(from ?? '')) {
      const own = contentIn(text, sentences, footersOfBody(ctx)).own;
      if (own) return own;
    } else if (LAWYERS.test(head + quoted.slice(-400)) && to.some((a) => ctx.isInternal(a)) && !/\bour clients?\b/i.test(quoted) && outside.some((r) => !ctx.quotedText.includes('@' + r.domain))) {
      // The council's lawyers' advice, forwarded to anyone but their own firm (a "for our client" letter is the other side's).
      const s = sentences.find((x) => ADVICE.test(x.text));
      if (s) return { kind: 'legal', start: s.start, end: s.end };
    }
  }
  return undefined;
}

/** Confidential content in a forwarded council message, or the council's lawyers' advice, going outside; once per check. */
export const forwardedContent = perCheck(findContent);
