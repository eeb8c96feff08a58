// Discourtesy with no rude word that a phrase alone cannot judge (council suites, helpers curt, warn3):
// - kinds of condescension, sarcasm, impatience and curt demands, each a family of candidates whose
//   context decides (registerCue below);
// - curtness: a short note with no word of courtesy whose sentences are clipped reproaches or orders
//   ("Not good enough.", "Sort it.", "Resend it properly today.", "No. … Take my name off.").
import type { RuleReport } from '../../rule';
import { isReported } from '../../judge/reported';

/**
 * Kinds of discourtesy with no rude word, each a family of candidates said in many ways (council
 * suites, helpers curt and warn3). A strong candidate is discourteous by itself; a weak one is an
 * ordinary thing to write, and counts only beside a second within 400 characters ("I'll keep this
 * simple" + "people who aren't used to it"); a bare demand is a candidate only in a note with no courtesy.
 *   condescending: simplifying or slowing down for the reader, a belittling reason, telling them to
 *     read what they should have read, "Do you understand?", "as anyone would know";
 *   sarcasm: a rhetorical doubt that anyone reads or listens, "too small for you to notice";
 *   passive: impatience ("this is the third time I've written", "as I've explained before");
 *   curt: a bare order with a deadline ("Get it emptied this week.").
 */
