// Obscene material without a swear word (2.3 "distribute any kind of offensive material"; 4.3c
// decency): a joke or story of a sexual nature written or passed on, and an explicit description of
// sex. Words are candidates, and the passage around them decides:
// - a frame: the writer presents it as a joke ("you'll love this one", "what's the difference",
//   "Friday funny") or labels it as adult material ("a filthy one", "don't show the wife", "not for
//   the easily offended": a label counts as sexual evidence too);
// - sexual evidence near it: acts and bodies (2 points: "had sex", "his willy", "knickers off") or
//   innuendo that needs the frame (1 point: "wanted it three times a night", "on her back").
// A frame with two points in one passage blocks; so, with no frame, do a sex act and a second act or
// body in one passage. A complaint, a report, safeguarding or a health service is someone else's
// matter (silent). Forwarded text counts, since forwarding is sending it; a reply's quoted message
// does not. Lists kept short: this runs in the send-time bundle (docs/rules/tone/obscene.md).
import { defineRule } from '../../rule';
import { sentenceEnd, sentenceStart } from '../../judge/window';
import { quoteOf } from './judged';

const FRAME = /\b(?:jokes?|funny|limerick|made me laugh|you(?:'ll|’ll) (?:like|love) this|one for the (?:pub|lads)|what(?:'s|’s) the difference|(?:have|got) in common|walks into (?:a|the)|too good not to|sent me this|doing the rounds|lol|haha)\b/gi;
const LABEL = /\b(?:(?:filthy|dirty|mucky|smutty|rude|naughty|saucy|adult|x-rated) (?:jokes?|ones?|stor(?:y|ies)|bits?|limericks?|videos?|pics?|photos?)|easily offended|not for the faint-hearted|don(?:'t|’t) show the (?:wife|missus)|nsfw|(?:gets?(?: properly| even)?|proper(?:ly)?) (?:filth|dirt)(?:y|ier)|dirty (?:old )?(?:sod|devil))\b/gi;
/** Sex acts (also the evidence of an explicit description) and bodies. */
const ACT = /\b(?:(?:have|had|having) sex|sex with|intercourse|shag\w{0,3} (?:her|him)|bonk(?:s|ed|ing)?|blow ?jobs?|hard-on|go(?:es)? down on (?:him|her|you)|orgasm)\b/gi;
const BODY = /\b(?:(?:knickers|trousers|bra) (?:off|down)|off (?:his|her) (?:knickers|trousers|bra)|stark naked|(?:his|her) (?:todger|willy|dick|tits|boobs|knockers|privates))\b/gi;
const INNUENDO = /\b(?:knickers|pair of knockers|a (?:quick )?shag|(?:in|round|on|up|through) (?:his|her) (?:trousers|pants|ankles|back)|(?:his|her) (?:bits|bum|backside|clothes off)|it (?:twice|(?:\w+ ){1,2}times) a night|(?:make|makes|get|keep) (?:him|her husband) (?:hard|stiff)|slept with (?:her|him)|let you (?:in|have it) for|(?:give|gave) (?:him|her) one(?! of)|(?:giv\w+|gave) her a (?:good )?(?:rub down|seeing to)|a pair like that|randy|horny|sexy)\b/gi;
/** Someone else's matter: a complaint, a report, safeguarding, a health or education service. */
const SOMEONE_ELSES = /\b(?:complain\w{0,4}|reported|offensive|obscene|indecent|inappropriate|taken? (?:it |them )?down|police|safeguarding|clinic|sexual health|sex education|victims?)\b/i;

/** How far from a piece of sexual evidence the rest of its passage reaches, either side. */
const NEAR = 400;
/** Only the first part of a long body is read: obscene material is the message, not page 40 of a report. */
const READ = 20_000;

export default defineRule({
  meta: {
    id: 'tone/obscene',
    category: 'tone',
    clause: '2.3, 4.3c',
    summary: 'Sexual jokes and stories',
    defaultLevel: 'block',
    messages: {
      sexual: 'This is a joke or story of a sexual nature: "{quote}". Council emails must comply with codes of courtesy and decency (4.3c) and offensive material is not tolerated (2.3), whoever receives it. Remove it.',
    },
    inputs: ['subject', 'body'],
  },
  check(ctx, report) {
    // Forwarding is sending: the forwarded message is read too; a reply's quoted message is not.
    const text = (ctx.draft.composeType === 'forward' ? ctx.draft.body.text : ctx.ownText).slice(0, READ);
    const subject = ctx.draft.subject;
    if (SOMEONE_ELSES.test(subject + '\n' + text)) return;
    // Evidence by kind: 0 a sex act, 1 a body (2 points each), 2 innuendo, 3 a label (1 point each).
    const hits: number[][] = [];
    [ACT, BODY, INNUENDO, LABEL].forEach((re, kind) => {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) hits.push([m.index, kind]);
    });
    hits.sort((a, b) => a[0] - b[0]);
    // Bounded work on a pathological body: the first 300 pieces of evidence are plenty.
    hits.length = Math.min(hits.length, 300);
    const subjectLabel = subject.search(LABEL) >= 0;
    for (const [at, kind] of hits) {
      if (kind > 2) continue;
      const near = hits.filter((h) => Math.abs(h[0] - at) <= NEAR);
      const points = near.reduce((n, h) => n + (h[1] < 2 ? 2 : 1), subjectLabel ? 1 : 0);
      // A label is a frame itself ("a filthy one"), and so is a joke cue near by or in the subject.
      const framed = subjectLabel || near.some((h) => h[1] > 2) || (subject + '\n' + text.slice(Math.max(0, at - NEAR), at + NEAR)).search(FRAME) >= 0;
      // With no frame, an explicit description: a sex act and a second act or body.
      if (!(framed && points > 1) && !(near.some((h) => !h[1]) && near.filter((h) => h[1] < 2).length > 1)) continue;
      let start = sentenceStart(text, at);
      while (/\s/.test(text[start])) start++;
      const end = sentenceEnd(text, at);
      const sentence = text.slice(start, end);
      report({ messageId: 'sexual', data: { quote: quoteOf(sentence) }, span: { field: 'body', start, end }, actual: sentence });
      return;
    }
  },
});
