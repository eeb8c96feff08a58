// Obscene material without a swear word (2.3 "distribute any kind of offensive material"; 4.3c
// decency): a joke or story of a sexual nature written or passed on, and an explicit description of
// sex. Words are candidates, and the passage around them decides:
// - a frame: the writer presents it as a joke ("you'll love this one", "what's the difference
//   between", "Friday funny") or labels it as adult material ("filthy one", "don't show the wife",
//   "not for the easily offended", "not one for the newsletter": a label counts as sexual evidence too);
// - sexual evidence near it: acts and bodies (2 points: "had sex", "his willy", "knickers off") or
//   innuendo that needs the frame (1 point: "wanted it three times a night", "on her back").
// A frame with two points in one passage blocks; so, with no frame, do a sex act and a second act or
// body in one passage. A resident's complaint, a safeguarding report or a health service is someone else's matter
// (silent). Forwarded text counts, since forwarding is sending it; a reply's quoted message does not.
import { defineRule } from '../../rule';
import { sentenceEnd, sentenceStart } from '../../judge/window';
import { quoteOf } from './judged';

const FRAME = /\b(?:jokes?|funny|made me (?:laugh|spit)|crying laughing|you(?:'ll|’ll| will) (?:like|love) this|one for the (?:pub|lads)|what(?:'s|’s| is) the difference between|walks into a (?:bar|pub)|what did the \w+ say to|lol|haha)\b/gi;
const LABEL = /\b(?:(?:filthy|dirty|smutty|rude|adult|x-rated) (?:jokes?|ones?|stor(?:y|ies)|bits?|videos?|pictures?)|not for the (?:easily offended|faint-hearted)|don(?:'t|’t) (?:show|tell) the (?:wife|missus|kids)|not one for the (?:\w+(?:'s|’s)? )?(?:newsletter|vicar|kids|minutes)|nsfw|gets? (?:properly |even )?(?:filth|dirt)(?:y|ier)|proper(?:ly)? (?:filthy|dirty))\b/gi;
/** Sex acts (also the evidence of an explicit description) and bodies. */
const ACT = /\b(?:(?:have|has|had|having) sex|sex with|intercourse|(?:shag|bonk)\w{0,3} (?:her|him|me)|(?:blow|hand) ?jobs?|hard-?on|go(?:es)? down on|threesome|orgy|orgasm|masturbat\w{0,6}|got laid)\b/gi;
const BODY = /\b(?:(?:knickers|trousers) (?:off|down)|(?:his|her) (?:todger|willy|dick|tits|boobs|fanny|privates|manhood)|porn\w{0,6}|topless|nude)\b/gi;
const INNUENDO = /\b(?:knickers|lingerie|in (?:his|her) (?:trousers|pants)|round (?:his|her) ankles|on (?:her|his) back|(?:her|his) back (?:door|passage)|it (?:\w+ ){1,2}times a (?:night|day)|it all night|(?:him|her|husband) (?:hard|stiff)|(?:slept|in bed) with (?:her|him)|let you (?:in|have it) for|(?:give|gave) (?:him|her) one(?! of)|randy|horny|kinky)\b/gi;
/** Someone else's matter: a complaint, a report, safeguarding, a health or education service. */
const SOMEONE_ELSES = /\b(?:complain\w{0,4}|reported|offensive|obscene|indecent|inappropriate|taken? (?:it |them )?down|police|safeguarding|misconduct|clinic|sexual health|sex education|contracepti\w{0,4}|victims?|assault)\b/i;

/** Evidence: where, its points, and its kind (a sex act, a label, other). */
type Hit = [start: number, end: number, points: number, kind: 'act' | 'label' | ''];

function hits(re: RegExp, text: string, points: number, kind: Hit[3], out: Hit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m.index + m[0].length, points, kind]);
}

/** How far apart two pieces of evidence may be and still be one passage. */
const NEAR = 400;
/** Only the first part of a long body is read: obscene material is the message, not page 40 of a report. */
const READ = 20_000;

export default defineRule({
  meta: {
    id: 'tone/obscene',
    category: 'tone',
    clause: '2.3, 4.3c',
    summary: 'Sexual jokes and explicit material',
    defaultLevel: 'block',
    messages: {
      joke: 'A joke or story of a sexual nature: "{quote}". Council emails must comply with codes of courtesy and decency (4.3c) and offensive material is not tolerated (2.3), whoever receives it. Delete it rather than send it.',
      explicit: 'This describes sex explicitly: "{quote}". Council emails must comply with codes of courtesy and decency (4.3c) and offensive material is not tolerated (2.3). Remove it; if you are reporting something, say so in general terms.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    // Forwarding is sending: the forwarded message is read too; a reply's quoted message is not.
    const text = (ctx.draft.composeType === 'forward' ? ctx.draft.body.text : ctx.ownText).slice(0, READ);
    const subject = ctx.draft.subject;
    if (SOMEONE_ELSES.test(text) || SOMEONE_ELSES.test(subject)) return;
    const found: Hit[] = [];
    hits(ACT, text, 2, 'act', found);
    hits(BODY, text, 2, '', found);
    hits(INNUENDO, text, 1, '', found);
    hits(LABEL, text, 1, 'label', found);
    const frames: Hit[] = [];
    hits(FRAME, text, 0, '', frames);
    const inSubject: Hit[] = [];
    hits(LABEL, subject, 1, 'label', inSubject);
    hits(FRAME, subject, 0, '', inSubject);
    found.sort((a, b) => a[0] - b[0]);
    // Passages: runs of evidence no more than NEAR apart.
    for (let i = 0, j = 1; i < found.length; i = j++) {
      while (j < found.length && found[j][0] - found[j - 1][1] <= NEAR) j++;
      const run = found.slice(i, j);
      const from = run[0][0] - NEAR;
      const to = run[run.length - 1][1] + NEAR;
      const points = [...run, ...inSubject].reduce((n, h) => n + h[2], 0);
      // A label is a frame itself ("a filthy one"), and so is a joke cue in the passage or the subject.
      const framed = inSubject.length > 0 || run.some((h) => h[3] === 'label') || frames.some((h) => h[0] >= from && h[1] <= to);
      const messageId = framed && points >= 2 ? 'joke' : run.some((h) => h[3] === 'act') && run.filter((h) => h[2] === 2).length >= 2 ? 'explicit' : undefined;
      if (!messageId) continue;
      // Quote the sentence of the first sexual evidence (a label's only when there is none).
      const first = run.find((h) => h[3] !== 'label') ?? run[0];
      let start = sentenceStart(text, first[0]);
      while (/\s/.test(text[start])) start++;
      const end = sentenceEnd(text, first[1]);
      const sentence = text.slice(start, end);
      report({ messageId, data: { quote: quoteOf(sentence) }, span: { field: 'body', start, end }, actual: sentence });
      return;
    }
  },
});