type Kind = 'condescending' | 'sarcasm' | 'passive' | 'curt';
// [candidate, kind, strong: true, false, or what in the match makes it strong]
const FAMILIES: [RegExp, Kind, boolean | RegExp][] = [
  [/\b(?:keep|make|put|explain|say|go|take|spell)(?: (?:this|it|things|you through it))?(?: out)? (?:very |really |nice and |extra |as )?(?:simple|simply|slowly|slow|basic|in simple terms|in plain english|step by step)(?: (?:for you|this time|as (?:i|we) can))?/gi, 'condescending', /slow|for you|this time/i],
  [/\byou(?:['’]re| are) (?:still |very |fairly |quite )?new\b|\b(?:people|those|someone|anyone|folk) who (?:are|is)n['’]?t (?:used to|familiar with)|(?:n['’]t|not) (?:seem to (?:have )?)?(?:landed|sunk in|got through)|\b(?:difficult|hard) (?:for you )?to (?:grasp|take in)|\bit(?:['’]s| is)(?: really)?(?:n['’]t| not) (?:really |that )?(?:complicated|difficult|hard)\b|\b(?:do you understand|is that clear|understood)\?|\bclearer now\b/gi, 'condescending', false],
  [/\bas (?:any|every)(?:one|body| fool| child) (?:would|could|should|can)? ?(?:know|tell|see)s?\b|\beven a child\b|\bhold your hand\b|\b(?:speaks?|write|writes) proper english\b|\b(?:since|as) you (?:still )?(?:do|did|can)(?:n['’]t| not) (?:understand|grasp)/gi, 'condescending', true],
  [/\b(?:try(?:ing)? (?:reading|to read)|(?:help|worth) (?:to|if you) (?:read|looked? at)|(?:might|may) want to (?:read|look at|check)|(?:next time|perhaps|maybe),? you (?:could|might) (?:try|read)|read(?:ing)? (?:the|one of|any of|my|our|a)\b[^.?!\n]{0,40}?\bbefore (?:writing|emailing|contacting|complaining|you (?:write|email|contact|complain|park))\b(?: (?:again|to us))?)/gi, 'condescending', /before (?:\w+ing|you \w+)[^.?!\n]*again|before (?:lecturing|criticising|recommending|commenting|complaining)/i],
  [/\btoo \w+ for you to (?:notice|see|spot|find|read|follow|understand)\b/gi, 'sarcasm', false],
  [/\b(?:does|do|did|is|will) (?:any|no|some)(?:body|one)(?: (?:there|here|at the \w+|in (?:that|the|your) office))? (?:actually|even|ever|bother to) (?:read|listen|care|answer)|\b(?:is (?:that|it|this)|asking) too much to ask\b|\bthe only one (?:here )?who (?:reads|bothers|checks|listens)/gi, 'sarcasm', true],
  [/\b(?:this is|it['’]s|that['’]s|this will be|now) (?:now )?(?:the|my) (?:second|third|fourth|fifth|sixth|umpteenth|\d+(?:st|nd|rd|th)) (?:time (?:i|we)(?:['’]ve| have)? (?:written|asked|emailed|chased|contacted|had to|raised|reported|told|rung|phoned)|email|e-mail|letter|message|reminder|request)\b|\bnot (?:for )?the first time\b|\bonce again,? (?:i|we) (?:find|have|am|are|must)\b|\bas (?:i|we)(?:['’]ve| have)? (?:already |previously )?(?:said|explained|told you|pointed out|made clear)(?: (?:this|it))? (?:before|already|previously|more than once|repeatedly|several times)\b|\byet again\b/gi, 'passive', false],
  [/(?:^|[.!?]\s+)(?:just |now )?(?:get|sort|fix|empty|clear|send|cut|remove|repair|pay|refund|reply|answer|deal with)\b[^.?!\n]{0,50}?\b(?:today|tonight|this week|now|immediately|at once|straight away|asap|by (?:tomorrow|monday|tuesday|wednesday|thursday|friday|the end of \w+))[.!]/gim, 'curt', false],
];

interface Cue {
  start: number;
  end: number;
  kind: Kind;
  strong: boolean;
}

/** The candidates of every family in the writer's own text, in order; someone else's words left out. */
function cues(text: string, courteous: boolean): Cue[] {
  const out: Cue[] = [];
  for (const [re, kind, strong] of FAMILIES) {
    if (kind === 'curt' && courteous) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const lead = m[0].length - m[0].replace(/^[.!?\s]+/, '').length;
      const start = m.index + lead;
      let end = m.index + m[0].length;
      if (end === m.index) {
        re.lastIndex++;
        continue;
      }
      if (isReported(text, start, end)) continue;
      // What makes a candidate strong may follow it in the same sentence ("help to read the leaflet
      // before writing again"): the quote then runs to it.
      const why = typeof strong === 'boolean' ? undefined : strong.exec(text.slice(start, end + 80).split(/[.!?\n]/)[0]);
      if (why) end = Math.max(end, start + why.index + why[0].length);
      out.push({ start, end, kind, strong: strong === true || !!why });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first sign of impatience or reproach in the text ("not the first time", "my third email"), weak or not. */
export function reproachIn(text: string): { start: number; end: number } | undefined {
  return cues(text, true).find((c) => c.kind === 'passive');
}

/** An offer of more help: an explanation that ends in one is helping, not talking down. */
const OFFER_OF_HELP = /\b(?:(?:i(?:['’]m| am)|we(?:['’]re| are)) (?:always |very )?happy to|do (?:ask|ring|call|get in touch)|feel free|let me know if|any (?:other )?questions)\b/i;

/**
 * The candidate to report: the first strong one, or the first of two weak ones within 400 characters
 * in a message that offers no more help.
 */
export function registerCue(text: string): Cue | undefined {
  const found = cues(text, COURTESY.test(text));
  const strong = found.find((c) => c.strong);
  if (strong) return strong;
  if (OFFER_OF_HELP.test(text)) return undefined;
  for (let i = 0; i + 1 < found.length; i++) if (found[i + 1].start - found[i].end <= 400) return found[i];
  return undefined;
}

const COURTESY = /\b(?:please|thank|thanks|thx|grateful|appreciate|sorry|apologi[sz]e|regards|wishes|cheers|hope|could you|would you)/i;
/** A clipped reproach or order said to the reader, as a whole sentence. */
const REPROACH = /^(?:(?:this is |that['’]s |it['’]s )?(?:(?:just |still )?not good enough|unacceptable|a (?:joke|shambles))|(?:now |just )?sort (?:it|this)(?: out)?(?: now| today)?|get (?:it|this) sorted(?: now| today)?|\w+ (?:it|this|them) properly(?: \w+)?|still (?:no|nothing|out|broken|waiting|not)\b[^.!?]*)[.!]+$/i;

/**
 * A curt note: no word of courtesy in the writer's own text (at most 80 words), and two signs of
 * curtness among: a clipped reproach or order ("Not good enough.", "Sort it."), a bare "No." opening
 * it, three or more sentences of at most five words. Returns the sentence to quote, or undefined.
 */
export function curtNote(text: string): { start: number; end: number } | undefined {
  if (COURTESY.test(text) || text.split(/\s+/).length > 80) return undefined;
  // Sentences ending in . ! or ?, one pass; a line without one (greeting, signature) is left out.
  const sentences: { text: string; start: number; end: number }[] = [];
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '\n') from = k + 1;
    else if ('.!?'.includes(c) && !'.!?'.includes(text[k + 1] ?? '')) {
      const raw = text.slice(from, k + 1);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim().length > 1) sentences.push({ text: raw.trim(), start: from + lead, end: k + 1 });
      from = k + 1;
    }
  }
  const reproaches = sentences.filter((s) => REPROACH.test(s.text));
  const refusal = sentences.length > 1 && /^no[.!]+$/i.test(sentences[0].text);
  const clipped = sentences.filter((s) => s.text.split(/\s+/).length <= 5).length >= 3;
  if (reproaches.length + (refusal ? 1 : 0) + (clipped ? 1 : 0) < 2) return undefined;
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
