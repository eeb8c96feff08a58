// Discourtesy with no rude word that a phrase alone cannot judge (council suites, helpers curt, warn3):
// - kinds of condescension, sarcasm and impatience, each a family of candidates whose
//   context decides (registerCue below);
// - curtness: a short note with no word of courtesy whose sentences are clipped reproaches or orders
//   ("Not good enough.", "Sort it.", "Resend it properly today.", "No. … Take my name off.").
import type { RuleReport } from '../../rule';
import { isReported } from '../../judge/reported';

/**
 * Kinds of discourtesy with no rude word, each a family of candidates said in many ways (council
 * suites, helpers curt and warn3). A strong candidate is discourteous by itself; a weak one is an
 * ordinary thing to write, and counts only beside a second within 400 characters ("I'll keep this
 * simple" + "people who aren't used to it").
 *   condescending: simplifying or slowing down for the reader, a belittling reason, telling them to
 *     read what they should have read, "Do you understand?", "as anyone would know";
 *   sarcasm: a rhetorical doubt that anyone reads or listens, "too small for you to notice";
 *   passive: impatience ("this is the third time I've written", "as I've explained before").
 */
type Kind = 'condescending' | 'sarcasm' | 'passive';
// [candidate, kind, strong: true, false, or what in the match makes it strong]
const FAMILIES: [RegExp, Kind, boolean | RegExp][] = [
  [/\b(?:keep|make|put|explain|say|go|take)(?: this| it)? (?:very |as )?(?:simple|simply|slowly|in simple terms|step by step)(?: for you| this time)?/gi, 'condescending', /slow|for you|this time/i],
  [/\byou(?:['’]re| are) (?:still )?new\b|\bwho (?:are|is)n['’]t used to|n['’]t (?:seem to )?(?:have )?(?:landed|sunk in)|\b(?:it|this|that)(?:['’]s| is)(?:n['’]t| not) (?:that |an? )?(?:complicated|difficult)\b|\bdo you understand\?|\bnext time,? you (?:could|might)|\btry(?:ing)? reading|\bnew to you\b|\bi don['’]t suppose (?:you|any)[^.?!\n]{0,40}?\b(?:heard of|knows?)\b/gi, 'condescending', false],
  // The reader's grasp doubted (helper tone4; "new to you", "I don't suppose anyone has heard of" above): "even a newcomer could follow".
  [/\beven (?:an?|you|the)\b[^.?!\n]{0,30}?\b(?:could|can) (?:follow|understand|grasp|manage)\b/gi, 'condescending', false],
  [/\bas any(?:one|body) (?:would|could) (?:know|tell)|\bproper english\b|\bread\b[^.?!\n]{0,40}?\bbefore (?:(?:writing|emailing|complaining) again|lecturing|criticising)/gi, 'condescending', true],
  [/\b(?:does|do|is) (?:any(?:body|one)|you)\b[^.?!\n]{0,30}? (?:actually|even) (?:read|listen)|\btoo much to ask\b|\bclearly (?:nobody|no one)\b|\bthank(?:s| you) for finally\b|\bonly \w+ weeks late\b/gi, 'sarcasm', true],
  [/\btoo \w+ for you to (?:notice|see|read|find)\b/gi, 'sarcasm', false],
  [/\b(?:the|my) (?:second|third|fourth) (?:time (?:i|we)(?:['’]ve| have) (?:written|asked|emailed|chased)|time this (?:year|month|week)|email|reminder)\b|\bnot (?:for )?the first time\b|\bas (?:i|we)(?:['’]ve| have) (?:already (?:said|explained)|(?:said|explained|told you) (?:before|already|repeatedly))|\byet again\b|\bonce again,? (?:i|we)\b|\b(?:perhaps|maybe|hopefully|with luck),? this time\b/gi, 'passive', false],
  // Counting how often the reader has been told; their excuse turned back on them ("so are the rest of us").
  [/\bas (?:i|we)(?:['’]ve| have)? (?:now |already )?(?:said|explained|told you)(?: this| it)? (?:twice|repeatedly|(?:three|four|several|many) times)|\b(?:i|we)(?:['’]ve| have) (?:now )?(?:told|reminded) you(?: this)? (?:twice|(?:three|four|several|many) times)|\bso are the rest of us\b|\baren['’]t we all\b/gi, 'passive', true],
  // Talking down: a pet name in a correction, plain words for the reader, mocking inexperience.
  [/[,.!?] (?:love|dear|darling|sweetheart|petal|pet)(?= ?[,.!?])|\bin (?:(?:simple|plain|layman['’]?s) terms|(?:terms|words) (?:that|even|you))\b|\byou(?:['’]ll| will) (?:soon )?learn\b/gi, 'condescending', false],
  [/\b(?:calm down|listen|look|now),? (?:dear|love|darling|sweetheart|petal)\b|\bthere['’]s a good girl\b|\bsimple enough for (?:you|a child)|\beven a child could\b|\bhow much (?:simpler|clearer) (?:i|we) can\b|\bas long as (?:i|me) have\b|\bwet behind the ears\b/gi, 'condescending', true],
];

/**
 * Mock praise and ironic enthusiasm, counted only in a message that reports something gone wrong
 * (FAILURE), so real delight stays silent: a dry exclamation of praise as a sentence of its own, with
 * a full stop ("How marvellous."), is a strong sign; a bare "Marvellous." or "Brilliant!", "It really
 * does make my job a joy", "the auditor will be equally thrilled", "just for novelty's sake", a delay
 * carried on to a far-off date ("at this rate … around Easter") are weak ones.
 */
const DRY = /(?:^|[.!?] )(?:(?:how|what) )?(?:marvellous|wonderful|lovely|delightful|splendid|convenient|brilliant|fantastic|great|perfect)[.!]/gim;
const IRONY = /\bat this rate\b[^.?!\n]{0,60}?\b(?:christmas|easter|next year|retire|pension)|\bthank you ever so much\b|\bmakes? my (?:job|day) (?:a joy|so much easier)|\bequally (?:thrilled|delighted)|\bi do so (?:look forward|enjoy)|\bnovelty['’]s sake|\bfor once\b/gi;
const FAILURE = /\b(?:wrong|error|mistake|late|again|overspen\w*|days? after|weeks?|months?|waiting|missed|voted against)\b/i;

interface Cue {
  start: number;
  end: number;
  kind: Kind;
  strong: boolean;
}

/** The candidates of every family in the writer's own text, in order; someone else's words left out. */
function cues(text: string): Cue[] {
  const out: Cue[] = [];
  const families: [RegExp, Kind, boolean | RegExp][] = FAILURE.test(text) ? [...FAMILIES, [DRY, 'sarcasm', /^\W*(?:how|what) \w+\./i], [IRONY, 'sarcasm', false]] : FAMILIES;
  for (const [re, kind, strong] of families) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      // A candidate that starts at a sentence's edge quotes only its own words.
      const start = m.index + /^[,.!?\s]*/.exec(m[0])![0].length;
      const end = m.index + m[0].length;
      if (!isReported(text, start, end)) out.push({ start, end, kind, strong: typeof strong === 'boolean' ? strong : strong.test(m[0]) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** An offer of more help: an explanation that ends in one is helping, not talking down. */
const OFFER_OF_HELP = /\b(?:happy to|do ask|feel free|let me know)\b/i;

/**
 * The candidate to report: the first strong one, or the first of two weak ones within 400 characters
 * in a message that offers no more help.
 */
export function registerCue(text: string): Cue | undefined {
  const found = cues(text);
  const strong = found.find((c) => c.strong);
  if (strong) return strong;
  if (OFFER_OF_HELP.test(text)) return undefined;
  for (let i = 0; i + 1 < found.length; i++) if (found[i + 1].start - found[i].end <= 400) return found[i];
  return undefined;
}

export const COURTESY = /\b(?:please|thank|thanks|thx|grateful|appreciate|sorry|apologi[sz]e|regards|wishes|cheers|hope|could you|would you)/i;
/** A clipped reproach or order said to the reader, as a whole sentence. */
const REPROACH = /^(?:(?:this is |that['’]s |it['’]s )?(?:(?:just |still )?not good enough|unacceptable|a (?:joke|shambles)|still wrong|wrong(?: \w+){0,2} again)|(?:now |just )?sort (?:it|this)(?: out)?(?: now| today)?|get (?:it|this) sorted(?: now| today)?|\w+ (?:it|this|them) properly(?: \w+)?|still (?:no|nothing|out|broken|waiting|not)\b[^.!?]*)[.!]+$/i;

/** A brush-off: the reader has been answered already, or should look in an earlier email ("Already answered.", "It's all in my last email."). */
const ANSWERED = /\b(?:already (?:answered|explained|told you)|(?:answered|explained|told you)(?: this| that| it)? (?:already|twice)|(?:in|see) my (?:last|earlier) (?:email|message)|(?:it|that)(?:['’]s| is) all (?:in|on) (?:there|it|the \w+))\b/i;
/** A bare order of a few words ("Change it.", "Read it.", "Stop ringing the office about it."). */
const ORDER = /^(?:stop|change|correct|fix|read|check|look|sort|redo)\b[^.!?]{0,40}[.!]$/i;

/**
 * A curt note: no word of courtesy in the writer's own text (at most 80 words), and two signs of
 * curtness, one of them a reproach, a brush-off or a refusal: a clipped reproach ("Not good enough.",
 * "Sort it."), a brush-off ("Already answered."), a bare "No." opening it, a bare order of at most
 * six words ("Change it."), three or more sentences of at most five words. Returns the sentence to
 * quote, or undefined.
 */
export function curtNote(text: string): { start: number; end: number } | undefined {
  if (COURTESY.test(text) || text.split(/\s+/).length > 80) return undefined;
  // Sentences ending in . ! or ?, one pass; a line without one (greeting, signature) is left out.
  const sentences: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '\n') from = k + 1;
    else if ('.!?'.includes(c) && !'.!?'.includes(text[k + 1] ?? 'x')) {
      const raw = text.slice(from, k + 1);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim().length > 1) sentences.push({ text: raw.trim(), start: from + lead, end: k + 1 });
      from = k + 1;
    }
  }
  const reproaches = sentences.filter((s) => REPROACH.test(s.text) || ANSWERED.test(s.text));
  const refusal = sentences.length > 1 && /^no[.!]+$/i.test(sentences[0].text);
  const clipped = sentences.filter((s) => s.text.split(/\s+/).length <= 5).length >= 3;
  const orders = sentences.filter((s) => ORDER.test(s.text) && s.text.split(/\s+/).length <= 6 && !reproaches.includes(s)).length;
  if (!reproaches.length && !refusal) return undefined;
  if (reproaches.length + (refusal ? 1 : 0) + (clipped ? 1 : 0) + orders < 2) return undefined;
  return reproaches[0] ?? sentences[0];
}

export function registerFindings(text: string, alreadyFlagged: (start: number, end: number) => boolean): RuleReport[] {
  const out: RuleReport[] = [];
  const cue = registerCue(text);
  if (cue && !alreadyFlagged(cue.start, cue.end)) {
    const phrase = text.slice(cue.start, cue.end);
    out.push({ messageId: cue.kind, data: { phrase }, span: { field: 'body', start: cue.start, end: cue.end }, actual: phrase });
  }
  const curt = curtNote(text);
  if (curt && !out.length && !alreadyFlagged(curt.start, curt.end)) {
    const phrase = text.slice(curt.start, curt.end);
    out.push({ messageId: 'curt', data: { phrase }, span: { field: 'body', start: curt.start, end: curt.end }, actual: phrase });
  }
  return out;
}
